"""Drafts shown by the admin's Preview button, as the frontend's ``page(token: …)`` asks for them.

wagtail-headless-preview stores what the editor's form holds (saved or not) as JSON under a
signed token; grapple's ``get_preview_page`` rebuilds the page from it. That page is not a
stored row: a new page has no id, and its inline rows, chosen snippets and repeat exceptions
exist only in memory. The page is handed on as a listing of one marked ``preview``
(``cms.content.listing``) so that what its fields read comes from the draft itself, while
everything else it links to (parent, translations, related pages, events, images) is still
served only in its public version.
"""

from django.core.signing import BadSignature
from grapple.types.pages import get_preview_page
from wagtail.models import Page
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.content.listing import Listing
from cms.content.locales import resolve_locale

from .conf import api_settings
from .errors import ApiError, ErrorCode


def check_preview_token(token: str) -> None:
    """wagtail-headless-preview signs tokens with a timestamp but never checks their age: a
    leaked token would show the draft forever. Here it is valid for
    ``HEADLESS_PREVIEW_MAX_AGE`` seconds (an hour by default)."""
    max_age = api_settings().preview_max_age
    try:
        HeadlessPreviewMixin.get_preview_signer().unsign(token, max_age=max_age)
    except BadSignature:  # SignatureExpired included
        raise ApiError(
            "The preview token is invalid or has expired: press Preview in the admin again.",
            code=ErrorCode.PREVIEW_TOKEN_INVALID,
        ) from None


def preview_page(token: str, *, request) -> Page | None:
    """The draft behind a valid, recent ``token``, or None when its preview is gone."""
    check_preview_token(token)
    page = get_preview_page(token)
    if page is None:
        return None
    Listing([page], preview=True)
    # Links and dates in the draft render in its own language, as once published.
    resolve_locale(page.locale.language_code, request=request)
    return page

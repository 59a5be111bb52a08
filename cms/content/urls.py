"""Page URLs from ``url_path`` and one table of site roots per request, without ``Page.get_url``.

``Page.get_url`` costs ~30 µs a call (it filters the site root paths, activates a language and
runs Django's ``reverse`` for every page); a calendar month or a sitemap asks for hundreds. This
module gives the same answers from a page's ``url_path`` alone, so a selector can hand over
``values()`` rows instead of Page models:

- ``page_urls(request)`` -> ``PageUrls``: the table for this request (Wagtail's site root paths,
  the same list ``Page.get_url(request=request)`` reads, cached on the request), built once.
- ``PageUrls.url(url_path)`` == ``page.get_url(request=request)``; ``None`` for a page that no
  site serves.
- ``PageUrls.urls(rows, key="url_path")``: the same for rows from ``.values()`` (a list; the
  active language is read once for the batch); ``key=None`` for ``url_path`` strings.
- ``page_urls(None)``, or ``page_urls(request, as_page_url=True)`` kept on the request: the
  table as ``page.url`` (``get_url()`` without a request) sees it (grapple's ``url`` field, rich
  text links): a URL with the host whenever there are several sites.
- ``page_url(url_path=..., request=...)``: one URL, for a caller without a table at hand.

Switching a call site: ``page.get_url(request=request)`` becomes
``page_urls(request).url(page.url_path)``; ``page.url`` becomes
``page_urls(request, as_page_url=True).url(page.url_path)``; a selector that returns rows adds
``url_path`` to its ``values()`` and calls ``page_urls(request).urls(rows)`` once.

How it matches Wagtail (``Page.get_url_parts`` and ``get_url``, ``Site.get_site_root_paths``):
the first site root whose path starts the page's ``url_path`` serves it (Wagtail's order: the
longest root path first, default site first, then hostname; with ``WAGTAIL_I18N_ENABLED`` each
site root stands for all its translations, each with its language); when roots of several sites
match, the request's site is preferred. The path below the root goes through ``reverse`` once per
language (its result for an empty path is the language's prefix: ``/`` for sl, ``/en/`` with
``i18n_patterns(prefix_default_language=False)``); each page only adds its own quoted rest,
checked against Wagtail's serve pattern as ``reverse`` checks it. ``WAGTAIL_APPEND_SLASH = False``
strips the trailing slash. The URL has the site's ``root_url`` in front unless the page belongs to
the request's site or there is only one site. A page model that overrides ``get_url_parts``
would not be followed: tests check that none does.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS, escape_leading_slashes
from wagtail.coreutils import WAGTAIL_APPEND_SLASH, get_supported_content_language_variant
from wagtail.models import Page, Site

from .conf import content_settings

#: The request attribute that keeps the table for the request's duration.
ATTRIBUTE = "_cms_page_urls"
#: Where ``Page._get_site_root_paths`` caches the site root paths on a request.
_WAGTAIL_ATTRIBUTE = "_wagtail_cached_site_root_paths"
#: What ``reverse`` checks a page's path against: ``wagtail.urls.serve_pattern`` (not imported:
#: that module loads Wagtail's views, and this one is imported while models load).
_SERVE_PATTERN = re.compile(r"^((?:[\w\-]+/)*)$" if WAGTAIL_APPEND_SLASH else r"^([\w\-/]*)$")
#: Characters ``reverse`` leaves unquoted (``pchar`` of RFC 3986).
_SAFE = RFC3986_SUBDELIMS + "/~:@"
#: A path ``quote`` leaves as it is.
_PLAIN = re.compile(r"[A-Za-z0-9_\-/]*")
_NOT_ROUTABLE = object()


@dataclass
class PageUrls:
    """Everything ``Page.get_url`` looks up besides the page itself, read once per request, so
    that the URL of each page is a string operation on its ``url_path``."""

    #: ``Site.get_site_root_paths()``: (site_id, root_path, root_url, language_code), in
    #: Wagtail's order of preference.
    roots: tuple
    #: The request, or None for the URLs ``page.url`` gives (no current site).
    request: object = None
    #: Several sites serve pages: URLs of other sites than the request's carry their host.
    several_sites: bool = False
    #: ``WAGTAIL_I18N_ENABLED``.
    i18n: bool = False
    #: The request's site id, looked up on first need (False: not yet).
    _current_site_id: object = False
    #: Language code -> what ``reverse`` gives for the language's root (or ``_NOT_ROUTABLE``).
    _prefixes: dict = field(default_factory=dict)
    #: (active language, the root's language) -> the language the URL is reversed in.
    _languages: dict = field(default_factory=dict)

    @classmethod
    def build(cls, request=None) -> "PageUrls":
        """The table for ``request``: Wagtail's site root paths as cached on the request (so
        ``Page.get_url`` in the same request reads the same ones)."""
        if request is None:
            roots = Site.get_site_root_paths()
        else:
            roots = getattr(request, _WAGTAIL_ATTRIBUTE, None)
            if roots is None:
                roots = Site.get_site_root_paths()
                setattr(request, _WAGTAIL_ATTRIBUTE, roots)
        roots = tuple(tuple(root) for root in roots)
        return cls(
            roots=roots,
            request=request,
            several_sites=len({root[0] for root in roots}) > 1,
            i18n=getattr(settings, "WAGTAIL_I18N_ENABLED", False),
        )

    def current_site_id(self) -> int | None:
        if self._current_site_id is False:
            site = Site.find_for_request(self.request) if self.request is not None else None
            self._current_site_id = site.pk if site is not None else None
        return self._current_site_id

    def url(self, url_path: str) -> str | None:
        """What ``page.get_url(request=self.request)`` returns for the page at ``url_path``."""
        return self._url(url_path, translation.get_language() if self.i18n else None)

    def urls(self, rows: Iterable, *, key: str | None = "url_path") -> list[str | None]:
        """``url`` for each of ``rows`` (mappings from ``.values()`` with ``key``, or with
        ``key=None`` the ``url_path`` strings themselves), in their order."""
        active = translation.get_language() if self.i18n else None
        if key is None:
            return [self._url(url_path, active) for url_path in rows]
        return [self._url(row[key], active) for row in rows]

    def _url(self, url_path: str, active: str | None) -> str | None:
        root = self._root_for(url_path)
        if root is None:
            return None
        site_id, root_path, root_url, language_code = root
        page_path = self._page_path(url_path[len(root_path) :], language_code, active)
        if page_path is None:
            return None
        if not self.several_sites or site_id == self.current_site_id():
            return page_path
        return root_url + page_path

    def _root_for(self, url_path: str):
        possible = [root for root in self.roots if url_path.startswith(root[1])]
        if not possible:
            return None
        if (
            self.several_sites
            and len({root[0] for root in possible}) > 1
            and isinstance(self.request, HttpRequest)
        ):
            current = self.current_site_id()
            for root in possible:
                if root[0] == current:
                    return root
        return possible[0]

    def _page_path(self, rest: str, language_code: str, active: str | None) -> str | None:
        if self.i18n:
            language_code = self._language(active, language_code)
            prefix = self._prefix(language_code)
        else:
            prefix = self._prefix(None)
        if prefix is _NOT_ROUTABLE or not _SERVE_PATTERN.search(rest):
            return None
        rest = rest if _PLAIN.fullmatch(rest) else quote(rest, safe=_SAFE)
        page_path = escape_leading_slashes(prefix + rest)
        if not WAGTAIL_APPEND_SLASH and page_path != "/":
            page_path = page_path.rstrip("/")
        return page_path

    def _language(self, active: str | None, language_code: str) -> str:
        """The active language where it is a variant of the root's, as ``get_url_parts``
        chooses (LANGUAGES may list more variants than WAGTAIL_CONTENT_LANGUAGES)."""
        try:
            return self._languages[active, language_code]
        except KeyError:
            pass
        chosen = language_code
        try:
            if get_supported_content_language_variant(active) == language_code:
                chosen = active
        except LookupError:
            pass
        self._languages[active, language_code] = chosen
        return chosen

    def _prefix(self, language_code: str | None):
        """``reverse`` of the language's root: the part every page of the language shares."""
        # Without i18n, reverse follows the active language (i18n_patterns), as Wagtail's does.
        key = language_code or ("", translation.get_language())
        try:
            return self._prefixes[key]
        except KeyError:
            pass
        try:
            if language_code is None:
                prefix = reverse("wagtail_serve", args=("",))
            else:
                with translation.override(language_code):
                    prefix = reverse("wagtail_serve", args=("",))
        except NoReverseMatch:
            prefix = _NOT_ROUTABLE
        self._prefixes[key] = prefix
        return prefix


class ReferencePageUrls(PageUrls):
    """``Page.get_url`` itself, page by page, for ``HEADLESS_READ_MODEL = False``: the reference
    the contract's tests compare this module's answers with (one query a URL: never served)."""

    def _url(self, url_path: str, active: str | None) -> str | None:
        page = Page.objects.filter(url_path=url_path).order_by("path").first()
        return page.get_url(request=self.request) if page is not None else None


def page_urls(request=None, *, as_page_url: bool = False) -> PageUrls:
    """The table for ``request``, built at the first call and kept on the request; without a
    request, a new table (keep it for a batch: building one reads Wagtail's cache).

    ``as_page_url``: the table that gives what ``page.url`` (no request) gives, still kept on
    ``request`` so that each page does not read the site root paths again."""
    kind = PageUrls if content_settings().read_model else ReferencePageUrls
    if request is None:
        return kind.build(None)
    attribute = ATTRIBUTE + "_as_page_url" if as_page_url else ATTRIBUTE
    table = getattr(request, attribute, None)
    if table is None:
        table = kind.build(request)
        if as_page_url:
            table.request = None
        setattr(request, attribute, table)
    return table


def page_url(*, url_path: str, request=None, table: PageUrls | None = None) -> str | None:
    """``page.get_url(request=request)`` for the page at ``url_path``."""
    return (table or page_urls(request)).url(url_path)

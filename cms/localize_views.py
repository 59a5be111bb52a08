"""wagtail-localize's "Translate page" screen names the page as it will be translated.

wagtail-localize translates a page as stored, which for a published page is its published
version, yet the screen's heading and its success message named the page by its latest draft
(``get_admin_display_title``): an editor who had saved a new, unpublished title saw that title
above the form, then the published text in the translation editor. Here both name the version
that is translated, and a page with unpublished changes says that those are not included.
"""

from django.urls import URLResolver
from django.utils.translation import gettext
from wagtail.admin import messages
from wagtail_localize.views.submit_translations import SubmitPageTranslationView


class SubmitPublishedPageTranslationView(SubmitPageTranslationView):
    def get(self, request, *args, **kwargs):
        if self.object.live and self.object.has_unpublished_changes:
            messages.warning(
                request,
                gettext(
                    "This page has unpublished changes: the published version is translated. "
                    "Publish the changes first to translate them too."
                ),
            )
        return super().get(request, *args, **kwargs)

    def get_subtitle(self):
        return self.object.title

    def get_success_message(self, locales):
        return gettext("The page '%(title)s' was submitted for translation into %(languages)s.") % {
            "title": self.object.title,
            "languages": locales,
        }


#: wagtail-localize's URL names and the views that replace theirs.
LOCALIZE_VIEWS = {"submit_page_translation": SubmitPublishedPageTranslationView.as_view()}


def use_published_titles(urlpatterns) -> None:
    """Put ``LOCALIZE_VIEWS`` in place of wagtail-localize's views in the admin's
    ``urlpatterns`` (``cms.urls``, before ``guard_localize_views`` wraps them)."""
    for pattern in urlpatterns:
        if not isinstance(pattern, URLResolver) or pattern.namespace != "wagtail_localize":
            continue
        for view_pattern in pattern.url_patterns:
            view = LOCALIZE_VIEWS.get(getattr(view_pattern, "name", None))
            if view is not None and not getattr(view_pattern.callback, "_translator_guard", False):
                view_pattern.callback = view

from django.core.exceptions import PermissionDenied
from django.utils import translation
from wagtail.models import Page
from wagtail_localize.models import TranslationSource


class AdminLanguageMiddleware:
    """Speak the browser's language on admin pages.

    Page routes use ``i18n_patterns(prefix_default_language=False)``, so Django's
    ``LocaleMiddleware`` activates the default language for every path without a language
    prefix, ``/admin/`` included. Editors who are not logged in yet (the login and password
    reset pages) then get the admin in the language their browser asks for; once logged in,
    Wagtail switches to the language in their profile.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/"):
            language = translation.get_language_from_request(request, check_path=False)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)


class TranslationPublishGuardMiddleware:
    """Only editors who may publish a translated page can publish it through
    wagtail-localize's "Sync translated pages" (its view asks only for submit_translation,
    so a translator could otherwise publish with "Publish immediately")."""

    view_name = "wagtail_localize:update_translations"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            match is None
            or match.view_name != self.view_name
            or request.method != "POST"
            or not request.POST.get("publish_translations")
        ):
            return None
        source = TranslationSource.objects.filter(
            pk=view_kwargs.get("translation_source_id")
        ).first()
        if source is None:
            return None
        for localize_translation in source.translations.filter(enabled=True).select_related(
            "target_locale"
        ):
            try:
                target = source.get_translated_instance(localize_translation.target_locale)
            except Exception:  # no target yet: nothing published can change
                continue
            if (
                isinstance(target, Page)
                and not target.permissions_for_user(request.user).can_publish()
            ):
                raise PermissionDenied
        return None

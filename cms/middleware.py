from django.utils import translation


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

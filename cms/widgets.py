"""Admin widgets shared by the apps' editing forms."""

from typing import NamedTuple
from urllib.parse import urlencode

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale
from wagtail.snippets.widgets import AdminSnippetChooser


class ChooserTexts(NamedTuple):
    """A snippet model's chooser buttons as whole sentences (``chooser_texts`` on the model).

    Wagtail's "Choose %(object)s" puts the model's name, in the nominative, into a sentence
    that needs another case and gender: "Izberite oseba", "Izberite drug prizorišče".
    """

    choose: str
    choose_another: str
    edit: str


def _in_active_language(message: str, name) -> str:
    return gettext(message) % {"object": name}


_formatted_lazily = lazy(_in_active_language, str)


class SnippetChooser(AdminSnippetChooser):
    """Wagtail's snippet chooser, with its texts in the language of the editor who sees them,
    opening on the snippets of the page's language.

    Wagtail formats "Choose %(object)s" when the widget is made, and a page type's form
    class is made once per process: the language active then stayed for every editor (an
    English editor saw "Izberite person"). Here the texts are formatted when shown.

    ``locale`` is set on the form's own copy of the widget (``cms.panels``): the
    chooser then opens with Wagtail's language filter set to it.
    """

    locale: Locale | None = None

    def __init__(self, model=None, **kwargs):
        super().__init__(model, **kwargs)
        if (texts := getattr(self.model, "chooser_texts", None)) is not None:
            self.choose_one_text, self.choose_another_text, self.link_to_chosen_text = texts
            return
        name = self.model._meta.verbose_name
        self.choose_one_text = _formatted_lazily("Choose %(object)s", name)
        self.choose_another_text = _formatted_lazily("Choose another %(object)s", name)
        self.link_to_chosen_text = _formatted_lazily("Edit this %(object)s", name)

    def get_chooser_modal_url(self):
        url = super().get_chooser_modal_url()
        if self.locale is None:
            return url
        return f"{url}?{urlencode({'locale': self.locale.language_code})}"


class PageInLocaleChooser(AdminPageChooser):
    """Wagtail's page chooser, opening on ``start_page`` (set per form: the page type's
    listing in the edited page's language, ``cms.panels``) rather than on the
    language of the admin's interface or of the page chosen before."""

    js_constructor = "PageInLocaleChooser"
    WAGTAIL_SCRIPTS = ("wagtailadmin/js/page-chooser-modal.js", "wagtailadmin/js/page-chooser.js")
    start_page_id: int | None = None

    @property
    def base_js_init_options(self):
        options = super().base_js_init_options
        if self.start_page_id is not None:
            options["startParentId"] = self.start_page_id
        return options

    @property
    def media(self):
        # One list, so that the subclass is defined after Wagtail's PageChooser. The script is
        # project_pages': cms itself is not an installed app and has no static files.
        return forms.Media(
            js=[
                *(versioned_static(script) for script in self.WAGTAIL_SCRIPTS),
                versioned_static("project_pages/js/page-in-locale-chooser.js"),
            ]
        )

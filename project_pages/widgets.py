"""Admin widgets shared by the apps' editing forms."""

from django.utils.functional import lazy
from django.utils.translation import gettext
from wagtail.snippets.widgets import AdminSnippetChooser


def _in_active_language(message: str, name) -> str:
    return gettext(message) % {"object": name}


_formatted_lazily = lazy(_in_active_language, str)


class SnippetChooser(AdminSnippetChooser):
    """Wagtail's snippet chooser, with its texts in the language of the editor who sees them.

    Wagtail formats "Choose %(object)s" when the widget is made, and a page type's form
    class is made once per process: the language active then stayed for every editor (an
    English editor saw "Izberite person"). Here the texts are formatted when shown.
    """

    def __init__(self, model=None, **kwargs):
        super().__init__(model, **kwargs)
        name = self.model._meta.verbose_name
        self.choose_one_text = _formatted_lazily("Choose %(object)s", name)
        self.choose_another_text = _formatted_lazily("Choose another %(object)s", name)
        self.link_to_chosen_text = _formatted_lazily("Edit this %(object)s", name)

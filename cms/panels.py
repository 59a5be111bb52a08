"""Admin panels shared by the apps' editors."""

from wagtail.admin.panels import InlinePanel as WagtailInlinePanel


class InlinePanel(WagtailInlinePanel):
    """Wagtail's inline panel with its own text for the add button.

    Wagtail writes the button as "Add %(label)s" with the rows' label, which cannot be right in
    Slovene: the label names a row ("Kontaktna oseba 1") in the nominative, the button needs the
    accusative ("Dodaj kontaktno osebo"), so Wagtail's sentence gives "Dodaj Kontaktna oseba".
    ``add_label`` is the whole button text, translated as one sentence.
    """

    def __init__(self, *args, add_label="", **kwargs):
        super().__init__(*args, **kwargs)
        self.add_label = add_label

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "add_label": self.add_label}

    class BoundPanel(WagtailInlinePanel.BoundPanel):
        template_name = "cms/panels/inline_panel.html"

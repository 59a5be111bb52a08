"""The base of every page form of this project's page types."""

from wagtail.admin.forms import WagtailAdminPageForm


class CompletePageForm(WagtailAdminPageForm):
    """A page form that saves a draft only when its required fields are filled.

    Wagtail 8 lets "Save draft" and autosave skip the required fields of text type
    (``defer_required_fields``), so autosave wrote drafts, and created new pages in the tree,
    from a half-filled form with no summary or no venue: the editor saw "saved" while nothing
    could be published or previewed as it would be. Here a draft is checked like a publish;
    autosave answers with the form's errors (its indicator pauses) and saves nothing.
    """

    def defer_required_fields(self):
        return None

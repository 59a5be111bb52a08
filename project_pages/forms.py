from wagtail.models import TranslatableMixin

from cms.forms import CompletePageForm
from cms.panels import offer_in_locale, page_locale


class ProjectPageForm(CompletePageForm):
    """Accepts only the target groups and funding programme of the page's own language (plus
    any already chosen), as ``TermsInPageLocalePanel`` offers them: an editor does not see each
    term once per language, and cannot post another language's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = page_locale(self.instance, self)
        if locale is None:
            return
        for name in ("target_groups", "programme"):
            field = self.fields.get(name)
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model is not None and issubclass(model, TranslatableMixin):
                offer_in_locale(field, locale, instance=self.instance, field_name=name)

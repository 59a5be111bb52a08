from django.db.models import Q

from cms.forms import CompletePageForm


class ProjectPageForm(CompletePageForm):
    """Offers only the target groups of the page's own language (plus any already chosen), so
    an editor does not see each term once per language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        field = self.fields.get("target_groups")
        if field is not None and locale_id is not None:
            # A page opened from a revision (a draft) holds its groups in modelcluster's
            # FakeQuerySet, whose values_list() does not know "pk".
            chosen = (
                [group.pk for group in self.instance.target_groups.all()]
                if self.instance.pk
                else []
            )
            field.queryset = field.queryset.filter(Q(locale_id=locale_id) | Q(pk__in=chosen))

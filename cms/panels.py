"""Admin panels shared by the apps' editors.

Target groups, funding programmes, venues and event categories have a version per language,
and the related project of an event is a page in each language's tree. Wagtail's choosers
list every language together ("delavnica" next to "workshop"), or the language of the admin's
interface. The panels for them offer the versions in the page's own language (for a new page,
its parent's), keep any value already chosen, and where that language has none yet, say so
with a link to the list the terms are translated from.

The restriction is made on the form's own copy of the field and widget when the panel is bound
(for every editor, at each request); the form classes are shared by the whole process.
"""

from django import forms
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail.admin.panels import FieldPanel, ObjectList, PageChooserPanel
from wagtail.admin.panels import InlinePanel as WagtailInlinePanel
from wagtail.coreutils import safe_snake_case
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.widgets import AdminSnippetChooser

from .widgets import PageInLocaleChooser, SnippetChooser


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


class Tab(ObjectList):
    """A tab of the page editor whose id (``#tab-project_facts``) comes from the untranslated
    heading, so it is the same for Slovene and English editors.

    Wagtail derives tab ids from the heading and caches them on the model's edit handler for
    the life of the process; a translated heading would make them depend on the language of
    whoever opened the editor first.
    """

    @property
    def clean_name(self):
        with translation.override(None):
            return safe_snake_case(str(self.heading))


def page_locale(instance, form) -> Locale | None:
    """The language of the page being edited, or for a new page, of its parent."""
    locale_id = getattr(instance, "locale_id", None) or getattr(
        getattr(form, "parent_page", None), "locale_id", None
    )
    return Locale.objects.filter(pk=locale_id).first() if locale_id else None


def _chosen_pks(instance, field_name: str, *, many: bool) -> list:
    if instance is None:
        return []
    if many:
        # A page opened from a revision holds its terms in modelcluster's FakeQuerySet,
        # whose values_list() does not know "pk".
        return [term.pk for term in getattr(instance, field_name).all()] if instance.pk else []
    value = getattr(instance, f"{field_name}_id", None)
    return [value] if value is not None else []


def offer_in_locale(field, locale: Locale, *, instance, field_name: str) -> None:
    """Limit ``field`` (a form's model choice field) to the terms in ``locale`` and those
    ``instance`` has chosen already, for showing and for validating."""
    many = isinstance(field, forms.ModelMultipleChoiceField)
    chosen = _chosen_pks(instance, field_name, many=many)
    field.queryset = field.queryset.filter(Q(locale=locale) | Q(pk__in=chosen))


def translate_terms_url(model) -> str | None:
    """The admin's list of ``model`` in the default language, where wagtail-localize's
    "Translate" action makes a version in another language."""
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is None:
        return None
    try:
        url = reverse(viewset.get_url_name("list"))
    except NoReverseMatch:
        return None
    return f"{url}?locale={Locale.get_default().language_code}"


class TermsInPageLocalePanel(FieldPanel):
    """A ``FieldPanel`` for a foreign key or many-to-many field to a translatable snippet:
    only the snippets in the page's language are offered (plus those already chosen)."""

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            field = self.bound_field.field if self.bound_field is not None else None
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model is None or not issubclass(model, TranslatableMixin):
                return
            locale = page_locale(self.instance, self.form)
            if locale is None:
                return
            offer_in_locale(field, locale, instance=self.instance, field_name=self.field_name)
            if isinstance(field.widget, SnippetChooser):
                field.widget.locale = locale
            elif isinstance(field.widget, AdminSnippetChooser):
                field.widget = SnippetChooser(model)
                field.widget.locale = locale
            if not model.objects.filter(locale=locale).exists():
                self.help_text = self._nothing_in_locale(model, locale)

        def _nothing_in_locale(self, model, locale: Locale):
            message = gettext("There are no %(terms)s in %(language)s yet.") % {
                "terms": model._meta.verbose_name_plural,
                "language": locale.get_display_name(),
            }
            url = translate_terms_url(model)
            if url is None or locale == Locale.get_default():
                return message
            return format_html(
                '{} <a href="{}">{}</a>',
                message,
                url,
                gettext("Translate them from the list in %(language)s.")
                % {"language": Locale.get_default().get_display_name()},
            )


class PageInLocaleChooserPanel(PageChooserPanel):
    """A ``PageChooserPanel`` whose chooser opens on the chosen type's listing in the page's
    language: for a related project, the project index of the event's language."""

    def get_form_options(self):
        options = super().get_form_options()
        options.setdefault("widgets", {})[self.field_name] = PageInLocaleChooser(
            target_models=self.page_type, can_choose_root=self.can_choose_root
        )
        return options

    class BoundPanel(PageChooserPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            widget = self.bound_field.field.widget if self.bound_field is not None else None
            if not isinstance(widget, PageInLocaleChooser):
                return
            locale = page_locale(self.instance, self.form)
            if locale is None:
                return
            widget.start_page_id = listing_page_id(widget.target_models, locale)


def listing_page_id(page_types, locale: Locale) -> int | None:
    """The page in ``locale`` that the pages of ``page_types`` are created under (the first
    type's first allowed parent type), e.g. the project index of that language."""
    parent_types = [
        model
        for page_type in page_types
        if page_type is not Page
        for model in page_type.allowed_parent_page_models()
        if model is not Page
    ]
    if not parent_types:
        return None
    return (
        Page.objects.type(*parent_types)
        .filter(locale=locale)
        .order_by("path")
        .values_list("pk", flat=True)
        .first()
    )

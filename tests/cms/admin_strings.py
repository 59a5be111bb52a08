"""Every string this project shows in the admin, found by walking its models, edit handlers,
forms, blocks and menus, for the tests that the Slovene admin has no English left.

A string is kept as the object the code holds (usually a lazy translation), so a test can render
it under each language and compare; a plain ``str`` renders the same in both, which is the point:
it was never marked for translation.
"""

from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.db import models
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import InlinePanel, ObjectList, PanelGroup
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

#: The apps whose admin this project writes (app labels).
PROJECT_APPS = ("home", "project_pages", "calendar_app", "webhooks")
HOOK_MODULES = (
    "cms.home.wagtail_hooks",
    "project_pages.wagtail_hooks",
    "calendar_app.wagtail_hooks",
    "cms.webhooks.wagtail_hooks",
)


@dataclass(frozen=True)
class AdminString:
    where: str
    text: object


def project_models() -> list[type[models.Model]]:
    return [model for label in PROJECT_APPS for model in apps.get_app_config(label).get_models()]


def _is_ours(model) -> bool:
    return model._meta.app_label in PROJECT_APPS


def _field_strings(where: str, field) -> list[AdminString]:
    found = [AdminString(f"{where} label", field.verbose_name)]
    if field.help_text:
        found.append(AdminString(f"{where} help text", field.help_text))
    if isinstance(field, CountryField):
        return found  # django-countries translates its names itself
    for value, label in field.flatchoices or ():
        if value not in ("", None):
            found.append(AdminString(f"{where} choice {value!r}", label))
    return found


def model_strings(model) -> list[AdminString]:
    name = model._meta.label
    found = [
        AdminString(f"{name} verbose_name", model._meta.verbose_name),
        AdminString(f"{name} verbose_name_plural", model._meta.verbose_name_plural),
    ]
    for text in getattr(model, "chooser_texts", ()):
        found.append(AdminString(f"{name} chooser button", text))
    for field in model._meta.get_fields():
        if not getattr(field, "editable", False) or field.auto_created:
            continue
        if not _is_ours(field.model) and field.model is not model:
            continue  # Wagtail's own Page fields and the like: Wagtail translates them
        if issubclass(model, Page) and field.model is Page:
            continue
        if isinstance(field, ParentalKey):
            continue  # the row's parent page: not a field of the form
        found += _field_strings(f"{name}.{field.name}", field)
        if isinstance(field, StreamField):
            found += block_strings(f"{name}.{field.name}", field.stream_block)
    return found


def block_strings(where: str, block, seen: set | None = None) -> list[AdminString]:
    seen = set() if seen is None else seen
    if id(block) in seen:
        return []
    seen.add(id(block))
    found = []
    children = getattr(block, "child_blocks", None) or {}
    if isinstance(block, blocks.ListBlock):
        children = {"item": block.child_block}
    for name, child in children.items():
        path = f"{where}.{name}"
        if child.label is not None and not isinstance(block, blocks.ListBlock):
            found.append(AdminString(f"{path} label", child.label))
        help_text = getattr(child.meta, "help_text", None)
        if help_text:
            found.append(AdminString(f"{path} help text", help_text))
        choices = getattr(getattr(child, "field", None), "choices", None)
        for value, label in choices if isinstance(choices, list | tuple) else ():
            if value not in ("", None):
                found.append(AdminString(f"{path} choice {value!r}", label))
        found += block_strings(path, child, seen)
    return found


def panel_strings(where: str, panel) -> list[AdminString]:
    found = []
    if isinstance(panel, PanelGroup | InlinePanel) and panel.heading:
        found.append(AdminString(f"{where} panel heading", panel.heading))
    if isinstance(panel, InlinePanel) and panel.label:
        found.append(AdminString(f"{where} inline label", panel.label))
        if add_label := getattr(panel, "add_label", None):
            found.append(AdminString(f"{where} inline add button", add_label))
    if getattr(panel, "help_text", None) and not isinstance(panel, ObjectList):
        found.append(AdminString(f"{where} panel help text", panel.help_text))
    for child in getattr(panel, "children", ()):
        found += panel_strings(where, child)
    return found


def form_strings(where: str, form_class) -> list[AdminString]:
    """Fields a project form declares itself (model fields are covered by ``model_strings``)."""
    found = []
    for name, field in getattr(form_class, "declared_fields", {}).items():
        if field.label:
            found.append(AdminString(f"{where}.{name} label", field.label))
        if field.help_text:
            found.append(AdminString(f"{where}.{name} help text", field.help_text))
        for value, label in getattr(field, "choices", None) or ():
            if value not in ("", None):
                found.append(AdminString(f"{where}.{name} choice {value!r}", label))
    for name, formset in getattr(form_class, "formsets", {}).items():
        found += form_strings(f"{where}.{name}", formset.form)
    return found


def edit_handler_strings() -> list[AdminString]:
    found = []
    for model in get_page_models():
        if not _is_ours(model):
            continue
        handler = model.get_edit_handler()
        found += panel_strings(model._meta.label, handler)
        form_class = handler.get_form_class()
        if form_class.__module__.split(".")[0] in ("calendar_app", "project_pages", "cms"):
            found += form_strings(model._meta.label, form_class)
    for model in get_snippet_models():
        if _is_ours(model):
            handler = model.snippet_viewset.get_edit_handler()
            found += panel_strings(model._meta.label, handler)
    return found


def menu_strings() -> list[AdminString]:
    """The menu labels of the viewsets and groups this project's ``wagtail_hooks`` declare."""
    found = []
    for module_name in HOOK_MODULES:
        module = import_module(module_name)
        for name, value in vars(module).items():
            label = getattr(value, "menu_label", None)
            if label and getattr(value, "__module__", "") == module_name:
                found.append(AdminString(f"{module_name}.{name} menu label", label))
    return found


def all_strings() -> list[AdminString]:
    found = []
    for model in project_models():
        found += model_strings(model)
    found += edit_handler_strings()
    found += menu_strings()
    return found

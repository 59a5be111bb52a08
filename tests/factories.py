"""Factories for the site tree every test builds on: locales, home pages per locale, a site."""

import factory
import wagtail_factories
from wagtail.models import Locale, Page

from cms.home.models import HomePage


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "sl"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Domov {n}")
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = HomePage


class PlainPageFactory(wagtail_factories.PageFactory):
    """A bare Wagtail page: for tests of the page machinery itself, not of a content type."""

    title = factory.Sequence(lambda n: f"Stran {n}")

    class Meta:
        model = Page


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page: Page, language_code: str, **fields) -> Page:
    """A published translation of ``page`` in ``language_code`` with ``fields`` changed."""
    locale = LocaleFactory(language_code=language_code)
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return publish(translation)

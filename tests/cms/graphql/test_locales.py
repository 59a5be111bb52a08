"""Locales for a language switcher: ``locales``, ``translationKey`` lookups and hreflang
``alternates``."""

import pytest

from tests.factories import PlainPageFactory, publish, translate

pytestmark = pytest.mark.django_db


def test_locales_default_first_with_names_in_their_own_language(graphql, site_tree):
    result = graphql("query SiteLocales { locales { code name isDefault } }")
    assert result["data"]["locales"] == [
        {"code": "sl", "name": "Slovenščina", "isDefault": True},
        {"code": "en", "name": "English", "isDefault": False},
    ]


def test_page_by_translation_key_in_another_locale(graphql, site_tree):
    events = publish(PlainPageFactory(parent=site_tree["sl"], title="Dogodki", slug="dogodki"))
    translate(events, "en", title="Events", slug="events")
    query = """
    query PageVersion($key: UUID!, $locale: String) {
      page(translationKey: $key, locale: $locale) { title locale translationKey }
    }
    """
    key = str(events.translation_key)
    en = graphql(query, {"key": key, "locale": "en"})["data"]["page"]
    assert en == {"title": "Events", "locale": "en", "translationKey": key}
    assert graphql(query, {"key": key})["data"]["page"]["title"] == "Dogodki"


def test_untranslated_page_has_no_version_in_another_locale(graphql, site_tree):
    events = publish(PlainPageFactory(parent=site_tree["sl"], title="Dogodki", slug="dogodki"))
    result = graphql(
        'query Missing($key: UUID!) { page(translationKey: $key, locale: "en") { title } }',
        {"key": str(events.translation_key)},
    )
    assert result["data"]["page"] is None


def test_alternates_are_absolute_with_x_default(graphql, site_tree):
    events = publish(PlainPageFactory(parent=site_tree["sl"], title="Dogodki", slug="dogodki"))
    translate(events, "en", title="Events", slug="events")
    result = graphql(
        'query Head { page(urlPath: "/events/", locale: "en") { alternates { hreflang href } } }'
    )
    assert result["data"]["page"]["alternates"] == [
        {"hreflang": "sl", "href": "https://www.library.test/dogodki/"},
        {"hreflang": "x-default", "href": "https://www.library.test/dogodki/"},
        {"hreflang": "en", "href": "https://www.library.test/en/events/"},
    ]


def test_alternates_leave_out_unpublished_translations(graphql, site_tree):
    events = publish(PlainPageFactory(parent=site_tree["sl"], title="Dogodki", slug="dogodki"))
    events.copy_for_translation(site_tree["en"].locale)  # a draft
    result = graphql('query Head { page(urlPath: "/dogodki/") { alternates { hreflang } } }')
    assert [a["hreflang"] for a in result["data"]["page"]["alternates"]] == ["sl", "x-default"]

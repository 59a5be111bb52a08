"""``translationStatus`` on pages: so a frontend can say "this translation may be out of date"."""

import pytest

from tests.factories import PlainPageFactory, publish, translate

STATUSES = """
query TranslationStates($locale: String) {
  pages(locale: $locale, order: "path") { title translationStatus }
}
"""

pytestmark = pytest.mark.django_db


def statuses(graphql, locale):
    result = graphql(STATUSES, {"locale": locale})
    assert "errors" not in result, result["errors"]
    return {page["title"]: page["translationStatus"] for page in result["data"]["pages"]}


def test_sources_and_translations(graphql, site_tree):
    page = publish(PlainPageFactory(parent=site_tree["sl"], title="Dogodki", slug="dogodki"))
    translate(page, "en", title="Events", slug="events")
    assert statuses(graphql, "sl") == {"Domov": "SOURCE", "Dogodki": "SOURCE"}
    assert statuses(graphql, "en") == {"Home": "UP_TO_DATE", "Events": "UP_TO_DATE"}

    page.title = "Dogodki in prireditve"
    publish(page)  # the source changes after its translation
    assert statuses(graphql, "en")["Events"] == "OUTDATED"


def test_listing_statuses_cost_the_same_at_any_size(graphql, site_tree, count_queries):
    def add(prefix, count):
        for number in range(count):
            page = publish(
                PlainPageFactory(parent=site_tree["sl"], title=f"Stran {prefix}{number}")
            )
            translate(page, "en", title=f"Page {prefix}{number}")

    add("a", 2)
    statuses(graphql, "en")
    with count_queries() as small:
        statuses(graphql, "en")
    add("b", 6)
    with count_queries() as large:
        assert len(statuses(graphql, "en")) == 9
    assert small.count == large.count

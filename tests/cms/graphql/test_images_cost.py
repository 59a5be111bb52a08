"""Listings with ``srcSet`` and ``renditions`` selected cost the same number of SQL queries at
any size: each image's renditions come with the listing (``prefetch_renditions``), whatever
widths and formats are asked."""

from datetime import timedelta

import pytest
import wagtail_factories

from calendar_app.models import EventPage
from cms.home.models import SiteFooter, SiteFooterPartnerLogo
from project_pages.models import ProjectLogo, ProjectPartner
from tests.calendar_app.factories import EventIndexPageFactory, VenueFactory, local
from tests.factories import publish
from tests.project_pages.factories import ProjectIndexPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db

#: What a responsive ``<img>`` or ``<picture>`` selects.
IMAGE = """
  srcSet
  avif: srcSet(format: AVIF, widths: [160, 320])
  renditions { url width height }
  rendition(width: 320) { url }
  focalPoint { x y }
  objectPosition
"""

PROJECT_IMAGES = f"""
query ProjectImages($perPage: Int) {{
  projects(perPage: $perPage) {{
    items {{ title logo {{ {IMAGE} }} partners {{ logo {{ {IMAGE} }} }} }}
  }}
}}
"""

#: The locales (1), the hidden and private sections (1), the page of projects (1), logos with
#: their images (1), the logos' renditions (1), partners with their logos (1), the partner
#: logos' renditions (1).
PROJECT_QUERIES = 7

FOOTER_IMAGES = f"""
query FooterImages {{
  siteSettings(locale: "sl") {{ footer {{ partnerLogos {{ name image {{ {IMAGE} }} }} }} }}
}}
"""

#: The locales (1), the footer (1), its logos (1), their images (1), the images' renditions
#: (1); no privacy page.
FOOTER_QUERIES = 5

EVENT_IMAGES = f"""
query EventImages {{
  events(from: "2020-12-01", to: "2020-12-31", limit: 500) {{
    event {{ title image {{ {IMAGE} }} }}
  }}
}}
"""

#: The locales (1), the hidden and private sections (1), the window's rows of the occurrence
#: table (1), their events (1), the images (1), their renditions (1).
EVENT_QUERIES = 6


def _image(number: int):
    image = wagtail_factories.ImageFactory(
        title=f"Slika {number}", file__width=200 + number, file__height=100
    )
    image.get_file_hash()  # Wagtail caches renditions by image id and file hash
    return image


def _measure(graphql, count_queries, query, variables=None):
    graphql(query, variables)  # makes the renditions once, as any first visit
    with count_queries() as counter:
        result = graphql(query, variables)
    assert "errors" not in result, result
    return counter, result["data"]


def _assert_candidates(image):
    """Every offered width up to the original (200 to 299 px wide): 160 and the original."""
    assert [candidate["width"] for candidate in image["renditions"]][0] == 160
    assert 200 <= image["renditions"][1]["width"] < 300
    assert len(image["renditions"]) == 2
    assert image["srcSet"].count("w, ") == 1
    assert image["avif"].count(".avif ") == 2


def test_a_project_listing_with_srcsets_costs_a_fixed_number_of_queries(
    graphql, count_queries, site_tree
):
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    counts = []
    for numbers in (range(2), range(2, 10)):
        for number in numbers:
            project = ProjectPageFactory.build(title=f"Projekt {number}")
            project.logos = [ProjectLogo(image=_image(number))]
            project.partners = [
                ProjectPartner(organisation="Knjižnica", country="LV", logo=_image(50 + number))
            ]
            index.add_child(instance=project)
            publish(project)
        counter, data = _measure(graphql, count_queries, PROJECT_IMAGES, {"perPage": numbers.stop})
        items = data["projects"]["items"]
        assert len(items) == numbers.stop
        for item in items:
            _assert_candidates(item["logo"])
            _assert_candidates(item["partners"][0]["logo"])
        counts.append(counter.count)

    assert counts == [PROJECT_QUERIES, PROJECT_QUERIES], counter.statements


def test_footer_logos_with_srcsets_cost_a_fixed_number_of_queries(
    graphql, count_queries, site_tree
):
    footer = SiteFooter.objects.create(
        locale=site_tree["sl"].locale,
        cookie_notice="Piškotki.",
        settings_label="Nastavitve",
        close_label="Zapri",
    )
    counts = []
    for numbers in (range(2), range(2, 8)):
        for number in numbers:
            SiteFooterPartnerLogo.objects.create(
                footer=footer, image=_image(number), name=f"Partner {number}", sort_order=number
            )
        counter, data = _measure(graphql, count_queries, FOOTER_IMAGES)
        logos = data["siteSettings"]["footer"]["partnerLogos"]
        assert len(logos) == numbers.stop
        for logo in logos:
            _assert_candidates(logo["image"])
        counts.append(counter.count)

    assert counts == [FOOTER_QUERIES, FOOTER_QUERIES], counter.statements


def test_events_with_srcsets_cost_a_fixed_number_of_queries(graphql, count_queries, site_tree):
    calendar = publish(EventIndexPageFactory(parent=site_tree["sl"]))
    venue = VenueFactory()
    counts = []
    for numbers in (range(2), range(2, 10)):
        for number in numbers:
            start = local(2020, 12, 1 + number % 28, 10)
            event = EventPage(
                title=f"Dogodek {number}",
                summary="Povzetek.",
                start=start,
                end=start + timedelta(hours=2),
                venue=venue,
                image=_image(number),
            )
            calendar.add_child(instance=event)
            publish(event)
        counter, data = _measure(graphql, count_queries, EVENT_IMAGES)
        assert len(data["events"]) == numbers.stop
        for occurrence in data["events"]:
            _assert_candidates(occurrence["event"]["image"])
        counts.append(counter.count)

    assert counts == [EVENT_QUERIES, EVENT_QUERIES], counter.statements

from datetime import datetime
from zoneinfo import ZoneInfo

import factory
import wagtail_factories

from calendar_app.models import EventCategory, EventIndexPage, EventPage, Venue
from tests.factories import LocaleFactory

LJUBLJANA = ZoneInfo("Europe/Ljubljana")


def local(*args) -> datetime:
    return datetime(*args, tzinfo=LJUBLJANA)


class VenueFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Knjižnica {n}")
    address = "Kersnikova 2, 1000 Ljubljana"
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = Venue


class EventCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategorija {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = EventCategory


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Koledar"
    slug = "koledar"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dogodek {n}")
    summary = "Delavnica v knjižnici."
    start = local(2020, 12, 3, 18, 0)
    end = local(2020, 12, 3, 20, 0)
    online_url = "https://meet.example/knjiznica"

    class Meta:
        model = EventPage

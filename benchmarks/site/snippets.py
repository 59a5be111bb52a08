"""Snippets and images of the generated site: terms (each en one a translation of the sl one),
people and small real images."""

import uuid
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from calendar_app.models import EventCategory, Venue
from project_pages.models import FundingProgramme, Person, TargetGroup

from .vocabulary import TOPICS


def create_terms(locales) -> dict:
    """{kind: [(sl, en), …]} for target groups, programmes, categories and venues, each en term
    a translation of the sl one (same translation key)."""
    result = {}
    specs = {
        TargetGroup: [(f"tg-{i}", f"{sl} {i}", f"{en} {i}") for i, (sl, en) in enumerate(TOPICS)],
        FundingProgramme: [
            (f"prog-{i}", f"Program {name} {i}", f"Programme {name} {i}")
            for i, name in enumerate(["Erasmus+ KA1", "Erasmus+ KA2", "Ustvarjalna Evropa", "ESS"])
            for _ in range(2)
        ],
        EventCategory: [
            (f"cat-{i}", sl, en)
            for i, (sl, en) in enumerate(
                [
                    ("Delavnica", "Workshop"),
                    ("Predavanje", "Talk"),
                    ("Razstava", "Exhibition"),
                    ("Bralni klub", "Reading club"),
                    ("Pravljična ura", "Story time"),
                    ("Tečaj", "Course"),
                    ("Koncert", "Concert"),
                    ("Srečanje", "Meet-up"),
                ]
            )
        ],
    }
    for model, entries in specs.items():
        seen = set()
        pairs = []
        for slug, sl_name, en_name in entries:
            if slug in seen:
                continue
            seen.add(slug)
            key = uuid.uuid4()
            source = model.objects.create(
                slug=slug, name=sl_name, locale=locales["sl"], translation_key=key
            )
            translation = model.objects.create(
                slug=slug, name=en_name, locale=locales["en"], translation_key=key
            )
            pairs.append((source, translation))
        result[model.__name__] = pairs
    venues = []
    for i in range(12):
        key = uuid.uuid4()
        common = {"latitude": 46.05 + i / 100, "longitude": 14.5 + i / 100, "translation_key": key}
        venues.append(
            (
                Venue.objects.create(
                    name=f"Knjižnica enota {i}",
                    branch="Mestna knjižnica Ljubljana",
                    address=f"Ulica {i}, 1000 Ljubljana",
                    accessibility="Dostop brez stopnic, dvigalo.",
                    locale=locales["sl"],
                    **common,
                ),
                Venue.objects.create(
                    name=f"Library branch {i}",
                    branch="Ljubljana City Library",
                    address=f"Ulica {i}, 1000 Ljubljana",
                    accessibility="Step-free access, lift.",
                    locale=locales["en"],
                    **common,
                ),
            )
        )
    result["Venue"] = venues
    return result


def create_people(rng):
    return Person.objects.bulk_create(
        Person(
            honorific=rng.choice(["", "dr.", "mag."]),
            name=f"Oseba Priimek {i}",
            email=f"oseba{i}@mklj.example",
            phone="+386 1 308 52 00",
        )
        for i in range(150)
    )


def create_images(rng, count=12):
    """Small real PNGs (renditions are made from them on the first request)."""
    image_model = get_image_model()
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Benchmark images")
    images = []
    for i in range(count):
        buffer = BytesIO()
        colour = tuple(rng.randrange(256) for _ in range(3))
        PILImage.new("RGB", (1600, 900), colour).save(buffer, format="PNG")
        buffer.seek(0)
        image = image_model(
            title=f"Slika {i}",
            description=f"Fotografija dogodka {i}",
            collection=collection,
            file=ImageFile(buffer, name=f"bench-{i}.png"),
        )
        image.save()
        images.append(image)
    return images

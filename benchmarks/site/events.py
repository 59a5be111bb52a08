"""The generated events: one-off ones spread over 2024–2026 with a festival in the busy month,
and recurring ones with excluded dates and cancelled occurrences, in sl and en."""

import uuid
from datetime import date, datetime, timedelta

from calendar_app import recurrence
from calendar_app.models import EventExcludedDate, EventOccurrenceChange, EventPage
from calendar_app.models.pages import site_zone

from .bulk import bulk_pages, paragraphs
from .vocabulary import BUSY_MONTH, COMMON_WORD, RECURRING, TOPICS, WEEKDAYS


def _month_later(day: date, months: int) -> date | None:
    """The same day ``months`` later, or None when that month is too short for it."""
    month = day.month - 1 + months
    try:
        return day.replace(year=day.year + month // 12, month=month % 12 + 1)
    except ValueError:
        return None


def _event_schedule(rng, i: int, recurring: bool) -> dict:
    """Start, end, rule, excluded dates and changes of one event. One-off events spread over
    2024–2026 with a festival in the busy month; recurring ones run weekly or monthly for a
    few months."""
    zone = site_zone()
    if recurring:
        first = date(2024, 1, 1) + timedelta(days=rng.randrange(3 * 365 - 200))
        if first.weekday() == 6:  # no Sunday events: the library is closed
            first -= timedelta(days=1)
        hour = rng.choice([10, 16, 17, 18])
        start = datetime(first.year, first.month, first.day, hour, 0, tzinfo=zone)
        if i % 3:
            rule = f"FREQ=WEEKLY;BYDAY={WEEKDAYS[first.weekday()]};COUNT={rng.randint(8, 26)}"
            step = timedelta(weeks=1)
        else:
            rule = f"FREQ=MONTHLY;BYMONTHDAY={first.day};COUNT={rng.randint(4, 12)}"
            step = timedelta(days=31)
            if first.day > 28:  # every month has the day: the exclusions below are real dates
                first = first.replace(day=28)
                start = start.replace(day=28)
                rule = f"FREQ=MONTHLY;BYMONTHDAY=28;COUNT={rng.randint(4, 12)}"
        # Dates the rule gives after the first, for an excluded date and a cancelled one.
        occurrences = [_month_later(first, n) for n in range(1, 5)]
        if step.days == 7:
            occurrences = [first + step * n for n in range(1, 5)]
        occurrences = [day for day in occurrences if day is not None]
        excluded = occurrences[1:2] if i % 4 == 0 else []
        changes = []
        if i % 5 == 0 and len(occurrences) > 2:
            changes = [{"original_date": occurrences[2], "change": "CANCELLED"}]
        return {
            "start": start,
            "end": start + timedelta(hours=1, minutes=30),
            "all_day": False,
            "rule": rule,
            "excluded": excluded,
            "changes": changes,
        }
    if i % 4 == 0:
        year, month = BUSY_MONTH
        day = date(year, month, 1) + timedelta(days=rng.randrange(31))
    else:
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    start = datetime(day.year, day.month, day.day, rng.choice([9, 11, 17, 18, 19]), 0, tzinfo=zone)
    all_day = i % 17 == 0
    return {
        "start": start,
        "end": start + (timedelta(days=2) if all_day else timedelta(hours=2)),
        "all_day": all_day,
        "rule": "",
        "excluded": [],
        "changes": [],
    }


def create_events(rng, count, indexes, terms, images, projects):
    """``count`` events in sl and en: ``RECURRING`` of them weekly or monthly, some with an
    excluded date or a cancelled occurrence; one in five tied to a project."""
    zone = site_zone()
    specs = []
    for i in range(count):
        schedule = _event_schedule(rng, i, recurring=i < RECURRING)
        project = rng.choice(projects) if rng.random() < 0.2 else None
        specs.append(
            {
                **schedule,
                "i": i,
                "key": uuid.uuid4(),
                "topic": rng.choice(TOPICS),
                "category": rng.choice(terms["EventCategory"]),
                "audiences": rng.sample(terms["TargetGroup"], rng.randint(1, 2)),
                "venue": rng.choice(terms["Venue"]),
                "image": rng.choice(images) if rng.random() < 0.5 else None,
                "project": project,
                "price": "" if rng.random() < 0.7 else "5 EUR",
                "uid": uuid.uuid4(),
            }
        )
    pairs: dict[str, list] = {}
    for code, column in (("sl", 0), ("en", 1)):
        word = COMMON_WORD[code]
        pages = []
        for spec in specs:
            topic = spec["topic"][column]
            schedule = recurrence.Schedule(
                start=spec["start"],
                end=spec["end"],
                all_day=spec["all_day"],
                rule=spec["rule"],
                excluded_dates=frozenset(spec["excluded"]),
                changes=tuple(
                    recurrence.OccurrenceChange(
                        original_date=c["original_date"], status=recurrence.Status.CANCELLED
                    )
                    for c in spec["changes"]
                ),
                status="SCHEDULED",
            )
            kind = spec["category"][column].name
            pages.append(
                EventPage(
                    title=f"{kind}: {topic} {spec['i']}",
                    slug=f"{'dogodek' if code == 'sl' else 'event'}-{spec['i']}",
                    translation_key=spec["key"],
                    summary=f"{kind} o temi {topic}; {word} vabi vse bralce."
                    if code == "sl"
                    else f"A {kind.lower()} on {topic}; the {word} welcomes every reader.",
                    body=paragraphs(rng, code, topic, 1),
                    image=spec["image"],
                    start=spec["start"],
                    end=spec["end"],
                    all_day=spec["all_day"],
                    recurrence_rule=spec["rule"],
                    venue=spec["venue"][column],
                    online_url="",
                    price=spec["price"],
                    related_project=spec["project"][column] if spec["project"] else None,
                    series_end=recurrence.series_end(schedule, zone),
                    ical_uid=spec["uid"] if code == "sl" else uuid.uuid4(),
                    seo_title="",
                    search_description="",
                )
            )
        pairs[code] = bulk_pages(indexes[code], pages)
    categories = EventPage.categories.through
    audiences = EventPage.audiences.through
    rows: dict = {categories: [], audiences: [], EventExcludedDate: [], EventOccurrenceChange: []}
    for spec, sl_page, en_page in zip(specs, pairs["sl"], pairs["en"], strict=True):
        for page, column in ((sl_page, 0), (en_page, 1)):
            rows[categories].append(
                categories(eventpage_id=page.pk, eventcategory_id=spec["category"][column].pk)
            )
            rows[audiences] += [
                audiences(eventpage_id=page.pk, targetgroup_id=pair[column].pk)
                for pair in spec["audiences"]
            ]
            rows[EventExcludedDate] += [
                EventExcludedDate(page_id=page.pk, sort_order=n, date=day)
                for n, day in enumerate(spec["excluded"])
            ]
            rows[EventOccurrenceChange] += [
                EventOccurrenceChange(page_id=page.pk, sort_order=n, **change)
                for n, change in enumerate(spec["changes"])
            ]
    for model, objects in rows.items():
        model.objects.bulk_create(objects, batch_size=500)
    return list(zip(pairs["sl"], pairs["en"], strict=True))

"""A recurrence rule in words, in the reader's or editor's language ("Every 2 weeks on Tuesday
and Thursday, until 31 December 2020"). Day and month names come from CLDR (Babel); the
sentence patterns are ours, for the languages the site has, English otherwise."""

from datetime import date, datetime

from cms.graphql import formatting

from .recurrence import WEEKDAY_CODES, RuleError, parse_rule, until_date

PATTERNS = {
    "en": {
        "once": "Does not repeat",
        "DAILY": ("Every day", "Every {n} days"),
        "WEEKLY": ("Every week", "Every {n} weeks"),
        "MONTHLY": ("Every month", "Every {n} months"),
        "YEARLY": ("Every year", "Every {n} years"),
        "on_days": "on {days}",
        "on_ordinal": "on the {ordinal} {days}",
        "on_month_day": "on day {day}",
        "last_month_day": "on the last day",
        "in_months": "in {months}",
        "until": "until {date}",
        "count": ("once", "{n} times"),
        "ordinals": {
            1: "first",
            2: "second",
            3: "third",
            4: "fourth",
            -1: "last",
            -2: "second last",
        },
    },
    "sl": {
        "once": "Se ne ponavlja",
        "DAILY": ("Vsak dan", "Vsakih {n} dni"),
        "WEEKLY": ("Vsak teden", "Vsakih {n} tednov"),
        "MONTHLY": ("Vsak mesec", "Vsakih {n} mesecev"),
        "YEARLY": ("Vsako leto", "Vsakih {n} let"),
        "on_days": "ob dnevih: {days}",
        "on_ordinal": "{ordinal} {days}",
        "on_month_day": "na {day}. dan v mesecu",
        "last_month_day": "na zadnji dan v mesecu",
        "in_months": "v mesecih: {months}",
        "until": "do {date}",
        "count": ("enkrat", "{n}-krat"),
        "ordinals": {
            1: "prvi",
            2: "drugi",
            3: "tretji",
            4: "četrti",
            -1: "zadnji",
            -2: "predzadnji",
        },
    },
}


def _split_byday(value: str) -> tuple[int | None, list[str]]:
    ordinal, days = None, []
    for item in value.split(","):
        code = item[-2:]
        if item[:-2]:
            ordinal = int(item[:-2])
        days.append(code)
    return ordinal, days


def describe_rule(rule: str, language: str, *, start: datetime | date | None = None) -> str:
    words = PATTERNS.get(language, PATTERNS["en"])
    locale = language if language in PATTERNS else "en"
    if not rule:
        return words["once"]
    try:
        parts = parse_rule(rule)
        last_day = until_date(parts)
    except RuleError:
        return rule
    interval = int(parts.get("INTERVAL", "1"))
    one, many = words[parts["FREQ"]]
    phrases = [one if interval == 1 else many.format(n=interval)]
    day_names = formatting.weekday_names(locale)
    if "BYDAY" in parts:
        ordinal, codes = _split_byday(parts["BYDAY"])
        if "BYSETPOS" in parts:
            ordinal = int(parts["BYSETPOS"].split(",")[0])
        names = formatting.join(
            [day_names[WEEKDAY_CODES.index(code)] for code in codes],
            locale,
            style="or" if ordinal else "standard",
        )
        if ordinal is not None:
            phrases.append(
                words["on_ordinal"].format(
                    ordinal=words["ordinals"].get(ordinal, str(ordinal)), days=names
                )
            )
        else:
            phrases.append(words["on_days"].format(days=names))
    if "BYMONTHDAY" in parts:
        day = int(parts["BYMONTHDAY"].split(",")[0])
        phrases.append(
            words["last_month_day"] if day == -1 else words["on_month_day"].format(day=day)
        )
    if "BYMONTH" in parts:
        month_names = formatting.month_names(locale)
        phrases.append(
            words["in_months"].format(
                months=formatting.join(
                    [month_names[int(m)] for m in parts["BYMONTH"].split(",")], locale
                )
            )
        )
    if last_day is not None:
        phrases.append(words["until"].format(date=formatting.long_date(last_day, locale)))
    if "COUNT" in parts:
        count = int(parts["COUNT"])
        once, times = words["count"]
        phrases.append(once if count == 1 else times.format(n=count))
    return ", ".join(phrases)

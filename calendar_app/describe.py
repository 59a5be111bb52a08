"""A recurrence rule in words, in the reader's or editor's language ("Every Tuesday at 17:00
until 8 March 2027" / "Vsak torek ob 17.00 do 8. marca 2027"). Day and month names and the
time come from CLDR (Babel); the sentence patterns, and the Slovene cases CLDR does not have
(accusative and locative days, genitive months), are ours, for the languages the site has,
English otherwise."""

from datetime import date, datetime, time

from babel.dates import format_time

from cms.content import formatting

from .recurrence import WEEKDAY_CODES, RuleError, parse_rule, until_date

PATTERNS = {
    "en": {
        "once": "Does not repeat",
        "DAILY": ("Every day", "Every {n} days"),
        "WEEKLY": ("Every week", "Every {n} weeks"),
        "MONTHLY": ("Every month", "Every {n} months"),
        "YEARLY": ("Every year", "Every {n} years"),
        "every_weekday": "Every {days}",
        "on_days": "on {days}",
        "on_ordinal": "on the {ordinal} {days}",
        "on_month_day": "on day {day}",
        "last_month_day": "on the last day",
        "in_months": "in {months}",
        "on_date": "on {day} {month}",
        "at": "at {time}",
        "time_pattern": "HH:mm",
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
        # "Vsak 2. teden" says "every other week" without Slovene's four plural forms.
        "DAILY": ("Vsak dan", "Vsak {n}. dan"),
        "WEEKLY": ("Vsak teden", "Vsak {n}. teden"),
        "MONTHLY": ("Vsak mesec", "Vsak {n}. mesec"),
        "YEARLY": ("Vsako leto", "Vsako {n}. leto"),
        "every_weekday": "{days}",
        "on_days": "ob {days}",
        "on_ordinal": "na {ordinal} {days}",
        "on_month_day": "na {day}. dan v mesecu",
        "last_month_day": "na zadnji dan v mesecu",
        "in_months": "{months}",
        "on_date": "{day}. {month}",
        "at": "ob {time}",
        "time_pattern": "H.mm",
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
        # Feminine days (sreda, sobota, nedelja) take the feminine accusative ordinal.
        "ordinals_feminine": {
            1: "prvo",
            2: "drugo",
            3: "tretjo",
            4: "četrto",
            -1: "zadnjo",
            -2: "predzadnjo",
        },
        # "vsak torek", "vsako sredo": every ..., by WEEKDAY_CODES.
        "every_day": (
            "vsak ponedeljek",
            "vsak torek",
            "vsako sredo",
            "vsak četrtek",
            "vsak petek",
            "vsako soboto",
            "vsako nedeljo",
        ),
        # "na prvi torek", "na zadnjo soboto": accusative.
        "days_accusative": (
            "ponedeljek",
            "torek",
            "sredo",
            "četrtek",
            "petek",
            "soboto",
            "nedeljo",
        ),
        # "ob torkih in četrtkih": locative plural.
        "days_locative": (
            "ponedeljkih",
            "torkih",
            "sredah",
            "četrtkih",
            "petkih",
            "sobotah",
            "nedeljah",
        ),
    },
}
FEMININE_DAYS = {"WE", "SA", "SU"}


def _split_byday(value: str) -> tuple[int | None, list[str]]:
    ordinal, days = None, []
    for item in value.split(","):
        code = item[-2:]
        if item[:-2]:
            ordinal = int(item[:-2])
        days.append(code)
    return ordinal, days


def _day_names(codes: list[str], words: dict, locale: str, form: str) -> list[str]:
    """The days in the case a pattern needs (``form``: ``every_day``, ``days_accusative``,
    ``days_locative``); CLDR's names where the language has no table of its own."""
    table = words.get(form) or formatting.weekday_names(locale)
    return [table[WEEKDAY_CODES.index(code)] for code in codes]


def describe_time(moment: time, language: str) -> str:
    """'17:00' / '17.00' (Slovene writes the hours with a dot)."""
    words = PATTERNS.get(language, PATTERNS["en"])
    locale = formatting.DATE_LOCALES.get(language, formatting.cldr_locale(language))
    return format_time(moment, words["time_pattern"], locale=locale)


def _days_phrase(
    parts: dict[str, str], words: dict, locale: str, interval: int
) -> tuple[str, bool]:
    """What BYDAY (and BYSETPOS) add, and whether it replaces "Every week" ("Every
    Tuesday")."""
    ordinal, codes = _split_byday(parts["BYDAY"])
    if "BYSETPOS" in parts:
        ordinal = int(parts["BYSETPOS"].split(",")[0])
    if ordinal is not None:
        accusative = _day_names(codes, words, locale, "days_accusative")
        ordinals = words["ordinals"]
        if codes[0] in FEMININE_DAYS and "ordinals_feminine" in words:
            ordinals = words["ordinals_feminine"]
        names = formatting.join(accusative, locale, style="or")
        ordinal_word = ordinals.get(ordinal, str(ordinal))
        return words["on_ordinal"].format(ordinal=ordinal_word, days=names), False
    if parts["FREQ"] == "WEEKLY" and interval == 1:
        names = formatting.join(_day_names(codes, words, locale, "every_day"), locale)
        sentence = words["every_weekday"].format(days=names)
        return sentence[:1].upper() + sentence[1:], True
    names = formatting.join(_day_names(codes, words, locale, "days_locative"), locale)
    return words["on_days"].format(days=names), False


def _months_phrase(parts: dict[str, str], words: dict, locale: str) -> str:
    numbers = [int(m) for m in parts["BYMONTH"].split(",")]
    # "januarja in marca": the genitive (``formatting.GENITIVE_MONTHS``), where there is one.
    genitive = formatting.GENITIVE_MONTHS.get(locale)
    if genitive:
        names = [genitive[number - 1] for number in numbers]
    else:
        month_names = formatting.month_names(locale)
        names = [month_names[number] for number in numbers]
    return words["in_months"].format(months=formatting.join(names, locale))


def describe_rule(
    rule: str,
    language: str,
    *,
    start: datetime | date | None = None,
    at: time | None = None,
) -> str:
    """The rule in words; ``at``: the local time it starts at, said when given (not for
    all-day events). ``start`` is accepted from callers that pass it, and not said. A rule
    that cannot be read (a typo in a custom rule, as it is being typed) is given as it is."""
    words = PATTERNS.get(language, PATTERNS["en"])
    if not rule:
        return words["once"]
    try:
        return _describe(parse_rule(rule), words, language if language in PATTERNS else "en", at)
    except (RuleError, ValueError, KeyError, IndexError):
        return rule


def _is_one_date(parts: dict[str, str]) -> bool:
    return (
        parts["FREQ"] == "YEARLY"
        and "BYDAY" not in parts
        and parts.get("BYMONTH", ",").isdigit()
        and parts.get("BYMONTHDAY", "-").isdigit()
    )


def _describe(parts: dict[str, str], words: dict, locale: str, at: time | None) -> str:
    last_day = until_date(parts)
    interval = int(parts.get("INTERVAL", "1"))
    one, many = words[parts["FREQ"]]
    phrases = [one if interval == 1 else many.format(n=interval)]
    if _is_one_date(parts):  # "Every year on 13 September"
        month = int(parts["BYMONTH"])
        genitive = formatting.GENITIVE_MONTHS.get(locale)
        name = genitive[month - 1] if genitive else formatting.month_names(locale)[month]
        phrases.append(words["on_date"].format(day=int(parts["BYMONTHDAY"]), month=name))
        parts = {k: v for k, v in parts.items() if k not in ("BYMONTH", "BYMONTHDAY")}
    if "BYMONTH" in parts:
        phrases.append(_months_phrase(parts, words, locale))
    if "BYDAY" in parts:
        days, replaces_frequency = _days_phrase(parts, words, locale, interval)
        phrases = [days] if replaces_frequency else [*phrases, days]
    if "BYMONTHDAY" in parts:
        day = int(parts["BYMONTHDAY"].split(",")[0])
        phrases.append(
            words["last_month_day"] if day == -1 else words["on_month_day"].format(day=day)
        )
    if at is not None:
        phrases.append(words["at"].format(time=describe_time(at, locale)))
    if last_day is not None:
        phrases.append(words["until"].format(date=formatting.long_date(last_day, locale)))
    sentence = " ".join(phrases)
    if "COUNT" in parts:
        count = int(parts["COUNT"])
        once, times = words["count"]
        sentence += ", " + (once if count == 1 else times.format(n=count))
    return sentence

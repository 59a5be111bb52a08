"""The words, places and months the generated site is made of, shared by its generators."""

#: The month the generator makes busiest (a festival month), and a quiet one (the demo's
#: December 2020) to check that query counts do not grow with the number of events.
BUSY_MONTH = (2025, 10)
QUIET_MONTH = (2020, 12)
#: A word in every generated summary: the "common word" of the search scenario.
COMMON_WORD = {"sl": "knjižnica", "en": "library"}
#: How many of the generated events recur (weekly or monthly).
RECURRING = 300

TOPICS = [
    ("bralna pismenost", "reading literacy"),
    ("digitalne veščine", "digital skills"),
    ("slepi in slabovidni", "blind and partially sighted readers"),
    ("medkulturni dialog", "intercultural dialogue"),
    ("zaposlovanje", "employment"),
    ("starejši bralci", "older readers"),
    ("knjižnični prostor", "library space"),
    ("odprta znanost", "open science"),
    ("trajnostni razvoj", "sustainable development"),
    ("mladi ustvarjalci", "young makers"),
    ("begunci in migranti", "refugees and migrants"),
    ("domoznanstvo", "local history"),
]
COUNTRIES = ["AT", "BE", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "HR", "HU", "IT", "LT", "LV"]
COUNTRIES += ["NL", "NO", "PL", "PT", "RO", "SE", "SK", "RS", "BA", "MK", "GB", "IE"]
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA"]

"""The recurrence sentence in Slovene declines its dates: a date inside a sentence takes the
genitive month ("13. septembra", "do 8. marca 2027", "januarja in marca")."""

import pytest

from calendar_app.describe import describe_rule


@pytest.mark.parametrize(
    ("rule", "slovene", "english"),
    [
        (
            "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=13",
            "Vsako leto 13. septembra",
            "Every year on 13 September",
        ),
        (
            "FREQ=YEARLY;BYMONTH=1,3;BYDAY=1MO",
            "Vsako leto januarja in marca na prvi ponedeljek",
            "Every year in January and March on the first Monday",
        ),
        (
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270308",
            "Vsak torek do 8. marca 2027",
            "Every Tuesday until 8 March 2027",
        ),
    ],
)
def test_the_sentence_uses_the_genitive_month_in_slovene(rule, slovene, english):
    assert describe_rule(rule, "sl") == slovene
    assert describe_rule(rule, "en") == english

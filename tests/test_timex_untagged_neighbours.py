"""What must *not* be tagged beside a sentence's real date.

The corpus checks a bracketed span; these check that the other words of the sentence stay
untagged (a weekday used as a noun's attribute, the equivalent times of a slash list).
"""
# Provenance: Red team round 8b, tagger.

from __future__ import annotations

from datetime import date

import pytest

from calfeed.timex import tag


@pytest.mark.parametrize("text,ref,expected", [
    # a weekday and part of day qualifying a noun, the real day told in the same sentence
    ("Our Sunday afternoon concert is on Sunday 27 June.", date(2021, 5, 27), [("Sunday 27 June", "2021-06-27")]),
    ("Also in June we have our first Sunday afternoon concert and tea, it's on Sunday 27 June.",
     date(2021, 5, 27), [("June", "2021-06"), ("Sunday 27 June", "2021-06-27")]),
    # inside a capitalised name
    ("EVENT: Royal Institution Friday Evening Discourses Autumn 2006", date(2006, 10, 16),
     [("Autumn 2006", "2006-FA")]),
    # news keeps its "Friday night": alone, before a verb, or with no other day in the sentence
    ("Before his Sunday night address, Castro played.", date(2000, 4, 3), [("Sunday night", "2000-04-02TNI")]),
    ("Police said Friday night the talks would resume on March 3.", date(2000, 4, 3),
     [("Friday night", "2000-03-31TNI"), ("March 3", "2001-03-03")]),
    ("We shop at the Saturday morning market.", date(2027, 1, 10), [("Saturday morning", "2027-01-09TMO")]),
    # a weekday qualifying a noun in a sentence whose series names the same weekday
    ("Sunday Mass is celebrated every Sunday at 10am.", date(2026, 12, 1), [("every Sunday at 10am", "XXXX-WXX-7T10:00")]),
    ("Our Friday prayers are held each Friday in the hall.", date(2026, 12, 1), [("each Friday", "XXXX-WXX-5")]),
    # ... but not one a preposition dates the clause by (review 23 M1), whatever noun follows it
    ("On Saturday members will meet, as every Saturday, at 10am at the pier.", date(2027, 2, 1),
     [("Saturday", "2027-02-06"), ("every Saturday, at 10am", "XXXX-WXX-6T10:00")]),
    ("From Sunday volunteers will serve lunch every Sunday at the hall.", date(2027, 2, 1),
     [("Sunday", "2027-02-07"), ("every Sunday", "XXXX-WXX-7")]),
    # ... nor one whose series is another weekday's, nor one with no series
    ("The Saturday market will move to every Sunday from May.", date(2026, 12, 1),
     [("Saturday", "2026-12-05"), ("every Sunday", "XXXX-WXX-7"), ("May", "2027-05")]),
    # one time told in three zones is one clock, the first
    ("The programme starts at 9.45 BST /10.45 CEST /11.45 EEST.", date(2026, 6, 1),
     [("9.45 BST /10.45 CEST /11.45 EEST", "2026-06-01T09:45")]),
])
def test_only_the_real_dates(text: str, ref: date, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, ref)] == expected

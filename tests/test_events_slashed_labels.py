"""A label over a clause may give one place or thing two names joined by a slash ("Bombay/Mumbai:
The ... will take place on ..."): the label is both names, and the clause after its colon names the
event, as after a one-word label (R69 class 8, page 15's shape)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _titles(text: str) -> list[str]:
    return [e.title for e in tagged_events(text, published=date(2029, 10, 2))]


def test_a_two_name_dateline_label_is_no_title():
    assert _titles("Bombay/Mumbai: The Gaja Yatra will take place on Oct. 22 from 6 pm to 8 pm.") == ["Gaja Yatra"]


def test_an_unknown_name_after_a_two_name_label_keeps_its_words():
    assert _titles("Madras/Chennai: The annual grand Ratha Yatra will take place on Oct. 22 from 6 pm to 8 pm.") == [
        "Annual grand Ratha Yatra"]


def test_a_one_name_label_is_as_before():
    assert _titles("Lyon: The Gaja Yatra will take place on Oct. 22 from 6 pm to 8 pm.") == ["Gaja Yatra"]

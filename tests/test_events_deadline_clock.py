"""A clock time stated once for all deadlines ("All deadlines are at 23:59 AoE") times every
all-day deadline of the document."""

from __future__ import annotations

from datetime import datetime

import pytest

from calfeed.events import frame_events
from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

DATES = """Important dates

- Abstract deadline: March 1, 2026
- Full papers due: March 8, 2026
- Notification of acceptance: May 15, 2026
- Workshop: June 20, 2026

"""


def framed(text: str):
    doc = Document(path="cfp.txt", text=text)
    reference = infer_reference_date(doc, tag(text, None))
    return frame_events(doc, tag(text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")


def timing(text: str) -> dict[str, tuple]:
    return {e.title: (e.start, e.all_day, e.tz) for e in framed(text)[0]}


@pytest.mark.parametrize("rule, clock, tz", [
    ("All deadlines are at 23:59 AoE.", (23, 59), "Etc/GMT+12"),
    ("Deadlines are 17:00 CET.", (17, 0), "Europe/Brussels"),
    ("All deadlines are 11:59 p.m. Anywhere on Earth.", (23, 59), "Etc/GMT+12"),
    # a written UTC offset is a fixed-offset zone (the Etc names have the POSIX sign)
    ("Deadlines are 17:00 UTC+2.", (17, 0), "Etc/GMT-2"),
    ("All deadlines are 5 pm GMT\u22125.", (17, 0), "Etc/GMT+5"),
    ("All deadlines are at 12:00 (UTC+01:00).", (12, 0), "Etc/GMT-1"),
    ("All deadlines are 23:59 UTC+05:30.", (23, 59), "UTC+05:30"),   # no Etc zone: the feed writes UTC
])
def test_every_all_day_deadline_takes_the_stated_time(rule, clock, tz):
    found = timing(DATES + rule)
    assert found["Abstract deadline"] == (datetime(2026, 3, 1, *clock), False, tz)
    assert found["Deadline for full papers"] == (datetime(2026, 3, 8, *clock), False, tz)


def test_milestones_and_events_keep_their_days():
    found = timing(DATES + "All deadlines are at 23:59 AoE.")
    assert found["Notification of acceptance"][1] is True
    assert found["Workshop"][1] is True


def test_the_rule_is_no_event_and_no_review_item_and_the_note_says_where_the_time_came_from():
    events, unresolved = framed(DATES + "All deadlines are at 23:59 AoE.")
    assert unresolved == []
    abstract = next(e for e in events if e.title == "Abstract deadline")
    assert any('from "All deadlines are at 23:59 AoE."' in note for note in abstract.notes)


def test_a_dated_deadline_with_a_time_is_no_rule_for_the_others():
    found = timing("The abstract deadline is 17:00 CET on March 1, 2026. Full papers are due March 8, 2026.")
    assert found["Deadline for full papers"][1] is True


def test_a_time_without_deadline_words_is_no_rule():
    found = timing(DATES + "The help desk answers until 17:00 CET.")
    assert found["Abstract deadline"][1] is True


def test_a_utc_offset_is_the_zone():
    found = timing(DATES + 'All deadlines are 11:59PM UTC-12:00 ("Anywhere on Earth").')
    assert found["Abstract deadline"] == (datetime(2026, 3, 1, 23, 59), False, "Etc/GMT+12")


def test_the_note_names_the_offset_as_written():
    events, _ = framed(DATES + 'All deadlines are 11:59PM UTC-12:00 ("Anywhere on Earth").')
    abstract = next(e for e in events if e.title == "Abstract deadline")
    assert any(note.startswith("time 23:59 UTC-12:00 from") for note in abstract.notes)

"""A window's noun told with a starting and an ending verb ("the permit registration will start on
7 April 2031, and end on 30 April 2031") names a period that runs over its days, one entry from the
first day to the last; a call that "opens from ... to ..." keeps its opening and its closing. Two such
periods of one name starting on one day and ending on two days are two entries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from calfeed.pipeline import Options, build
from events_helpers import tagged_events

_FEBRUARY = date(2031, 2, 10)


def _runs(text: str) -> list[tuple[str, date, date, str]]:
    return [(e.kind, e.start, e.end, e.title) for e in tagged_events(text, published=_FEBRUARY)]


def test_a_registration_started_and_ended_is_one_run():
    runs = _runs("For the southern wards, the boat registration will start on April 7, 2031, and end on "
                 "April 30, 2031.")
    assert runs == [("event", date(2031, 4, 7), date(2031, 4, 30), "Boat registration")]


def test_an_enrolment_begun_and_finished_is_one_run():
    runs = _runs("Enrolment for the evening classes will begin on 3 March 2031 and finish on 21 March 2031.")
    assert [(kind, first, last) for kind, first, last, _ in runs] == [("event", date(2031, 3, 3), date(2031, 3, 21))]


def test_a_call_open_from_one_day_to_another_keeps_its_opening_and_closing():
    runs = _runs("The call for proposals will be open from 3 March 2031 to 21 March 2031.")
    assert [kind for kind, *_ in runs] == ["milestone", "deadline"]


def test_two_runs_of_one_name_from_one_day_stay_two(tmp_path: Path):
    page = tmp_path / "wards.md"
    page.write_text("---\ntitle: Boat registration in two rounds\npublished: 2031-02-10\n---\n"
                    "Boat registration in two rounds\n\nThe boat registration will start on March 3, 2031, and end on May 9, 2031.\n\n"
                    "In the harbour wards, the boat registration will start on March 3, 2031, and end on "
                    "March 28, 2031.\n", encoding="utf-8")
    runs = sorted((e.start, e.end) for e in build([page], Options()).events)
    assert runs == [(date(2031, 3, 3), date(2031, 3, 28)), (date(2031, 3, 3), date(2031, 5, 9))]


def test_one_run_told_by_two_documents_is_one_entry(tmp_path: Path):
    for name in ("one.md", "two.md"):
        (tmp_path / name).write_text("---\ntitle: Boat registration\npublished: 2031-02-10\n---\n"
                                     "The boat registration will start on March 3, 2031, and end on March 28, "
                                     "2031.\n", encoding="utf-8")
    events = build([tmp_path], Options()).events
    assert [(e.start, e.end, len(e.sources)) for e in events] == [(date(2031, 3, 3), date(2031, 3, 28), 2)]

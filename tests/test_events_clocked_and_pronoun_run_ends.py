"""A run told in two clauses whose ends carry clocks ("will begin at 6 a.m. on Friday, Aug. 16, and end
at 9 p.m. on Monday, Aug. 19") or whose second clause names the run again by a pronoun ("begins on
Saturday, March 2 and it'll go to April 9"): one entry from the first moment to the last, named by the
run's subject (run_titles), not two entries ("... begins" / "... ends") or two single days."""
# Provenance: session 69, R82 class 2 (a toll holiday's clocks, a carnival season); texts written for the test.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _rows(text: str, published: date) -> list[tuple[str, object, object]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=published)]


def test_clocked_begin_and_end_clauses_make_one_run() -> None:
    text = ("Town news\n\nUnder the new order, free parking in the old harbour district will begin at 6 a.m. "
            "on Friday, Aug. 16, and end at 9 p.m. on Monday, Aug. 19.\n")
    rows = _rows(text, date(2019, 8, 7))
    assert rows == [("Free parking", datetime(2019, 8, 16, 6, 0), datetime(2019, 8, 19, 21, 0))], rows


def test_a_pronoun_and_its_contracted_modal_close_the_run() -> None:
    for mark in ("'", "\u2019"):
        text = (f"Festivals\n\nFor this year's edition, the lantern walk begins on Saturday, March 2 and it{mark}ll "
                "go to April 9.\n")
        rows = _rows(text, date(2019, 1, 10))
        assert rows == [("Lantern walk", date(2019, 3, 2), date(2019, 4, 9))], (mark, rows)


def test_a_pronoun_with_a_full_modal_closes_the_run_too() -> None:
    text = "Festivals\n\nThe Marrowby lantern walk begins on Saturday, March 2 and it will run until April 9.\n"
    rows = _rows(text, date(2019, 1, 10))
    assert rows == [("Marrowby lantern walk", date(2019, 3, 2), date(2019, 4, 9))], rows


def test_another_subject_between_the_clocked_days_keeps_them_apart() -> None:
    text = ("Town news\n\nThe ferry service will begin at 9 a.m. on Friday, Aug. 16, and the night market will end "
            "at 6 p.m. on Monday, Aug. 19.\n")
    rows = _rows(text, date(2019, 8, 7))
    assert all(not (isinstance(s, datetime) and isinstance(e, datetime) and e.date() > s.date()) for _, s, e in rows), rows


def test_a_one_day_start_keeps_its_verb_in_the_title() -> None:
    text = "Town news\n\nThe Brellow lantern walk begins at 9 a.m. on Friday, Aug. 16.\n"
    rows = _rows(text, date(2019, 8, 7))
    assert [t for t, _, _ in rows] == ["Brellow lantern walk begins"], rows


def test_an_evenings_clocks_on_a_day_told_before_stay_its_hours() -> None:
    # guard: "at" is passed over only before a clock that writes its day; "starts at 7:30pm and finishes at midnight"
    # after the day's sentence is one evening, to midnight, not a run to the end of the first day
    text = "Town news\n\nThe Harbour concert will be held on Saturday, June 29. The concert starts at 7:30pm and finishes at midnight.\n"
    rows = _rows(text, date(2019, 6, 20))
    assert (datetime(2019, 6, 29, 19, 30), datetime(2019, 6, 30, 0, 0)) in [(s, e) for _, s, e in rows], rows


def test_an_evening_to_midnight_keeps_its_start_in_the_title() -> None:
    text = "Town news\n\nThe Marrow lantern walk begins at 7:30pm on Friday, Aug. 16 and ends at midnight.\n"
    rows = _rows(text, date(2019, 8, 7))
    assert [t for t, _, _ in rows] == ["Marrow lantern walk begins"], rows

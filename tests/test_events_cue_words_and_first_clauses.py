"""What a cue word or a first clause really says."""
# Provenance: Round-11 red-team classes in the events stage.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _entries(text: str, published: date) -> list[tuple[str, str, object]]:
    return [(e.title, e.kind, e.start) for e in tagged_events(text, published=published)]


def test_a_closing_ceremony_is_no_deadline():
    text = "Tuesday 18 September\n| 16:15 - 16:45 | Session J: Closing Ceremony |\n"
    ((title, kind, start),) = [e for e in _entries(text, date(2012, 6, 1)) if e[0].startswith("Session")]
    assert (title, start) == ("Session J: Closing Ceremony", datetime(2012, 9, 18, 16, 15)) and kind != "deadline"


def test_a_closing_window_still_closes():
    assert _entries("Applications closing 3 March 2027.", date(2027, 1, 1)) == [
        ("Applications closing", "deadline", date(2027, 3, 3))]


def test_an_event_in_a_first_condition_is_not_the_dates():
    text = ("If you can not attend the meeting but would still like to comment, please send written comments "
            "before 5:00pm on December 20th.")
    assert _entries(text, date(2026, 12, 1)) == [
        ("Submission of written comments", "deadline", datetime(2026, 12, 20, 17))]


def test_a_condition_after_the_event_gives_no_deadline():
    text = ("A vote in the Bundestag is expected in mid-December, and elections could follow in the spring "
            "if no deal is reached by 15 January.")
    assert all(kind != "deadline" for _, kind, _ in _entries(text, date(2026, 12, 1)))


def test_a_coming_day_with_a_participle_of_a_noun_keeps_its_weekday_year():
    text = ("On Wednesday 1 June there's a chance to make paper hats inspired by the days of Drake. "
            "This drop-in event is free. It runs from 10.30am to 1pm.")
    assert [e.start for e in tagged_events(text, published=date(2022, 4, 2))] == [datetime(2022, 6, 1, 10, 30)]


def test_a_print_stamp_is_no_entry():
    text = ("Published: 4th September 2019 Last updated: 5th September 2019 Printed: 24th February 2025 "
            "The Co-operative Party will hold a briefing on 30th September 2019 in London.")
    assert [(t, s) for t, _, s in _entries(text, None)] == [("Briefing", date(2019, 9, 30))]


def test_a_date_counted_back_is_not_the_next_events():
    text = ("The federal government now intends to introduce legislation during the next parliamentary sitting, "
            "after leaving the door open to fast-tracking the bill within weeks of releasing its discussion paper "
            "last month.")
    assert _entries(text, date(2026, 5, 1)) == []
    assert _entries("The next meeting was scheduled for 3 June 2026.", date(2026, 5, 1)) == [
        ("Next meeting", "meeting", date(2026, 6, 3))]

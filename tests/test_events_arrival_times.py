"""Red team 8b D4: "Please arrive by 7.25pm." is no "Deadline for please arrive" on the document's
date; an arrival instruction's bare clock is the time to come to the document's one timed event
day, and with several event days (a listing's standing advice) or none it makes no entry."""

from __future__ import annotations

from datetime import date, datetime

from tests.test_events_label_lines import _framed

ONE = ("Our spring quiz night is on Friday 14 May 2027 at 7.30pm in the Village Hall. "
       "Please arrive by 7.15pm so that teams can be seated.\n")
LISTING = ("Talks start at 7.30pm. Please arrive by 7.25pm.\n\n"
           "6th December 2027 7.30pm \u201cBlack holes and soap bubbles\u201d \u2013 Prof Oscar Dias\n\n"
           "Mon 3rd January 2028 7.30pm \u201cLife is simple\u201d \u2013 Prof Johnjoe McFadden\n")


def test_an_arrival_time_is_taken_on_the_one_event_day():
    assert _framed(ONE, published=date(2027, 4, 1)) == [
        ("Arrival for Spring quiz night", "event", datetime(2027, 5, 14, 19, 15)),
        ("Spring quiz night", "event", datetime(2027, 5, 14, 19, 30))]


def test_an_arrival_time_alone_or_beside_several_event_days_is_no_entry():
    assert _framed("Please arrive by 7.25pm.\n", published=date(2027, 4, 1)) == []
    kinds = [(title, kind) for title, kind, _ in _framed(LISTING, published=date(2027, 11, 1))]
    assert not any(kind == "deadline" or "arrive" in title.lower() for title, kind in kinds)


def test_an_arrival_told_as_what_happens_is_no_instruction():
    from calfeed.events.arrival_times import arrival_clock
    from calfeed.events.words import words_in
    from calfeed.model import Timex

    text = "Santa will arrive at 3pm."
    at = text.index("3pm")
    clock = Timex(at, at + 3, "3pm", "TIME", "T15:00", raw_value="T15:00")
    assert not arrival_clock(words_in(text, 0, len(text)), clock)
    asked = "Guests are asked to arrive at 3pm."
    at = asked.index("3pm")
    assert arrival_clock(words_in(asked, 0, len(asked)), Timex(at, at + 3, "3pm", "TIME", "T15:00", raw_value="T15:00"))

"""A date line under a title line whose clock is followed only by a mark that it goes on from then
(a tilde, as listings in Japan and Korea write it, or "onwards"): the title line names the event
and the clock times it (round 68 page 21's shape, in words of our own)."""

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str):
    result = process_document(Document(path="p.txt", text=text, published=date(2031, 5, 2)),
                              Options(today=date(2031, 5, 2)))
    return sorted(result.events, key=lambda e: str(e.start))


def _page(line: str) -> str:
    return ("Harbour Lantern Festival 12th May Boat Parade\n\n" + line + "\n\n"
            "The best part of the festival is the boat parade along the canal.\n")


def test_a_tilde_after_the_clock_keeps_the_line_under_its_title():
    """On the parent the tilde made the line a venue that was no venue: only the all-day day of the
    title line was left."""
    events = _events(_page("12th May from 10:00am~"))
    assert [(e.title, e.start) for e in events] == [
        ("Harbour Lantern Festival 12th May Boat Parade", datetime(2031, 5, 12, 10, 0))]


def test_onwards_after_the_clock_keeps_the_line_under_its_title():
    events = _events(_page("12th May from 10:00am onwards"))
    assert [(e.title, e.start) for e in events] == [
        ("Harbour Lantern Festival 12th May Boat Parade", datetime(2031, 5, 12, 10, 0))]


def test_other_words_after_the_clock_are_still_no_bare_date_line():
    """Guard: a line that goes on with a sentence's words is not the title line's date."""
    events = _events(_page("12th May from 10:00am the boats leave the quay"))
    assert not any(e.title == "Harbour Lantern Festival 12th May Boat Parade"
                   and e.start == datetime(2031, 5, 12, 10, 0) for e in events)

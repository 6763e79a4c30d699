"""A fixture line "<label>: <side> v <side>, <venue>, <clock>" is titled by the match it
lists, not by the label before the colon: the label is the pool, group, division or match
number the game belongs to ("Pool A", "Division One", "Match 12"), the same on many lines,
while the sides say which game the entry is."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document


def _titled(text: str, published: date) -> list[tuple[str, str]]:
    events = process_document(Document(path="doc.txt", text=text, published=published)).events
    return sorted((e.start.isoformat()[:16], e.title) for e in events if not e.all_day)


def test_netball_pool_lines_under_competition_headings_are_titled_by_their_match():
    text = ("The league has confirmed the draw for round five.\n\n"
            "Saturday 14 March\n\n"
            "Premiership netball\n\n"
            "Pool A: Hawks v Falcons, Te Rauparaha Arena, Porirua, 1pm.\n\n"
            "Pool B: Tigers v Stars, ASB Sports Centre, 3.15pm - Sky Sport\n\n"
            "Reserve grade\n\n"
            "Pool C: Comets v Blaze, Eventfinda Stadium, 2pm.\n")
    assert _titled(text, date(2026, 3, 2)) == [("2026-03-14T13:00", "Hawks v Falcons"),
                                               ("2026-03-14T14:00", "Comets v Blaze"),
                                               ("2026-03-14T15:15", "Tigers v Stars")]


def test_division_lines_with_vs_are_titled_by_their_match():
    text = ("Midweek fixtures\n\n"
            "Tuesday 10 February\n\n"
            "County League\n\n"
            "Division One: Millbrook Rovers vs Eastfield Athletic, Mill Lane, 7.45pm\n\n"
            "Division Two: St Anne's vs Harbour Town, The Meadow, 7.30pm\n")
    assert _titled(text, date(2026, 2, 1)) == [("2026-02-10T19:30", "St Anne's vs Harbour Town"),
                                               ("2026-02-10T19:45", "Millbrook Rovers vs Eastfield Athletic")]


def test_numbered_match_lines_are_titled_by_their_sides():
    text = ("T20 league: this week's games\n\n"
            "Friday 17 April\n\n"
            "Group stage\n\n"
            "Match 12: Chennai v. Mumbai, Chepauk Stadium, 7.30pm\n\n"
            "Match 13: Delhi v. Kolkata, Feroz Shah Kotla, 3.30pm\n")
    assert _titled(text, date(2026, 4, 10)) == [("2026-04-17T15:30", "Delhi v. Kolkata"),
                                                ("2026-04-17T19:30", "Chennai v. Mumbai")]


def test_a_label_line_that_lists_no_match_keeps_its_label():
    # "Henry V" is a play's name, a capital V with no side after it: no match
    text = ("Open week\n\n"
            "Monday 9 March\n\n"
            "Screenings\n\n"
            "Film Club: Henry V, Studio 2, 7pm\n\n"
            "Reading Group: Pride and Prejudice, Room 4, 6pm\n")
    assert _titled(text, date(2026, 3, 1)) == [("2026-03-09T18:00", "Reading Group"),
                                               ("2026-03-09T19:00", "Film Club")]

"""Spans that run through the page's day, in hard-wrapped paragraphs (R71 class 3).

A copied page whose paragraph keeps its hard line breaks cuts sentences wherever the width ran
out: between an edition's ordinal and its name ("The 12th" / "Lantern Fair, ..."), and between two
capitalised words of one place ("on the Old" / "Harbour for 24 days ..."). Read as list lines, the
pronoun "It" lost the event it stands for, and a festival already open on the page's day gave no
entry and no word in the report. Now a line that is only an article and an ordinal, and a long
line that itself goes on a wrapped sentence, only wrap; and a written span not told in the past
that runs through the page's day is a silent day the report lists when it gives nothing.
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document
from calfeed.report.silent import silent_dates
from events_helpers import page_entries


def _spans(text: str, published: str) -> list[tuple[str, object, object]]:
    from events_helpers import page_events
    return [(e.title, e.start, e.end) for e in page_events(text, published)]


def test_an_ordinal_alone_on_its_line_goes_on_with_the_name():
    text = ("The 12th\nRiverside Lantern Fair, with its paper boat parade, will be held again after a pause of "
            "a decade. It will take place on the east quay from May 10 to June 2, 2025.")
    assert _spans(text, "2025-05-20") == [("12th Riverside Lantern Fair", date(2025, 5, 10), date(2025, 6, 2))]


def test_a_hard_wrapped_line_breaking_a_place_name_only_wraps():
    text = ("Welcome\n\nThe Riverside Lantern Fair, with its paper boat parade and music, will\n"
            "return this spring after a pause of a decade. It will take place on the Old\n"
            "Harbour for 24 days from May 10 to June 2, 2025. Entry costs nothing at all.")
    assert _spans(text, "2025-05-20") == [("Riverside Lantern Fair", date(2025, 5, 10), date(2025, 6, 2))]


def test_the_same_span_ahead_of_the_page_is_kept_too():
    text = ("Welcome\n\nThe Riverside Lantern Fair, with its paper boat parade and music, will\n"
            "return this spring after a pause of a decade. It will take place on the Old\n"
            "Harbour for 24 days from May 10 to June 2, 2025. Entry costs nothing at all.")
    assert _spans(text, "2025-03-02") == [("Riverside Lantern Fair", date(2025, 5, 10), date(2025, 6, 2))]


def test_short_list_lines_of_names_stay_apart():
    text = ("Coming up\n\nHarbour talk in Dover\nOn 14 June 2025\nMarket day in Calais\nOn 21 June 2025\n")
    titles = sorted(t for t, _, _ in page_entries(text, "2025-05-01"))
    assert titles and not any("Dover" in t and "Calais" in t for t in titles)


def test_a_running_span_that_gives_nothing_is_listed_in_the_report():
    text = "Visitors' notes\n\nHillford Kite Week | from 20 July to 9 August 2025 | east field\n|||\n"
    result = process_document(Document(path="doc.txt", text=text, published=date(2025, 7, 29)))
    assert not result.events and [d.expr for d in silent_dates(result)] == ["20 July to 9 August 2025"]


def test_one_day_s_hours_on_the_page_s_day_are_no_running_span():
    text = "Visitors' notes\n\nThe tax office keeps its hours from 9:30 AM to 4:30 PM, Monday to Friday.\n"
    result = process_document(Document(path="doc.txt", text=text, published=date(2025, 7, 28)))   # a Monday
    assert silent_dates(result) == []


def test_a_span_over_before_the_page_stays_out_of_the_report():
    text = "Looking back\n\nThe kite week ran from 2 June to 9 June 2025 on the east field.\n"
    result = process_document(Document(path="doc.txt", text=text, published=date(2025, 7, 29)))
    assert silent_dates(result) == [] and not result.events


def test_timetable_rows_with_wrapped_labels_stay_apart():
    """A timetable whose long labels wrap onto a second line ("Latest time for members to lodge
    forms of" / "transfer for the rights offer . . . 5:00 p.m. on Tuesday, 7 April") is no
    paragraph: a row that closes on its date or its leader dots ends there."""
    text = ("Expected timetable\n\n"
            "Latest time for holders to lodge their forms of\n"
            "transfer for the rights offer . . . . . . . . . . . . . . . 5:00 p.m. on Tuesday, 7 April\n"
            "Closure of the register of unit holders of the fund\n"
            "for the rights offer (both days included) . . . . . . . . Friday, 10 April to Thursday, 16 April\n"
            "Despatch of the offer papers . . . . . . . . . . . . . . . . . . . . . Monday, 20 April\n")
    found = {title: (start, end) for title, start, end in _spans(text, "2026-03-20")}
    assert "Latest time for holders to lodge their forms of transfer for the rights offer" in found
    assert found["Closure of the register of unit holders of the fund for the rights offer"] == (
        date(2026, 4, 10), date(2026, 4, 16))


def test_a_long_address_line_is_no_paragraph_line():
    """A ticket address under a sentence ("... by a string quartet." / "https://...?ref=newsletterclub")
    starts in lower case and runs long, but holds no prose: the label line under it stays its own."""
    text = ("Exhibition events\n\nOpening night with music by a string quartet.\n"
            "https://tickets.example.org/e/opening-night-of-the-river-paintings-tickets-20455?ref=newsletterclub\n"
            "Closing Reception: Sunday, August 30th, 2 PM – 4 PM\nJoin us for a last look at the paintings!\n")
    assert "Closing Reception" in [t for t, _, _ in page_entries(text, "2026-08-01")]

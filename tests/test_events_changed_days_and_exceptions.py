"""Tables of changed days, place-led list
items, long line labels, "No X on <day>" sentences, struck-out HTML dates, update stamps."""
# Provenance: Round-5 red-team classes in the events stage.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

from calfeed.model import Document
from calfeed.pipeline import process_document
from calfeed.sources import parse_document


def _page_events(html: str) -> list:
    doc = parse_document(html.encode(), "page.html")
    return process_document(Document(doc.path, doc.text, published=date(2028, 1, 10))).events


BINS = """# Christmas bin collections

Your bin collection day will change over Christmas.

| Normal collection day | Revised collection day |
|---|---|
| Monday 21 December | No change |
| Friday 25 December (Christmas Day) | Saturday 26 December |
| Thursday 31 December | Saturday 2 January |
"""


def test_a_row_of_an_old_and_a_new_day_is_one_entry_on_the_new_day():
    events = tagged_events(BINS, published=date(2026, 11, 20))
    assert sorted((e.start, e.title) for e in events) == [
        (date(2026, 12, 26), "Bin collection (moved from Friday 25 December)"),
        (date(2027, 1, 2), "Bin collection (moved from Thursday 31 December)")]


def test_a_placeholder_cell_is_no_title():
    text = "| Date | Event |\n|---|---|\n| Monday 21 December | TBC |\n| Tuesday 22 December | Quiz night |\n"
    events = tagged_events(text, published=date(2026, 11, 20))
    assert [(e.start, e.title) for e in events] == [(date(2026, 12, 22), "Quiz night")]


def test_place_led_items_under_a_lead_in_are_its_events_there():
    text = ("We are holding in-person hui and online webinars during the consultation period:\n\n"
            "- Hamilton – Tuesday 23 February, 10am–12pm, Claudelands Event Centre\n"
            "- Palmerston North – Thursday 25 February, 1pm–3pm, Te Manawa\n")
    events = sorted(tagged_events(text, published=date(2027, 2, 3)), key=lambda e: e.start)
    assert [e.start for e in events] == [datetime(2027, 2, 23, 10), datetime(2027, 2, 25, 13)]
    assert "Hamilton" in events[0].location and "Claudelands Event Centre" in events[0].location
    assert "Palmerston North" in events[1].location


def test_a_long_line_label_with_a_place_keeps_its_entry():
    text = "Community breakfast at the old Etobicoke Civic Centre main hall upstairs: Saturday, October 17, 9 a.m. to 1 p.m."
    events = tagged_events(text, published=date(2026, 9, 21))
    assert [(e.title, e.start) for e in events] == [("Community breakfast", datetime(2026, 10, 17, 9))]


def test_no_event_on_a_day_is_an_exception_of_its_series():
    for text in ("Drop-in flu clinics: every Wednesday in October, 9am–12pm, at the Health Centre. "
                 "No clinic on 14 October because of staff training.",
                 "Drop-in flu clinics: every Wednesday in October, 9am–12pm. There is no clinic on 14 October."):
        events = tagged_events(text, published=date(2026, 9, 21))
        assert [(e.title, e.exdates) for e in events] == [("Drop-in flu clinics", [datetime(2026, 10, 14, 9)])]


def test_no_other_thing_on_a_day_leaves_the_series_alone():
    text = "Drop-in flu clinics: every Wednesday in October, 9am–12pm. No parking on 14 October."
    events = tagged_events(text, published=date(2026, 9, 21))
    assert [e.exdates for e in events if e.rrule] == [[]]


def test_a_struck_out_html_date_is_replaced():
    events = _page_events("<ul><li>Paper submission deadline: <s>April 11, 2028</s> April 18, 2028</li>"
                          "<li>Camera-ready deadline: <del>May 2, 2028</del> May 9, 2028</li></ul>")
    assert sorted(e.start.date() if isinstance(e.start, datetime) else e.start for e in events) == [
        date(2028, 4, 18), date(2028, 5, 9)]


def test_an_update_stamp_is_no_date_of_the_deadline():
    text = ("We invite submissions of long papers on language technology for low-resource languages.\n\n"
            "Update (April 2, 2028): the paper submission deadline has been extended to April 18, 2028.")
    events = tagged_events(text, published=date(2028, 1, 10))
    assert [e.start for e in events] == [date(2028, 4, 18)]

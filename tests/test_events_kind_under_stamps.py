"""A list of other news under a story stamps each headline with its day on a line of its own and
the kind of item on the line below ("12 June 2031" / "Press release"): the day the item was posted
(furniture_lines.kind_under_stamp), not an occasion. The lists made entries titled by the kind
and by the headlines. A day alone on its line over a line of prose, or over an event's name,
stays."""

from __future__ import annotations

from datetime import date

from events_helpers import BUILD_DAY, page_events

from calfeed.events.furniture_lines import kind_under_stamp
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from calfeed.text import LineIndex
from calfeed.timex import tag


def _starts(text: str, published: str) -> list[str]:
    return sorted(str(e.start)[:10] for e in page_events(text, published))


def test_days_over_a_kind_in_a_list_of_other_news_give_no_entries():
    text = ("Harbour news\n14 April 2028\nPress release\n"
            "Quay roads shut for the rowing regatta\n"
            "The quay roads of Port Ellery will be closed to traffic on Sunday 23 April 2028 for the rowing regatta.\n"
            "Other stories\n\n"
            "Lighthouse keepers honoured at the town hall\n09 March 2033\nPress release\n\n"
            "New ferry timetable for the islands\n08 March 2033\nMedia release\n")
    assert _starts(text, "2028-04-14") == ["2028-04-23"]


def test_a_day_over_an_events_name_stays():
    text = ("Coming up at the museum\n\nSaturday 20 May 2028\nLantern workshop\n"
            "Families can make paper lanterns with the museum's volunteers.\n")
    assert _starts(text, "2028-04-14") == ["2028-05-20"]


def test_the_reader_asks_the_line_below_only():
    text = "Ferry news\n09 March 2033\nPress release\nThe ferry sails on 10 March 2033 at noon.\n"
    found = {text[t.start:t.end]: t for t in tag(text, date(2033, 3, 9))}
    lines = LineIndex(text)
    assert kind_under_stamp(text, found["09 March 2033"], lines)
    assert kind_under_stamp(text, found["09 March 2033"])
    assert not any(kind_under_stamp(text, t, lines) for expr, t in found.items() if expr != "09 March 2033")


def test_a_bracketed_stamp_under_the_story_gives_no_entry():
    page = ("---\ntitle: Kite festival on the dunes\npublished: 2028-12-03\n---\nKite festival on the dunes\n\n"
            "The kite festival of Porto Lume will be held on 12 April 2029 on the dunes.\n\n"
            "[03 Dec 2028]\n\nAn update follows.\n\n[20 Feb 2029]\n")
    events = process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events
    assert sorted(str(e.start)[:10] for e in events) == ["2029-04-12"]


def test_a_bracketed_day_heading_without_its_year_stays():
    text = "Kite festival programme\n\n[Saturday 14 April]\nKite flying on the dunes from 10am.\n"
    assert _starts(text, "2029-03-01") == ["2029-04-14"]

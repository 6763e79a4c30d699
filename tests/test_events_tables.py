"""A calendar of meetings is often a table: each dated row is an entry titled by its title
cell and placed by its place cell, whether the table is Markdown or a web page's."""

from __future__ import annotations

from datetime import date

from calfeed.html_pages import read_page
from events_helpers import tagged_events

MARKDOWN = """# Calendar of meetings 2027

| Date | Meeting | Venue |
|---|---|---|
| 18–22 January 2027 | Executive Board, first regular session | New York |
| 8 March 2027 | Informal briefing on the strategic plan | Conference Room 4 |
| 14-16 June 2027 | **Annual session** | Geneva |

All dates are subject to change.
"""


def _rows(text: str) -> list[tuple[str, date, str | None]]:
    return [(e.title, e.start, e.location) for e in tagged_events(text, published=date(2026, 12, 1))]


def test_each_dated_row_is_titled_and_placed_by_its_cells():
    assert _rows(MARKDOWN) == [
        ("Executive Board, first regular session", date(2027, 1, 18), "New York"),
        ("Informal briefing on the strategic plan", date(2027, 3, 8), "Conference Room 4"),
        ("Annual session", date(2027, 6, 14), "Geneva")]


def test_a_web_page_table_reads_the_same():
    page = read_page("<html><body><main><table>"
                     "<tr><th>Date</th><th>Meeting</th><th>Venue</th></tr>"
                     "<tr><td>18&ndash;22 January 2027</td><td><p>Executive Board,</p><p>first regular session</p></td>"
                     "<td>New York</td></tr></table></main></body></html>")
    assert "| 18–22 January 2027 | Executive Board, first regular session | New York |" in page.text
    assert _rows(page.text) == [("Executive Board, first regular session", date(2027, 1, 18), "New York")]


def test_without_a_header_the_first_cell_with_words_is_the_title():
    text = "| 4 February 2027 | Dr Maria Costa, \"Trade networks\" |\n| 18 February 2027 | Prof. James Whitfield |\n"
    assert [t for t, _, _ in _rows(text)] == ['Dr Maria Costa, "Trade networks"', "Prof. James Whitfield"]


def test_a_place_in_another_row_is_not_this_row_s():
    text = "| Date | Event |\n|---|---|\n| 4 February 2027 | Workshop in Leeds |\n| 18 February 2027 | Workshop |\n"
    assert [loc for _, _, loc in _rows(text)] == ["Leeds", None]


def test_a_placeholder_in_the_place_cell_is_no_place_and_a_header_names_no_town():
    text = "| Date | Meeting | Venue |\n|---|---|---|\n| 13 January 2027 | Private meeting | — |\n"
    assert _rows(text) == [("Private meeting", date(2027, 1, 13), None)]


def test_a_rate_is_no_series():
    events = tagged_events("Eight members have been making voluntary cuts of 2.2 million barrels per day.",
                           published=date(2026, 11, 27))
    assert [e for e in events if e.rrule] == []


def test_table_rows_on_a_series_day_take_its_hours_and_room():
    text = ("The seminar meets every other Thursday, starting on 14 January 2027, from 4.15pm to 5.45pm "
            "in Room G.03, Arts Building, University of Southampton.\n\n"
            "| Date | Speaker | Title |\n|---|---|---|\n"
            "| 28 January 2027 | Prof. Tomas Lindqvist (Uppsala) | The fire insurance map as archive |\n")
    from datetime import datetime

    row = next(e for e in tagged_events(text, published=date(2026, 12, 10)) if e.rrule is None)
    assert (row.title, row.start, row.end) == ("The fire insurance map as archive — Prof. Tomas Lindqvist (Uppsala)",
                                               datetime(2027, 1, 28, 16, 15),
                                               datetime(2027, 1, 28, 17, 45))
    assert row.location.startswith("Room G.03")


def test_a_town_ending_the_title_cell_places_the_row():
    text = "| Event | Date |\n|---|---|\n| Capital Markets Day, London | 25 November 2026 |\n"
    assert _rows(text) == [("Capital Markets Day", date(2026, 11, 25), "London")]


# --- tables of talks (red team 8b D1): the speaker names the talk, the venue column places it

LECTURES = """<html><body><main><h2>Inaugural Lecture Series</h2><h3>Epiphany Term 2027</h3>
<table><tr><th>Date</th><th>Time</th><th>College</th><th>Speaker</th></tr>
<tr><td>Tuesday 19 January 2027</td><td>6.00pm - 7.00pm</td><td>Collingwood</td><td>Prof John Chapman, Archaeology</td></tr>
</table><h3>Easter Term 2027</h3>
<table><tr><th>Date</th><th>Time</th><th>College</th><th>Speaker</th></tr>
<tr><td>Thursday 6 May 2027</td><td>6.00pm - 7.00pm</td><td>Hatfield</td><td>Prof Fiona de Londras, Law</td></tr>
</table></main></body></html>"""


def test_a_table_of_talks_is_titled_by_what_its_heading_says_and_the_speaker():
    from datetime import datetime

    assert _rows(read_page(LECTURES).text) == [
        ("Inaugural Lecture — Prof John Chapman, Archaeology", datetime(2027, 1, 19, 18), "Collingwood College"),
        ("Inaugural Lecture — Prof Fiona de Londras, Law", datetime(2027, 5, 6, 18), "Hatfield College")]


def test_a_college_cell_is_a_venue_not_a_namesake_town():
    [event] = tagged_events(read_page(LECTURES).text.split("## Easter")[0], published=date(2026, 12, 1))
    assert (event.location, event.tz) == ("Collingwood College", None)   # not in Collingwood, Ontario


def test_a_title_column_and_a_speaker_column_make_one_title_and_a_venue_column_places_it():
    text = ("| Date | Talk | Speaker(s) | Lecture venue |\n|---|---|---|---|\n"
            "| 4 February 2027 | Trade networks | Dr Maria Costa | Room 4 |\n")
    assert _rows(text) == [("Trade networks — Dr Maria Costa", date(2027, 2, 4), "Room 4")]


def test_a_caption_says_what_the_rows_are():
    page = read_page("<table><caption>Public seminars</caption><tr><th>Date</th><th>Venue</th><th>Presenter</th></tr>"
                     "<tr><td>4 February 2027</td><td>Leeds</td><td>Dr Maria Costa</td></tr></table>")
    assert _rows(page.text) == [("Public seminar — Dr Maria Costa", date(2027, 2, 4), "Leeds")]


def test_a_header_naming_one_building_is_no_place_column():
    text = ("| Date | Central Library | Branch libraries |\n|---|---|---|\n"
            "| Friday 25 December – Monday 28 December | Closed | Closed |\n")
    assert [loc for _, _, loc in _rows(text)] == [None]


def test_a_speaker_not_yet_named_leaves_the_talk_its_rows_name():
    text = ("## Research seminars 2027\n\n| Date | Venue | Speaker |\n|---|---|---|\n"
            "| 4 February 2027 | Leeds | Prof Ann Hale |\n| 4 March 2027 | Leeds | TBC |\n")
    assert [t for t, _, _ in _rows(text)] == ["Research seminar — Prof Ann Hale", "Research seminar"]


def test_a_flattened_table_with_each_cell_on_its_own_line_gives_one_entry_a_row():
    # red team 10b #5: a web page's table flattened with tabs, a lone pipe opening each row
    text = ("Schedule and Deadlines\n| \n\t\t\t\t Abstract submission opening  | \n\t\t\t\n\t\t\t\t 1 April 2015  | \n\t\t\n"
            "| \n\t\t\t\t Abstract submission closing - EXTENDED  | \n\t\t\t\n\t\t\t\t 07 September 2015  | \n\t\t\n"
            "| \n\t\t\t\t Notification of acceptance  | \n\t\t\t\n\t\t\t\t early October 2015  | \n\t\t\n"
            "| \n\t\t\t\t Registration  | \n\t\t\t\n\t\t\t\t 30 October 2015  | \n\t\t\n")
    events = tagged_events(text, published=date(2015, 3, 1))
    assert [(e.title, e.start) for e in events if e.precision == "exact"] == [
        ("Abstract submission opening", date(2015, 4, 1)),
        ("Abstract submission closing - EXTENDED", date(2015, 9, 7)),
        ("Registration", date(2015, 10, 30))]
    assert [e.kind for e in events if e.title in ("Registration", "Abstract submission closing - EXTENDED")] == [
        "deadline", "deadline"]
    assert [(e.title, e.start) for e in events if e.precision != "exact"] == [
        ("Notification of acceptance", date(2015, 10, 1))]

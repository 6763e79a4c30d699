"""A schedule's dated list under
a standing rule. The days listed one a line are the meetings, timed and placed by the rule;
the rule itself is no series beside the list; a table set one cell a line keeps each row's
time past its empty cells. Probes in our own wording, not copied from any page."""
# Provenance: Round 19 classes C3 (standing-rule part), C4 (list part) and C7.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _rows(result) -> dict[str, tuple[str, str | None, str | None]]:
    return {str(e.start)[:16]: (e.title, e.location, e.rrule) for e in result.events}


def test_bare_days_under_an_unstopped_rule_line_take_its_clock_and_place_and_no_weekly_series():
    text = ("Trustee Sessions\n"
            "Sessions are on Thursdays starting at 7:30 PM in the Town Hall Annex, except where noted\n"
            "- Thursday, September 4, 2031 (Budget Workshop)\n"
            "- Thursday, September 11, 2031 ~ Joint session with the planning board, 6:00 p.m. at the Fire Station\n"
            "- Thursday, September 25, 2031\n"
            "- Wednesday, October 8, 2031\n"
            "- Thursday, October 23, 2031\n")
    rows = _rows(_run(text, published=date(2031, 8, 1)))
    assert not any(r[2] for r in rows.values()), rows
    for day in ("2031-09-25", "2031-10-08", "2031-10-23"):
        assert rows.get(f"{day} 19:30", (None, None))[1] == "Town Hall Annex", rows
    assert "2031-09-04 19:30" in rows, rows
    assert "2031-09-11 18:00" in rows, rows


def test_a_rule_of_the_usual_day_over_a_list_with_other_days_is_no_series():
    text = ("Club Evenings\n\n"
            "The members meet on the second Monday of every month at 8:00 p.m. at the Scout Hut, unless posted otherwise.\n\n"
            "Evenings for 2032\n\n"
            "  • Monday, January 12, 2032\n\n"
            "  • Monday, February 23, 2032\n\n"
            "  • Monday, March 29, 2032\n\n"
            "  • Monday, April 12, 2032\n\n"
            "  • Monday, May 24, 2032\n")
    rows = _rows(_run(text, published=date(2031, 12, 1)))
    assert not any(r[2] for r in rows.values()), rows
    assert {"2032-01-12 20:00", "2032-02-23 20:00", "2032-03-29 20:00", "2032-04-12 20:00", "2032-05-24 20:00"} <= set(rows), rows


def test_a_row_set_one_cell_a_line_keeps_its_time_past_an_empty_cell():
    text = ("Our committee will usually meet on the third Wednesday of each month, starting at 7 p.m.\n"
            "| Date |\nSession |\nNote |\nRoom |\nStarts |\nDay |\n"
            "| 1/21/32 |\nOrdinary Session |\n|\nHall A |\n7:00 PM |\nWednesday |\n"
            "| 2/18/32 |\nOrdinary Session |\n*Accounts |\nHall A |\n7:00 PM |\nWednesday |\n"
            "| 3/24/32 |\nOrdinary Session |\n|\nHall B |\n6:30 PM |\nWednesday |\n"
            "| 4/21/32 |\nOrdinary Session |\n|\nHall B |\n7:00 PM |\nWednesday |\n"
            "| 5/19/32 |\nOrdinary Session |\n|\nHall A |\n7:00 PM |\nWednesday |\n")
    rows = _rows(_run(text, published=date(2031, 12, 1)))
    assert {"2032-01-21 19:00", "2032-02-18 19:00", "2032-03-24 18:30", "2032-04-21 19:00",
            "2032-05-19 19:00"} <= set(rows), rows
    assert not any(r[2] for r in rows.values()), rows        # the usual pattern, with every session dated


def test_a_weekly_rule_with_two_listed_talks_keeps_its_series():
    text = ("The reading circle meets every Tuesday at 6pm in the Library.\n"
            "Guest evenings:\n"
            "- Tuesday, March 2, 2032\n"
            "- Tuesday, March 16, 2032\n")
    rows = _rows(_run(text, published=date(2032, 2, 1)))
    assert any(r[2] and "WEEKLY" in r[2] for r in rows.values()), rows


def test_days_under_a_broken_heading_and_its_clock_lines_take_the_standing_clock_and_place():
    text = ("About the Council\n"
            "Regular Town Council meetings are normally scheduled for Monday evenings at 7:30 PM and take "
            "place in the Civic Centre Chamber.\n\n"
            "Calendar of Town Council Meetings for the\n2033-2034 Term\n\n"
            "6:30 PM Closed Session\n7:30 PM Open Session\n\n"
            "Monday, September 12, 2033 (Inaugural Meeting)\n\n"
            "Monday, October 10, 2033\n\n"
            "Monday, October 24, 2033 (Special Meeting - 8:00 AM Mayor's Parlour)\n\n"
            "Tuesday, November 15, 2033\n\n"
            "Monday, November 28, 2033 (Riverside Youth Centre)\n\n"
            "Monday, December 12, 2033\n")
    result = _run(text)              # no published date: the page's day is a guess
    rows = _rows(result)
    assert {"2033-09-12 19:30", "2033-10-10 19:30", "2033-11-15 19:30", "2033-12-12 19:30"} <= set(rows), rows
    assert rows["2033-10-10 19:30"][1] == "Civic Centre Chamber", rows
    assert rows["2033-09-12 19:30"][0] == "Inaugural Meeting", rows
    assert rows.get("2033-10-24 08:00", (None, None))[:2] == ("Special Meeting", "Mayor's Parlour"), rows
    assert rows.get("2033-11-28 19:30", (None, None))[1] == "Riverside Youth Centre", rows
    assert not any(r[2] for r in rows.values()), rows
    assert all(e.start.year == 2033 for e in result.events), rows     # no clock put on the guessed day


def test_a_clock_with_no_day_is_no_entry_on_a_guessed_page_date():
    text = ("Unless noted, the Parish Council will meet at 7:15 PM on the dates below in the Memorial Hall.\n\n"
            "Date Time Event\n"
            "March 3, 2034 7:15 PM Ordinary Meeting\n"
            "April 7, 2034 7:15 PM Ordinary Meeting\n"
            "May 5, 2034 6:00 PM Annual Meeting\n")
    rows = _rows(_run(text))
    assert set(rows) == {"2034-03-03 19:15", "2034-04-07 19:15", "2034-05-05 18:00"}, rows


def test_a_clock_beside_its_written_day_keeps_its_time_when_that_day_is_the_guessed_page_date():
    text = ("BAKE SALE - The bake sale is on October 3, in the school hall 9am-noon.\n\n"
            "QUIZ - The last quiz was on September 12. The next one is on November 7.\n")
    rows = _rows(_run(text))
    assert any(k.endswith("09:00") and k[5:10] == "10-03" for k in rows), rows

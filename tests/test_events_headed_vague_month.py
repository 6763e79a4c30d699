"""ev46d (R58 p13 shape): a practice's page says its sessions "will be shown here in September and
October 2027" and lists them under a "Booster Sessions 2027" heading, one row a day with its hours.
The rows are the sessions' days said exactly; a month-long "Booster Sessions" entry for October beside
them is the same sessions said less exactly and goes (the rows carry their own cell's title, so the
title match of settle_vague did not tie them). A month-long entry with no heading of its name over
exact rows stays."""

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY

LEAD = "Booster Sessions 2027 - The 2027 Booster Sessions will be shown here in September and October 2027"
ROWS = ("Tuesday 19/10/27 2:00pm - 4:30pm |\n"
        "Aged 70 and over (booked slots only) |\n"
        "Friday 22/10/27 2:00pm - 4:30pm |\n"
        "Aged 70 and over (booked slots only) |\n"
        "More days to follow\n")
INTRO = ("The booster is given free by the practice to:\n"
         "- people aged 70 and over\n")


def _entries(body: str):
    page = f"---\ntitle: {LEAD}\npublished: 2027-10-01\n---\n{body}"
    return process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events


def _month_long(body: str) -> list:
    return [e for e in _entries(body) if e.precision == "approximate" and e.start == date(2027, 10, 1)]


def test_a_month_long_entry_goes_when_rows_under_its_name_date_it():
    body = f"{LEAD}\n{INTRO}Booster Sessions 2027\n{ROWS}"
    # Fails on the parent: a 'Booster Sessions' entry over all of October 2027 stays beside the rows.
    assert not _month_long(body)
    assert {e.start.date() for e in _entries(body) if e.precision == "exact"} == {date(2027, 10, 19),
                                                                                 date(2027, 10, 22)}


def test_a_month_long_entry_without_a_heading_of_its_name_stays():
    assert _month_long(f"{LEAD}\n{INTRO}Opening times\n{ROWS}")

"""A release headed by its title and its day ("Presentation of Credentials, 19 July 2022") over a
paragraph telling in the past what was done "today" reports that day's news: the heading is the
release's title and date, no entry (red team 44: the second release on an MFA page gave a
must-not entry on the page's own day). A heading whose paragraph tells what comes ("will open
... today") still gives its day."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

BUILD_DAY = date(2026, 12, 3)

SIGNING = ("---\npublished: 2024-03-04\n---\n"
           "State Visit of the President of Ruritania, 12 to 14 March 2024\n\n"
           "The President of Ruritania will make a State Visit to Freedonia from 12 to 14 March 2024.\n\n"
           "Signing of the Memorandum on Fisheries, 4 March 2024\n\n"
           "The Minister for Foreign Affairs signed a memorandum on fisheries with his Ruritanian "
           "counterpart at the Ministry today.\n")
APPOINTMENTS = ("---\npublished: 2025-09-10\n---\n"
                "Appointment of Ambassadors – 10 September 2025\n\n"
                "The Cabinet approved the appointment of three new ambassadors today.\n\n"
                "The new ambassadors will take up their posts on 1 November 2025.\n")
OPEN_DAY = ("---\npublished: 2024-03-04\n---\n"
            "Open Day at the Observatory, 4 March 2024\n\n"
            "The observatory will open its telescopes to the public today from 6pm.\n")


def _entries(text: str) -> list[tuple[str, object]]:
    result = process_document(parse_document(text.encode(), "release.txt"), Options(today=BUILD_DAY))
    return [(e.title, e.start) for e in result.events]


def test_a_release_heading_over_today_s_past_news_gives_no_entry():
    found = _entries(SIGNING)
    assert not any(start == date(2024, 3, 4) for _, start in found), found
    assert any(start == date(2024, 3, 12) for _, start in found), found


def test_a_dash_before_the_day_reads_the_same():
    found = _entries(APPOINTMENTS)
    assert not any(str(start).startswith("2025-09-10") for _, start in found), found
    assert any(str(start).startswith("2025-11-01") for _, start in found), found


def test_a_heading_over_what_comes_today_keeps_its_day():
    found = _entries(OPEN_DAY)
    assert any(str(start).startswith("2024-03-04") for _, start in found), found

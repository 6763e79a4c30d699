"""A site's banner stamps the page with the moment it was served, a day and a clock to the second
alone on the opening line ("Tuesday, 4 May 2027, 11:20:47 am"), often months after the story under
it was written: R72 class 7 (page 18's shape), where such a banner became an entry (a must-not day).
A clock written to the second on a line that names nothing is no occasion's (furniture_lines)."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries

PAGE = ("{banner}\nHarbour book fair to open on Feb 14\nFebruary 02, 2027\n\n"
        "The fourth harbour book fair will open at the old customs hall on 14th of this month.\n")


def _days(banner: str) -> set[str]:
    return {str(start)[:10] for _, _, start in page_entries(PAGE.format(banner=banner), "2027-02-02")}


def test_a_banner_written_to_the_second_is_no_entry():
    for banner in ("Tuesday, 4 May 2027, 11:20:47 am", "4 May 2027 23:05:09", "Tuesday, 4 May 2027, 11:20:00 am"):
        days = _days(banner)
        assert "2027-02-14" in days, (banner, days)
        assert "2027-05-04" not in days, (banner, days)


def test_a_line_naming_its_occasion_keeps_a_clock_to_the_second():
    days = _days("Lift-off: Tuesday, 4 May 2027, 11:20:47 am")
    assert "2027-05-04" in days, days

"""A clock with no day of its own after "the closing day of the <event>" on its line is on the
last day of the run written before, not on the day the text last wrote (the opening day)."""

from datetime import datetime

from events_helpers import titles_by_start

_PAGE = (
    "The harbour fair returns this summer and runs from June 4 until June 9. It opens with a "
    "lantern parade on June 4 from 6pm-8pm.\n\n"
    "On the closing day of the fair the rowing clubs hold their races. The crews then row back to the "
    "quay, where a grand fireworks display lights the sky from 9-11pm.\n"
)


def test_the_final_days_clock_is_on_the_runs_last_day():
    days = titles_by_start(_PAGE, "2031-05-20")
    assert any("fireworks" in title.lower() for title in days.get("2031-06-09", set()))
    assert not any("fireworks" in title.lower() for title in days.get("2031-06-04", set()))


def test_a_day_written_between_keeps_its_own_clock():
    page = _PAGE.replace("On the closing day of the fair the rowing", "On the closing day of the fair, June 8, the rowing")
    days = titles_by_start(page, "2031-05-20")
    assert any("fireworks" in title.lower() for title in days.get("2031-06-08", set()))


def test_without_a_run_before_nothing_moves():
    page = _PAGE.replace("and runs from June 4 until June 9", "on June 4")
    days = titles_by_start(page, "2031-05-20")
    assert any("fireworks" in title.lower() for title in days.get("2031-06-04", set()))

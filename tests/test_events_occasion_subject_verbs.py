"""An occasion that is the subject of a modal ("The parade will march along the square and will
step off at 6 p.m. Saturday") makes the event noun after the modal its verb: the march is what the
parade does, not a second occasion. The clock then times the parade, and the day's all-day entry
from an earlier sentence folds into that one timed entry (R74 class 1, page 13)."""

from __future__ import annotations

from events_helpers import page_entries

_PARADE = ("Saturday brings the 40th Harbour Lantern Parade to the old town, and crowds are expected "
           "along the quay.\n\n"
           "The parade will march along the market square and will step off at 6 p.m. Saturday.\n\n"
           "Drivers should expect road closures from 3 p.m.\n")


def test_parade_marching_is_one_timed_entry():
    entries = page_entries(_PARADE, "2026-05-12")
    assert [(title, str(start)) for title, _, start in entries] == [
        ("40th Harbour Lantern Parade", "2026-05-16 18:00:00")]


def test_carnival_that_parades_keeps_its_name():
    text = ("The summer carnival is back in the old town this month.\n\n"
            "The carnival will parade along the harbour road and will set off at 4 p.m. on Saturday, May 16.\n")
    titles = {title for title, _, start in page_entries(text, "2026-05-12") if str(start) == "2026-05-16 16:00:00"}
    assert titles == {"Summer carnival"}


def test_people_who_march_still_name_the_march():
    # guard: the subject is no occasion, so the march is the entry
    text = "Nurses will march on the parliament on Friday, May 15, the union said.\n"
    assert [title for title, _, _ in page_entries(text, "2026-05-12")] == ["March on the parliament"]

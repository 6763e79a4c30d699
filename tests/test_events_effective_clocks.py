"""A clock a notice fronts with the word its change holds from, no day written: "As a result,
effective 12:30pm, all council offices will be closed until further notice" (R80 page 02). The
clock has the notice's day (the tagger's reading) and the clause after the comma says what
holds from then, as after "From 12:30pm, ..." (announced_acts._fronted_date,
fronted_clock_date_leads). Before a day the same words open a change (effective_changes), whose
title is unchanged.
"""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_entries


def test_an_effective_clock_times_the_closure_on_the_notices_day():
    page = ("The flood warning for the valley towns is expected to rise later today. As a result, effective "
            "12:30pm, all council offices will be closed until further notice.\n")
    assert [start for _, _, start in page_entries(page, "2026-02-11")] == [datetime(2026, 2, 11, 12, 30)]


def test_a_starting_clock_times_what_holds_from_then():
    page = "Starting 6pm, the swing bridge will be shut to all traffic for the night.\n"
    assert [start for _, _, start in page_entries(page, "2026-02-11")] == [datetime(2026, 2, 11, 18, 0)]


def test_an_effective_day_is_still_a_change():
    page = "Effective 1 May 2026, the passport office will be moved to Quay Street.\n"
    assert page_entries(page, "2026-02-11") == [
        ("Passport office will be moved to Quay Street", "milestone", date(2026, 5, 1))]

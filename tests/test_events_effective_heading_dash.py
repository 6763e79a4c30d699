"""A heading that fronts the day a change holds from and names the change after a dash
("Effective from 1 Mar 2026 – First levy change from 3% to 4%") is a milestone titled by the
change: effective_change skips the dash as it skips a comma. Before, the dash ended the clause
at once and the day gave nothing. A figure at the cut keeps its sign ("4%", not "4")."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PAGE = ("The transit board said the levy on fares will rise in two steps.\n\n"
        "Effective from 1 Mar 2026 – First levy change from 3% to 4%\n\n"
        "Riders who hold a monthly pass keep the old levy until the pass runs out.\n\n"
        "Effective from 1 Mar 2027 – second levy change from 4% to 5%\n")


def test_each_heading_dates_its_change():
    events = page_events(PAGE, "2026-02-10")
    assert [(e.start, e.title, e.kind) for e in events] == [
        (date(2026, 3, 1), "First levy change from 3% to 4%", "milestone"),
        (date(2027, 3, 1), "Second levy change from 4% to 5%", "milestone")]


def test_a_dash_with_nothing_after_it_names_nothing():
    page = "The transit board met.\n\nEffective from 1 Mar 2026 –\n"
    assert not page_events(page, "2026-02-10")

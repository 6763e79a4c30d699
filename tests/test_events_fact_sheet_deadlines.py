"""A bare "Deadline: May 2, 2026" at the foot of a fact sheet ("Location: Whitby" / "Funding: Full
stipend" / "Portfolio Requirement: Optional") is named by the sheet's heading, not by the field
line above it: "Portfolio Requirement: Optional deadline" told a subscriber nothing (R48 class E,
"IELTS Requirement: Not Necessary deadline"). Two lines are no fact sheet: "Round 2: Full
proposals" over the deadline may be its heading.
"""

from __future__ import annotations

from events_helpers import page_events

PUBLISHED = "2026-03-01"
PAGE = ("Coastal Writers Residency 2026\n\nThe residency offers six weeks of quiet work by the sea.\n\n"
        "{heading}\n\n{fields}Deadline: May 2, 2026\n")


def _titles(heading: str, fields: str) -> list[str]:
    return [e.title for e in page_events(PAGE.format(heading=heading, fields=fields), PUBLISHED)]


def test_the_sheets_heading_names_the_deadline():
    fields = "Location: Whitby\nFunding: Full stipend\nDuration: Six weeks\nPortfolio Requirement: Optional\n"
    assert _titles("Residency at a glance", fields) == ["Residency at a glance deadline"]


def test_a_label_line_alone_over_the_deadline_still_names_it():
    assert _titles("How to apply", "Round 2: Full proposals\n") == ["Round 2: Full proposals deadline"]

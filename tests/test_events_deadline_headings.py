"""A "Deadline:" bullet under a heading is that heading's deadline, even when the page's lead-in
speaks of "their stated deadline" (which deadline, not a name: which_item_modifiers)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PAGE = """Consultations open now

LEAD

Draft cycling strategy for the city centre

  • Deadline: 5pm, Friday 6 March 2026
  • Comments are invited by the Transport Committee

Harbour access review, independent panel report

  • Deadline: Monday, 23 March 2026
  • Submissions are invited by the port authority
"""


def test_a_stated_deadline_in_the_lead_in_names_no_item():
    for lead in ("Each proposal below takes comments up to its stated deadline.",
                 "Send your views before the specified deadline.",
                 "Have your say on these proposals."):
        events = tagged_events(PAGE.replace("LEAD", lead), published=date(2026, 2, 20))
        assert [e.title for e in events] == ["Draft cycling strategy for the city centre deadline",
                                             "Harbour access review, independent panel report deadline"], lead


def test_a_dateline_above_is_still_no_heading():
    text = "2 February 2026\n\n  • Deadline: Monday, 23 March 2026\n"
    events = tagged_events(text, published=date(2026, 2, 2))
    assert "2 February 2026" not in events[0].title

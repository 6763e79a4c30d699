"""Days of a sentence that a future passive or a shared verb dates, each with words of its own:

- two days joined as "in poetry on <day> and in drama on <day>" after one verb and object: each
  title keeps its own qualifier (parallel_qualifiers), where both read alike or the second gave nothing;
- "the winner of the 2031 chess trophy will be announced on <day>": a year that says which trophy
  runs through the subject (framing._unnamed) instead of ending it;
- "will be revealed in Lisbon on <day>": a named place between participle and day does not end the
  act (a described venue still does: "Coffee will be served in the conference room");
- a subject with a tail in "in" ("The medal in applied logic") is one subject."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PAGE = ("LISBON, 20 September 2031. The academy will hand out its awards over a week in October.\n\n"
        "The Academy of Letters will announce its choice in poetry on October 6 and in drama on October 7. "
        "The medal in applied logic will be revealed in Lisbon on October 8, and the winner of the 2031 chess trophy "
        "will be announced on October 10.\n")


def _titles() -> dict[date, str]:
    return {e.start: e.title for e in page_events(PAGE, "2031-09-20")}


def test_each_joined_day_keeps_its_own_qualifier():
    titles = _titles()
    assert titles[date(2031, 10, 6)].endswith("in poetry")
    assert titles[date(2031, 10, 7)].endswith("in drama")


def test_a_year_that_names_the_prize_runs_through_the_subject():
    assert "chess trophy" in _titles()[date(2031, 10, 10)]


def test_a_named_place_after_the_participle_keeps_the_act():
    assert "applied logic" in _titles()[date(2031, 10, 8)]


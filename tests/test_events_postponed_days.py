"""A postponement's old days are no entries and its new days are: "postponed from May 8-10 to
May 22-24" (both ranges), "pushed from this Friday to June 12", a relative clause telling the
old plan after the verb's object ("put off the graduation that was earlier planned to hold on
..."), and a new day glossed in brackets after the old one ("May 4 (May 18 is the new deadline)")."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _days(events) -> list[tuple[date, date]]:
    def day(value):
        return value.date() if isinstance(value, datetime) else value
    return [(day(e.start), day(e.end)) for e in events]


def test_a_range_moved_to_another_range_keeps_only_the_new_one():
    text = ("Spring events shuffled after the storm\n\n"
            "The regional book fair has been postponed from May 8-10 to May 22-24.")
    events = tagged_events(text, published=date(2026, 5, 5))
    assert _days(events) == [(date(2026, 5, 22), date(2026, 5, 24))]
    assert events[0].title == "Regional book fair"


def test_a_day_pushed_to_another_is_one_entry_on_the_new_day():
    for verb in ("pushed", "shifted"):
        text = f"The charity gala at the town hall has been {verb} from this Friday to June 12."
        events = tagged_events(text, published=date(2026, 5, 5))
        assert _days(events) == [(date(2026, 6, 12), date(2026, 6, 12))], verb


def test_the_planned_day_of_a_postponed_object_is_no_entry():
    for text in ("Owing to the strike, the college has postponed its spring open day which was earlier "
                 "scheduled to hold on Friday, 13th March, 2026.",
                 "The bookshop has rescheduled the signing of her first cookbook, which was originally "
                 "planned for Thursday 12 March.",
                 "The club decided to postpone the annual dinner that was initially slated for 14 March."):
        assert tagged_events(text, published=date(2026, 3, 9)) == [], text


def test_a_relative_clause_that_tells_no_plan_keeps_its_day():
    text = "The club postponed the annual dinner, which is held at the Grand Hotel on 14 March."
    events = tagged_events(text, published=date(2026, 3, 9))
    assert _days(events) == [(date(2026, 3, 14), date(2026, 3, 14))]


def test_a_bracketed_new_deadline_replaces_the_old_day():
    text = ("Important dates\n\nAbstract submission deadline: May 4, 2026 (May 18 is the new deadline)\n\n"
            "Notification of acceptance: June 1, 2026\n")
    events = tagged_events(text, published=date(2026, 4, 1))
    assert _days(events) == [(date(2026, 5, 18), date(2026, 5, 18)), (date(2026, 6, 1), date(2026, 6, 1))]
    assert events[0].title == "Abstract submission deadline"

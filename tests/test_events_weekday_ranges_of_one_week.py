"""A bare weekday range whose end carries a direction word is those days once (session 61, ev61b; R74
class 2: a holiday that 'runs from' one weekday 'to next' weekday was dropped as weekly opening days, and
only a two-day weekend from an earlier 'this weekend' stood for it):

- "The harvest break runs from Friday to next Monday" on a Tuesday page is that week's Friday to the
  Monday after it, one run;
- "open Monday to Friday" stays the days something is open every week: no entry.
"""
# Provenance: session 61, ev61b (our own sentences).

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2031, 9, 2)     # a Tuesday


def _entries(text: str) -> list[tuple[str, object, object]]:
    return sorted(((e.title, e.start, e.end) for e in tagged_events(text, published=PUBLISHED)), key=str)


def test_a_range_to_next_weekday_is_one_run():
    assert _entries("Entry will be free at nine museums.\n\nThe harvest break runs from Friday to next Monday.\n") == [
        ("Harvest break", date(2031, 9, 5), date(2031, 9, 8))]


def test_a_weekly_range_stays_no_entry():
    assert _entries("The reading room is open Monday to Friday.\n") == []

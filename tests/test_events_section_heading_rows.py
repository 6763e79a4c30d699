"""A day no layout names is never named by the next section's heading under it (round 29, the
class file's "never the next heading's"): in "AUTUMN TERM 2027" / "Half term: ..." / "Monday 1
November – Friday 17 December (34 days)" / "SPRING 2028", the last range is the autumn term's,
named by the heading over its section, not "SPRING 2028"."""
# Provenance: session 23 development page (a UK school's term dates under season headings).

from datetime import date

from calfeed.events.unclaimed_dates import _group_label, _PageLines
from calfeed.timex import tag


def test_group_label_skips_the_next_heading_for_the_section_heading():
    text = ("AUTUMN TERM 2027\n"
            "Half term: Monday 25 October – Friday 29 October\n"
            "Monday 1 November – Friday 17 December\n"
            "SPRING 2028\n"
            "Half term: Monday 14 February – Friday 18 February\n"
            "Monday 21 February - Friday 31 March\n"
            "Closing notes for parents\n")
    page = _PageLines(text, tag(text, date(2027, 7, 1)), set(), {})
    autumn = text.index("Monday 1 November")
    spring = text.index("Monday 21 February")
    assert _group_label(text, autumn, page)[0] == "AUTUMN TERM 2027"
    assert _group_label(text, spring, page)[0] == "Closing notes for parents"


def test_a_label_below_with_its_own_clock_still_names_the_day():
    text = ("Thursday 17 February 2028\n"
            "Spring Concert (13:00 - 14:00)\n"
            "Friday 18 February 2028\n"
            "Half Term Break (09:00 - 10:00)\n")
    page = _PageLines(text, tag(text, date(2027, 7, 1)), set(), {})
    found = _group_label(text, text.index("Friday 18"), page)
    assert found is not None and found[0].startswith("Half Term Break")

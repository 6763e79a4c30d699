"""A run of dated items after a first full clause ("X will follow on D1, Y on D2, and Z on D3"):
the later items leave their verb out, and each is an entry named by its own words, as is the
first clause's subject."""
# Provenance: Red team 26 class 1 (a news report of an exam timetable told in one sentence).

from datetime import date

from events_helpers import tagged_events


def _rows(text: str, published: date) -> list[tuple[str, date]]:
    return [(e.title, e.start) for e in tagged_events(text, published=published)]


def test_each_item_of_a_gapped_run_is_an_entry():
    text = ("Athletics\n\nThe club released the meeting schedule on Tuesday. The sprint heats will run on "
            "4 June 2027. The relay races will follow on 9 June, the long jump on 12 June, and the "
            "javelin final on 15 June.\n")
    rows = _rows(text, date(2027, 3, 2))
    assert ("Long jump", date(2027, 6, 12)) in rows
    assert ("Javelin final", date(2027, 6, 15)) in rows
    assert any(s == date(2027, 6, 9) for _, s in rows)


def test_a_lone_second_item_is_no_run():
    from calfeed.events.item_runs import listed_item
    from calfeed.model import Timex
    text = "The choir will sing on 3 May, and the band on 9 May."
    first = Timex(text.index("3 May"), text.index("3 May") + 5, "3 May", "DATE", "2027-05-03")
    second = Timex(text.index("9 May"), text.index("9 May") + 5, "9 May", "DATE", "2027-05-09")
    assert listed_item(text, (0, len(text)), second, [first, second]) is None

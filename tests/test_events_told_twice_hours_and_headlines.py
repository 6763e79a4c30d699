"""One event told twice: a session dated in one sentence and timed by the next ("The information
session starts at 9.30 am until 12.45"), whose second sentence also gave an entry of its own over the
very same hours; and a heading's day that the page's footer quotes back ("the stories referred to in
the above "..." story"), beside the body's entry for that day. Two different meetings of one day stay
two."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

from calfeed.events.told_twice import merge_told_twice
from calfeed.model import Document, Event, SourceRef

_APRIL = date(2031, 4, 1)


def _entries(text: str, **fields) -> list[tuple[str, object]]:
    return [(e.title, e.start) for e in tagged_events(text, published=_APRIL, **fields)]


def test_a_session_timed_by_the_next_sentence_is_one_entry():
    entries = _entries("Grant scheme\n\nTo guide bidders, an information session is to be organised on 14 April "
                       "2031 in Dunmore, Elland. The information session starts at 9.30 am until 12.45 (at most). The "
                       "venue is the Corn Exchange.")
    assert entries == [("Information session", datetime(2031, 4, 14, 9, 30))]


def test_two_meetings_of_one_day_at_other_hours_stay_two():
    entries = _entries("Grant scheme\n\nAn information evening will be organised on 14 April 2031 in Dunmore. "
                       "The information evening starts at 6 pm until 8.30 pm. A board meeting will be held on "
                       "14 April 2031 at 10 am until noon.")
    assert len(entries) == 2


def _told(text: str, title: str, expr: str, sentence: str, nth: int = 0) -> SourceRef:
    """A source for the ``nth`` ``expr`` in ``text``, inside ``sentence``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(expr, at + 1)
    begin = text.rindex(sentence, 0, at + len(sentence))
    return SourceRef("holiday.md", "", expr, sentence, at, at + len(expr), begin)


def test_a_heading_quoted_back_by_the_footer_folds_into_the_body_entry():
    heading = "Harbour Holiday June 3"
    body = ("The notice states that \"His Excellency's Council declares that the 3rd of June of every year shall "
            "be observed a public holiday\" in Port Avel.")
    footer = f"Further down are links to the reports cited in the above \"{heading}\" news item."
    text = f"home > harbour holidays > this page\n\n{heading}\n\n{body}\n\nLinks\n\n{footer}\n"
    doc = Document(path="holiday.md", text=text, title=heading)
    headline = Event(uid="a", title="Harbour Holiday", kind="event", start=date(2031, 6, 3), end=date(2031, 6, 3),
                     all_day=True, precision="exact",
                     sources=[_told(text, heading, "June 3", heading), _told(text, heading, "June 3", footer, 1)])
    told = Event(uid="b", title="Public holiday", kind="event", start=date(2031, 6, 3), end=date(2031, 6, 3),
                 all_day=True, precision="exact", sources=[_told(text, heading, "the 3rd of June", body)])
    merged = merge_told_twice([headline, told], None, doc)
    assert [(e.title, len(e.sources)) for e in merged] == [("Public holiday", 3)]


def test_a_heading_day_beside_another_named_event_of_that_day_stays():
    heading = "Harbour Holiday June 3"
    body = "The Lantern Regatta of Port Avel will be sailed on the 3rd of June as every year."
    footer = f"Further down are links to the reports cited in the above \"{heading}\" news item."
    text = f"home > harbour holidays > this page\n\n{heading}\n\n{body}\n\nLinks\n\n{footer}\n"
    doc = Document(path="holiday.md", text=text, title=heading)
    headline = Event(uid="a", title="Harbour Holiday", kind="event", start=date(2031, 6, 3), end=date(2031, 6, 3),
                     all_day=True, precision="exact",
                     sources=[_told(text, heading, "June 3", heading), _told(text, heading, "June 3", footer, 1)])
    regatta = Event(uid="b", title="Lantern Regatta", kind="event", start=date(2031, 6, 3), end=date(2031, 6, 3),
                    all_day=True, precision="exact", sources=[_told(text, heading, "the 3rd of June", body)])
    assert len(merge_told_twice([headline, regatta], None, doc)) == 2

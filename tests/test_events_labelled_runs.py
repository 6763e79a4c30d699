"""A sentence listing labelled periods, "<Label>: <days>" (round 30, class B), in wordings of our
own: each label names its own stretch; a label that is a holiday's name is no holiday; a day
written inside an item is part of it; commas alone or one labelled period make no run."""

from datetime import date

from calfeed.events.labelled_runs import RUN_NOTE
from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, published: date | None = date(2026, 11, 20)):
    result = process_document(Document(path="p.txt", text=text, published=published),
                              Options(today=date(2026, 11, 20)))
    return sorted(result.events, key=lambda e: str(e.start))


def _listed(events):
    return [(e.title, e.start, e.end) for e in events]


def test_each_labelled_period_of_a_sentence_is_its_own_entry():
    events = _events("Rowing club\n\nOur training blocks have old names, and for 2027 they are: Winter, 4 Jan to "
                     "26 March, Easter: 5 April to 30 April, Summer: 3 May to 30 July and Autumn: 6 September "
                     "to 10 December.\n", published=None)
    assert _listed(events) == [("Winter", date(2027, 1, 4), date(2027, 3, 26)),
                               ("Easter", date(2027, 4, 5), date(2027, 4, 30)),
                               ("Summer", date(2027, 5, 3), date(2027, 7, 30)),
                               ("Autumn", date(2027, 9, 6), date(2027, 12, 10))]
    assert all(RUN_NOTE in e.notes for e in events)


def test_a_holiday_label_is_not_the_holiday_and_inner_days_are_the_items():
    events = _events("Choir\n\nRehearsal seasons run as follows: Advent: 29 November to 18 December; Lent: "
                     "15 February to 26 March (or 2 April if the concert moves); Whitsun Block 2: 17 May to "
                     "25 June.\n", published=None)
    titles = [e.title for e in events]
    assert sorted(titles) == ["Advent", "Lent", "Whitsun Block 2"]
    assert not any(e.start == e.end for e in events)       # no single day for a holiday or the bracketed day
    lent = next(e for e in events if e.title == "Lent")
    assert (lent.start.month, lent.start.day, lent.end.month, lent.end.day) == (2, 15, 3, 26)


def test_one_labelled_period_is_no_run():
    events = _events("Notes\n\nThe hall is booked, and the dates are: Summer, 3 May to 30 July.\n")
    assert not any(RUN_NOTE in e.notes for e in events)


def test_places_before_commas_make_no_run():
    events = _events("Tour\n\nThe choir will sing in Leeds, 3 May 2027 and in York, 5 May 2027.\n")
    assert not any(RUN_NOTE in e.notes for e in events)

"""A sentence running named items each with its own day (held-out round 24, class 1), in wordings
of our own: each item is an entry named by its words, even a bare name ("Geography") that no
noun-led rule reads; one item, no opener, or a run told in the past leave the days to the other rules."""

from datetime import date

from calfeed.events.item_runs import ITEM_NOTE
from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, published: date = date(2026, 11, 20)):
    result = process_document(Document(path="p.txt", text=text, published=published), Options(today=published))
    return [(e.title, e.start) for e in sorted(result.events, key=lambda e: str(e.start))], result.events


def test_each_named_item_of_a_run_is_an_entry():
    listed, events = _events("Exam timetable\n\nKey dates include the Physics paper on 21 February 2027, Geography "
                             "on 24 February 2027, and Music on 3 March 2027.\n")
    assert ("Geography", date(2027, 2, 24)) in listed and ("Music", date(2027, 3, 3)) in listed
    assert any(ITEM_NOTE in e.notes for e in events)
    assert [d for _, d in listed] == [date(2027, 2, 21), date(2027, 2, 24), date(2027, 3, 3)]


def test_a_run_after_a_colon_names_its_items():
    listed, _ = _events("Spring term\n\nThe main dates: Orientation on 6 January 2027 and Open Day on "
                        "20 March 2027.\n")
    assert listed == [("Orientation", date(2027, 1, 6)), ("Open Day", date(2027, 3, 20))]


def test_one_named_item_is_no_run():
    listed, events = _events("Notes\n\nThe plan includes Geography on 24 February 2027.\n")
    assert not any(ITEM_NOTE in e.notes for e in events)


def test_names_with_no_opener_are_no_run():
    _, events = _events("Notes\n\nThe inspector visited Smith on 24 February 2027, Jones on 25 February 2027.\n")
    assert not any(ITEM_NOTE in e.notes for e in events)


def test_a_run_told_in_the_past_gives_no_items():
    _, events = _events("Review\n\nLast term's dates included Geography on 24 February 2026 and Music on "
                        "3 March 2026.\n", published=date(2026, 11, 20))
    assert not any(ITEM_NOTE in e.notes for e in events)


def test_a_copula_is_no_opener():
    _, events = _events("Market notes\n\nPrices are lower on 3 May 2027 and higher on 10 May 2027.\n")
    assert not any(ITEM_NOTE in e.notes for e in events)

"""A body going round a place to look it over on a day ahead ("The wardens will walk the
allotments on Saturday 10 July from 10am", "The judges inspect the gardens on 14 July") is
an occasion its members plan round, though no event noun names it: the subject, the verb and
its object name it (present_acts, dated_act_verbs). Told in the past it is history."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> list[tuple[str, str]]:
    result = process_document(Document(path="p.txt", text=text, published=date(2027, 7, 1)),
                              Options(today=date(2027, 7, 1)))
    return sorted((e.start.isoformat()[:16], e.title) for e in result.events)


def test_a_walk_round_a_site_on_a_day_ahead_is_an_entry_at_its_clock():
    text = "Plot checks\nThe wardens will walk the allotments on Saturday 10 July from 10am. Please tidy your paths.\n"
    assert _entries(text) == [("2027-07-10T10:00", "Wardens walk the allotments")]


def test_an_inspection_told_in_the_present_is_an_entry():
    text = "The head judge inspects the front gardens on 14 July 2027.\n"
    assert _entries(text) == [("2027-07-14", "Head judge inspects the front gardens")]


def test_a_walk_told_in_the_past_is_no_entry():
    text = "The wardens walked the allotments on Saturday 3 July and found them tidy.\n"
    assert _entries(text) == []

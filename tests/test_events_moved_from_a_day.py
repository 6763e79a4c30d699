"""A notice that moves an occasion from its old day to a new one, the old day written after the
subject ("Island bus operations for Friday, June 11th has been changed to Thursday, June 10th"):
the subject is the occasion though no event noun names it, and its entry is on the new day; "for
<day>" or "on <day>" only says which of its days moved (stated_schedules, old_day_links). "changed
to" moves a day as "moved to" does (schedule_verbs; the tagger's forward_verbs, so the new day is
no past though the verb is). A change to something that is no day dates nothing."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> list[tuple[str, str]]:
    result = process_document(Document(path="p.txt", text=text, published=date(2027, 5, 28)),
                              Options(today=date(2027, 5, 29)))
    return sorted((str(e.start)[:10], e.title) for e in result.events)


def test_operations_for_an_old_day_changed_to_a_new_one_give_the_new_day_only():
    text = "Island bus operations for Friday, June 11th 2027 has been changed to Thursday, June 10th, 2027.\n"
    assert _entries(text) == [("2027-06-10", "Island bus operations")]


def test_a_change_with_no_old_day_gives_the_new_day():
    text = "Library van stops have been changed to Wednesday, 16 June 2027.\n"
    assert _entries(text) == [("2027-06-16", "Library van stops")]


def test_a_move_told_after_an_old_day_with_on_gives_the_new_day_only():
    text = "Recycling collections on Monday, 7 June 2027 have been moved to Tuesday, 8 June 2027.\n"
    assert _entries(text) == [("2027-06-08", "Recycling collections")]


def test_a_change_to_a_place_dates_nothing():
    text = "The venue for the quiz has been changed to the Town Hall.\n"
    assert _entries(text) == []


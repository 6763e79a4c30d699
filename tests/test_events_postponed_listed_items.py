"""A notice that an organiser *called off* a set of its events, naming them with their days
("The Oakley Players: postponed spring events, including the Poetry Evenings May 10 and 17, the
Gala Night on May 22, and the Schools Concert May 30"; "The Choral Society has cancelled its summer
concerts, including the Proms Night on June 20"): the verb is active and its object runs to the
listed days, so none of them is an entry (cancel_cues, sort "object"). A new day after "to" or
"until", a later clause with its own auxiliary ("and will hold a picnic on ...") and a verb with no
object ("postponed to May 20") are not called off by it."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _days(text: str) -> list[str]:
    result = process_document(Document(path="p.txt", text=text, published=date(2027, 4, 1)),
                              Options(today=date(2027, 4, 2)))
    return sorted(str(e.start)[:10] for e in result.events)


def test_listed_items_of_a_postponement_give_no_entries():
    text = ("Spring events update\n\nThe Oakley Players: postponed spring events, including the Poetry Evenings "
            "May 10 and 17, the Gala Night on May 22, and the Schools Concert May 30.\n")
    assert _days(text) == []


def test_an_active_cancellation_calls_off_the_day_of_its_object():
    text = "The Choral Society has cancelled its summer concerts, including the Proms Night on June 20.\n"
    assert _days(text) == []


def test_the_new_day_of_an_active_postponement_stays():
    text = "The Oakley Players postponed the Gala Night on May 22 until June 12.\n"
    assert "2027-05-22" not in _days(text)


def test_a_later_clause_with_its_own_auxiliary_keeps_its_day():
    text = ("The Choral Society has cancelled its spring concert and will hold a summer concert "
            "on June 20 at St Mary's Church.\n")
    assert _days(text) == ["2027-06-20"]


def test_an_adjectival_cancelled_is_no_cue_for_a_later_day():
    text = "The cancelled match will be replayed on Saturday, May 15 at the Oval.\n"
    assert _days(text) == ["2027-05-15"]

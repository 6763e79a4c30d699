"""Future days in predicate position (round 30, class C), in wordings of our own: a subject with an
aside between it and "will be on", a clause reported after a verb of saying, a subject with its
place before its verb, and a period glossed with its days in brackets."""

from datetime import date

from calfeed.events.glossed_periods import GLOSS_NOTE
from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, published: date | None = date(2027, 2, 10)):
    result = process_document(Document(path="p.txt", text=text, published=published),
                              Options(today=date(2027, 2, 10)))
    return sorted(result.events, key=lambda e: str(e.start))


def _listed(events):
    return [(e.title, e.start) for e in events]


def test_an_aside_between_subject_and_copula_keeps_the_subject():
    events = _events("Market hall news\n\nThe first day of trading, with stalls for bread and cheese and flowers, "
                     "will be on Saturday, March 6.\n")
    assert _listed(events) == [("First day of trading", date(2027, 3, 6))]


def test_a_clause_reported_after_a_verb_of_saying_names_its_own_subject():
    events = _events("Pool update\n\nThe leisure trust's director, Omar Haddad, confirmed the refurbished pool at "
                     "the Eastgate sports centre will be open for business on April 12.\n")
    assert _listed(events) == [("Refurbished pool opens", date(2027, 4, 12))]


def test_the_speaker_is_not_what_opens():
    events = _events("Bakery\n\nThe owner said the new bakery will open on 3 March.\n")
    assert [e.title for e in events] == ["New bakery opens"]


def test_a_period_glossed_in_brackets_is_its_own_entry():
    events = _events("Have your say\n\nThe statutory display period of eight weeks (12 April – 7 June) is longer "
                     "than the minimum of 42 days set by the regulations.\n", published=None)
    assert [(e.title, e.start.month, e.start.day, e.end.month, e.end.day) for e in events] == [
        ("Statutory display period", 4, 12, 6, 7)]
    assert GLOSS_NOTE in events[0].notes


def test_a_bracketed_range_after_another_noun_is_no_glossed_period():
    events = _events("Club\n\nOur chairman (12 April – 7 June) is away.\n", published=None)
    assert not any(GLOSS_NOTE in e.notes for e in events)


def test_what_comes_into_effect_is_the_reported_clauses_subject():
    events = _events("Town notes\n\nThe mayor says the new parking rules for the old town will come into effect on "
                     "1 March 2027.\n")
    assert [e.title for e in events] == ["Entry into effect of the new parking rules for the old town"]


def test_an_expected_completion_is_no_deadline():
    events = _events("Deal\n\nThe firms said they expect the merger to be completed by March 20.\n")
    assert not any(e.kind == "deadline" and "merger to be completed" in e.title for e in events)

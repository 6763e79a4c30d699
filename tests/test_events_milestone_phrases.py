"""Policy milestones told by a phrase: a rule that "will apply to <whom> from" a day starts then
(not when someone is asked or allowed to apply), a plan to consult on or publish something is a
step named by its object, a past one is none, a capitalised "Future" opens a name, and a verb in
an opening condition ("If the depot reopens, ...") names nothing. (The clause-bound condition veto
of stated schedules is tested in test_events_stated_schedules.py.)"""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2026, 10, 7)):
    result = process_document(Document(path="p.txt", text="Notes\n\n" + text + "\n", published=date(2026, 10, 1)),
                              Options(today=today))
    return result.events


def test_a_verb_in_an_opening_condition_names_nothing() -> None:
    # the condition makes the resumption a possibility only: no entry, and none for the depot
    assert _events("If the depot reopens, collections resume on 12 January 2027.") == []


def test_a_rule_that_applies_to_someone_from_a_day_is_its_start() -> None:
    # "apply to <whom> from": the milestone phrase "apply from" with a short "to" phrase inside
    assert [(e.title, e.kind, e.start) for e in _events(
        "The new parking charges will apply to all vehicles in the town centre from 1 June 2028.")] == [
        ("Start of application of the new parking charges", "milestone", date(2028, 6, 1))]
    assert [(e.title, e.start) for e in _events(
        "The hosepipe ban will apply to households across the county from 1 July 2027.")] == [
        ("Start of application of the hosepipe ban", date(2027, 7, 1))]


def test_asked_or_allowed_to_apply_to_someone_is_no_rule_starting() -> None:
    for sentence in ("Community groups should apply to the parish council from 1 June 2028.",
                     "Clubs can apply to the sports fund from 1 June 2028.",
                     "Applicants must apply for a grant from 1 June 2028."):
        assert not [e for e in _events(sentence) if e.title.startswith("Start of application")], sentence


def test_a_name_that_opens_with_future_keeps_it() -> None:
    # "The Future Homes Standard": a capitalised "Future" before a capitalised word is a name, no time
    assert [e.title for e in _events("The Future Homes Standard will apply from 1 June 2028.")] == [
        "Start of application of the Future Homes Standard"]


def test_a_plan_to_consult_or_publish_is_a_milestone_named_by_its_object() -> None:
    # the verb names the step: "consult on <what>" -> "Consultation on <what>", "publish <what>"
    assert [(e.title, e.kind, e.start, e.end, e.precision) for e in _events(
        "The county will consult on the new bus network in the summer of 2027.")] == [
        ("Consultation on the new bus network", "milestone", date(2027, 6, 1), date(2027, 8, 31), "approximate")]
    assert [(e.title, e.start) for e in _events("The parish council will publish its draft neighbourhood plan in May 2027.")
            ] == [("Publication of draft neighbourhood plan", date(2027, 5, 1))]


def test_a_past_consultation_is_no_entry() -> None:
    assert _events("The county consulted on the new bus network in the summer of 2026.") == []

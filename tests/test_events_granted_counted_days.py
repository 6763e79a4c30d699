"""Time granted to a clause's subject counted in days, the last day in brackets ("have 45 days (until
9 October) to ask for a voucher"), and a subject reported by someone ("The club said that members have
until ..."): the deadline is for the act after the day, named by the holders, not by the reporter."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2031, 6, 2)


def _entries(body: str) -> list[tuple[str, str, str]]:
    """(kind, day, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Club notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=ISSUED))
    return sorted((e.kind, str(e.start), e.title) for e in result.events)


def test_a_count_of_days_with_the_last_day_in_brackets() -> None:
    assert _entries("Members have 14 days (until 20 June) to renew their subscriptions.") == [
        ("deadline", "2031-06-20", "Deadline for members to renew their subscriptions")]


def test_a_reporter_before_that_is_not_the_holder() -> None:
    assert _entries("Smith explained that ticket holders have 60 days (until August 30, 2031) to claim a "
                    "credit note for their seats.") == [
        ("deadline", "2031-08-30", "Deadline for ticket holders to claim a credit note for their seats")]


def test_a_reporting_verb_without_that() -> None:
    assert _entries("The council said residents have until 30 August to comment on the plan.") == [
        ("deadline", "2031-08-30", "Deadline for residents to comment on the plan")]


def test_the_holders_as_the_whole_subject_stay() -> None:
    assert _entries("Each winner will have until 17 June to claim the prize.") == [
        ("deadline", "2031-06-17", "Deadline for each winner to claim the prize")]

"""Time the clause's subject holds to act, up to a day ("Each runner will then have until noon on
Monday, 9 June to confirm the entry"): the day is the subject's deadline for the act written
after it, titled by both ('Deadline for each runner to confirm the entry'), not by the subject
alone ('Deadline for runner'). A pronoun names no one, and a past "had until" grants nothing
still ahead."""
# Provenance: session 48, R61 class 8 (a place's acceptance deadline titled 'Deadline for candidate').

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2032, 1, 10)


def _titles(text: str) -> list[str]:
    result = process_document(Document("page.md", "Club news\n\n" + text + "\n", published=date(2031, 5, 20)),
                              Options(today=BUILD_DAY))
    return [e.title for e in result.events]


def test_the_subject_and_its_act_name_the_deadline():
    assert _titles("Each runner will then have until noon on Monday, June 9 to confirm the entry and pay the fee.") \
        == ["Deadline for each runner to confirm the entry and pay the fee"]


def test_a_present_holder():
    assert _titles("Members have until Friday, June 13 to renew their cards.") \
        == ["Deadline for members to renew their cards"]


def test_a_pronoun_names_no_one():
    assert _titles("You have until Friday, June 13 to reply.") == ["Deadline to reply"]

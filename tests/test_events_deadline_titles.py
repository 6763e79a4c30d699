"""A deadline named after who must act is named with the act ("Deadline for the board to
approve the budget"); a pronoun names no one ("You must register": "Registration"), and a
hope voiced by "we" is no deadline at all."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

PUBLISHED = date(2027, 3, 3)


def test_a_body_that_must_act_is_named_with_its_article_and_its_act():
    assert list(framed("The board is expected to approve the budget by 30 March 2027.", published=PUBLISHED)) == [
        "Deadline for the board to approve the budget"]


def test_a_longer_act_is_kept_whole():
    found = framed("Ministers must decide on the next tranche of loans by 30 March 2027.", published=PUBLISHED)
    assert list(found) == ["Deadline for ministers to decide on the next tranche of loans"]


def test_a_pronoun_subject_names_no_one():
    assert list(framed("You must register by 3 April 2027.", published=PUBLISHED)) == ["Registration"]
    assert list(framed("They must submit by 3 April 2027.", published=PUBLISHED)) == ["Submission"]


def test_a_hope_voiced_by_we_is_no_deadline():
    assert framed('"We hope to have an agreement before 28 March 2027," one official said.',
                  published=PUBLISHED) == {}


def test_an_act_is_never_read_across_a_relative_clause():
    found = framed("Candidates are encouraged to make use of the informal checking service, which is available "
                   "by appointment until Tuesday 5 January 2027.", published=date(2026, 12, 15))
    assert not any("available" in title for title in found)

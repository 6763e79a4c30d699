"""An adverb between a milestone verb's auxiliary and the verb ("will officially come into
effect", "will formally take effect") is no subject: the subject is the noun phrase before
"will", and a page that says the same start twice in those words gives one entry, not a second
one titled 'Entry into effect of officially'."""
# Provenance: session 48, R61 class 8 (duplicate entries of one start from repeated sentences).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2032, 1, 10)


def _entries(text: str):
    result = process_document(Document("page.md", text, published=date(2031, 1, 20)), Options(today=BUILD_DAY))
    return [(e.start, e.kind, e.title) for e in result.events]


def test_an_adverb_before_the_verb_is_no_subject():
    entries = _entries("Parking news\n\nThe new parking fees will officially come into effect on Monday March 3, 2031.\n")
    assert entries == [(date(2031, 3, 3), "milestone", "Entry into effect of the new parking fees")]


def test_a_formal_start_names_its_subject():
    entries = _entries("Council news\n\nThe revised bin rules will formally take effect on 1 April 2031.\n")
    assert [title for _, _, title in entries] == ["Entry into effect of the revised bin rules"]


def test_one_start_told_twice_is_one_entry():
    text = ("Parking news\n\nThe new parking fees for the harbour car parks will come into effect from Monday "
            "March 3, 2031, the council said.\n\nDrivers were told about the plan in a letter last month. "
            "The fees will officially come into effect on Monday March 3, 2031.\n")
    assert len([e for e in _entries(text) if e[0] == date(2031, 3, 3)]) == 1

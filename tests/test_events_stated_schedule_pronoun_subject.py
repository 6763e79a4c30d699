"""A stated schedule whose subject is "It", standing for the named place or thing the sentence
before opens with ("Gallery 29 is currently closed but will temporarily be open November 16 – 17.
It will be closed once again from November 18 – 20 and will reopen to the public on November
21."): the day is that name's (red team 43 doc 14: the reopening was missed). A pronoun with no
name before it still names nothing."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

PAGE = "---\npublished: 2027-11-01\n---\n"


def _entries(text: str):
    result = process_document(parse_document((PAGE + text + "\n").encode(), "page.txt"),
                              Options(today=date(2026, 12, 3)))
    return [(e.title, e.kind, e.start) for e in result.events]


def test_it_after_a_named_gallery_is_the_gallery():
    found = _entries("Gallery 12 is closed while its floor is replaced. It will be closed until November 20 "
                     "and will reopen to the public on November 21.")
    assert any(start == date(2027, 11, 21) and title.startswith("Gallery 12") for title, _, start in found), found


def test_it_after_a_named_garden_is_the_garden():
    found = _entries("The Rose Garden is being replanted this month. It will reopen on 6 November.")
    assert any(start == date(2027, 11, 6) and title.startswith("Rose Garden") for title, _, start in found), found


def test_it_with_no_name_before_names_nothing():
    found = _entries("Our volunteers worked hard all summer. It will reopen on 6 November.")
    assert not any(title.startswith("It ") for title, _, _ in found), found

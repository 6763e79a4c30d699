"""A cue word that doubles as the happening's noun ("opening") heads its phrase after
an article, a possessive or a word that stands before nouns: "The grand opening of the pier will
be held ..." is titled "Grand opening of the pier", not cut at its first word. Written straight after a
subject ("Registration opening ...") it is still the cue of that subject's window."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title


def test_the_grand_opening_keeps_its_noun():
    titles = framed_by_title("The grand opening of the Tarnwick pier will be held on 4 September 2027 at 19:30.",
                             published=date.fromisoformat("2027-08-01"))
    assert list(titles) == ["Grand opening of the Tarnwick pier"]


def test_an_official_opening_of_a_named_place():
    titles = framed_by_title("The official opening of the Tarnwick lido will be held on 4 June 2027.",
                             published=date.fromisoformat("2027-05-01"))
    assert list(titles) == ["Official opening of the Tarnwick lido"]


def test_a_bare_opening_after_its_subject_stays_a_cue():
    titles = framed_by_title("Registration opening on 4 June 2027.", published=date.fromisoformat("2027-05-01"))
    assert list(titles) == ["Registration opening"]

"""Closures whose district is named only in a fronted "In <Place>," (R62 class 7, page 10: a province's
list of school closures by district, "In <district>, the schools of the whole district stay shut
on ..."; "Likewise, in <district>, schools will be closed on ..."). The closure's title took the
subject alone ("Schools across the district closure") or a linking adverb as its subject ("Likewise
closure"); a subscriber with several such entries cannot tell them apart. The fronted place now ends
the title ("... closure in <Place>"), and a linking adverb with its comma (subject_openers) opens no
subject."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 3, 8)


def _titles(text: str) -> list[str]:
    return [e.title for e in tagged_events(text, published=PUBLISHED)]


def test_a_fronted_district_names_the_closure():
    assert _titles("In Northfield, schools throughout the borough will remain closed on March 10 and 11.") == [
        "Schools throughout the borough closure in Northfield"]


def test_a_linking_adverb_before_the_fronted_district_is_no_subject():
    assert _titles("Likewise, in Eastham, schools will be closed on March 10 and 11.") == ["Schools closure in Eastham"]


def test_a_fronted_phrase_that_names_no_place_adds_nothing():
    assert _titles("In the end, schools will remain closed on March 10 and 11.") == ["Schools closure"]


def test_a_place_the_subject_already_names_is_not_repeated():
    assert _titles("In Leeds, Leeds Central Library will be closed on March 10.") == ["Leeds Central Library closure"]


def test_a_quantifier_before_the_subject_keeps_the_fronted_district():
    assert _titles("Similarly, in Westbury, all educational institutions will remain closed from March 10 to 12.") == [
        "Educational institutions closure in Westbury"]

"""A title that only ranks a bare "event" ("Main event", "the big event") stands for the event
the page is about, or, when neither the page's title nor its first line names one, for the named
event the sentences just before make their subject (R69 class 8, page 18's shape)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

HEADLINE = "Forty lanterns to be lit this week"
FIRST_LINE = "News from the valley\n\n"


def _titles(text: str) -> list[tuple[str, date]]:
    return [(e.title, e.start) for e in tagged_events(FIRST_LINE + text, published=date(2029, 6, 12), title=HEADLINE)]


def test_the_main_event_takes_the_festival_named_in_the_paragraph_before():
    assert _titles("The fourth yearly Lantern Fair is under way in the old town, with crafts and music in every "
                   "square.\n\nSince the main event is planned by the river for Saturday 16 June, stalls are "
                   "already open.") == [("Fourth yearly Lantern Fair", date(2029, 6, 16))]


def test_a_bare_event_takes_it_too():
    assert _titles("The Lantern Fair is under way in the old town.\n\nThe event will take place by the river on "
                   "Saturday 16 June.") == [("Lantern Fair", date(2029, 6, 16))]


def test_the_big_event_takes_the_pages_event_when_its_first_line_names_one():
    found = [(e.title, e.start) for e in tagged_events(
        "Harbour Kite Festival 2029\n\nStalls open all week. The big event will take place on Saturday 16 June.",
        published=date(2029, 6, 12))]
    assert len(found) == 1 and "Kite Festival" in found[0][0]


def test_an_unnamed_event_before_names_nothing():
    assert _titles("The town is preparing a fair for the summer, with crafts and music.\n\nSince the main event is "
                   "planned for Saturday 16 June, stalls are already open.") == [("Main event", date(2029, 6, 16))]


def test_a_named_event_two_paragraphs_up_is_too_far():
    assert _titles("The Lantern Fair is under way in the old town.\n\nCrafts and music fill every square, and food "
                   "stalls line the streets.\n\nSince the main event is planned for Saturday 16 June, stalls "
                   "are already open.") == [("Main event", date(2029, 6, 16))]

""""The event" stands for the event its own paragraph has just named, even when the page's title
recalls another: in a story of several fairs, "Brambleford Fair organisers said ... The event will
now be held on 14 August next year" is Brambleford Fair's day, not the first fair the title's word
finds in the body. A name that modifies the subject's head ("<Name> Fair organisers") counts as
the paragraph's event. The pages are my own."""

from __future__ import annotations

from datetime import date

from events_helpers import BUILD_DAY
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document


def _events(body: str, title: str, published: str):
    page = f"---\ntitle: {title}\npublished: {published}\n---\n{body}\n"
    return process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events


def test_the_event_is_the_fair_its_paragraph_names():
    body = ("Several county fairs have been called off after yesterday's rule change on crowd sizes.\n\n"
            "Craft and food fair, Hollow Oak (shown), which had been set for 4-6 June with room for 9,000, was "
            "among the first to cancel. The Downshire fair said in a note that it would come back next year.\n\n"
            "Brambleford Fair organisers said the fair could not be moved because the field is let to a farmer "
            "for the season. The event will now be held on 14 August next year.\n\n"
            "Other organisers hope to decide within days.\n")
    got = {e.title: e.start for e in _events(body, "Fair cancellations follow rule change", "2027-05-10")}
    assert got.get("Brambleford Fair") == date(2028, 8, 14)


def test_the_event_of_a_one_event_page_keeps_the_page_name():
    body = ("The Lakeside Kite Festival returns this summer with a new family area.\n\n"
            "Volunteers are still needed for the car park. The event will be held on 14 August.\n")
    got = {e.title: e.start for e in _events(body, "Lakeside Kite Festival 2027", "2027-05-10")}
    assert got.get("Lakeside Kite Festival") == date(2027, 8, 14)

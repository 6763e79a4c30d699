"""A clock told in a sentence that opens with an event's name joins that event's all-day entry of the day.

"... announced that the 9th Lantern Parade Night Procession would be held on 9 May" and then "The 9th Lantern Parade,
which will be streamed live on the Visit Harbourtown website, from 6pm this Friday will be held ...": one parade at
6pm, titled by its name, not a separate 6pm entry named after the website's first word beside an all-day one.
A name only mentioned further into the sentence joins nothing. (R72 class 3.)
"""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PAGE = date(2025, 5, 9)     # a Friday
STORY = ("The port is today Friday May 9, set to hold its first online lantern march through the old quays.\n\n"
         "Following the repair of the quays through March and April, the Port Culture Board announced that the "
         "9th Lantern Parade Night Procession would be held online on Lantern Day, on 9 May 2025.\n\n"
         "{opening}, which will be streamed live on Harbour Radio (HR) and the Visit Harbourtown website, from 6pm "
         "this Friday will run under the motto \"Light for the Harbour\"\n")


def _events(text: str) -> list[tuple[str, object]]:
    result = process_document(Document(path="doc.txt", text=text, published=PAGE), Options(today=PAGE))
    return [(e.title, e.start) for e in result.events]


def test_a_clock_in_a_sentence_opening_with_the_events_name_is_that_events() -> None:
    got = _events(STORY.format(opening="The 9th Lantern Parade"))
    assert len(got) == 1 and got[0][0].startswith("9th Lantern Parade") and got[0][1] == datetime(2025, 5, 9, 18, 0), got


def test_a_sentence_opening_with_another_name_keeps_its_own_entry() -> None:
    got = _events(STORY.format(opening="The Quay Choir"))
    assert any(start == date(2025, 5, 9) for _, start in got), got


def test_a_clock_of_the_same_sentence_as_the_day_stays_its_own_entry() -> None:
    got = _events("The Quay Air Display is also set for Saturday and Sunday, while Rovers and Albion meet in a "
                  "friendly at the Dell on Saturday afternoon (kick-off 2pm).\n")
    assert ("Quay Air Display", date(2025, 5, 10)) in got, got

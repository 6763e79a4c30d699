"""A phrase that only says which items or which occasion a sentence means ("each accepted
submission", "the previous meeting", "Successful applications") gives no fuller title to the
bare noun a later line dates ("Submission: 30 September 2026", "The meeting will be held on 14
May 2026"); a phrase that names the event ("the annual forum") still does. Pages my own."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_events

DAY = date(2026, 1, 5)


def titles_on(text: str, day: date) -> list[str]:
    return [e.title for e in page_events(text, DAY.isoformat(), "doc.txt")
            if e.start == day]


PAGES = {
    "accepted submission over a key-dates label": (
        "Call for papers\n\nAt least one author of each accepted submission must register and present.\n\n"
        "Important Dates\nSubmission: 30 September 2026\nNotification: 15 October 2026\n",
        date(2026, 9, 30), "Submission"),
    "previous meeting before the next one": (
        "Parish news\n\nThe minutes of the previous meeting are on the website. "
        "The meeting will be held on 14 May 2026 in the hall.\n",
        date(2026, 5, 14), "Meeting"),
    "successful applications before the applications' day": (
        "Grants 2026\n\nSuccessful applications will be published on our website.\n\nKey dates\n"
        "Applications: 12 May 2026\n",
        date(2026, 5, 12), "Applications"),
}


@pytest.mark.parametrize("text, day, title", PAGES.values(), ids=PAGES.keys())
def test_a_phrase_saying_which_items_names_no_later_bare_noun(text, day, title):
    assert titles_on(text, day) == [title]


def test_a_phrase_naming_the_event_still_names_the_bare_noun():
    text = ("Town news\n\nThe annual forum brings residents and councillors together. "
            "The forum will be held on 9 June 2026 at the library.\n")
    assert titles_on(text, date(2026, 6, 9)) == ["Annual forum"]

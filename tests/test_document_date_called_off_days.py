"""A day whose occasion the text says has been called off or moved ("The visit on the 27th July has
been postponed", "the 14 May quiz was cancelled") tells nothing of when the text was written: a
club puts off what is still ahead. Read as a past date it dated a July newsletter after the 27th,
and its "this month on the 11th" rolled into August."""
# Provenance: session 27, class "community and membership newsletters" (ev27c's half A: a WI
# newsletter for July dated 28 July by "has been postponed").

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = Options(today=date(2026, 11, 29))


def test_a_postponed_day_does_not_date_the_newsletter_after_it() -> None:
    text = ("Gardening club news – June 2031\n\n"
            "The outing to Hever Castle on the 24th June has been postponed as the coach firm let us down.\n\n"
            "Our plant sale will be held on Saturday 14th June from 10am.\n")
    result = process_document(Document("club.txt", text), TODAY)
    assert result.reference.value <= date(2031, 6, 13)
    assert {e.start.date() for e in result.events if "sale" in e.title.lower()} == {date(2031, 6, 14)}


def test_a_cancelled_day_says_nothing_either_way() -> None:
    text = ("Choir news\n\nThe concert on 20 March 2031 was cancelled because of the snow. "
            "Rehearsals will resume on Tuesday 4 March 2031 at 7.30pm in the church hall.\n")
    result = process_document(Document("choir.txt", text), TODAY)
    assert result.reference.value <= date(2031, 3, 3)


def test_a_day_that_took_place_still_dates_the_text_after_it() -> None:
    text = ("Choir news\n\nThe concert took place on 20 March 2031. "
            "Rehearsals will resume on Tuesday 6 May 2031 at 7.30pm in the church hall.\n")
    result = process_document(Document("choir.txt", text), TODAY)
    assert date(2031, 3, 21) <= result.reference.value <= date(2031, 5, 5)

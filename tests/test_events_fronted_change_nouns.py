"""A sentence that opens with a change noun, a lead and a day ("Changes from 24 March include a late
boat to Kerrow ..."): a milestone on that day named by the change, even where a later relative clause
of the sentence tells a past ("crossings that formerly ran only on weekdays"): the verb after the day
tells the tense. The day does not bound a weekly run named among the listed changes ("more crossings
on Mondays"), and a capitalised "Changes" at the start of a caption line is no verb of the photo's
alt text above it. Every document here is written for the test (no page's wording)."""
# Provenance: session 47, R60 class 1 (a page's one change "from <day>" gave nothing).

from __future__ import annotations

from datetime import date

import pytest

from calfeed.model import Document
from calfeed.pipeline import process_document

DAY = date(2031, 3, 22)


def entries(text: str) -> list[tuple[str, str, str]]:
    events = process_document(Document(path="doc.txt", text=text, published=DAY)).events
    return sorted((e.kind, e.title, e.start.isoformat()[:10]) for e in events)


def test_a_change_noun_fronting_its_day_is_a_milestone_despite_a_later_past():
    text = ("Ferry users told to check sailings\n\n"
            "Changes from 24 March include a late boat to Kerrow and more crossings on Mondays in the "
            "north isles that formerly ran only on weekdays.\n")
    assert entries(text) == [("milestone", "Changes include a late boat to Kerrow", "2031-03-24")]


def test_a_caption_line_under_alt_text_gives_the_same_single_entry():
    text = ("Ferry users told to check sailings\n\n"
            "a grey ferry leaving the pier at dusk\n"
            "Changes from 24 March include a late boat to Kerrow and a new stop at Hollin. Photograph: Pier Pictures\n\n"
            "Changes from 24 March include a late boat to Kerrow and more crossings on Mondays in the "
            "north isles that formerly ran only on weekdays.\n")
    assert entries(text) == [("milestone", "Changes include a late boat to Kerrow", "2031-03-24")]


@pytest.mark.parametrize("sentence", [
    "Changes from 24 March included a late boat to Kerrow.",       # told as over
    "Visitors from 24 March will find a late boat to Kerrow.",     # no change noun
    "Changes from 24 March will not include a late boat to Kerrow.",   # negated
])
def test_no_change_entry(sentence):
    titles = [title for _, title, _ in entries(f"Ferry notice\n\n{sentence}\n")]
    assert not any(title.startswith(("Changes", "Visitors")) for title in titles)


def test_the_new_noun_phrase_drops_its_article():
    text = "Ferry notice\n\nThe new timetable from 24 March adds a late boat to Kerrow.\n"
    assert entries(text) == [("milestone", "New timetable adds a late boat to Kerrow", "2031-03-24")]

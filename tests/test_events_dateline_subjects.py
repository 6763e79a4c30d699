"""A place in capitals before a dash opening the story ("KESWICK — There is ...") is where the story
was filed, never the subject of the clause's verb: the noun right before the verb names the entry
(naming.frame_clause with furniture_titles' dateline)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_capitals_dateline_is_no_subject_of_the_turn_verb():
    # session 45, R57 class 6 redo (a local paper's fishing story), in words of our own
    text = ("Trout season opens Saturday\n\n"
            "KESWICK — There is cheerful news for trout anglers keen to cast again as the season opens "
            "Saturday on the county's rivers for the well-liked fish.\n")
    titles = [e.title for e in tagged_events(text, published=date(2031, 4, 30))]
    assert titles and not any("KESWICK" in t for t in titles)
    assert any(t.lower().startswith("season opens") or "trout season" in t.lower() for t in titles)

"""A line of its own that is only a name, "on" and its day ("Quayside Serenade on August 14 at 7 p.m.",
"Rest day for Ostrava, on Feb. 7th") is an entry titled by the name, event word or not; a sentence
("School to reopen on ..."), a stamp ("Posted on ...") or a heading over a day gone by is not. Pages
of our own wording; before the rule the named lines gave no entry and no reason."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_entries

PROGRAMME = """BRINDLE — The town of Brindle turns 400 this summer, and its council has planned a week of happenings. Here are
some of them.

Lantern Meadow Eco-Gathering on August 12-13.

Lantern Meadow will unite potters, weavers and musicians from across the valley. Free workshops will be open
to all visitors.

Quayside Serenade on August 14 at 7 p.m.

The town band plays its summer programme by the water."""


def test_a_named_line_over_its_block_is_an_entry() -> None:
    entries = page_entries(PROGRAMME, "2031-06-20")
    assert ("Lantern Meadow Eco-Gathering", "event", date(2031, 8, 12)) in entries


def test_its_clock_is_kept() -> None:
    entries = page_entries(PROGRAMME, "2031-06-20")
    assert ("Quayside Serenade", "event", datetime(2031, 8, 14, 19, 0)) in [
        (t, k, s.replace(tzinfo=None) if isinstance(s, datetime) else s) for t, k, s in entries]


def test_a_headline_with_a_comma_before_on() -> None:
    notice = """Rest day for Ostrava, on Feb. 7th

Hi all,

The regions of Ostrava elect new councils the day before, so offices stay shut."""
    assert ("Rest day for Ostrava", "event", date(2031, 2, 7)) in page_entries(notice, "2031-01-30")


def test_a_sentence_a_stamp_and_a_past_heading_give_no_named_entry() -> None:
    page = """Post on 3-May-2031

Posted on 3 May 2031

School to reopen on 12 May.

Lantern Meadow Eco-Gathering on 2 April 2031.

Thanks to all who came."""
    titles = [t for t, _, _ in page_entries(page, "2031-05-03")]
    assert "Post" not in titles and "Posted" not in titles and "School to" not in titles and "Lantern Meadow Eco-Gathering" not in titles


def test_a_clause_with_an_adverb_or_a_participle_is_no_name() -> None:
    for line in ("Garden bin rounds usually restart on 3 June.", "Harbour swim cancelled on 3 June.",
                 "Come and see us on 3 June."):
        titles = [t for t, _, _ in page_entries(f"Parish notes\n\n{line}", "2031-05-03")]
        assert not any(t.startswith(("Garden bin rounds usually", "Harbour swim", "Come and")) for t in titles), (line, titles)

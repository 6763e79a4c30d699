"""A gapped clause that leaves out its noun as well as its verb is an entry of its own, named by the
noun of the clause before (R81 class 3: the second run and a second vote were lost). "the first
block of the sailing course runs from 14 July to 29 August and the second from 1 September to 18
December" gives "Second block of the sailing course" over its own days ("from" closes such a gapped
subject as "on" does: gapped_elided_links); "the council elections will be held on June 14 2032, and those of
the harbour wardens on July 19" gives "Election(s) of the harbour wardens", an election
(elided_head_pronouns before "of"). "the former from ... and the latter from ..." names no subject."""
# Provenance: session 68 (ev68c), R81 class 3 (pages 10 and 14), in words of our own.

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def _rows(text: str, published: str) -> list[tuple[str, str, date, date | None]]:
    return [(e.title, e.kind, e.start, e.end) for e in page_events(text, published)]


def test_an_ordinal_subject_and_its_run_are_the_next_one_of_the_earlier_noun():
    text = ("Under the club's new plan, the first block of the sailing course runs from 14 July to "
            "29 August and the second from 1 September to 18 December.")
    rows = _rows(text, "2031-07-01")
    spans = [(title, start, end) for title, _, start, end in rows]
    assert ("Second block of the sailing course", date(2031, 9, 1), date(2031, 12, 18)) in spans, rows
    assert any(s == date(2031, 7, 14) and e == date(2031, 8, 29) for _, _, s, e in rows), rows


def test_those_of_a_group_take_the_earlier_noun_and_kind():
    text = ("The board added that the council elections will be held on June 14 2032, and those "
            "of the harbour wardens and their deputies on July 19 by the port trusts.")
    rows = _rows(text, "2031-11-20")
    later = [r for r in rows if r[2] == date(2032, 7, 19)]
    assert len(later) == 1 and later[0][1] == "election", rows
    assert later[0][0].lower().startswith("election") and "harbour wardens" in later[0][0], rows
    assert any(s == date(2032, 6, 14) for _, _, s, _ in rows), rows


def test_former_and_latter_before_from_are_no_gapped_subjects():
    text = ("Heats two and three are run on Sunday, the former from 10:30 - 14:30 and the latter "
            "from 19:15 - 21:45 in the pool.")
    titles = [t for t, _, _, _ in _rows(text, "2031-07-01")]
    assert not any(t.lower().startswith(("former", "latter")) for t in titles), titles

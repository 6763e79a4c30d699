"""A run of items each glossed by its day in brackets ("at Leeds (4 May), at York (11 May) and
then at Hull on 18 May") names each day by its item, as a run of "<name> on <day>" items does
(item_runs): two bracketed days make the run without an opener, and the first item may start its
sentence. A lone bracketed day is no run."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> list[tuple[str, str]]:
    doc = Document("d.md", text, title="Fixtures out", published=date(2026, 3, 2))
    return sorted((str(e.start)[:10], e.title) for e in process_document(doc, Options(today=date(2026, 3, 3))).events)


def test_bracketed_days_after_a_dash_are_items():
    text = ("Harton Rovers have a busy spring – away at Dunmore (April 4), at home to Kelby (April 11) and then "
            "away at Ashford on April 18.\n")
    assert _entries(text) == [("2026-04-04", "Away at Dunmore"), ("2026-04-11", "At home to Kelby"),
                              ("2026-04-18", "Away at Ashford")]


def test_the_first_bracketed_item_may_start_the_sentence():
    text = "Harton Rovers finish with Kelby at home (May 2), Ashford away (May 9) and Dunmore at home on the last day.\n"
    assert _entries(text) == [("2026-05-02", "Harton Rovers finish with Kelby at home"), ("2026-05-09", "Ashford away")]


def test_after_a_name_with_a_comma_relative():
    text = ("Harton Rovers, who finished third by a point last season, face a busy spring – away at Dunmore "
            "(April 4) and at home to Kelby (April 11).\n")
    assert _entries(text) == [("2026-04-04", "Away at Dunmore"), ("2026-04-11", "At home to Kelby")]


def test_a_run_set_apart_by_a_dash_names_its_days_over_an_event_noun():
    text = ("Harton Rovers face a hard finish to the coming season – away at Dunmore (April 4) and at home to "
            "Kelby (April 11).\n")
    assert _entries(text) == [("2026-04-04", "Away at Dunmore"), ("2026-04-11", "At home to Kelby")]


def test_a_run_inside_the_event_nouns_clause_gives_way_to_it():
    text = "We will run regional workshops in Leeds (3 April), Bristol (10 April) and online (17 April).\n"
    found = _entries(text)
    assert [day for day, _ in found] == ["2026-04-03", "2026-04-10", "2026-04-17"]
    assert all("workshops" in title for _, title in found)

"""A page title that is its address's slug opens with a day in whatever language the slug writes
its month ("Agosto 14 2027 Harbour regatta"): an entry that takes its fuller name from the title
takes the name after the year, never the slug's date words. The pages are my own."""

from __future__ import annotations

from datetime import datetime

from events_helpers import BUILD_DAY
from calfeed.events.slug_dates import name_start
from calfeed.events.words import words_in
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document


def _titles(title: str, body: str) -> dict[str, object]:
    page = f"---\ntitle: {title}\n---\n{body}\n"
    events = process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events
    return {e.title: e.start for e in events}


def test_a_slug_day_in_another_language_stays_out_of_the_title():
    got = _titles("Agosto 14 2027 Harbour regatta",
                  "Regatta starts at the old quay on Saturday 14 August 2027 at 10 a.m.\n")
    assert got.get("Harbour regatta starts") == datetime(2027, 8, 14, 10, 0)


def test_a_day_first_slug_date_is_cut_too():
    words = words_in("14 Agosto 2027 Harbour regatta", 0, 30)
    assert [w.text for w in words[name_start(words, 0, len(words) - 1):]] == ["Harbour", "regatta"]


def test_a_year_or_a_number_alone_stays_in_the_name():
    for name in ("2027 Harbour regatta", "Apollo 11 reunion dinner", "Harbour regatta 2027"):
        words = words_in(name, 0, len(name))
        assert name_start(words, 0, len(words) - 1) == 0

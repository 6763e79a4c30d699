"""A month or a year with a colon after it on its line leads in to the finer dates it holds ("Talks in
March: March 3 ..."), which are the entries (vague_words.lead_in_span). For a lead-in, framing listed
every date from its sentence to the end of the next line before the reader looked for one it holds: on
a page written on one line that is every later date of the page, for every such year (the call for papers
repeated on one line grew 15x for 4x the page in those lists). The dates are now handed out one at a time
(DateSpans.each_within) and the reader stops at the first it holds. The guard builds a one-line page at
two sizes and counts the dates framing's date index hands out per page character; the answers are the
plain reading's."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from calfeed import pipeline
from calfeed.events import candidates
from calfeed.events.candidates import DateSpans
from calfeed.events.vague_words import lead_in_span
from calfeed.sources import read_document
from calfeed.timex import tag

from call_counts import CountedText

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _one_line_programme(items: int) -> str:
    """A workshop's call repeated on one line (a scrape that lost its line breaks): its title's year
    stands a word before a colon, and dated deadlines follow."""
    return "".join(f"Call for Papers - Workshop on Harbour Records (WHR 2027) url: https://whr.example.org/call "
                   f"# Call for Papers: WHR 2027 - Abstract deadline: {1 + k % 28} {MONTHS[k % 12]} 2027, 23:59 AoE "
                   f"- Notification: {1 + (k + 9) % 28} {MONTHS[(k + 1) % 12]} 2027 "
                   for k in range(items))


@pytest.fixture
def handed_out(monkeypatch) -> list[int]:
    """The dates DateSpans hands out, as lists or one at a time."""
    count = [0]
    listed, one_by_one = DateSpans.within, getattr(DateSpans, "each_within", None)

    def within(self, clause):
        found = listed(self, clause)
        count[0] += len(found)
        return found

    def each_within(self, clause):
        for timex in one_by_one(self, clause):
            count[0] += 1
            yield timex

    monkeypatch.setattr(candidates.DateSpans, "within", within)
    if one_by_one is not None:
        monkeypatch.setattr(candidates.DateSpans, "each_within", each_within)
    return count


def _per_character(folder: Path, items: int, handed_out: list[int]) -> tuple[float, float]:
    path = folder / f"programme_{items}.txt"
    path.write_text(_one_line_programme(items), encoding="utf-8")
    doc = read_document(path, folder, path.name)
    counted = CountedText(doc.text)
    doc = dataclasses.replace(doc, text=counted)
    CountedText.copied, handed_out[0] = 0, 0
    pipeline.process_document(doc, pipeline.Options(today=date(2027, 1, 4)))
    return CountedText.copied / len(counted), handed_out[0] / len(counted)


def test_a_one_line_page_s_lead_ins_copy_and_list_no_rest_of_the_page(tmp_path, handed_out):
    """On the parent: 5.4 -> 7.8 dates handed out per page character for 4x the page; now 4.6 -> 4.6
    (the characters copied stay flat on both)."""
    _per_character(tmp_path, 10, handed_out)         # the tables load once
    small = _per_character(tmp_path, 40, handed_out)
    large = _per_character(tmp_path, 160, handed_out)
    assert large[0] < 1.3 * small[0], f"{small[0]:.0f} -> {large[0]:.0f} characters copied per page character"
    assert large[1] < 1.3 * small[1], f"{small[1]:.2f} -> {large[1]:.2f} dates handed out per page character"


def test_the_lead_in_s_colon_is_found_within_its_words_only():
    text = ("Concerts in March: March 3 and March 10.\nMarch is busy and then the old hall fills: March 17.\n"
            "2027: 4 May\n")
    found = sorted(tag(text, date(2027, 1, 4)), key=lambda t: (t.start, t.end))
    dates = DateSpans(found)
    led = [t.text for t in found if lead_in_span(text, t, lambda: dates.within((0, len(text))))]
    assert led == ["March", "2027"]

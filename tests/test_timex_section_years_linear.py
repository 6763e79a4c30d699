"""The year readers of sections (section_years.section_years, heading_years) stay linear on a page of many
short sections: a paragraph of one sentence naming a list and its year ("the club's fixtures for 2031.") over
a paragraph with a year-less day, again and again.

Each lead sentence's section once read on past the next lead down to the page's end; every section went
through every date of the page to find its own, once more to weigh its rows (row_evidence.fits), and
heading_years once more for its heading's dates. The guards count what is read: the lines the sections
walk, and the dates whose start is read, per line and per date of the page."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.model import Timex
from calfeed.timex import section_years as years
from calfeed.timex import tag

MONTHS = ("May", "June", "July", "August")
PUBLISHED = date(2030, 3, 1)


class _ReadTimex(Timex):
    """A Timex that counts the reads of its start (in ``reads``)."""

    reads = 0

    def __getattribute__(self, name: str):
        if name == "start":
            _ReadTimex.reads += 1
        return super().__getattribute__(name)


def _page(paragraphs: int) -> str:
    """A club's page: each paragraph pair a lead sentence with the list's year, then one match day."""
    return "".join(f"The club has set its fixtures for 2031.\n\nA home game on {k % 28 + 1} {MONTHS[k % 4]} "
                   f"at the park.\n\n" for k in range(paragraphs))


def _reads(paragraphs: int, monkeypatch: pytest.MonkeyPatch) -> tuple[float, float, dict[int, str]]:
    """(lines walked by the sections per line of the page, starts read per date, the years given)."""
    text = _page(paragraphs)
    found = sorted(tag(text, PUBLISHED), key=lambda t: (t.start, t.end))
    walked = [0]
    real = years._section_end

    def counted(lines, heading, *args, **kwargs):
        end = real(lines, heading, *args, **kwargs)
        walked[0] += sum(1 for line in lines[heading:] if line.start < end)
        return end

    monkeypatch.setattr(years, "_section_end", counted)
    for timex in found:
        timex.__class__ = _ReadTimex
    _ReadTimex.reads = 0
    given = years.section_years(found, text)
    years.heading_years(found, text)
    monkeypatch.setattr(years, "_section_end", real)
    return walked[0] / text.count("\n"), _ReadTimex.reads / len(found), given


def test_lead_sections_read_the_page_once_not_once_a_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    small_walk, small_reads, small_given = _reads(40, monkeypatch)
    large_walk, large_reads, large_given = _reads(160, monkeypatch)
    assert len(small_given) == 40 and len(large_given) == 160
    assert all(core.startswith("2031") for core in large_given.values())
    assert large_walk < 1.5 * small_walk, f"{small_walk:.1f} -> {large_walk:.1f} lines walked per line, 4x page"
    assert large_reads < 1.5 * small_reads, f"{small_reads:.1f} -> {large_reads:.1f} starts read per date, 4x page"

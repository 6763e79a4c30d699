"""A release heading reads only the expressions of the paragraph under it. Each heading-like line
(short, its day at its end) asked every expression of the page whether it stood in that paragraph:
a long list of holidays, one line a year, read lines times expressions. The expressions are now put
in text order once and each heading takes its paragraph's by bisection."""

from __future__ import annotations

from datetime import date

import calfeed.events.framing as framing
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

ROW = "Harvest Eve: Friday 2 October {y}; Lantern Night: Saturday 12 December {y}\n"


def test_each_heading_reads_only_its_paragraph(monkeypatch):
    read = [0]

    class Counted(list):
        def __iter__(self):
            for item in list.__iter__(self):
                read[0] += 1
                yield item

    real = framing.without_reported_headings
    seen = []

    def counted(text, chosen, timexes):
        seen.append(len(timexes))
        return real(text, chosen, Counted(timexes))

    monkeypatch.setattr(framing, "without_reported_headings", counted)
    text = "Town festivals by year\n" + "".join(ROW.format(y=y) for y in range(1990, 2050))
    process_document(parse_document(text.encode(), "festivals.txt"), Options(today=date(2027, 1, 4)))
    assert seen and seen[0] > 100
    assert read[0] <= 2 * sum(seen), f"{read[0]} expressions read for {sum(seen)} on the page"

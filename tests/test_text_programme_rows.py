"""A programme written one row a line (a clock, then its item) with description lines that end
with no full stop: each row is a sentence of its own, so a description's past participle does not
make the next row's clock (or its own row's) a past time on the document's day (R67 page 17's
shape; the texts here are made up)."""

from __future__ import annotations

from datetime import datetime

from calfeed.text import split_sentences
from events_helpers import page_events

PROGRAMME = """Programme: Saturday, 17th of June 2028
9:00 Act I: Greeting of the riders at the old gate
The riders gather by the gate and ride to the square. The crowd follows them.
11:15 Act II: Meeting of the Elders at the Square
The elders, from a stage (a wooden one) built in the market place, greet the town's mayor
14:45 Act III- The Main Show at the Hill Fort"""


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text).bounds]


def test_a_programme_row_parts_from_a_description_line_with_no_stop():
    """On the parent the row at 11:15, its description and the row at 14:45 were one sentence."""
    sentences = _sentences(PROGRAMME)
    assert "11:15 Act II: Meeting of the Elders at the Square" in sentences
    assert "14:45 Act III- The Main Show at the Hill Fort" in sentences


def test_every_row_under_the_heading_is_on_the_heading_s_day():
    """On the parent 'built' made the 11:15 row past, so both later rows fell on the document's day
    and gave entries there."""
    starts = {e.start for e in page_events(PROGRAMME, "2028-05-02")}
    assert {datetime(2028, 6, 17, 9, 0), datetime(2028, 6, 17, 11, 15), datetime(2028, 6, 17, 14, 45)} <= starts
    assert not any(isinstance(s, datetime) and s.date().isoformat() == "2028-05-02" for s in starts)


def test_a_wrapped_sentence_with_a_clock_opening_its_line_keeps_its_lines():
    wrapped = "The hall opens its doors at\n10:30 in the morning and closes them at noon."
    assert _sentences(wrapped) == [wrapped]

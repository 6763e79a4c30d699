"""The words before each date of an opening line (its "lead": a label such as "Published",
"Posted by admin", a news service's name) are read back from the date no further than a label
can reach, LEAD_WORDS words and one more, and the line's clocks are indexed once per line. A page
written on one line (a bulleted list flattened, a table's cells on one line) is one opening line
holding every date, and each date's lead was read from the line's start (reference date of a
one-line bullet page, 5 KB -> 20 KB: about 30% of a 20 KB build in _heading_date, ratio quadratic)."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events.vocabulary import word_list
from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import (LEAD_WORDS, NEWS_SERVICE_WORDS, STAMP_BY_WORDS, STAMP_SUBJECT_WORDS,
                                         _clocks_by_end, _label_after_sentence, _lead, infer_reference_date)
from test_timex_speed_guard import _assert_linear, _seconds, one_line

BULLET = "• {day} June 2028 Summer fair on the green "


def _infer(size: int) -> float:
    text = one_line(BULLET, size)
    found = tag(text, None)
    doc = Document(path="x.txt", text=text)
    return _seconds(lambda: infer_reference_date(doc, found, today=date(2028, 5, 1)))


def test_four_times_the_page_takes_about_four_times_as_long():
    _infer(500)             # warm up: the word tables load once
    _assert_linear(_infer(24_000) / max(_infer(6_000), 1e-3))


def test_no_reader_of_a_lead_asks_about_more_words_than_it_is_read_for():
    labels = word_list("heading_labels") | word_list("event_date_labels")
    assert max(len(label.split()) for label in labels) <= LEAD_WORDS
    assert NEWS_SERVICE_WORDS <= LEAD_WORDS
    assert STAMP_SUBJECT_WORDS + 1 + 1 + STAMP_BY_WORDS <= LEAD_WORDS     # "page last modified by jane doe"


LINES = [
    "Published: 14 October 2026",
    "Issued at 10:12 on Sunday 29 November 2026",
    "Posted on 3 March 2026 by Jane Doe",
    "Weekly Newsletter — Friday 6 March 2026",
    "The committee, which met after a long and windy evening in the hall of the old school, agreed "
    "on the plan. Last updated April 20, 2021",
    "Notes of the meeting of the parish council of the village of Little Hampden held on 3 March "
    "2026 at 7 pm and issued at 10:12 on Sunday 29 November 2026",
    "One two three four five six seven eight nine ten eleven twelve 4 May 2026, at 10:15 on 5 May 2026",
    "Summer fair on the green, with stalls and games and a band " * 12 + "posted at 10:12 on 3 May 2026",
    "Stalls and games. " * 30 + "Page last modified by Jane Doe 3 May 2026",
]


@pytest.mark.parametrize("line", LINES)
def test_a_lead_read_back_is_the_whole_lead_or_its_last_words(line: str):
    """The line's start is read when the lead is short; a longer one may be cut, but to more
    words than any label has."""
    found = sorted(tag(line, None), key=lambda t: t.start)
    clocks = _clocks_by_end(found)
    for timex in found:
        whole = _lead(line, 0, timex, clocks)
        read = _lead(line, 0, timex, clocks, most=LEAD_WORDS)
        assert read == whole or (len(whole.split()) > LEAD_WORDS
                                 and read == " ".join(whole.split()[-LEAD_WORDS - 1:]))
        after = _label_after_sentence(line, 0, timex)
        short = _label_after_sentence(line, 0, timex, most=LEAD_WORDS)
        assert short == after or (short == "" and len(after.split()) > LEAD_WORDS)

"""A clause holding many dates (a scrape that lost its line breaks and full stops) is read
near each date, so framing does not grow with the square or cube of the run's length."""

from __future__ import annotations

import random

from calfeed.events.vocabulary import find_phrase
from calfeed.events.words import MAX_CLAUSE, clause_of, free_words, words_in


def test_a_long_clause_is_cut_around_its_date():
    text = "The board meets " + "on 3 May at 12:00 and " * 300 + "then rests."
    offset = text.index("3 May", len(text) // 2)
    start, end = clause_of(text, (0, len(text)), offset)
    assert start <= offset < end
    assert end - start <= MAX_CLAUSE
    assert text[start - 1] == " " and text[end] == " "       # cut between words


def test_a_clause_of_prose_is_kept_whole():
    text = "The forum, which the council holds every spring, will meet on 3 May 2027 in the hall."
    assert clause_of(text, (0, len(text)), text.index("3 May")) == (0, len(text))


def _random_spans(seed: int, shortest: int):
    """A run of date-like words, then 50 random sets of spans over it (lengths from ``shortest``)."""
    pick = random.Random(seed)
    text = " ".join(pick.choice(["on", "3", "May", "at", "12:00", "the", "forum"]) for _ in range(400))
    words = words_in(text, 0, len(text))
    for _ in range(50):
        starts = [pick.randrange(0, len(text)) for _ in range(pick.randrange(0, 12))]
        yield words, [(a, a + pick.randrange(shortest, 40)) for a in starts]


def test_free_words_agrees_with_checking_every_span():
    for words, spans in _random_spans(5, 1):
        expected = [not any(s < w.end and w.start < e for s, e in spans) for w in words]
        assert free_words(words, spans) == expected


def test_find_phrase_finds_the_first_listed_phrase_at_the_first_place():
    lowered = "the plan will take effect and then take place".split()
    phrases = (("take", "place"), ("take", "effect"), ("plan",))
    assert find_phrase(lowered, phrases) == 1
    assert find_phrase(lowered[2:], phrases) == 1          # "take effect" before "take place"
    assert find_phrase(["nothing", "here"], phrases) is None


def test_start_free_agrees_with_checking_every_span():
    from calfeed.events.words import start_free
    for words, spans in _random_spans(11, 0):
        expected = [not any(s <= w.start < e for s, e in spans) for w in words]
        assert start_free(words, spans) == expected


def _framing_seconds(text: str) -> float:
    import gc
    import time
    from datetime import date

    from calfeed.model import Document
    from calfeed.pipeline import Options, process_document
    options = Options(reference_date=date(2026, 12, 1), today=date(2026, 12, 1))
    gc.collect()
    started = time.process_time()
    process_document(Document(path="line.txt", text=text), options)
    return time.process_time() - started


def test_a_line_of_dates_with_no_sentence_end_is_not_cubic():
    # "12/03/2027 12/03/2027 ...": one line, one stretch with no stop. Each date read the words of
    # the whole stretch against every date of it (cube of the length; 100 KB took hours); now a
    # stretch is read in pieces no longer than a sentence and the words are swept once against
    # the dates. The reads of the line itself still grow with its length (square), hence the margin:
    # six times the text (0.5 KB, 3 KB) took 57 times as long before, 17 times now.
    _framing_seconds("Meeting on 3 March 2027.")
    small = ("12/03/2027 " * 60)[:512]
    large = ("12/03/2027 " * 300)[:3072]
    ratio = _framing_seconds(large) / max(_framing_seconds(small), 1e-3)
    assert ratio < 40, f"{ratio:.1f}x the time for 6x the text"


def test_a_line_of_dated_sentences_grows_linearly():
    # "Meeting on 3 March 2027, 10:00. Meeting on ...": sentences end, the line does not. Each date
    # read its whole line, or every date of the page, to ask what holds for the line (is it a date
    # line, a listed label, a stamp, a described line; the sentence before): square in the line's
    # length (12 times the text, 4 KB and 48 KB, took 33 times as long). Now a line's answer is
    # read once and a line's dates are found by bisection: 15 times as long. Best of two runs.
    _framing_seconds("Meeting on 3 March 2027.")
    small = ("Meeting on 3 March 2027, 10:00. " * 128)[:4096]
    large = ("Meeting on 3 March 2027, 10:00. " * 1536)[:49152]
    ratio = (min(_framing_seconds(large) for _ in range(2))
             / max(min(_framing_seconds(small) for _ in range(2)), 1e-3))
    # 22.5x-22.8x measured at c43f991 and after session 27 alone, 25.5x in a full clean-clone run:
    # the bound stays under the 33x the square-growth code took.
    assert ratio < 30, f"{ratio:.1f}x the time for 12x the text"

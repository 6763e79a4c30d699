"""Which phrase a date belongs to is read from a bounded stretch of its sentence's words: the
checks for a phrase dated by its own date ("the summit of 13 December") and for an aside's date
find the words after a date by bisection and look a word up among the dates only when it is
none of a date list's words. Each phrase once checked every word of the sentence against every
date: on a page written on one line (each date's sentence up to the splitter's cap) nearest_phrase
over the dates of a 2,000-character sentence cost 31x reading its words once a date; now about
0.6x. Timed against words_in, so the bound does not depend on the machine."""

from __future__ import annotations

from datetime import date

from calfeed.events.naming import nearest_phrase
from calfeed.events.phrases import noun_phrases
from calfeed.events.words import words_in
from calfeed.timex import tag
from test_timex_speed_guard import _seconds

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
REFERENCE = date(2027, 3, 1)


def _nearest(text: str) -> list[str | None]:
    found = tag(text, REFERENCE)
    words = words_in(text, 0, len(text))
    blocked = [(t.start, t.end) for t in found]
    phrases = noun_phrases(words, blocked, text)
    chosen = [nearest_phrase(phrases, words, t, blocked) for t in found]
    return [None if p is None else text[words[p.first].start:words[p.last].end] for p in chosen]


def test_a_long_sentence_of_dates_costs_about_reading_its_words():
    text = "".join(f"Join our book sale on {1 + k % 28} {MONTHS[k % 12]} 2027, " for k in range(60))[:2000]
    found = tag(text, REFERENCE)
    words = words_in(text, 0, len(text))
    blocked = [(t.start, t.end) for t in found]
    phrases = noun_phrases(words, blocked, text)
    asked = _seconds(lambda: [nearest_phrase(phrases, words, t, blocked) for t in found])
    read = _seconds(lambda: [words_in(text, 0, len(text)) for _ in found])
    assert asked < 4 * read, f"{asked / read:.1f}x the time of reading the words once a date"


def test_a_phrase_dated_by_its_own_date_or_an_aside_still_gives_way():
    text = ("The press briefings ahead of the summit of 13 December will take place on 11 December.")
    assert _nearest(text)[-1] == "press briefings"
    text = "The meetings on the 3rd, 17th and 31st of May will be held in Room 4."
    assert _nearest(text)[-1] == "meetings"
    text = "Class 10 exams will commence on 17 February, with results expected by 15 July."
    assert _nearest(text) == ["Class 10 exams", None]

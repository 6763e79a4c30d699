"""Dates a page writes that are no calendar entry of their own: a year that starts a standing
change ("beginning this year, all attendees are welcome"), a year that titles a list of dates
("2024 Calendar with Full Details") and a weekday an ordinal makes the name of a monthly
occasion ("First Friday & First Saturday")."""

from __future__ import annotations

import re

from calfeed.events.phrases import NounPhrase
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word
from calfeed.model import Timex
from calfeed.text import line_end

ONSET_REACH = 3          # words between an onset lead and its year ("starting in the year 2027")
MAX_TITLE_WORDS = 10     # words of a line that titles a list ("2027 Regular Board Meeting Schedule")
_WORD = re.compile(r"[\w'’-]+")


def _year_wide(timex: Timex) -> bool:
    return timex.type == "DATE" and timex.span is not None and timex.span.granularity == "year"


def onset_year(text: str, timex: Timex) -> bool:
    """A year right after an onset lead (onset_leads: "beginning this year", "starting in 2027",
    "from this year on"): when a standing change starts, not a happening."""
    if not _year_wide(timex):
        return False
    line_start = text.rfind("\n", 0, timex.start) + 1
    before = [w.lower() for w in _WORD.findall(text[max(line_start, timex.start - 60):timex.start])]
    leads = [tuple(p.split()) for p in word_list("onset_leads")]
    for gap in range(0, ONSET_REACH + 1):
        head = before[:len(before) - gap] if gap else before
        between = before[len(before) - gap:] if gap else []
        if any(w not in word_list("onset_fillers") for w in between):
            break
        if any(tuple(head[-len(p):]) == p for p in leads if len(head) >= len(p)):
            return True
    return False


def list_title_year(text: str, timex: Timex) -> bool:
    """A year on a short line that names a list of dates (list_title_nouns: "2024 Calendar with
    Full Details", "2027 Board Meeting Schedule"): the list's title, not a year-long entry."""
    if not _year_wide(timex):
        return False
    start = text.rfind("\n", 0, timex.start) + 1
    line = text[start:line_end(text, timex.end)]
    words = [w.lower() for w in _WORD.findall(line)]
    return len(words) <= MAX_TITLE_WORDS and any(w in word_list("list_title_nouns") for w in words)


def ordinal_weekday(text: str, timex: Timex) -> bool:
    """A bare weekday right after a capitalised ordinal (occasion_ordinals: "First Friday",
    "Third Thursday"): the name of a monthly occasion, not the next such weekday."""
    if timex.type != "DATE" or not timex.text.isalpha():
        return False
    before = _WORD.findall(text[max(0, timex.start - 20):timex.start])
    return (bool(before) and text[timex.start - 1:timex.start].isspace() and before[-1][:1].isupper()
            and before[-1].lower() in word_list("occasion_ordinals"))


def trailing_deadline_word(words: list[Word], phrase: NounPhrase, date_start: int, date_end: int) -> bool:
    """A bare "deadline" written right after the date it labels, ending the clause ("submit the
    paper by 31st May, 2013 deadline"): it says the date is due, it names nothing; the act
    before the date names the entry. After an article the date is the noun's ("by the Tuesday
    deadline"), and the noun stays."""
    if not (phrase.first == phrase.head == phrase.last and words[phrase.head].lower in word_list("deadline_tail_words")):
        return False
    between = [w for w in words if date_end <= w.start < words[phrase.first].start]
    after = [w for w in words[phrase.last + 1:] if w.is_word]
    before = [w for w in words if w.end <= date_start and w.is_word]
    return (not after and all(not w.is_word for w in between) and len(before) > 0
            and before[-1].lower not in word_list("articles") and words[phrase.first].start >= date_end)

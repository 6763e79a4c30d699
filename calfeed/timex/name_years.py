"""Bare years that are part of a name: "the Securities Act of 1933", "Municipal Systems Act 32
of 2000", "Amendment Bill of 2017", "the Companies Act, 2013".

So is a year or year span after an office ("to be President 2018-19", "Secretary (2017-18)"):
the office's term. A year before a title holder ("the 2016 winners", "2017 champions") is a
season over: the text is of that year or later, whatever the clause's tense. Such a year says neither when a text was written nor when anything happens; the document's
date (:mod:`calfeed.timex.document_date`) and the framer (:mod:`calfeed.events.not_events`)
both ask here. Statute nouns come from ``statute_nouns.txt``.
"""

from __future__ import annotations

from functools import lru_cache

from calfeed.events.words import Word, first_words
from calfeed.model import Timex
from calfeed.timex.lexicon import load_list, load_words

HOLDER_REACH = 24     # characters read after a year for the holder noun ("runners-up", with a blank or two)


@lru_cache(maxsize=None)
def _statute_nouns() -> frozenset[str]:
    return frozenset(load_list("en", "statute_nouns"))


def cited_year(before: list[Word]) -> bool:
    """Whether a bare year right after ``before`` (the words of its sentence before it, marks
    included, as :func:`calfeed.events.words.words_in` gives them) ends a name cited with "of"
    or a comma: "<Statute> of YEAR", "<Statute> [No.] N of YEAR" (a law's number),
    "<Statute>, YEAR" or "<Statute> (YEAR", or right after it: "<Statute> YEAR" (Australian and
    British style, "the Local Government Act 1999")."""
    if not before:
        return False
    words = [w for w in before if w.is_word]
    if before[-1].is_word and _statute(before[-1]):
        return True       # "the Local Government Act 1999", "the Planning Regulations 2012": cited for decades
    if before[-1].text in (",", "(") and len(before) >= 2 and before[-2].is_word:
        return _statute(before[-2]) or _statute_of_name(before[:-1])   # "the Companies Act, 2013",
        # "the Local Planning Regulations (2012)", "the Constitution of Kenya, 2010"
    if not before[-1].is_word or before[-1].lower not in load_words("en", "statute_links") or len(words) < 2:
        return False
    index = len(words) - 2
    if words[index].is_number and index >= 1:           # "Act 32 of 2000", "Act No. 32 of 2000"
        index -= 1
        if words[index].lower in load_words("en", "statute_number_marks") and index >= 1:
            index -= 1
    return _statute(words[index])


MAX_NAMED_WORDS = 4    # "Constitution of the Republic of Kenya": the name after a statute's "of"
# The words (marks aside) :func:`cited_year` reads back from its year at most: a statute, "of" and
# a name of MAX_NAMED_WORDS ("Constitution of the Republic of Kenya, 2010").
CITED_WORDS = MAX_NAMED_WORDS + 2


def cited_reach(before: list[Word], end: int) -> int:
    """Where, in ``before[:end]``, the part :func:`cited_year` reads starts: at the CITED_WORDS-th
    word back from ``end`` (0 when fewer stand there). ``cited_year(before[cited_reach(before, end):end])``
    answers as ``cited_year(before[:end])`` does, so a reader that splits a sentence once can ask for
    each of its years without handing over, and cited_year walking, all the words before it."""
    k, seen = end, 0
    while k > 0 and seen < CITED_WORDS:
        k -= 1
        seen += before[k].is_word
    return k


def _statute_of_name(before: list[Word]) -> bool:
    """Whether ``before`` ends with "<Statute> of <Name>" ("Constitution of Kenya"): a law named
    for the country or body it is of, all capitalised but the "of" (statute_links.txt) and a "the"
    (statute_name_articles.txt)."""
    k, linked = len(before) - 1, False
    while k >= 0 and len(before) - 1 - k <= MAX_NAMED_WORDS and before[k].is_word:
        word = before[k]
        if word.lower in load_words("en", "statute_links"):
            linked = True
        elif linked and _statute(word):
            return True
        elif not word.is_capitalised and word.lower not in load_words("en", "statute_name_articles"):
            return False
        k -= 1
    return False


def office_term(before: list[Word]) -> bool:
    """Whether a year or year span right after ``before`` (the words of its sentence before it,
    marks included) is an office's term: right after a capitalised office word ("to be
    President 2018-19", "Captain 2027") or in brackets after one ("Secretary (2017-18)",
    "President Elect Designate (2019-20)")."""
    if before and before[-1].text == "(":
        before = before[:-1]
    return bool(before) and before[-1].is_word and before[-1].is_capitalised \
        and before[-1].lower in _office_words()


@lru_cache(maxsize=None)
def _office_words() -> frozenset[str]:
    return frozenset(load_list("en", "office_words"))


def _statute(word: Word) -> bool:
    return word.is_capitalised and word.lower in _statute_nouns()


# What stands before a sentence's or a line's first word.
_SENTENCE_OPENERS = frozenset(".!?\n\"“'‘(:•|-–—")


@lru_cache(maxsize=None)
def name_year_blockers(lang: str = "en") -> frozenset[str]:
    """Words after which a bare year bounds or targets a time rather than ending a name ("since 2001",
    "by 2030", "Vision 2030"): page_year_blockers, horizon_leads, edition_name_blockers."""
    return frozenset(w.lower() for name in ("page_year_blockers", "horizon_leads", "edition_name_blockers")
                     for w in load_list(lang, name))


def year_ends_name(text: str, start: int, before: list[Word], blockers: frozenset[str]) -> bool:
    """"... Prabasi Odia Conclave 2017 will be held": whether the year at ``start`` stands right after a
    capitalised word inside a sentence, ending an event's name with its edition. Not after a sentence's
    or a line's first word ("In 2017 the club ...") nor after one of ``blockers`` ("Since 2001"). The
    text before the word is read back over its blanks only (a page's prefix is never copied)."""
    words = [w for w in before if w.is_word]
    if not words or text[words[-1].end:start] != " ":
        return False
    name = words[-1]
    if not name.text[:1].isupper() or name.lower in blockers:
        return False
    at = name.start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at > 0 and text[at - 1] not in _SENTENCE_OPENERS


def held_title(text: str, timex: Timex) -> bool:
    """A bare year right before a noun of ``title_holder_nouns.txt`` ("the 2016 winners", "2017
    champions"): a season won and over, so the text is of that year or later, whatever the clause's
    tense ("will take on the 2016 winners")."""
    if not timex.bare_year:
        return False
    after = first_words(text, timex.end, min(len(text), timex.end + HOLDER_REACH), 1)
    return (bool(after) and not text[timex.end:after[0].start].strip()
            and after[0].lower in _holder_nouns())


@lru_cache(maxsize=None)
def _holder_nouns() -> frozenset[str]:
    return frozenset(load_list("en", "title_holder_nouns"))


"""A year is no day of a number of meetings: "Council approval of the schedule of regular 2025
Council meetings and workshops".

A year written before a plural event noun, as its qualifier, tells which year's set of
occasions the page is about (a schedule, a change of rules); the occasions themselves have their own days, written in rows or
rules elsewhere, or not at all. An entry spanning the whole year under "Council meetings" marks no
day a subscriber can attend and buries the days that do. So a candidate dated by a year alone, written
with no preposition before it (as vague_words.attributive_year reads "the 2021-2025 Council Plan"),
whose title ends with a plural event noun written in lower case gives no entry ("The craft
workshops run through 2027" keeps its year-long run); a name ("2028 Olympic
Games", "World Championships 2027") keeps its capital and its entry, and so does one occasion
("the 2026 conference": the year is when it happens, as near as the page tells).
"""

from __future__ import annotations

from calfeed.events.candidates import Candidate
from calfeed.events.vocabulary import plural_nouns, word_list
from calfeed.events.words import last_word, word_before


def without_year_collections(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the year-long candidates titled with a plural event noun (module doc)."""
    return [c for c in chosen if not year_collection(text, c)]


def year_collection(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` is dated by a year alone that qualifies a noun (no word of
    ``year_prepositions`` right before it: "regular 2025 Council meetings", where "run through
    2027" and "in 2024" make the year a time), with no rule, and its title ends with a
    lower-case plural event noun ("Council meetings")."""
    span = candidate.timex.span
    if candidate.timing.rrule is not None or span is None or span.granularity != "year":
        return False
    if word_before(text, candidate.timex.start, word_list("year_prepositions")):
        return False          # "The craft workshops run through 2027": the run's time, kept
    last = last_word(candidate.frame.title)
    if last is None or not last.islower():
        return False
    return (last,) in plural_nouns()

"""The last framing step for years: a target a page sets for a year ahead ("net zero by 2030").

Strategy pages, council decisions and pledges date their aims by the year: "made a commitment to
becoming a net zero carbon local authority by 2030", "the goal of net zero carbon emissions by the
city council by 2030", "a target of planting 1 million trees by the end of 2030". No day, no event
noun, no layout: every other framer leaves the year alone, and the page gave nothing. Yet a reader
who follows the aim plans round its last day, as round a deadline.

So after every other framer has run, each year ahead that no rule named gives a tentative deadline
on the year's last day (all-day, approximate, the year as its window) when
- "by" (``target_year_links``) stands right before it ("by 2030", "by the end of 2030"), and
- a word that sets a target (``target_governors``: "commitment", "goal", "plans", "towards" ...)
  stands before it in its clause (the sentence up to a ";" or ":"), or a "will"/"shall"
  (``target_pledge_modals``) whose subject is the page's own body: a first-person "we"
  (``target_pledge_subjects``) or a body's head noun (``announcing_bodies``: "the council will
  make its operations carbon neutral by 2030"). Any other subject's "will" is a forecast ("the
  population will grow to 10 million by 2040", "the share price will reach 200 dollars by 2030").
A governing word is needed because "by <year>" alone is as often history or a forecast ("had
doubled by 2010", "demand will double by 2040" is ruled out by the forecast words). The main
verb's tense does not veto: "In 2019 we made a commitment to ... by 2030" still sets the target;
a year at or before the page's date does ("pledged to halve emissions by 2020" on a 2024 page).
The title is the words after the last governing word (link words such as "to", "of" left off),
up to "by"; with none after it, the phrase the governing word ends ("a net-zero commitment").
Vetoes: a condition, maybe, habit or negation in the sentence, a forecast word
or a plan given up (``target_vetoes``), a title longer than TARGET_WORDS words, and a year an entry already
holds with a shared title word (one target told twice on the page gives one entry).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calfeed.events.candidates import Candidate, Frame
from calfeed.events.identity import normalise_title
from calfeed.events.timing import Timing
from calfeed.events.unclaimed_dates import Unframed
from calfeed.events.vocabulary import DAY_VETO_LISTS, merged_lists, word_list
from calfeed.events.words import Word, plural_stems, words_in
from calfeed.model import ReferenceDate, Timex

TARGET_NOTE = "a target a sentence sets for a year ahead (\"by <year>\"), given a tentative deadline on the year's last day"
TARGET_WORDS = 14        # a longer run between the governing word and "by" is a clause, not a target's name
_VETO_LISTS = DAY_VETO_LISTS + ("negations", "target_vetoes")
_CLAUSE_BREAKS = (";", ":")
_TITLE_EDGES = " -–—:;,.|*_•'\"()"


@dataclass(frozen=True)
class _Target:
    title: str
    year: int


def year_targets(text: str, unframed: list[Unframed], chosen: list[Candidate], reference: ReferenceDate,
                 dates: list[Timex]) -> list[Candidate]:
    """A tentative deadline on the last day of each unframed year ahead that a target word governs."""
    if reference.value is None:
        return []
    held: dict[int, list[set[str]]] = {}
    for cand in chosen:
        held.setdefault(_year_of(cand.timing.start), []).append(_title_words(cand.frame.title))
    found: list[Candidate] = []
    for item in unframed:
        timex = item.timex
        span = timex.interval
        if (timex.type != "DATE" or span is None or span.granularity != "year" or timex.end_interval is not None
                or not any(c.isdigit() for c in timex.text)):
            continue
        last = date(span.start.year, 12, 31)
        if last <= reference.value:
            continue
        target = _target(text, item, timex, dates)
        if target is None:
            continue
        own = _title_words(target.title)
        if any(own & other for other in held.get(target.year, [])):
            continue       # the page's one aim told again ("net zero by 2030" in its heading and its body)
        held.setdefault(target.year, []).append(own)
        first = date(target.year, 1, 1)
        timing = Timing(last, last, True, "approximate", (first, last),
                        notes=[f"date approximate: \"by {timex.text}\" is a target for the end of {target.year}"])
        frame = Frame(target.title, "deadline", (timex.start, -1), [TARGET_NOTE])
        found.append(Candidate(timex, frame, timing, None, item.sentence))
    return found


def _target(text: str, item: Unframed, timex: Timex, dates: list[Timex]) -> _Target | None:
    """The target the year ends, or None when no target word governs "by <year>"."""
    words = words_in(text, item.sentence[0], timex.start)
    if not words or words[-1].lower not in word_list("target_year_links"):
        return None
    by = len(words) - 1
    sentence = words_in(text, *item.sentence)
    if any(w.lower in merged_lists(_VETO_LISTS) for w in sentence):
        return None
    begin = max((k + 1 for k, w in enumerate(words[:by]) if w.text in _CLAUSE_BREAKS), default=0)
    governors = word_list("target_governors")
    gov = next((k for k in range(by - 1, begin - 1, -1)
                if words[k].lower in governors or _pledge(words, k, begin)), None)
    if gov is None:
        return None
    first = gov + 1
    for other in dates:      # "... by 2025, integrating it into ... by 2030": the second target starts after the first's year
        if (other is not timex and other.type == "DATE" and words[first:by] and words[first].start <= other.start
                and other.end <= words[by].start):
            first = next((k for k in range(first, by) if words[k].start >= other.end), by)
            if first >= by:
                return None
    while first < by and (words[first].lower in word_list("target_link_words") or not words[first].is_word):
        first += 1
    if first >= by:
        title = _ended_by(text, words, begin, gov)
    else:
        if by - first > TARGET_WORDS:
            return None
        title = _span(text, words[first], words[by - 1]).split(", ")[0].strip(_TITLE_EDGES)    # "close 30 percent of its locations, reducing ..."
    if not title:
        return None
    return _Target(title[:1].upper() + title[1:], timex.interval.start.year)


def _pledge(words: list[Word], k: int, begin: int) -> bool:
    """Whether ``words[k]`` is a "will"/"shall" of ``target_pledge_modals`` said by the page's own
    body: the word before it is a first-person subject (``target_pledge_subjects``) or a body's
    head noun (``announcing_bodies``, singular or plural), so the sentence commits, not forecasts."""
    if words[k].lower not in word_list("target_pledge_modals") or k - 1 < begin:
        return False
    subject = words[k - 1].lower
    bodies = word_list("announcing_bodies")
    return (subject in word_list("target_pledge_subjects") or subject in bodies
            or any(stem in bodies for stem in plural_stems(subject)))


def _ended_by(text: str, words: list[Word], begin: int, gov: int) -> str | None:
    """The phrase the governing word ends ("This includes a net-zero commitment" -> "net-zero
    commitment"): back from it to an article or the clause's start."""
    stops = word_list("articles") | word_list("target_link_words")
    k = gov
    while k - 1 >= begin and words[k - 1].is_word and words[k - 1].lower not in stops and gov - k < 4:
        k -= 1
    if k == gov:
        return None        # "the plan by 2030" with nothing to name it: no target's name
    return _span(text, words[k], words[gov])


def _span(text: str, first: Word, last: Word) -> str:
    return " ".join(text[first.start:last.end].split()).strip(_TITLE_EDGES)


def _title_words(title: str) -> set[str]:
    return set(normalise_title(title).split()) - word_list("articles") - word_list("bare_label_stops") - word_list("target_link_words")


def _year_of(start: date) -> int:
    return start.year

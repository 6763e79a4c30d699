"""A series written before the clause it times: "Every Monday, the club meets at 7pm", "Each
Tuesday there is a yoga class at 10am", "Every Sunday from May to September the garden is open
from 2pm to 5pm". The framer looks for the event's words before a date (or right after a date
that opens its clause with an event noun); here the subject, its verb and what is held all
come after the series and the stretch it runs within, so the clause after them is read as if
the series stood at its end: its subject and verb name the occasion ("Club meeting", "Garden
open"), and "there is a yoga class" names what is held ("Yoga class").
"""

from __future__ import annotations

from calfeed.events.candidates import Frame
from calfeed.events.naming import KnownPhrases, frame_clause
from calfeed.events.phrases import kind_of, noun_run, phrase_text
from calfeed.events.signals import read_signals
from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.events.words import Word
from calfeed.model import Timex

MAX_HELD_WORDS = 5      # words of what "there is" holds ("a beginners' yoga class")
FRONTED_NOTE = "a series written before its clause: the clause after it names what recurs"


def fronted_rest(words: list[Word], blocked: list[tuple[int, int]], series: Timex) -> int | None:
    """The index of the first word after ``series`` and the dates fronted with it, when only
    lead words stand before it in its clause ("On", "Usually every") and the clause goes on
    past a comma or straight into its subject; None when the series does not open the clause."""
    leads = word_list("series_line_leads") | word_list("fronted_date_leads")
    k = 0
    while k < len(words) and words[k].end <= series.start:
        if words[k].is_word and words[k].lower not in leads:
            return None
        k += 1
    if k >= len(words) or words[k].start >= series.end:
        return None
    while k < len(words) and words[k].start < series.end:
        k += 1
    period_leads = word_list("fronted_date_leads") | word_list("series_period_leads")
    while k < len(words):
        ahead = k + 1 if words[k].lower in period_leads else k
        span = next(((a, b) for a, b in blocked if ahead < len(words) and a <= words[ahead].start < b), None)
        if span is None:
            break
        k = ahead       # "Every Monday throughout April", "Every Sunday from May to September, 2-5pm"
        while k < len(words) and words[k].start < span[1]:
            k += 1
        if k < len(words) and words[k].text == "," and k + 1 < len(words) and any(
                a <= words[k + 1].start < b for a, b in blocked):
            k += 1      # "Every Sunday, 2-5pm, the garden ..."
    if k < len(words) and words[k].text == ",":
        k += 1
    return k if k < len(words) and words[k].is_word else None


def existential_title(words: list[Word], first: int, blocked: list[tuple[int, int]], text: str) -> str | None:
    """What "there is"/"there will be" says is held, from word ``first``: "there is a yoga
    class" -> "Yoga class"; None when the clause does not open so."""
    lowered = [w.lower for w in words[first:first + 4]]
    opener = next((o for o in phrase_list("existential_openers")
                   if tuple(lowered[:len(o)]) == o), None)
    if opener is None:
        return None
    start = first + len(opener)
    while start < len(words) and words[start].lower in word_list("articles"):
        start += 1
    if start >= len(words) or words[start].lower in word_list("negations"):
        return None       # "there is no class": nothing held
    last, _ = noun_run(words, start, blocked, _held_stops(), MAX_HELD_WORDS)
    return phrase_text(words, start, last, text) if last is not None else None


def _date_place(rest: list[Word], blocked: list[tuple[int, int]], end: int) -> int:
    """Where a date after the clause's verb would stand: before the joiners of its first clock or
    date ("meets at 7pm", "is open from 2pm"), else at the clause's end."""
    at = next((k for k, w in enumerate(rest) if any(a <= w.start < b for a, b in blocked)), None)
    if at is None:
        return end
    while at > 0 and rest[at - 1].lower in word_list("clock_joiners"):
        at -= 1
    return rest[at].start


def _held_stops() -> frozenset[str]:
    return word_list("place_prepositions") | word_list("phrase_breaks") | word_list("clock_joiners")


def fronted_frame(text: str, words: list[Word], blocked: list[tuple[int, int]], series: Timex,
                  clause: tuple[int, int], known: KnownPhrases, owner: str | None) -> Frame | None:
    """The frame of ``series`` when it opens its clause: what "there is" holds, else the
    clause after the fronted dates framed as if the series stood after its verb."""
    first = fronted_rest(words, blocked, series)
    if first is None:
        return None
    held = existential_title(words, first, blocked, text)
    if held is not None:
        return Frame(held, kind_of(held), (clause[0], first), [FRONTED_NOTE])
    rest = words[first:]
    at = _date_place(rest, blocked, clause[1])
    signals = read_signals(rest, (at, at), blocked, None)
    if signals.deadline is not None or signals.not_event is not None:
        return None       # "Every Monday, forms must be in by 5pm": a rule, no occasion
    frame = frame_clause(text, rest, blocked, None, signals, clause, known, owner, False, at, None)
    if frame is None or frame.kind == "deadline":
        return None
    frame.notes.append(FRONTED_NOTE)
    return frame

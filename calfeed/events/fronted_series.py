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
from calfeed.events.naming import KnownPhrases, frame_clause, past_sequence_opener
from calfeed.events.phrases import kind_of, noun_run, phrase_text
from calfeed.events.signals import read_signals
from calfeed.events.vocabulary import ending_tuple, phrase_at, phrase_list, word_list
from calfeed.events.words import Word
from calfeed.model import Timex

MAX_HELD_WORDS = 8      # words of what "there is" holds ("an excellent and long-running yoga and relaxation class")
UNDATED_STRETCH_WORDS = 3   # words of a stretch no date names ("during term time")
HOST_SUBJECT_WORDS = 3  # words of the subject before "hosts" ("the village hall")
FRONTED_NOTE = "a series written before its clause: the clause after it names what recurs"


def fronted_rest(words: list[Word], blocked: list[tuple[int, int]], series: Timex) -> int | None:
    """The index of the first word after ``series`` and the dates fronted with it, when only
    lead words stand before it in its clause ("On", "Usually every") and the clause goes on
    past a comma or straight into its subject; None when the series does not open the clause."""
    leads = word_list("series_line_leads") | word_list("fronted_date_leads")
    if "T" in series.value:
        leads |= word_list("clock_leads")     # "At 7pm each Thursday there is ..."
    k = past_sequence_opener(words)
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
    k = _past_undated_stretch(words, k)
    if k < len(words) and words[k].text == ",":
        k += 1
    k = _past_hedge(words, k)
    return k if k < len(words) and words[k].is_word else None


def _past_undated_stretch(words: list[Word], k: int) -> int:
    """The index after a stretch named in words alone that the series runs within ("during term
    time", "throughout the school holidays"), when a comma or "there is" closes it within
    UNDATED_STRETCH_WORDS words; ``k`` itself otherwise."""
    if k >= len(words) or words[k].lower not in word_list("undated_stretch_leads"):
        return k
    openers = phrase_list("existential_openers")
    for j in range(k + 1, min(len(words), k + 2 + UNDATED_STRETCH_WORDS)):
        if words[j].text == "," or any(tuple(w.lower for w in words[j:j + len(o)]) == o for o in openers):
            return j if j > k + 1 else k
        if not words[j].is_word:
            return k
    return k


def _past_hedge(words: list[Word], k: int) -> int:
    """The index after a hedge set off by commas before the clause (", as a rule, there is"),
    ``k`` itself when none stands there."""
    for hedge in phrase_list("habitual_hedges"):
        end = k + len(hedge)
        if (end < len(words) and tuple(w.lower for w in words[k:end]) == hedge and words[end].text == ","):
            return end + 1
    return k


def existential_title(words: list[Word], first: int, blocked: list[tuple[int, int]], text: str) -> str | None:
    """What "there is"/"there will be" says is held, from word ``first``: "there is a yoga
    class" -> "Yoga class"; None when the clause does not open so."""
    lowered = [w.lower for w in words[first:first + 4]]
    opener = phrase_at(lowered, 0, phrase_list("existential_openers"))
    if opener is None:
        return None
    return _held_title(words, first + len(opener), blocked, text)


def hosted_title(words: list[Word], first: int, blocked: list[tuple[int, int]], text: str) -> str | None:
    """What the clause's subject hosts, from word ``first``: "the hall hosts a satellite Post
    Office where ..." -> "Satellite Post Office"; None unless a short subject (HOST_SUBJECT_WORDS at
    most) then a hosting verb opens the clause."""
    verbs = word_list("hosting_verbs")
    at = next((k for k in range(first, min(len(words), first + HOST_SUBJECT_WORDS + 1))
               if words[k].lower in verbs), None)
    if at is None or at == first or not all(w.is_word for w in words[first:at]):
        return None
    return _held_title(words, at + 1, blocked, text)


def _held_title(words: list[Word], start: int, blocked: list[tuple[int, int]], text: str) -> str | None:
    """The noun phrase from word ``start`` naming what is held: its articles left out, two
    words joined by "and" kept ("an excellent and long-running yoga and relaxation class"), and a
    participle before its agent ("run by Lynne") cut off."""
    while start < len(words) and words[start].lower in word_list("articles"):
        start += 1
    if start >= len(words) or words[start].lower in word_list("negations"):
        return None       # "there is no class": nothing held
    last, stop = noun_run(words, start, blocked, _held_stops(), MAX_HELD_WORDS)
    while (last is not None and stop + 1 < len(words) and words[stop].lower in word_list("held_noun_joiners")
           and words[stop + 1].is_word and words[stop + 1].lower not in _held_stops()):
        more, further = noun_run(words, stop + 1, blocked, _held_stops(), MAX_HELD_WORDS - (stop + 1 - start))
        if more is None:
            break
        last, stop = more, further
    if last is not None and last > start and _agent_participle(words, last):
        last -= 1         # "a yoga class run by Lynne Brunt": who runs it, not its name
    return phrase_text(words, start, last, text) if last is not None else None


def _agent_participle(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is a participle its agent follows ("run by", "organised by")."""
    if k + 1 >= len(words) or words[k + 1].lower not in word_list("subject_agent_links"):
        return False
    word = words[k].lower
    return word in word_list("irregular_participles") or word.endswith(ending_tuple("participle_endings"))


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
    held = existential_title(words, first, blocked, text) or hosted_title(words, first, blocked, text)
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

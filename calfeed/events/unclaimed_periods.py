"""The last framing step for months: a step a body states it will take in a month ahead.

"City Council will have a Third Reading on the legislation in August", "The board will consider
the final budget in March 2027": policy and council news date their next steps by the month,
with no day, no event noun and no layout for another rule to name them. Read apart from the
sentence, "August" is only a month; read with it, it is when the subject acts, which a reader
plans round as a month-level entry.

So after every other framer has run, each month (or season, quarter, half-year) ahead that no
rule named gives a tentative approximate entry when its own clause is a plain statement of a
future act: a subject (a noun phrase, no pronoun), an announcing word (person_act_futures:
"will", "is expected to"), an act verb of ``period_act_verbs`` and its object, then "in" (or
``period_act_prepositions``) and the date, nothing else. The title is the object for a light
verb ("will have a Third Reading ..." -> "Third Reading on the legislation"), else the subject,
the verb's present form (its base form after a plural subject) and the object ("Board considers
the final budget", "Voters go to the polls"). The commonest light verbs ("have", "make", "take":
title "step" in the table) run through ordinary prose ("will take a cautious view", "will make
pancakes"), so their object names a step only when its head is an event noun, a word of
``period_act_steps`` ("a vote", "a final reading") or a capitalised name.

Vetoes: a condition, maybe, habit or negation in the sentence, a quoted sentence (a forecast;
scare quotes round a word or two are no quotation: plain_dates.quoted_speech), a past or perfect
tense on the date, a passive ("will be published in March": announced_acts reads those), an object running past PERIOD_OBJECT_WORDS words or over another date, and a month
an entry already holds with the same subject.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from calfeed.events.candidates import Candidate, Frame
from calfeed.events.identity import normalise_title
from calfeed.events.person_acts import future_before
from calfeed.events.phrases import clause_subject, label_kind, phrase_text
from calfeed.events.plain_dates import plain_period, quoted_speech
from calfeed.events.shared_place import day_of
from calfeed.events.stated_schedules import plural_subject
from calfeed.events.timing import timing_of
from calfeed.events.unclaimed_dates import Unframed
from calfeed.events.vocabulary import DAY_VETO_LISTS, event_nouns, merged_lists, table, word_list
from calfeed.events.words import Word, words_in, wraps_into
from calfeed.model import ReferenceDate

PERIOD_ACT_NOTE = "a step a sentence says its subject will take in a month ahead, given a tentative entry"
PERIOD_OBJECT_WORDS = 8     # "a Third Reading on the legislation": a longer run is a clause, not a named step
_VETO_LISTS = DAY_VETO_LISTS + ("negations",)
_BREAKS = (",", ";", ":", "(", ")", "—", "–", ".", "!", "?")


@lru_cache(maxsize=None)
def _acts() -> dict[str, tuple[str, str]]:
    """Each act verb's base form with its present form and its title column: "object" for a light
    verb (its object names it), "step" for a common light verb whose object must name a step."""
    return {row["verb"]: (row["present"], row["title"]) for row in table("period_act_verbs")}


def unclaimed_periods(text: str, unframed: list[Unframed], chosen: list[Candidate], reference: ReferenceDate,
                      spans: Callable[[tuple[int, int]], list[tuple[int, int]]]) -> list[Candidate]:
    """A tentative approximate candidate for each unframed period ahead whose clause states a
    subject's future act in it."""
    held = {(day_of(c.timing.start), w) for c in chosen for w in _title_words(c.frame.title)}
    found: list[Candidate] = []
    for item in unframed:
        timex = item.timex
        if timex.tense != "future" or not plain_period(timex, reference):
            continue
        sentence = text[item.sentence[0]:item.sentence[1]]
        if quoted_speech(sentence):
            continue
        named = _act(text, item, timex.start, spans(item.sentence))
        if named is None:
            continue
        title, anchor = named
        timing = timing_of(timex, reference, False)
        if timing is None:
            continue
        own = _title_words(title)
        if any((day_of(timing.start), w) in held for w in own):
            continue
        held |= {(day_of(timing.start), w) for w in own}
        frame = Frame(title, label_kind(title), (anchor, -1), [PERIOD_ACT_NOTE])
        timing = replace(timing, precision="approximate", notes=list(timing.notes))
        found.append(Candidate(timex, frame, timing, None, item.sentence))
    return found


def _act(text: str, item: Unframed, start: int, blocked: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The act's title and where its subject starts, or None when the clause is no plain statement."""
    words = words_in(text, *item.sentence)
    at = next((k for k, w in enumerate(words) if w.start >= start), None)
    inside = at is not None and _preposition_inside(words, at, item.timex.end)
    if inside:
        at += 1            # "early in 2015": the period's own words hold the preposition, after its modifier
    if at is None or at < 4 or not (inside or words[at - 1].lower in word_list("period_act_prepositions")):
        return None
    if any(w.lower in merged_lists(_VETO_LISTS) for w in words):
        return None
    lowered = [w.lower for w in words]
    verb = next((k for k in range(at - 2, 0, -1) if lowered[k] in _acts() and future_before(lowered, k) is not None), None)
    if verb is None or any(w.text in _BREAKS for w in words[verb:at]):
        return None
    future = future_before(lowered, verb)
    begin = max((k + 1 for k in range(future) if words[k].text in _BREAKS
                 or _hard_break(text, words[k].end, words[k + 1].start)), default=0)
    if any(w.text in _BREAKS for w in words[begin:future]):
        return None
    found = clause_subject(words[begin:future], [])
    if found is None or begin + found[1] != future - 1 or lowered[begin + found[0]] in word_list("pronouns"):
        return None        # the subject runs right up to "will": "it", "we" name nothing here
    first, last = begin + found[0], begin + found[1]
    obj = (verb + 1, at - 2)
    if obj[1] - obj[0] + 1 > PERIOD_OBJECT_WORDS or any(a <= w.start < b for w in words[first:at - 1] for a, b in blocked):
        return None        # "will consider on 3 May the budget for June": another date governs the act
    present, titled = _acts()[lowered[verb]]
    subject = phrase_text(words, first, last, text)
    if titled != "act":
        if obj[1] < obj[0] or (titled == "step" and not _names_step(words, obj[0], obj[1])):
            return None    # "will take a cautious view in January": no step of the body's
        return phrase_text(words, obj[0], obj[1], text), words[first].start
    form = lowered[verb] if plural_subject(words[first:last + 1]) else present
    tail = " " + " ".join(text[words[obj[0]].start:words[obj[1]].end].split()) if obj[1] >= obj[0] else ""
    return f"{subject} {form}{tail}", words[first].start


def _preposition_inside(words: list[Word], at: int, end: int) -> bool:
    """Whether the period's own words open with a modifier and a preposition of period_act_prepositions
    ("early in 2015", "later in the year"), so the word before it is the act's object."""
    return (at + 1 < len(words) and words[at + 1].end <= end and words[at].is_word
            and words[at + 1].lower in word_list("period_act_prepositions")
            and words[at - 1].lower not in word_list("period_act_prepositions"))


def _names_step(words: list[Word], first: int, last: int) -> bool:
    """Whether the object's head (its last word before a link or break: "a final reading of the
    bylaw" -> "reading") is an event noun, a step word or a capitalised name."""
    stops = word_list("phrase_breaks") | word_list("phrase_links")
    k = first
    while k <= last and words[k].lower in stops:
        k += 1
    head = None
    while k <= last and words[k].is_word and words[k].lower not in stops:
        head, k = k, k + 1
    if head is None:
        return False
    word = words[head]
    return word.is_capitalised or (word.lower,) in event_nouns() or word.lower in word_list("period_act_steps")


def _title_words(title: str) -> set[str]:
    return set(normalise_title(title).split()) - word_list("articles") - word_list("bare_label_stops")


def _hard_break(text: str, end: int, start: int) -> bool:
    """A line break between two words that does not wrap a sentence: a headline with no stop over
    the paragraph the splitter joins it to ("UK government announces new food strategy" / "The
    UK government will develop ..."), so the subject starts on the line below."""
    at = text.find("\n", end, start)
    return at >= 0 and not wraps_into(text, at + 1)

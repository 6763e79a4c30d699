"""A dated act told in the present or the future, with no event noun: "The Ministry takes its
turn for the 2018 Meet-The-Press on 24th July, 2018", "The mayor unveils the new statue on
3 December", "The choir will sing carols in the square on 12 December".

Such a sentence is how a press note or a newsletter tells its reader what happens on a day ahead,
yet it holds no event noun, label or layout for another rule to name the day by. Its subject, its
verb and the verb's object name it well enough ("Ministry takes its turn for the 2018
Meet-The-Press"), as stated_schedules names a subject that starts or closes.

Only the last step before a day is left unnamed: the day must be written with its number, ahead of
the page's date, in no past (plain_dates.plain_day). The verb (dated_act_verbs: acts that put
something on, not a body's publishing or presenting, which person_acts reads for named officials only)
follows the subject directly, in its present form ("takes") or its base form after an announcing
word ("will take", "is to take": person_act_futures). Vetoes: a pronoun or nothing for a subject
(what "it" names is not in the clause), a past or perfect auxiliary, a condition, maybe, habit or
negation anywhere in the clause, a comma between the act and its date (the day is another
clause's), and an object longer than a name (MAX_OBJECT_WORDS).
"""

from __future__ import annotations

from functools import lru_cache

from calfeed.events.candidates import Frame
from calfeed.events.person_acts import future_before, inside, verb_rows
from calfeed.events.phrases import fronted_end, phrase_text
from calfeed.events.vocabulary import DAY_VETO_LISTS, merged_lists, word_list
from calfeed.events.words import Word, plural_noun, start_free, words_in
from calfeed.model import Timex

PRESENT_ACT_NOTE = "a day ahead on which the sentence's subject does what its verb says (present or future tense)"
MAX_OBJECT_WORDS = 10     # "its turn for the 2018 Meet-The-Press"
MAX_SUBJECT_WORDS = 6     # "The Ministry of Lands and Forestry"
_VETO_LISTS = DAY_VETO_LISTS + ("negations", "perfect_auxiliaries", "schedule_past_auxiliaries")
_CUT = (",", ";", ":", "(", ")")


@lru_cache(maxsize=None)
def _verbs() -> tuple[dict[str, str], dict[str, str]]:
    """Base form -> present form, and present form -> base form, of every act verb, as the table's
    rows pair them; of two bases that share a present form, the first row's is the base."""
    by_base: dict[str, str] = {}
    by_present: dict[str, str] = {}
    for verb, row in verb_rows("dated_act_verbs").items():
        by_base[verb] = row["present"].lower()
        by_present.setdefault(by_base[verb], verb)
    return by_base, by_present


def present_act(text: str, clause: tuple[int, int], timex: Timex, blocked: list[tuple[int, int]]) -> Frame | None:
    """The frame of the act the clause dates at ``timex``, or None. ``blocked`` are the clause's
    date spans; the caller has checked that the day is a plain day ahead."""
    words = words_in(text, *clause)
    at = next((k for k, w in enumerate(words) if w.start >= timex.start), None)
    if at is None or at == 0:
        return None
    free = [w for w, ok in zip(words, start_free(words, blocked)) if ok]
    if any(w.lower in merged_lists(_VETO_LISTS) for w in free):
        return None        # "might take", "if the council holds", "has held", "does not hold"
    found = _verb(words, at)
    if found is None:
        return None
    verb, lead, present = found
    subject = _subject(words, lead, blocked)
    if subject is None:
        return None
    acted = _object(words, verb + 1, at, text, blocked)
    if acted is None:
        return None
    name = phrase_text(words, subject[0], subject[1], text)
    if plural_noun([w.text for w in words[subject[0]:subject[1] + 1]]):
        present = _verbs()[1].get(present, present)    # "The wardens will walk the site": "Wardens walk the site"
    title = f"{name} {present}" + (f" {acted}" if acted else "")
    return Frame(title, "event", (clause[0], verb), [PRESENT_ACT_NOTE])


def _verb(words: list[Word], at: int) -> tuple[int, int, str] | None:
    """The first act verb before the date: its index, the index its announcing words start at (the
    verb's own for a present form), and the present form the title uses."""
    bases, presents = _verbs()
    lowered = [w.lower for w in words]
    helpers = word_list("schedule_auxiliaries") | word_list("schedule_copulas") | word_list("modal_words")
    for k in range(1, at):
        if lowered[k] in presents:
            if k + 1 < len(words) and lowered[k + 1] in helpers:
                return None    # "Annual reports are due on ...": a plural noun, its own verb after it
            return k, k, lowered[k]
        if lowered[k] in bases:
            lead = future_before(lowered, k)
            if lead is not None and lead > 0:
                return k, lead, bases[lowered[k]]
    return None


def _subject(words: list[Word], lead: int, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words before the verb (or its announcing words) from the clause's start, when they are a
    short noun phrase: no pronoun, no break, no date, at most MAX_SUBJECT_WORDS words."""
    first = fronted_end(words)
    while first < lead and words[first].lower in word_list("articles"):
        first += 1
    span = words[first:lead]
    if (not span or len(span) > MAX_SUBJECT_WORDS or span[0].lower in word_list("pronouns")
            or any(not w.is_word or w.text in _CUT or inside(w, blocked) for w in span)
            or not any(w.text[:1].isalpha() for w in span)):
        return None
    return first, lead - 1


def _object(words: list[Word], first: int, at: int, text: str, blocked: list[tuple[int, int]] = ()) -> str | None:
    """The words between the verb and the date, a trailing preposition cut ("for the Meet-The-Press
    on"), and with it the days listed before this one ("sings on 14 and" before "15 March": the
    list's earlier day and its link); None when a break stands between them or they are too many
    for a name."""
    between = words[first:at]
    joins = word_list("listed_day_joins")
    if between and between[-1].lower in joins and len(between) > 1 and inside(between[-2], blocked):
        between = between[:-1]
        while between and inside(between[-1], blocked):
            between = between[:-1]      # "on 14 and" / "15 March": the title stops where the list starts
    if any(w.text in _CUT for w in between):
        return None
    links = word_list("act_date_prepositions") | word_list("articles")
    while between and (between[-1].lower in links or not between[-1].is_word):
        between = between[:-1]
    if len([w for w in between if w.is_word]) > MAX_OBJECT_WORDS:
        return None
    return " ".join(text[between[0].start:between[-1].end].split()) if between else ""

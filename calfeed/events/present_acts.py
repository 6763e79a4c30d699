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
word ("will take", "is to take": person_act_futures); after a plural noun the base form is the
present ("The Orvale Players stage a comedy on 14 March"). Vetoes: a pronoun or nothing for a subject
(what "it" names is not in the clause), a past or perfect auxiliary, a condition, maybe, habit or
negation anywhere in the clause, a comma between the act and its date (the day is another
clause's), and an object longer than a name (MAX_OBJECT_WORDS).

The same act told with its day fronted ("On 5 March, the choir performs in the town hall at 7.30pm",
"This Friday the club hosts ..."; after at most single_day_leads, "On", which name one day, not
"From", which starts a run) is named the same way from the clause after the day: the subject opens it
right after the day (its clocks, linked days and comma), the verb follows, and the object runs to the
next break, date, clock or joined clause (fronted_object_stops), its trailing link cut; an object too
long for a name keeps its words up to its first link ("works by ..."), or is left out. A day with
neither comma nor subject after it is the subject itself ("Friday 27 March marks the feast"): none.
A subject that holds a word opening a clause of its own (act_subject_breaks, a saying verb, "that":
"the council says the choir sings") is no noun phrase: none.
"""

from __future__ import annotations

from functools import lru_cache

from calfeed.events.candidates import Frame
from calfeed.events.person_acts import future_before, inside, verb_rows
from calfeed.events.phrases import fronted_end, phrase_text
from calfeed.events.vocabulary import DAY_VETO_LISTS, merged_lists, phrase_at, phrase_list, word_list
from calfeed.events.words import Word, plural_ending, plural_noun, start_free, words_in
from calfeed.model import Timex

PRESENT_ACT_NOTE = "a day ahead on which the sentence's subject does what its verb says (present or future tense)"
MAX_OBJECT_WORDS = 10     # "its turn for the 2018 Meet-The-Press"
MAX_SUBJECT_WORDS = 6     # "The Ministry of Lands and Forestry"
_VETO_LISTS = DAY_VETO_LISTS + ("negations", "perfect_auxiliaries", "schedule_past_auxiliaries")
_CUT = (",", ";", ":", "(", ")")
_MAX_LEAD_WORDS = 5       # announcing words and fillers between a subject and its verb ("is expected to also")


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
    if at is None:
        return None
    opens = _after_fronted_day(words, at, timex, blocked)
    if opens is None and at == 0:
        return None
    free = [w for w, ok in zip(words, start_free(words, blocked)) if ok]
    if any(w.lower in merged_lists(_VETO_LISTS) for w in free):
        return None        # "might take", "if the council holds", "has held", "does not hold"
    found = (_verb(words, 1, at) if opens is None
             else _verb(words, opens + 1, min(len(words), opens + MAX_SUBJECT_WORDS + _MAX_LEAD_WORDS + 1)))
    if found is None:
        return None
    verb, lead, present = found
    subject = _subject(words, lead, blocked, fronted_end(words) if opens is None else opens)
    if subject is None:
        return None
    acted = (_object(words, verb + 1, at, text, blocked) if opens is None
             else _fronted_object(words, verb + 1, text, blocked))
    if acted is None:
        return None
    name = phrase_text(words, subject[0], subject[1], text)
    if plural_noun([w.text for w in words[subject[0]:subject[1] + 1]]):
        present = _verbs()[1].get(present, present)    # "The wardens will walk the site": "Wardens walk the site"
    title = f"{name} {present}" + (f" {acted}" if acted else "")
    return Frame(title, "event", (clause[0], verb), [PRESENT_ACT_NOTE])


def _after_fronted_day(words: list[Word], at: int, timex: Timex, blocked: list[tuple[int, int]]) -> int | None:
    """The index of the first word after a day that opens the clause ("On 5 March, the choir ...",
    "This Friday the club ...", "On 5 March at 7.30pm, ..."), past the clocks and listed days that go
    with it and its comma; None when the day does not open the clause (only single_day_leads and
    listed days before it) or nothing follows."""
    joins = word_list("listed_day_joins") | word_list("act_date_prepositions")
    if any(w.is_word and not inside(w, blocked) and w.lower not in word_list("single_day_leads") | joins
           for w in words[:at]):
        return None
    if at > 0 and not any(w.lower in word_list("single_day_leads") for w in words[:at]):
        return None        # "Until 5 March", "From 5 March": a run, or no lead at all before a listed day
    k = next((j for j in range(at, len(words)) if words[j].start >= timex.end), len(words))
    while k < len(words):
        if inside(words[k], blocked):
            k += 1         # "On 5 and 12 March", "On 5 March at 7.30pm"
        elif (words[k].lower in joins or words[k].text == ",") and k + 1 < len(words) and inside(words[k + 1], blocked):
            k += 1
        else:
            break
    if k < len(words) and words[k].text == ",":
        k += 1
    elif k < len(words) and words[k].lower in _verbs()[1]:
        return None        # "Friday 27 March marks the feast ...": the day is the subject, no fronted phrase
    return k if k < len(words) else None


def _verb(words: list[Word], first: int, stop: int) -> tuple[int, int, str] | None:
    """The first act verb from ``first`` to before ``stop`` (the date, or the reach of a subject
    after a fronted day): its index, the index its announcing words start at (the verb's own for
    a present form), and the present form the title uses."""
    bases, presents = _verbs()
    lowered = [w.lower for w in words]
    helpers = word_list("schedule_auxiliaries") | word_list("schedule_copulas") | word_list("modal_words")
    for k in range(first, stop):
        if lowered[k] in presents:
            if k + 1 < len(words) and lowered[k + 1] in helpers:
                return None    # "Annual reports are due on ...": a plural noun, its own verb after it
            return k, k, lowered[k]
        if lowered[k] in bases:
            lead = future_before(lowered, k)
            if lead is not None and lead > first - 1:
                return k, lead, bases[lowered[k]]
            if lead is None and k > first and words[k - 1].is_word and plural_ending(lowered[k - 1]):
                return k, k, bases[lowered[k]]    # "The Orvale Players stage ...": a plural subject's present
    return None


def _subject(words: list[Word], lead: int, blocked: list[tuple[int, int]], first: int) -> tuple[int, int] | None:
    """The words before the verb (or its announcing words) from ``first`` (the clause's start, past a
    fronted clause or day), when they are a short noun phrase: no pronoun, no break, no date, no word
    that opens a clause of its own (a saying verb, "that", "which"), at most MAX_SUBJECT_WORDS words."""
    while first < lead and words[first].lower in word_list("articles"):
        first += 1
    span = words[first:lead]
    example = _examples_at(span)
    if example is not None:     # "Famous choirs like the Herons and the Larks will sing": the choirs
        span, lead = span[:example], first + example
    if (not span or len(span) > MAX_SUBJECT_WORDS or span[0].lower in word_list("pronouns")
            or any(not w.is_word or w.text in _CUT or inside(w, blocked) or w.lower in _clause_words() for w in span)
            or not any(w.text[:1].isalpha() for w in span)):
        return None
    return first, lead - 1


def _examples_at(span: list[Word]) -> int | None:
    """Where a list of examples of the subject's noun opens (subject_example_marks: "like", "such as",
    "including"), past its first word: the names after it stand for the noun, which alone is the
    subject; None when there is none."""
    marks = phrase_list("subject_example_marks")
    lowered = [w.lower for w in span]
    return next((k for k in range(1, len(span)) if phrase_at(lowered, k, marks) is not None), None)


@lru_cache(maxsize=None)
def _clause_words() -> frozenset[str]:
    """Words no subject holds: they open a clause of their own (act_subject_breaks, saying_verbs,
    complementizers)."""
    return word_list("act_subject_breaks") | word_list("saying_verbs") | word_list("complementizers")


def _fronted_object(words: list[Word], first: int, text: str, blocked: list[tuple[int, int]]) -> str:
    """The words after the verb of a clause whose day is fronted, up to the next break, date, clock,
    joined clause (fronted_object_stops) or later occasion (ahead_marks), a trailing link cut ("in the town hall at" before
    "7.30pm"); past MAX_OBJECT_WORDS, only the words before their first link ("works by ..." ->
    "works"), or none."""
    stops = word_list("fronted_object_stops")
    ahead = phrase_list("ahead_marks")
    lowered = [w.lower for w in words]
    end = first
    while (end < len(words) and words[end].text not in _CUT and lowered[end] not in stops
           and not inside(words[end], blocked) and phrase_at(lowered, end, ahead) is None):
        end += 1        # "in preparation for the summit": a later occasion, not this act's name
    between = _trimmed(words[first:end])
    if len([w for w in between if w.is_word]) > MAX_OBJECT_WORDS:
        links = word_list("act_date_prepositions")
        cut = next((j for j, w in enumerate(between) if j > 0 and w.lower in links), len(between))
        between = _trimmed(between[:cut]) if cut <= MAX_OBJECT_WORDS else []
    return " ".join(text[between[0].start:between[-1].end].split()) if between else ""


def _trimmed(between: list[Word]) -> list[Word]:
    """``between`` without its trailing links, articles and marks."""
    links = word_list("act_date_prepositions") | word_list("articles")
    while between and (between[-1].lower in links or not between[-1].is_word):
        between = between[:-1]
    return between


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
    between = _trimmed(between)
    if len([w for w in between if w.is_word]) > MAX_OBJECT_WORDS:
        return None
    return " ".join(text[between[0].start:between[-1].end].split()) if between else ""

"""A change an organisation announces by fronting the day it holds from: "From 1 January 2027 the
new rule applies to all landlords", "As of 1 April, fees rise to 40 euros", "With effect from
3 March, the office moves to Main Street".

Press releases and notices write the day first and the change after it, with no event noun and
no verb a schedule reader knows, so no other rule names the day. The change is the clause after
it: its subject and what the sentence says of it, up to the first break ("Fees rise to 40
euros"), is the milestone's title.

The day must open its sentence after an effective lead (effective_leads: "from", "as of", "with
effect from"; a connective may come first, "And effective 23 September") and be a plain day ahead
of the page's date (plain_dates.plain_day: written with its number, not told in the past).
Vetoes: a condition, hedge, habit or negation in the clause (DAY_VETO_LISTS), a past tense or a
time clause (effective_vetoes), a pronoun for a subject (what "it" or "you" stands for is not in
the clause), a clause too short to name anything, and a stretch written with its end whose
clause holds an event noun or a day off's (day_off_nouns: "From 3 May until 9, many will enjoy a
break for the Lantern Week holiday"): the holiday's days, which its name names, not a change from
a day on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.phrases import clause_subject
from calfeed.events.vocabulary import DAY_VETO_LISTS, ending_phrase, event_nouns, merged_lists, phrase_at, phrase_list, word_list
from calfeed.events.words import Word, first_words, words_in
from calfeed.model import Timex
from calfeed.timex.tense import past_form

MAX_TITLE_WORDS = 8      # words of the change kept for its title ("New rule applies to all landlords")
MIN_TITLE_WORDS = 2      # a subject and its verb at least
EFFECTIVE_NOTE = "a change the page says holds from a day it fronts: a milestone"
_BREAKS = (",", ";", ":", "(", ")", "—", "–", ".", "!", "?")
_DASHES = ("—", "–", "-")
_VETO_LISTS = DAY_VETO_LISTS + ("negations", "effective_vetoes")


@lru_cache(maxsize=None)
def _leads() -> tuple[tuple[str, ...], ...]:
    """The effective leads as word tuples, longest first."""
    return tuple(sorted((tuple(x.split()) for x in word_list("effective_leads")), key=len, reverse=True))


def _fronted(text: str, sentence: tuple[int, int], timex: Timex) -> bool:
    """Whether only an effective lead stands between the sentence's start and the day, after at
    most one connective that carries on from the sentence before (effective_lead_connectives:
    "And effective 23 September, ..."). Only two words more than the longest lead are read: every
    date of a long sentence asks, and the words up to a late date are no lead whatever they are."""
    longest = max((len(form) for form in _leads()), default=0)
    lead = [w.lower for w in first_words(text, sentence[0], timex.start, longest + 2)]
    if lead and lead[0] in word_list("effective_lead_connectives"):
        lead = lead[1:]
    return any(tuple(lead) == form for form in _leads())


def effective_change(text: str, sentence: tuple[int, int], timex: Timex, dates: list[Timex]) -> str | None:
    """The title of the change the sentence says holds from the day it fronts, else None.
    ``dates`` are the sentence's dates: another after the day ("From Monday 6 January, the
    reading room will open at 9am") tells standing hours from then, for the hours readers."""
    if not _fronted(text, sentence, timex) or any(d.start >= timex.end for d in dates):
        return None
    rest = words_in(text, timex.end, sentence[1])
    k = 0
    while k < len(rest) and rest[k].text == ",":
        k += 1
    if k == 0 and len(rest) > 1 and rest[0].text in _DASHES:
        k = 1       # "Effective from 1 March – Second fare change to 2.40": a heading's change after its dash
    clause: list[Word] = []
    for word in rest[k:]:
        if word.text in _BREAKS:
            break
        clause.append(word)
    vetoes = merged_lists(_VETO_LISTS)
    if any(w.lower in vetoes for w in clause) or any(w.text.endswith("n't") for w in clause):
        return None
    if timex.end_interval is not None and any((w.lower,) in event_nouns() or w.lower in word_list("day_off_nouns")
                                              for w in clause):
        return None         # "From 3 May until 9, many will enjoy a break for the Lantern Week holiday": a stretch
        # with its end, named by its event or day off; no change that holds from a day on
    able = _reader_ability(text, clause)
    if able is not None:
        return able         # "From 7 May, you will be able to view your marks online"
    subject = clause_subject(clause, [])
    if subject is None or clause[subject[0]].lower in word_list("pronouns") or subject[1] + 1 >= len(clause):
        return None
    copula = next((k for k in range(subject[0] + 1, len(clause)) if clause[k].lower in
                   word_list("schedule_copulas") | word_list("state_copulas")), len(clause))
    if _measured_state(clause, copula):
        return None         # "From 4 January the number of members is around 300": a state, no change
    first = subject[0]
    while first < subject[1] and clause[first].lower in word_list("articles"):
        first += 1          # "the new rule" -> "New rule"
    kept = clause[first:first + MAX_TITLE_WORDS]
    if len(kept) < MIN_TITLE_WORDS:
        return None
    end = first + len(kept)
    while end < len(clause) and clause[end].start == clause[end - 1].end:
        end += 1        # "from 7% to 8%": the cut keeps a figure whole with its sign
    title = " ".join(text[kept[0].start:clause[end - 1].end].split())
    return title[:1].upper() + title[1:]


def _reader_ability(text: str, clause: list[Word]) -> str | None:
    """What the reader may do from the day on, when the clause opens "you" and an ability lead
    (ability_leads: "you will be able to view your marks online"): the act, up to a word that
    tells how it is done (ability_act_stops), as the title ("View your marks"); else None. The
    reader is the subject, so no name of theirs is wanted."""
    lowered = [w.lower for w in clause]
    if not lowered or lowered[0] not in word_list("reader_words"):
        return None
    lead = phrase_at(lowered, 1, phrase_list("ability_leads"))
    if lead is None:
        return None
    act = clause[1 + len(lead):]
    stop = next((k for k, w in enumerate(act) if w.lower in word_list("ability_act_stops")), len(act))
    kept = act[:min(stop, MAX_TITLE_WORDS)]
    if len(kept) < MIN_TITLE_WORDS:
        return None
    title = " ".join(text[kept[0].start:kept[-1].end].split())
    return title[:1].upper() + title[1:]


def _measured_state(clause: list[Word], verb: int) -> bool:
    """A copula right after the subject and a number told as a measure: after a quantity word
    ("is around 300", state_quantity_marks) or a verb of state ("stands at 4,500", state_copulas).
    "From 1 January the fee is 40 euros" sets a new fee: a change, kept."""
    if verb >= len(clause):
        return False
    stated = clause[verb].lower in word_list("state_copulas")
    if not stated and clause[verb].lower not in word_list("schedule_copulas"):
        return False
    k = verb + 1
    if stated and k < len(clause) and clause[k].lower in word_list("effective_clock_links"):
        k += 1
    measured = stated
    while k < len(clause) and clause[k].lower in word_list("state_quantity_marks") | word_list("phrase_links"):
        measured = measured or clause[k].lower in word_list("state_quantity_marks")
        k += 1
    return measured and k < len(clause) and any(c.isdigit() for c in clause[k].text)


def fronted_noun_change(text: str, sentence: tuple[int, int], timex: Timex) -> str | None:
    """The title of a change a sentence opens with, its lead and day right after the noun phrase
    ("Changes from 15 March include a late bus to Kerrow"): the phrase (with a word of
    fronted_change_words) and what the rest of the clause says of it, at most MAX_TITLE_WORDS words
    ("Changes include a late bus to Kerrow"); else None. Only the few words before the day are
    read (a long sentence asks for each of its dates)."""
    opening = first_words(text, sentence[0], timex.start, HEADLINE_WORDS + 3)
    lowered = [w.lower for w in opening]
    form = ending_phrase(lowered, _leads(), leaving=1)
    if form is None or any(w.end > timex.start for w in opening) or len(opening) > HEADLINE_WORDS + len(form):
        return None
    named = opening[:-len(form)]
    while named and named[0].lower in word_list("articles"):
        named = named[1:]        # "The new timetable" -> "New timetable"
    if not named or not all(w.is_word for w in named) or not any(w.lower in word_list("fronted_change_words") for w in named):
        return None
    if text[named[0].start:named[-1].end].count("\n") or any(w.lower in merged_lists(_VETO_LISTS) for w in named):
        return None
    clause: list[Word] = []
    for word in words_in(text, timex.end, sentence[1]):
        if word.text in _BREAKS or len(named) + len(clause) >= MAX_TITLE_WORDS:
            break
        clause.append(word)
    if (not clause or not clause[0].text.islower() or past_form(clause[0].text)
            or clause[0].text in word_list("schedule_past_auxiliaries")):
        return None      # "Changes from 15 March included ...": told as over (a later past in the sentence,
        #                  "routes that previously ran", is another clause's, so the verb here decides)
    if any(w.lower in merged_lists(_VETO_LISTS) for w in clause):
        return None
    title = " ".join(text[named[0].start:named[-1].end].split() + text[clause[0].start:clause[-1].end].split())
    return title[:1].upper() + title[1:]


HEADLINE_WORDS = 6       # words of a headline before its lead ("New opening hours from 1 June")
# Only blanks and a heading's marks up to the line's end: read as far as they go, not to the end
# of a long line for each of its dates (a page on one line holds every date's line).
_LINE_REST = re.compile(r"[ \t*_#]*(?:\n|\Z)")


def headline_change(text: str, timex: Timex) -> str | None:
    """The title of a change a headline line dates with a trailing lead ("New opening hours from
    1 June", "Higher parking charges as of 3 March"): the words before the lead, when the day ends
    the line and they are a few words with no sentence mark; else None."""
    if _LINE_REST.match(text, timex.end) is None:
        return None     # the day does not end its line; asked before the line's start is looked for
    begin = text.rfind("\n", 0, timex.start) + 1
    words = [w for w in words_in(text, begin, timex.start) if w.text not in ("*", "#", "_")]
    lowered = [w.lower for w in words]
    form = ending_phrase(lowered, _leads(), leaving=1)
    if form is None:
        return None
    named = words[:-len(form)]
    if not MIN_TITLE_WORDS <= len(named) <= HEADLINE_WORDS or not all(w.is_word for w in named):
        return None
    if any(w.lower in merged_lists(_VETO_LISTS) for w in named):
        return None
    title = " ".join(text[named[0].start:named[-1].end].split())
    return title[:1].upper() + title[1:]

"""Which words name the event a date belongs to, and how they read as a title.

The nearest event phrase before the date (its verb's subject or object) names it, made
whole from the rest of the document ("the forum" after "the annual forum"); without one,
a verb does ("Voters will elect a new mayor": Election of a new mayor), or the deadline's
actor ("Media representatives must register by ...").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import islice, takewhile
from dataclasses import dataclass
from typing import TYPE_CHECKING

from calfeed.events.announced_acts import past_participle
from calfeed.events.apposed_anchors import apposed_anchor_words, complement_after, in_anchor
from calfeed.events.candidates import DateSpans, Frame
from calfeed.events.deadline_names import actor_text, act_after, is_actor, object_after, object_span, without_possessives
from calfeed.events.due_items import due_item
from calfeed.events.modified_heads import compound_head_end
from calfeed.events.closing_events import closed_with_event
from calfeed.events.mentions import (act_part_before, handling_before, is_call, is_window, launched, other_verb_between, part_before,
                                     verb_nominal)
from calfeed.events.named_bounds import bounds_series
from calfeed.events.named_events import HOSTED_REACH, hosted_names, marked_occasion
from calfeed.events.not_events import in_habit_frame, opened_by_condition, purpose_clause
from calfeed.events.obliged_items import obliged_subject
from calfeed.events.occasion_acts import act_at_occasion
from calfeed.events.occasions import dated_occasion, named_occasion
from calfeed.events.planned_acts import intended_act, planned_act
from calfeed.events.provisions import referenced_provisions
from calfeed.events.relative_clauses import relative_object
from calfeed.events.pro_acts import wished_act
from calfeed.events.furniture_titles import furniture_title
from calfeed.events.held_clauses import held_clause_phrase
from calfeed.events.launched_names import launched_name
from calfeed.events.fuller_mentions import fuller_mention
from calfeed.events.phrases import NounPhrase, building_name, clause_subject, month_words, fronted_end, noun_phrases, opened_by_head, phrase_stops, phrase_text
from calfeed.events.signals import BEFORE_GAP, Signals, after_noun_gap
from calfeed.events.slug_dates import name_start
from calfeed.events.stated_schedules import agreeing, plural_subject
from calfeed.events.vocabulary import Cue, VerbNominal, act_nominals, cues, ending_phrase, ending_tuple, event_nouns, find_phrase, find_phrase_past_hedges, milestone_verbs, milestone_verbs_by_first, part_ends, list_alternation, merged_lists, phrase_at, phrase_list, publisher_titles, singular_word, table, title_words, verb_nominals, without_idioms, word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import Word, clause_bounds, words_in
from calfeed.model import Timex

if TYPE_CHECKING:
    from calfeed.text import Sentences

MAX_DUE_WORDS = 8        # words of a subject naming what is due ("Applications to register to vote")
MILESTONE_GAP = 8     # words of a "to ..." phrase inside a milestone phrase ("apply to all new homes from")
LEAD_WORDS = 2           # words before a date that opens its clause ("On 3 May, the summit ...")
BEGIN_GAP = 3            # words from a phrase to its verb of starting ("Registration ... will begin onsite")
KnownPhrases = dict[str, tuple[list[int], list[str]]]
HOSTED = "\x00hosted"       # key in KnownPhrases: names a hosting verb takes ("is hosting Soberfest 2023")
WINDOWS = "\x00windows"     # key in KnownPhrases: phrases naming something that closes (consultation, call)


def nearest_phrase(phrases: list[NounPhrase], words: list[Word], timex: Timex,
                   blocked: list[tuple[int, int]] = ()) -> NounPhrase | None:
    """The phrase a date belongs to: the nearest one before it (subject or object of the
    verb that carries the date), else, when the date opens the clause, the nearest one after
    ("On 3 May, the summit ..."). A phrase with a date of its own right after it ("the summit
    of 13 December") is already dated: the verb's date goes to the nearest one that is not
    ("The press briefings ahead of the summit of 13 December ... will take place on 11 December")."""
    if timex.tense == "past" or _counted_back(timex):   # "Today the College met ... ahead of the upcoming European Council"
        phrases = [p for p in phrases if words[p.first].lower not in word_list("forward_modifiers")]
    if _counted_back(timex):      # "legislation during the next parliamentary sitting, ... its paper last month"
        phrases = [p for p in phrases if words[p.first].lower not in word_list("next_modifiers")]
    if _act_after_date(words, list(blocked), timex.start) is not None:
        return None       # "..., and on 9 March publish the register of voters for the election": the act's day
    anchor = apposed_anchor_words(words, timex)      # "6 May, the day after the vote": the vote is the 5th
    phrases = [p for p in phrases if not _glosses_other_date(words, p, blocked, timex) and not in_anchor(p, anchor)]
    before = [p for p in phrases if words[p.last].end <= timex.start]
    if anchor is not None and not before:
        predicate = complement_after(words, phrases, timex)
        if predicate is not None:    # "the day after the vote, 6 May, is a public holiday": what the day is
            return predicate
    modified = _modified_by(phrases, words, timex)
    if modified is not None:     # "the May 1st inquiry deadline for the August 1st full proposal deadline"
        return modified
    head = _label_head(before, words, timex)
    if head is not None:         # "Notification of acceptance to present at the conference: December 1"
        return head
    if before:
        before = [p for p in before if not _dated_before_aside(words, p, blocked, timex)]
        if not before:
            return None    # "exams will commence on 17 February, with results expected by 15 July": the aside's own
    if len(before) > 1 and any(building_name(words, p) for p in before):
        before = [p for p in before if not building_name(words, p)] or before
        # "The Book Fair opens at the Hall of Concerts from 12 March": the fair, not the hall's name
    if before:
        undated = [p for p in before if not _dated_by_own(words, p, blocked, timex)]
        return max(undated or before, key=lambda p: words[p.last].end)
    after = [p for p in phrases if words[p.first].start >= timex.end and not still_ahead(words, p)
             and not _dated_after(words, p, blocked, timex) and not _listed_part(words, p, timex)
             and not (timex.type == "SET" and bounds_series(words, p.first))]   # "... until the paper deadline"
    if not after:
        return None
    first = min(after, key=lambda p: words[p.first].start)
    k = first.last + 1 + (first.last + 1 < len(words) and words[first.last + 1].lower in word_list("anchor_date_links"))
    if timex.tense == "past" and k < len(words) and any(s <= words[k].start < e and s >= timex.end for s, e in blocked):
        return None       # "Today the College met ... ahead of the summit next week": the summit's is the later date
    if any(w.lower in word_list("relative_marks") for w in words if timex.end <= w.start < words[first.first].start):
        return None       # "today the Commission published a paper ..., which forms the basis of ... the summit discussions"
    if other_verb_between(words, timex.end, words[first.first].start):
        return None       # "X will meet on Friday to avert the walkout": the later phrase is another verb's
    if _act_verb_between(words, timex.end, words[first.first].start):
        return None       # "and on Jan. 7, 2019 publish official register of voters for the election": the act's day
    fronted = blocked if timex.type == "SET" else ()    # "Each month, on the second Thursday ..., we have a talk":
    opener = past_sequence_opener(words)     # "After that, at 11:15am, the workshop will begin": no lead words
    opens = (sum(1 for w in words[opener:] if w.end <= timex.start and w.is_word    # a series after a fronted date opens its clause
                 and not any(s <= w.start and w.end <= e for s, e in fronted)) <= LEAD_WORDS
             or fronted_clock_lead(words, timex))     # "Kicking off at 11.30am, Galway's parade marks ..."
    if not opens and any(w.text == "," for w in words if timex.end <= w.start < words[first.first].start):
        return None       # "publish its strategy in the autumn, after delays caused by the election"
    return first


def _listed_part(words: list[Word], phrase: NounPhrase, timex: Timex) -> bool:
    """The phrase is an item of a list after a colon that a verb of inclusion opens, after the
    date ("Starting 20 March, the garden will include four areas: Moon Fair, ..."): one part of
    what the clause's subject holds, not the occasion the date starts (part_list_verbs)."""
    verbs = word_list("part_list_verbs")
    seen_verb = False
    for word in words:
        if word.start < timex.end:
            continue
        if word.start >= words[phrase.first].start:
            return False
        if word.lower in verbs:
            seen_verb = True
        elif word.text == ":" and seen_verb:
            return True
    return False


def _glosses_other_date(words: list[Word], phrase: NounPhrase, blocked: list[tuple[int, int]] | tuple,
                        timex: Timex) -> bool:
    """The phrase is set apart by a dash or a bracket (``date_gloss_marks``) right after another
    date of the clause, which it glosses ("Monday (26) from 7 am, ... and Sunday (1) – polling day –
    from 6 am"): it names that day, not Monday."""
    k = phrase.first - 1
    if k >= 0 and words[k].lower in word_list("articles"):
        k -= 1            # "(the launch day)"
    if k < 1 or words[k].text not in word_list("date_gloss_marks"):
        return False
    own = next(((s, e) for s, e in blocked if s < words[k - 1].end <= e), None)
    if own is None or own[0] <= timex.start < own[1]:
        return False
    if words[phrase.last].end <= timex.start and not any(
            w.text in _GLOSS_CLOSERS or w.text == words[k].text
            for w in words[phrase.last + 1:] if w.start < timex.start):
        return False         # "March 3 (joint session with Council, 6:00 p.m.)": the aside's own clock
    inside = [w for w in words if own[0] <= w.start < own[1]]
    return not _holds_clock(inside)      # "from 10:00 to 13:00 (morning session)": a session, the session readers'


_GLOSS_CLOSERS = frozenset({")", "]"})


def _holds_clock(words: list[Word]) -> bool:
    """A figure with a clock's colon or dot and minutes ("10:00", "6.30"), or a clock word after it ("6 am")."""
    after = word_list("clock_after_figures")
    return any(w.text.isdigit() and (nxt.lower in after or nxt.text in ":." and k + 2 < len(words)
                                     and words[k + 2].text.isdigit())
               for k, (w, nxt) in enumerate(zip(words, words[1:])))


def _act_after_date(words: list[Word], blocked: list[tuple[int, int]], at: int) -> tuple[int, VerbNominal] | None:
    """The act verb right after the date at offset ``at`` (a comma between allowed): a date put
    before its verb is that act's ("INEC would on Jan. 2 publish notice of the polls, and on Jan. 7
    publish official register of voters"), whatever act verb the clause names first."""
    end = next((e for s, e in blocked if s <= at < e), None)
    if end is None:
        return None
    k = next((k for k, w in enumerate(words) if w.start >= end), None)
    if k is not None and words[k].text == ",":
        k += 1
    if k is None or k >= len(words) or words[k].lower not in act_nominals():
        return None       # the word after the date is no act verb: the rest of the clause is not scanned
    if words[k].lower in word_list("holding_verbs"):
        return None       # "will on 3 May launch a call for evidence": the verb holds the event its object names
    found = verb_nominal(words, blocked, k, acts=True)
    return found if found is not None and found[0] == k else None


def _act_verb_between(words: list[Word], start: int, end: int) -> bool:
    """A verb of verb_nominals in lower case, not one that holds an event (holding_verbs: "launch",
    "hold"), between a date and the phrase after it: the phrase is the act's object or inside it, and
    the date is the act's ("on Jan. 7 publish the register of voters for the election": the
    register's publication, not the election)."""
    acts, holding = verb_nominals(), word_list("holding_verbs")
    return any(start <= w.start and w.end <= end and w.is_word and w.text.islower() and w.lower in acts
               and w.lower not in holding for w in words)     # "will launch a call for evidence": the call


def fronted_clock_lead(words: list[Word], timex: Timex) -> bool:
    """Whether the words before the clock, from the clause's start, are only a fronted lead to it
    (fronted_clock_leads: "Kicking off at 12pm, this year's parade ..."): the clock opens the
    clause as a fronted date does, and the main clause's phrase is what starts then."""
    lead = tuple(w.lower for w in words if w.end <= timex.start and w.is_word)
    return bool(lead) and lead in phrase_list("fronted_clock_leads")


def past_sequence_opener(words: list[Word]) -> int:
    """The index after a sequence opener and its comma that opens the clause ("After that, at
    11:15am, the workshop will begin"), 0 when none does."""
    for opener in phrase_list("sequence_openers"):
        end = len(opener)
        if end < len(words) and tuple(w.lower for w in words[:end]) == opener and words[end].text == ",":
            return end + 1
    return 0


def _dated_before_aside(words: list[Word], phrase: NounPhrase, blocked: list[tuple[int, int]], timex: Timex) -> bool:
    """Another date stands between the phrase and the date, and a comma then an aside opener
    (aside_openers: "with") between that date and this one: "Class 10 exams will commence on 17
    February, with results expected by 15 July": the exams have their day; 15 July is the aside's."""
    stop = words[phrase.last].end
    others = [e for s, e in blocked if s >= stop and e <= timex.start]
    if not others:
        return False
    # the first two words after the latest of them (words run in text order: found by bisection, as
    # each phrase of a long one-line sentence asks and reading all its words for each made it square)
    after = words[bisect.bisect_left(words, max(others), key=lambda w: w.start):]
    gap = list(islice((w for w in after if w.end <= timex.start), 2))
    return len(gap) >= 2 and gap[0].text == "," and gap[1].lower in word_list("aside_openers")


def _label_head(before: list[NounPhrase], words: list[Word], timex: Timex) -> NounPhrase | None:
    """The first phrase of a label that a colon sets right before the date ("Notification of
    acceptance to present at the conference: December 1"): the label's head names the date,
    the later nouns only say what it is about. None when no colon leads the date."""
    ahead = [k for k, w in enumerate(words) if w.end <= timex.start and w.text not in LABEL_EMPHASIS]
    if not ahead or words[ahead[-1]].text != ":":
        return None
    colon = ahead[-1]
    opens = max((k for k in ahead[:-1] if words[k].text in LABEL_OPENERS), default=-1)
    inside = [p for p in before if opens < p.first and p.last < colon]
    return min(inside, key=lambda p: p.first) if len(inside) > 1 else None


LABEL_EMPHASIS = frozenset({"*", "**", "_", "__", "`"})
LABEL_OPENERS = frozenset({":", ";", ".", "!", "?", "•"})


def still_ahead(words: list[Word], phrase: NounPhrase) -> bool:
    """"... met today ahead of the annual conference": the phrase after an ahead mark is an event
    still to come, not the one an earlier date in its clause is for."""
    first = phrase.first
    while first > 0 and words[first - 1].lower in word_list("articles") | word_list("possessives"):
        first -= 1
    lowered = [w.lower for w in words[max(0, first - 5):first]]
    return ending_phrase(lowered, phrase_list("ahead_marks")) is not None


def _begins(words: list[Word], phrase: NounPhrase) -> bool:
    """A verb of starting right after the phrase ("Registration ... will begin onsite at"): the
    date is when it starts."""
    after = [w.lower for w in words[phrase.last + 1:phrase.last + 1 + BEGIN_GAP] if w.is_word]
    return any(w in word_list("begin_verbs") for w in after)


def _modified_by(phrases: list[NounPhrase], words: list[Word], timex: Timex) -> NounPhrase | None:
    """The phrase a date modifies between its article and its noun ("for the August 1st full
    proposal deadline"): that phrase's date, not the verb's of an earlier phrase."""
    lead = [w for w in words if w.end <= timex.start]
    if not lead or lead[-1].lower not in word_list("articles"):
        return None
    return next((p for p in phrases if words[p.first].start >= timex.end
                 and not any(timex.end <= w.start < words[p.first].start for w in words)), None)


def _counted_back(timex: Timex) -> bool:
    """A date counted back from the document's ("last month", "two weeks ago"): past, whatever
    the verb's tense."""
    return (timex.raw_value or "").startswith("REF-")


def joined_phrase(phrases: list[NounPhrase], words: list[Word], phrase: NounPhrase | None) -> NounPhrase | None:
    """The phrase with an event noun phrase "and" joins right before it, as one: "the official
    recount and declaration of duly elected members on Tuesday 2nd of June" is one entry named
    by both (with an article or a date between they stay apart: "the meeting and the reception")."""
    if phrase is None or phrase.first < 2 or words[phrase.first - 1].lower not in word_list("name_pair_joiners"):
        return phrase
    before = next((p for p in phrases if p.last == phrase.first - 2 and not p.plural), None)
    if before is None or phrase.plural:
        return phrase
    return NounPhrase(before.first, phrase.head, phrase.last, phrase.kind)


def _dated_after(words: list[Word], phrase: NounPhrase, blocked: list[tuple[int, int]] | tuple, timex: Timex) -> bool:
    """The phrase, after the date in question, is handed a later date of its own by a participle
    ("... after 1 August will be part of the Committee Meeting held in April 2026", "... go to the
    review meeting scheduled for 9 May"; dating_participles, then at most one preposition)."""
    k = phrase.last + 1
    if k >= len(words) or words[k].lower not in word_list("dating_participles"):
        return False
    k += 1
    if k < len(words) and words[k].is_word and not any(s <= words[k].start < e for s, e in blocked):
        k += 1        # "in", "for", "on"
    return k < len(words) and any(s <= words[k].start < e and s > timex.start for s, e in blocked)


def _dated_by_own(words: list[Word], phrase: NounPhrase, blocked: list[tuple[int, int]] | tuple, timex: Timex) -> bool:
    """The phrase is followed by a date of its own, joined by a link word ("the summit of 13
    December", not the name's years in "the Decade of Action 2011-2020"), and the date in
    question is not one more of a list of its dates ("meetings on the 3rd, 17th and 31st")."""
    k = phrase.last + 1
    if k + 1 >= len(words) or words[k].lower not in word_list("anchor_date_links"):
        return False
    own = next(((s, e) for s, e in blocked if s <= words[k + 1].start < e), None)
    if own is None or own[0] >= timex.start:
        return False
    listed = word_list("date_joiners") | word_list("anchor_date_links")
    between = takewhile(lambda w: w.end <= timex.start, words[bisect.bisect_left(words, own[1], key=lambda w: w.start):])
    # a word that is none of the list's, looked up among the dates only then (each word of a long
    # sentence checked against each of its dates, for each phrase, was its length cubed)
    return any(not (w.lower in listed or not w.is_word or w.text[:1].isdigit() or w.lower in word_list("articles"))
               and not any(s <= w.start < e for s, e in blocked)
               for w in between)      # ", 17th and the": more days of the same list


def frame_clause(text: str, words: list[Word], blocked: list[tuple[int, int]], phrase: NounPhrase | None,
           signals: Signals, clause: tuple[int, int], known: KnownPhrases,
           owner: str | None = None, coarse: bool = False, at: int = -1,
           referent: Referent | None = None, series: bool = False) -> Frame | None:
    """The title and kind of the date at ``at``; ``referent`` is the event the sentence before
    names, which a pronoun opening the clause stands for ("It will open at 10:00 on ..."). For a
    ``series`` a habit's adverb is the rule's own ("These programs are usually held ... on the third
    Sunday of the month"): it neither splits the event's verb nor denies the series, which framing
    keeps as the usual pattern; a venue's turn stays denied ("The shop usually closes on Mondays")."""
    wording = title_words()
    deadline = signals.deadline
    if phrase is not None:
        turn = _turn_before(words, at)
        if turn is not None and (any(words[phrase.last].end <= s and e <= words[turn[0]].start for s, e in blocked)
                                 or _second_verb(words, phrase, turn[0], blocked)):
            # "The call ... opens on 15 April and closes on 16 September": the second date is the close;
            # "The consultation will run for 12 weeks and closes at 11:59pm on ...": so is this one
            closing = turn[1] == "deadline"
            named = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
            if closing and _attended(words, phrase) and not _second_verb(words, phrase, turn[0], blocked):
                # "The first session ... will open at 10:00 on Monday, 4 December, and will close on Friday,
                # 8 December": a session's close is its last day, no deadline
                return Frame(named, phrase.kind, (clause[0], turn[0]), [_CLOSE_NOTE], closes=True)
            if closing and _venue_closes(words, phrase, (words[turn[0]].lower,)):
                return Frame(f"{named} {_turn_word(closing, phrase.plural)}", "event", (clause[0], turn[0]),
                             [_VENUE_CLOSE_NOTE])     # "The library will close on 23 December": a closure
            return Frame(f"{named} {_turn_word(closing, phrase.plural)}", "deadline" if closing else "event",
                         (clause[0], turn[0]), [f"deadline: \"{words[turn[0]].lower}\""] if closing else [])
        opened_for = _opens_for(words, phrase)
        if opened_for:        # "The fund opens for applications on 1 February": applications open
            named = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
            return Frame(f"{named} {_turn_word(False, phrase.plural)}", "event", (clause[0], phrase.head))
        if launched(words, phrase) is not None and signals.deadline is None:
            opened = without_possessives(phrase_text(words, phrase.first, phrase.last, text))
            return Frame(f"{opened} {wording['opens']}", "event", (clause[0], phrase.head))
        part = part_before(words, phrase)
        if part is not None:
            named = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
            return Frame(f"{part} {wording['of_the']} {lower_first(named)}", phrase.kind, (clause[0], phrase.head))
        part = act_part_before(words, phrase) if phrase.kind == "deadline" else None
        if part is not None:    # "Opening of abstract submission": submissions open; "Close of nominations": they close
            named = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
            closing = part_ends()[part] == "end"
            return Frame(f"{named} {_turn_word(closing, phrase.plural)}", "deadline" if closing else "event",
                         (clause[0], phrase.head), [f"deadline: \"{part.lower()} of\""] if closing else [])
        handling = handling_before(words, phrase) if phrase.kind == "deadline" else None
        if handling is not None:    # "Date for scrutiny of nominations": the organisers' step on them
            named = f"{handling[:1].upper()}{handling[1:]} {words[phrase.first - 1].text} {lower_first(phrase_text(words, phrase.first, phrase.last, text))}"
            return Frame(named, "event", (clause[0], phrase.head))
        last = _cue_end(words, phrase.last, signals, phrase.kind, is_window(words, phrase))
        if last > phrase.last and _attended(words, phrase) and _closed_later(words, at, blocked):
            last = phrase.last       # "will open at 10:00 on Monday ... and will close on Friday": the session itself
        title = (_aside_subject(words, phrase, blocked, text) or launched_name(words, phrase, text)
                 or _fuller_title(words, phrase, phrase.last, text, blocked, known, owner))
        head_end = compound_head_end(words, phrase, blocked) if last == phrase.last else None
        if head_end is not None:     # "The Island Championship preliminary game Tarnia-Vellmark will ...": that game
            title = phrase_text(words, phrase.first, head_end, text)
        act = act_at_occasion(words, phrase, blocked, text) if deadline is None else None
        if act is not None:          # "Prize winners will be named at the gallery launch on ...": what is done there
            title = f"{act} {lower_first(title) if words[phrase.first].text[:1].islower() else title}"
        if last > phrase.last:       # "This consultation opens": the name as the document gives it, then the cue
            title += " " + _cue_as_title(words, phrase, last, text)
        kind = phrase.kind
        notes = []
        ended_window = (deadline is not None and deadline.place == "after_noun" and last > phrase.last
                        and is_window(words, phrase))     # "The consultation ends on 2 May": it closes then
        if deadline is not None and (deadline.strong or kind == "deadline" or ended_window):
            if kind != "deadline" and last == phrase.last:
                subject = clause_subject(words, blocked)
                covers = subject is not None and subject[0] <= phrase.first and phrase.last <= subject[1]
                named = (phrase_text(words, *subject, text) if covers
                         else (_due_subject(words, subject, text) or _subject_for(words, subject, phrase, text)))
                obliged = _obliged_act(words, phrase, at, blocked, text) if named is None else None
                if named is None and obliged is None and subject is not None and _someone(words, subject) \
                        and _timed_against(words, phrase):     # "Written comments must reach the clerk ... before the hearing"
                    named = phrase_text(words, *subject, text)
                required = required_act(words, _cue_start(words, deadline, at), text)
                title = (f"{wording['deadline_for']} {required[1]} {wording['to']} {required[2]}" if required
                         else obliged or f"{wording['deadline_for']} {lower_first(named or title)}")
            if signals.opening is not None and deadline.place == "before":
                # "Registration is open until 20 May": the date is when it closes
                opened = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
                title = f"{opened} {wording['closes']}"
            kind = "deadline"
            notes.append(f"deadline: \"{' '.join(deadline.words)}\"")
            if last > phrase.last and _venue_closes(words, phrase, deadline.words):
                kind = "event"     # "The library will close on 23 December": a closure, nobody's deadline
                notes = [_VENUE_CLOSE_NOTE]
        elif (deadline is not None and deadline.place == "before" and last == phrase.last
              and is_window(words, phrase)):
            opened = _fuller_title(words, phrase, phrase.last, text, blocked, known, owner)
            title = f"{opened} {_turn_word(True, phrase.plural)}"
            kind = "deadline"        # "The consultation runs until 3 March": it closes then
            notes.append(f"deadline: \"{' '.join(deadline.words)}\" after something open for a while")
        elif signals.opening is not None and (kind == "deadline" or (last > phrase.last and is_window(words, phrase))):
            kind = "event"           # "Registration opens", "The consultation opens": its start, no deadline
            if last == phrase.last and signals.opening.place == "before":
                title += " " + _turn_word(False, phrase.plural)     # "Applications for projects ... are open as of" 
        elif kind == "deadline" and deadline is None and _scheduled(words, phrase, at):
            kind = "milestone"     # "Submission of the new local plan is scheduled for the end of March": a plan's step
        elif kind == "deadline" and deadline is None and (_begins(words, phrase) or opened_by_head(words, phrase)):
            kind = "event"           # "Registration for the conference will begin onsite at 1:30 p.m.": no deadline
            # ("Commencement of Registration: Tuesday 21 November": its first day, likewise)
        elif kind == "deadline" and is_call(words, phrase):
            kind = "milestone"     # "A call for abstracts will follow next week": it is published, nothing is due
        gloss = next((c for c in (signals.opening, signals.deadline) if c is not None and c.place == "gloss"), None)
        if gloss is not None and last == phrase.last and not title.startswith(wording["deadline_for"]):
            title += " " + _turn_word(kind == "deadline", phrase.plural)    # "Registration: 1 February (opens)"
        return Frame(title, kind, (clause[0], phrase.head), notes)

    nominal = (_act_after_date(words, blocked, at)      # "..., and on Jan. 7, 2019 publish official register of voters"
               or verb_nominal(words, blocked, fronted_end(words, at), acts=True))   # "Once registered, the credentials ... by"
    if nominal is not None and nominal[1].kind == "milestone" and nominal[1].after \
            and not _act_reaches(words, nominal, at, blocked):
        nominal = None     # "Since the fair runs from 2 May, we hurried to publish the map": not its date
    subject = _named_subject(words, clause_subject(words, blocked))
    if deadline is not None:
        subject = _relative_subject(words, blocked, at) or subject    # "... on Feb. 20 after which payments must be made by"
    if subject is None and nominal is not None:     # "In March the committee will meet on the 9th"
        subject = _named_subject(words, clause_subject(words, blocked, past_date=True))
    subject_text = phrase_text(words, *subject, text) if subject else None
    lowered_before = [w.lower for w in words if w.end <= at]
    asked = find_phrase(lowered_before, phrase_list("request_cues"))
    planned = (planned_act(words, blocked, text, at) if deadline is None or not deadline.strong
               or set(deadline.words) <= word_list("plan_schedule_words") else None)
    if planned is None and deadline is None:    # "The Council intends to adopt the new Plan in December 2017"
        planned = intended_act(words, blocked, text, at)
    if planned is not None:    # "Plans to establish leadership structures ... are now scheduled for Summer 2026"
        return Frame(planned[0], "milestone", (clause[0], planned[1]), ["an act a plan dates: a milestone of the plan"])
    if deadline is not None and not deadline.strong and _milestone_verb(words) is not None:
        deadline = None    # "the cuts would come into effect by 1 June 2025": when it happens, nobody's deadline
    awaited = awaited_output(words, _cue_start(words, deadline, at), text) \
        if deadline is not None and not deadline.strong else None
    if awaited is not None:    # "..., with results expected by July 15": when the outcome comes, nobody's deadline
        return Frame(awaited[0], "milestone", (clause[0], awaited[1]),
                     [f"\"{' '.join(deadline.words)}\" dates an outcome the page awaits: a milestone"])
    if (deadline is not None and not deadline.strong and coarse and asked is None
            and _announced_act(words, nominal, subject, blocked, text) is None):
        return None        # "cut emissions by 2015" is a target; "are invited to submit ... by mid-March" is not
    if deadline is not None:
        note = [f"deadline: \"{' '.join(deadline.words)}\""]
        if asked is not None and coarse and not deadline.strong:
            request = next(r for r in phrase_list("request_cues") if tuple(lowered_before[asked:asked + len(r)]) == r)
            note = [f"deadline: \"{' '.join(request)} ... {' '.join(deadline.words)}\" (asked to act by a vague date)"]
        named = _cue_named(subject_text, deadline) if subject_text and _someone(words, subject) else None
        if named is not None:   # "the final day for parcels to reach the depot is this Monday": its own name
            return Frame(named, "deadline", (clause[0], subject[1]), note)
        actor = is_actor(words, subject)
        announced = _announced_act(words, nominal, subject, blocked, text)
        if announced is not None:    # "The agency will complete the review by mid-2027": its milestone, no one's deadline
            return Frame(announced, "milestone", (clause[0], nominal[0]),
                         [f"\"{' '.join(deadline.words)}\" dates what a body says it will do: a milestone"])
        if nominal is not None and nominal[1].kind == "milestone":
            nominal = None     # "You will complete the form by 3 March": the reader's act, named as such below
        if nominal is not None and nominal[1].style == "of_subject":
            index, verb = nominal
            noun = verb.noun[:1].upper() + verb.noun[1:]
            acted_on = object_after(words, index, verb, blocked, text, phrase_stops())
            if acted_on:
                return Frame(f"{noun} {acted_on}", "deadline", (clause[0], index), note)
            if actor and _someone(words, subject):
                # "Media representatives must register": who registers names it ("You must register": no one)
                who = lower_first(actor_text(words, subject, text, phrase_stops()))
                return Frame(f"{noun} {wording['for']} {who}", "deadline", (clause[0], index), note)
            infinitive = index > 0 and words[index - 1].lower in word_list("infinitive_marks")
            if subject_text and not infinitive and _someone(words, subject):
                return Frame(f"{noun} {wording['of']} {lower_first(subject_text)}", "deadline",
                             (clause[0], index), note)
            obliged = obliged_subject(text, clause[0])
            if obliged is not None:   # "a full paper must:" / "- be submitted before 3 June 2012."
                return Frame(f"{noun} {wording['of']} {lower_first(obliged)}", "deadline", (clause[0], index), note)
            described = relative_object(words, index, text)
            if described is not None:     # "proxy and postal votes, which must be submitted ... by Friday"
                return Frame(f"{noun} {wording['of']} {lower_first(described)}", "deadline", (clause[0], index), note)
            return Frame(noun, "deadline", (clause[0], index), note)
        act = act_after(words, subject[1], _cue_start(words, deadline, at), text) if actor else None
        wished = wished_act(words, subject[0], _cue_start(words, deadline, at), text) if subject is not None else None
        required = required_act(words, _cue_start(words, deadline, at), text)
        if required is not None:   # "most colleges require students to accept their offer by 1 May"
            return Frame(f"{wording['deadline_for']} {required[1]} {wording['to']} {required[2]}", "deadline",
                         (clause[0], required[0]), note)
        if wished is not None:     # "Candidates wishing to withdraw their nomination may do so until ..."
            who = wished.wisher(words, subject[0], text)
            return Frame(f"{wording['deadline_for']} {lower_first(who)} {wording['to']} {wished.act}" if who
                         else f"{wording['deadline_to']} {wished.act}", "deadline", (clause[0], subject[1]), note)
        if act is not None:
            window = _window_before(known, clause[0]) if act[0] in word_list("response_verbs") else None
            if window is not None:
                return Frame(f"{without_possessives(window)} {wording['closes']}", "deadline",
                             (clause[0], subject[1]), note)
            who = lower_first(actor_text(words, subject, text, phrase_stops()))
            return Frame(f"{wording['deadline_for']} {who} {wording['to']} {act[1]}", "deadline",
                         (clause[0], subject[1]), note)
        polite = polite_act(words, _cue_start(words, deadline, at), text)
        if polite is not None:     # "Please provide all completed Nomination Forms to the Secretary by ..."
            return Frame(f"{wording['deadline_to']} {polite[1]}", "deadline", (clause[0], polite[0]), note)
        if (subject_text and _someone(words, subject) and not deadline.strong
                and _handed_out(words, subject, _cue_start(words, deadline, at))):
            return Frame(subject_text, "milestone", (clause[0], subject[1]),
                         [f"\"{' '.join(deadline.words)}\" dates what the organiser hands out: a milestone, "
                          "not the reader's deadline"])
        due = due_item(words, _cue_start(words, deadline, at), subject, text)
        if due is not None:        # "The leaflet leaves out quarterly rent payments due on 31 March"
            return Frame(due, "deadline", (clause[0], subject[1]), note)
        if subject_text and _someone(words, subject):
            fuller = fuller_mention(text, words, subject)     # "The drive ..." after "the permit renewal drive"
            return Frame(f"{wording['deadline_for']} {lower_first(fuller or subject_text)}", "deadline",
                         (clause[0], subject[1]), note)
        return None        # "We hope to have an agreement before Easter": no one to name it after
    wished = wished_act(words, subject[0], at, text) if subject is not None else None
    if wished is not None and wished.filed and words[wished.modal].lower in word_list("allowing_modals"):
        # "Candidates wanting to withdraw their nomination may do so on the 21st of May at 12 midday"
        who = wished.wisher(words, subject[0], text)
        if wished.opening:     # "Students wishing to appeal can do so from 14 September": when it opens
            return Frame(f"{wording['opening_for']} {lower_first(who)} {wording['to']} {wished.act}" if who
                         else f"{wording['opening_for']} {wished.act}", "event", (clause[0], subject[1]),
                         [f"\"{words[wished.modal].lower} do so from\": the first day the act may be done, no deadline"])
        return Frame(f"{wording['deadline_for']} {lower_first(who)} {wording['to']} {wished.act}" if who
                     else f"{wording['deadline_to']} {wished.act}", "deadline", (clause[0], subject[1]),
                     [f"deadline: \"{words[wished.modal].lower} do so\" on the one day given"])
    milestone = _milestone_verb(words)
    if (milestone is not None and nominal is not None and nominal[0] < milestone[0]
            and words[milestone[0]].end <= at):
        nominal = None     # "The office is closed for Christmas, reopening on 5 January": the day is the reopening's
    if nominal is not None and _joined_clause_verb(words, blocked, nominal[0], at):
        nominal = None     # "The pool reopens on 4 January ..., and will be closed on 20 March": the closure is 20 March's
    if (nominal is not None and words[nominal[0]].start > at and nominal[0] > 1
            and any(w.lower in word_list("schedule_time_clauses") for w in words[nominal[0] - 2:nominal[0]])):
        nominal = None     # "will be open on Monday after being closed over the weekend": the closure is before it
    if (nominal is not None and nominal[1].style == "subject" and subject_text and subject[1] < nominal[0]
            and _someone(words, subject)):      # "He met ...": no one to name it after
        reported = (_reported_subject(words, subject, nominal[0], blocked)
                    or _linked_subject(words, subject, nominal[0], blocked))
        if reported is not None:     # "Ms Reyes said the wardens will gather on Monday": the wardens'
            return Frame(f"{phrase_text(words, *reported, text)} {nominal[1].noun}", nominal[1].kind,
                         (clause[0], nominal[0]))
        place = _fronted_place(words, subject[0], blocked, text) if nominal[1].noun in word_list("closing_words") else None
        if place is not None and place.lower() not in subject_text.lower():
            # "In Mirpurkhas, schools ... will remain closed": which district's schools is the closure's name
            return Frame(f"{subject_text} {nominal[1].noun} {wording['in']} {place}", nominal[1].kind,
                         (clause[0], nominal[0]))
        return Frame(f"{subject_text} {nominal[1].noun}", nominal[1].kind, (clause[0], nominal[0]))
    if (nominal is not None and nominal[1].style == "subject" and nominal[1].kind == "event"
            and subject is not None and subject[1] < nominal[0] and _publisher(words, subject)):
        noun = nominal[1].noun           # "We are closed from 24 December": the page's own venue's closure
        return Frame(noun[:1].upper() + noun[1:], nominal[1].kind, (clause[0], nominal[0]), [_PUBLISHER_NOTE])
    if nominal is not None and nominal[1].kind == "milestone" and opened_by_condition(words, nominal[0]):
        return None        # "If funding is approved, the council will launch the scheme in May": it may not happen
    if nominal is not None and nominal[1].kind == "milestone" and in_habit_frame(words, nominal[0]):
        return None        # "it's a tradition for the maker to launch new models in May": a habit, no dated step
    if nominal is not None and nominal[1].style == "of_subject" and nominal[1].kind != "deadline":
        index, verb = nominal     # "Voters will elect a new mayor on 3 November": Election of a new mayor
        noun = verb.noun[:1].upper() + verb.noun[1:]
        acted_on = object_after(words, index, verb, blocked, text, phrase_stops())
        if acted_on:
            return Frame(f"{noun} {acted_on}", verb.kind, (clause[0], index))
        if subject_text and subject[1] < index and not is_actor(words, subject) \
                and _someone(words, subject):
            shut = verb.noun in word_list("closing_words") and _window_subject(words, subject)
            return Frame(f"{noun} {wording['of']} {lower_first(subject_text)}", "deadline" if shut else verb.kind,
                         (clause[0], index), [WINDOW_CLOSURE_NOTE] if shut else [])
            # "The registration window of the league is set to close on 30 June": the last day to act in it
        return Frame(noun, verb.kind, (clause[0], index))
    if (milestone is not None and "{to}" in milestone[1][0]
            and (any(w.lower in word_list("condition_marks") for w in words[:milestone[0]])
                 or (milestone[0] > 0 and words[milestone[0] - 1].lower in word_list("change_noun_marks")))):
        milestone = None     # "... on Monday if confidence increases": a condition; "driven by increases in": a noun
    if milestone is not None and words[milestone[0]].start > at and any(
            s >= words[milestone[0]].end and text[s:e].lower() not in word_list("present_words") for s, e in blocked):
        milestone = None     # "agreed on 7 May 2026, requirements would apply from 2 December 2027": not the verb's
    if (milestone is not None and _day_bound_elsewhere(words, milestone[0], blocked, at)
            and _gapped_conjunct(words, blocked, milestone[0], at) is None):
        milestone = None     # "will be effective as of 1 January ..., and Sunday, 2 January, will be a holiday"
    if milestone is not None:
        gapped = _gapped_conjunct(words, blocked, milestone[0], at)
        if gapped is not None and "{}" not in milestone[1][0]:
            title, kind = milestone[1]    # ", and for high-risk AI embedded in regulated products from 2 August 2028"
            return Frame(f"{title} {wording['for']} {lower_first(phrase_text(words, *gapped, text))}", kind, (clause[0], gapped[0]),
                         ["a conjunct that leaves the verb out: its own \"for\" phrase names it"])
        named = clause_subject(words, _without_name_years(words, blocked, text))
        if named is not None and named[0] < milestone[0] <= named[1]:
            named = (named[0], milestone[0] - 1)     # "The GDPR applies from": the verb is no part of it
        provisions = referenced_provisions(words, named, milestone[0], text) if named is not None else None
        if provisions is not None and "{}" not in milestone[1][0]:
            title, kind = milestone[1]     # "provisions set out in points (10) and (11) of Article 1 ... shall apply"
            return Frame(f"{title} {wording['of']} {provisions}", kind, (clause[0], named[1]))
        named = _subject_after_comma(words, named, milestone[0], blocked) or named
        named = _verb_subject(words, milestone[0], named, _without_name_years(words, blocked, text))   # "the Water Act 2021 takes effect"
        if (named is not None and named[1] < milestone[0] and _publisher(words, named)
                and milestone[1][0] in publisher_titles()      # "... and will reopen on 5 January"
                and not any(words[milestone[0]].end <= s < at for s, _ in blocked)):   # its first date only
            return Frame(publisher_titles()[milestone[1][0]], milestone[1][1], (clause[0], named[1]), [_PUBLISHER_NOTE])
        if named is not None and named[1] < milestone[0] and _someone(words, named):
            title, kind = milestone[1]
            owner = _owner_text(words, named, text) or lower_first(phrase_text(words, *named, text))
            if "{}" in title:        # "Tickets go on sale": "Tickets on sale"
                subject = phrase_text(words, *named, text)
                title = agreeing(title, words[named[0]:named[1] + 1])     # "Schools reopen", not "Schools reopens"
                title = title.replace("{to}", _new_level(words, milestone[0], text, blocked))
                return Frame(title.replace("{}", subject[:1].upper() + subject[1:]), kind, (clause[0], named[1]))
            return Frame(f"{title} {wording['of']} {owner}", kind, (clause[0], named[1]))
    started = _started_subject(words, blocked, at, text)
    if started is not None:     # "Starting 20 March, Lantern Garden will include ...": the garden's first day
        return Frame(started[0], "event", (clause[0], started[1]), [_STARTED_NOTE])
    occasion = named_occasion(words, blocked, at) or dated_occasion(words, blocked, at)
    if occasion is not None:    # "The next mass will be on Sunday 6 June", "Back to Church Sunday will be on ..."
        return Frame(phrase_text(words, *occasion, text), "event", (clause[0], occasion[1]))
    held = _event_verb(words, series)
    lead = sum(1 for w in words if w.is_word and w.end <= at)
    if held is not None and words[held].start > at and lead > LEAD_WORDS:
        held = None        # "is expected to be signed in Q4 and will run for four years": the verb is not the date's
    turn = _turn_before(words, at)
    day_hours = turn is None and held is None and _day_hours_turn(words, at) is not None
    if day_hours:
        turn = _day_hours_turn(words, at)
    if (held is not None or turn is not None) and referent is not None and _points_back(words, at):
        closing = turn is not None and turn[1] == "deadline"
        if closing and not any(s < words[turn[0]].start for s, _ in blocked):
            return None       # "It will close on 8 December" alone: no opening to end
        notes = [f"\"{words[0].text}\" stands for \"{referent.title}\", named the sentence before"]
        return Frame(referent.title, referent.kind, (clause[0], turn[0] if turn is not None else 0),
                     notes + ([_CLOSE_NOTE] if closing else []), closes=closing, head=referent.head)
    if held is not None or turn is not None:
        named = clause_subject(words, _without_name_years(words, blocked, text))
        if (named is None and held is not None and words[held].start > at
                and not any(tuple(w.lower for w in words[:len(lead)]) == lead for lead in phrase_list("stretch_leads"))):
            named = clause_subject(words, blocked, past_date=True)   # "On Saturday, 23 September, buses will run ..."
            # ("From Monday 6 January, the reading room will open at 9am": standing hours from then)
        elif named is None and held is None and day_hours:
            named = clause_subject(words, blocked, past_date=True)   # "On Monday, 9 July, the office will be open
            # from 9:30 until 15:30": the office's hours that day
        verb = min(i for i in (held, turn[0] if turn else None) if i is not None)
        if named is not None and any(w.lower in word_list("saying_verbs") for w in words[named[1] + 1:verb]):
            named = _verb_subject(words, verb, named, blocked)   # "The manager confirmed the branch will open"
        elif (named is not None and turn is not None and verb == turn[0] and named[1] < verb
              and furniture_title(phrase_text(words, *named, text), text, at)):
            named = _verb_subject(words, verb, None, blocked)    # "KESWICK — There is news ... as the season opens"
            # (a bare furniture title gives way to the headline later; one with its turn word would not)
        denied = word_list("negations") | word_list("hedging_modals") | (frozenset() if series and turn is None else word_list("habitual_hedges"))
        if named is not None and any(w.lower in denied for w in words[named[1] + 1:verb]):
            return None    # "The library will not open on 26 December", "The shop usually closes on ...": no day
        if named is not None and named[1] < verb and _someone(words, named):
            name = phrase_text(words, *named, text)
            inner = held_clause_phrase(words, blocked, held, named, text) if turn is None else None
            if inner is not None:    # "motorists should expect delays, as a charity match is held": the match
                return Frame(phrase_text(words, inner.first, inner.last, text), inner.kind, (clause[0], inner.head))
            if turn is None:
                return Frame(name, "event", (clause[0], named[1]))
            closing = turn[1] == "deadline"
            # "The call opens on 15 January and closes on 24 April": two entries, named by the verb;
            # "Doors open at 6pm": the plural keeps "open"
            written = words[turn[0]].lower
            slots = {wording[k]: k for k in TURN_SLOTS}     # the words of the title slots, as written
            slot = slots.get(written)
            if (slot is not None                                       # "The library will open": "Library opens";
                    and words[turn[0] - 1].lower not in word_list("schedule_copulas")):   # "will be open": a state
                slot = TURN_SLOTS[slot][plural_subject(words[named[0]:named[1] + 1])]
            verb = (wording[slot] if slot is not None
                    else written if written.endswith(ending_tuple("gerund_endings")) or written in word_list("availability_marks")
                    else _turn_word(closing, False))   # "Late opening", "Application forms available"
            venue = words[named[1]].lower in word_list("venue_heads") | word_list("building_heads")
            due = closing and words[named[1]].lower not in word_list("period_end_nouns") and not venue
            if due and closed_with_event(words, at):
                return None   # "the process will close on 8 August, with the election of mayors": the election's day
            # "Autumn Term Closes Tuesday 19 December": the term ends, nobody's deadline;
            # "The library will close on 23 December": a closure of the venue, nobody's deadline
            notes = [f"deadline: \"{words[turn[0]].lower}\""] if due else [_VENUE_CLOSE_NOTE] if closing and venue else []
            anchor = (clause[0], turn[0] if closing and venue else named[1])   # its reopening is another entry
            return Frame(f"{name} {verb}", "deadline" if due else "event", anchor, notes)
    return None


MAX_START_LEAD_WORDS = 2       # "Starting", "Beginning on": the lead before the start day
MAX_STARTED_FRONT_WORDS = 12   # words from the lead to the comma ("Starting 20 March and lasting until June,")
MAX_STARTED_VERB_WORDS = 3     # "will include", "will also feature": the verb right after the name
_STARTED_NOTE = "the day a start word fronts before a named subject: the subject's first day"


def _started_subject(words: list[Word], blocked: list[tuple[int, int]], at: int, text: str) -> tuple[str, int] | None:
    """The proper name a clause is about when a start word and the date open it, before a comma,
    and the verb after the name says what it holds ("Starting 20 March and lasting until June,
    Lantern Garden will include ..."; part_list_verbs): the day is when the named thing starts.
    The name and its last word's index, or None; a denied or hedged verb gives none."""
    lead = [k for k, w in enumerate(words) if w.is_word and w.end <= at]
    if not lead or len(lead) > MAX_START_LEAD_WORDS or words[lead[0]].lower not in word_list("lasting_start_words"):
        return None
    comma = next((k for k in range(lead[-1] + 1, min(len(words), lead[0] + MAX_STARTED_FRONT_WORDS + 1))
                  if words[k].text == ","), None)
    if comma is None:
        return None
    first = comma + 1
    if first < len(words) and words[first].lower in word_list("articles"):
        first += 1            # "the Lantern Garden"
    last = first - 1
    while last + 1 < len(words) and words[last + 1].is_word and words[last + 1].text[:1].isupper() \
            and not any(s <= words[last + 1].start < e for s, e in blocked):
        last += 1             # the name's capitalised words
    if last < first or not _someone(words, (first, last)):
        return None
    verb = [w.lower for w in words[last + 1:last + 1 + MAX_STARTED_VERB_WORDS]]
    denied = word_list("negations") | word_list("hedging_modals")
    if any(w in denied for w in verb) or not any(w in word_list("part_list_verbs") for w in verb):
        return None           # only what the name holds from then ("will include", "features") says it starts
    return phrase_text(words, first, last, text), last


MAX_FRONTED_PLACE_WORDS = 4     # "In Tando Allahyar and Matiari,"


def _fronted_place(words: list[Word], subject: int, blocked: list[tuple[int, int]], text: str) -> str | None:
    """The place a fronted "In <Name>," right before the subject at ``subject`` names ("In
    Mirpurkhas, schools ...", "Likewise, in Sanghar, schools ..."), as written; None when the
    words before the subject are not a place preposition, capitalised words and a comma that
    open the clause or follow a comma. A quantifier or an article before the subject is passed
    ("Similarly, in Westbury, all the colleges ...")."""
    passed = merged_lists(("subject_quantifiers", "articles"))
    while subject > 0 and words[subject - 1].lower in passed:
        subject -= 1
    if subject < 3 or words[subject - 1].text != ",":
        return None
    k = subject - 2
    while k >= 0 and subject - 2 - k < MAX_FRONTED_PLACE_WORDS and words[k].lower not in word_list("place_prepositions") and (
            words[k].is_capitalised or (k > 0 and words[k].lower in word_list("name_joiners") and words[k - 1].is_capitalised)):
        k -= 1
    if k < 0 or k == subject - 2 or words[k].lower not in word_list("place_prepositions"):
        return None
    if (k > 0 and words[k - 1].text != ",") or any(s < words[subject - 2].end and words[k + 1].start < e for s, e in blocked):
        return None      # ("In July, the library ...": a date, no place)
    return " ".join(text[words[k + 1].start:words[subject - 2].end].split())


ACT_REACH = 8       # words between an announced act's object and its date ("for the upcoming class 10 board exam on")


def _joined_clause_verb(words: list[Word], blocked: list[tuple[int, int]], verb: int, at: int) -> bool:
    """Whether the verb at ``verb`` stands in a clause joined on after the date at ``at`` (a comma
    or semicolon, then a clause joiner: ", and will be closed") that writes a date of its own after
    the verb: the verb is that date's ("..., and will be closed on 20 March"), not the first one's."""
    start = words[verb].start
    if start <= at or not any(s >= words[verb].end for s, _ in blocked):
        return False
    return any(at < words[k].start < start and words[k].text in (",", ";")
               and words[k + 1].lower in word_list("clause_joiners") for k in range(len(words) - 1))


def _act_reaches(words: list[Word], nominal: tuple[int, VerbNominal], at: int, blocked: list[tuple[int, int]]) -> bool:
    """Whether an announced act's verb and object run up to the date at ``at``, with at most a
    few words of the same clause between ("will launch the portal early next year", "will
    publish the timetable for the spring term on 2 February"): a date before the verb, or
    further on past a break, a relative clause or a joined clause, is not the act's."""
    span = object_span(words, nominal[0], nominal[1], blocked, phrase_stops())
    if span is None or words[span[1]].end > at:
        return False
    between = [w for w in words[span[1] + 1:] if w.end <= at]
    stops = word_list("act_object_stops") - word_list("future_passive_links") | word_list("clause_joiners")
    return len(between) <= ACT_REACH and all(w.is_word and w.lower not in stops for w in between)


def _announced_act(words: list[Word], nominal: tuple[int, VerbNominal] | None, subject: tuple[int, int] | None,
                   blocked: list[tuple[int, int]], text: str) -> str | None:
    """The title of a milestone a named body says it will reach by a date ("The agency will
    complete the review by mid-2027": "Completion of the review"): a milestone verb
    (verb_nominals) right after "will" or "shall" with its object, after a subject that is no
    body (_a_body: "You will complete the form by 3 March", "Students will complete the module
    by 3 March" are the readers' deadlines) and with no condition before it."""
    if (nominal is None or nominal[1].kind != "milestone" or nominal[1].style != "of_subject" or subject is None
            or subject[1] >= nominal[0] or not _a_body(words, subject) or opened_by_condition(words, nominal[0])
            or words[nominal[0] - 1].lower not in word_list("announcing_modals")):
        return None      # "The board is expected to approve the budget by 30 March": a deadline it is set
    acted_on = object_after(words, nominal[0], nominal[1], blocked, text, phrase_stops())
    if acted_on is None:
        return None
    noun = nominal[1].noun
    return f"{noun[:1].upper()}{noun[1:]} {acted_on}"


def _a_body(words: list[Word], subject: tuple[int, int]) -> bool:
    """The subject names an organisation: its head (the words before a link such as "of":
    "Members of the board" is headed by "Members") ends in a body's noun (announcing_bodies:
    "The agency", "The district council") or holds a proper name, a capital past the clause's
    first word or an acronym ("The Harbour Trust", "NHS England"). A group of people the page
    addresses ("Students", "Participants", "Members") is none."""
    links = word_list("phrase_links")
    last = next((k - 1 for k in range(subject[0] + 1, subject[1] + 1) if words[k].lower in links), subject[1])
    first = next(k for k, w in enumerate(words) if w.is_word)
    named = any(words[k].is_capitalised and (k > first or (len(words[k].text) > 1 and words[k].text.isupper()))
                for k in range(subject[0], last + 1))
    return (named or words[last].lower in word_list("announcing_bodies")) and _someone(words, subject)


def _due_subject(words: list[Word], subject: tuple[int, int] | None, text: str) -> str | None:
    """A subject naming what is due, up to its verb: "Applications to register to vote (must
    reach ...)" names the deadline better than the event word in it ("vote")."""
    if subject is None or not any(event_nouns().get((w.lower,)) == "deadline" for w in words[subject[0]:subject[0] + 2]):
        return None
    ends = word_list("subject_ends")
    last = subject[0]
    while last + 1 < min(len(words), subject[0] + MAX_DUE_WORDS) and words[last + 1].is_word \
            and words[last + 1].lower not in ends:
        last += 1                        # up to the verb, or a comma or bracket before it
    return phrase_text(words, subject[0], last, text) if last > subject[0] else None


def _subject_for(words: list[Word], subject: tuple[int, int] | None, phrase: NounPhrase, text: str) -> str | None:
    """A subject that the event noun completes before the verb: "(All) notice of motions to the
    AGM (must be submitted by ...)" is what is due, the AGM only what it is for."""
    if subject is None or not subject[1] < phrase.first or phrase.last + 1 >= len(words):
        return None
    ends = word_list("subject_ends")
    between = words[subject[1] + 1:phrase.first]
    if len(between) > MAX_DUE_WORDS or any(not w.is_word or w.lower in ends for w in between):
        return None
    if words[phrase.last + 1].lower not in ends:
        return None
    return phrase_text(words, subject[0], phrase.last, text)


def _subject_after_comma(words: list[Word], named: tuple[int, int] | None, verb: int,
                         blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"Under the omnibus agreed on 7 May 2026, requirements for stand-alone systems would apply
    from ...": a fronted phrase ends at a comma, and the subject of the verb is the noun phrase
    after it, when that phrase runs up to the verb (past a modal); None otherwise ("The
    regulation, agreed in May, applies from ..." keeps "The regulation")."""
    commas = [k for k in range(named[1] + 1 if named else 0, verb) if words[k].text == ","]
    if not commas:
        return None
    rest = words[commas[-1] + 1:verb]
    found = clause_subject(rest, blocked)
    if found is None or found[0] != 0:
        return None
    between = [w.lower for w in rest[found[1] + 1:]]
    if len(between) > 1 or any(w not in word_list("modal_words") for w in between):
        return None
    return commas[-1] + 1 + found[0], commas[-1] + 1 + found[1]


def _day_hours_turn(words: list[Word], at: int) -> tuple[int, str] | None:
    """The opening turn of a day's hours in a clause fronted by that day ("On Monday, 9 July, the ticket
    office will be open from 9:30 until 15:30"): a turn verb (as _turn_before reads them) after a copula of
    schedule_copulas, one preposition of clock_prepositions between it and the date at ``at``, and a day
    lead of fronted_date_leads opening the clause (not a stretch's lead, stretch_leads: "From Monday 6
    January, the reading room will be open from 9am" tells standing hours, which other readers take).
    Its index and role, else None."""
    before = [i for i, w in enumerate(words) if w.end <= at and w.is_word]
    if len(before) < 3 or words[before[-1]].lower not in word_list("clock_prepositions"):
        return None
    turn = _turn_before(words, words[before[-1]].start)
    if turn is None or turn[1] != "opening" or turn[0] != before[-2]:
        return None
    if turn[0] < 1 or words[turn[0] - 1].lower not in word_list("schedule_copulas"):
        return None
    if any(tuple(w.lower for w in words[:len(lead)]) == lead for lead in phrase_list("stretch_leads")):
        return None
    return turn if words[0].lower in word_list("fronted_date_leads") else None


def _milestone_verb(words: list[Word]) -> tuple[int, tuple[str, str]] | None:
    """"enters into force", "takes effect": the first such phrase, with its title and kind. A
    verb in an opening condition ("If the depot reopens, collections resume on ...") only
    supposes: it names nothing the sentence dates."""
    by_first = milestone_verbs_by_first()
    lowered = [w.lower for w in words]
    supposed = 0
    if lowered and lowered[0] in word_list("condition_marks"):
        supposed = next((k for k, w in enumerate(lowered) if w == ","), 0)
    for index, word in enumerate(lowered):
        if index < supposed:
            continue
        for phrase, entry in by_first.get(word, ()):
            if ((tuple(lowered[index:index + len(phrase)]) == phrase or _gapped_phrase(words, lowered, index, phrase))
                    and not _hedged(lowered, index)):
                return index, entry
    return None


def _day_bound_elsewhere(words: list[Word], index: int, blocked: list[tuple[int, int]], at: int) -> bool:
    """Whether the milestone phrase at ``index`` ends in its day's lead (milestone_day_links: "will
    be effective as of") and the first date after it is not the one at ``at``: such a phrase dates
    only the day it leads to, not a later clause's."""
    lowered = [w.lower for w in words]
    for phrase, _ in milestone_verbs_by_first().get(lowered[index], ()):
        end = index + len(phrase)
        if tuple(lowered[index:end]) == phrase and phrase[-1] in word_list("milestone_day_links"):
            after = [s for s, _ in blocked if s >= words[end - 1].end]
            return bool(after) and min(after) < at
    return False


def milestone_phrase_before(words: list[Word], at: int) -> bool:
    """Whether a milestone verb phrase ends right before the date at ``at`` ("will be effective
    as of 1 January"): a cue its last words make ("as of", a data stamp's lead) is the phrase's, so
    it dates the milestone, not a count or a report."""
    k = next((i for i, w in enumerate(words) if w.start >= at), len(words))
    lowered = [w.lower for w in words[:k]]
    return ending_phrase(lowered, tuple(milestone_verbs())) is not None


def _gapped_phrase(words: list[Word], lowered: list[str], index: int, phrase: tuple[str, ...]) -> bool:
    """The phrase at ``index`` with a short "to ..." phrase before its last word ("will apply to
    all new homes from"): its verb still dates the subject. After a modal that asks or allows
    ("Groups should apply to the council from 1 June") the verb is a request, no milestone."""
    verb = len(phrase) - 1
    opener = index + verb
    if verb < 1 or tuple(lowered[index:opener]) != phrase[:verb] or opener >= len(lowered) \
            or lowered[opener] not in word_list("milestone_gap_openers"):
        return False
    asking = word_list("obligation_modals") | word_list("allowing_modals")
    if any(w in asking for w in lowered[max(0, index - 3):index]):
        return False
    for j in range(opener + 1, min(len(lowered), opener + 1 + MILESTONE_GAP)):
        if lowered[j] == phrase[-1]:
            return True
        if not words[j].is_word or any(c.isdigit() for c in lowered[j]):
            return False
    return False


@lru_cache(maxsize=None)
def _level() -> re.Pattern[str]:
    """A new level after a change verb: a word of level_links ("to") and an amount."""
    links = list_alternation("level_links")
    return re.compile(rf"\b(?P<link>{links})[ \t]{{1,2}}(?P<amount>(?:[$£€][ \t]?)?\d[\d,.]{{0,12}}(?<=\d)(?:[ \t]?%)?)(?![\w.,]?\d)")


def _new_level(words: list[Word], verb: int, text: str, blocked: list[tuple[int, int]]) -> str:
    """" to $16.50" when the clause after a change verb writes the new level ("increases from
    currently $15.75 to $16.50 p/h"), else ""; a date is no level ("changes to 3 May")."""
    if not words:
        return ""
    found = _level().search(text, words[verb].end, words[-1].end)
    if found is None or any(s < found.end("amount") and found.start("amount") < e for s, e in blocked):
        return ""
    return f" {found.group('link')} {found.group('amount')}"


def _gapped_conjunct(words: list[Word], blocked: list[tuple[int, int]], verb: int, at: int) -> tuple[int, int] | None:
    """The words of a second conjunct that leaves the milestone verb out, when the date at
    ``at`` closes it: "applies from 2 August 2026, and for high-risk AI ... from 2 August
    2028" ("and", a link from gapped_links, the phrase, then the same date preposition as the
    verb's own date; with another preposition the conjunct may be something else)."""
    dates = sorted((s, e) for s, e in blocked if words[verb].end <= s and e <= at)
    if not dates:
        return None
    own_start, own_end = dates[-1]
    before_own = [w for w in words if w.end <= own_start]
    between = [k for k, w in enumerate(words) if own_end <= w.start and w.end <= at]
    if not before_own or len(between) < 4:
        return None
    lowered = [words[k].lower for k in between]
    k = 1 if lowered[0] == "," else 0
    if lowered[k:k + 1] != ["and"] or lowered[k + 1] not in word_list("gapped_links") \
            or lowered[-1] != before_own[-1].lower:
        return None
    first, last = between[k + 2], between[-2]
    if first > last or not all(w.is_word for w in words[first:last + 1]):
        return None
    return first, last


def _hedged(lowered: list[str], verb: int) -> bool:
    """"could be cut", "will not be raised": a guess or a denial before the verb's auxiliaries;
    "was set to reopen", "were due to take effect": a past before them."""
    k = verb - 1
    hedges = word_list("hedging_modals")
    while k >= 0 and lowered[k] in word_list("milestone_auxiliaries") and lowered[k] not in hedges:
        k -= 1
    if k >= 0 and k < verb - 1 and lowered[k] in word_list("schedule_past_auxiliaries"):
        return True        # "was set to reopen on 3 November": a plan told as past, no day to keep
    return k >= 0 and lowered[k] in hedges


def _verb_subject(words: list[Word], verb: int, named: tuple[int, int] | None,
                  blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The noun phrase right before a milestone verb and its auxiliaries, when the clause's
    opening phrase is not its subject: "they said the cuts would come into effect" (the cuts),
    "From 1 July 2027, the rate will be cut" (the rate), "Passengers ... will benefit ... when
    the new timetable comes into force" (the timetable). The opening phrase stays when only
    its own tail stands between ("The contract with Kone expires")."""
    k = verb - 1
    auxiliaries = word_list("milestone_auxiliaries")
    while k >= 0 and words[k].lower in auxiliaries:
        k -= 1
    if named is not None and named[1] == k:
        return named
    said = (next((j for j in range(k, named[1], -1) if words[j].lower in word_list("saying_verbs")), None)
            if named is not None else None)
    reported = clause_subject(words[said + 1:k + 1], blocked) if said is not None else None
    if reported is not None and not any(w.lower in word_list("pronouns") for w in words[said + 1:said + 2]):
        return said + 1 + reported[0], said + 1 + reported[1]   # "Minns says the tougher laws will go into effect"
    clause_marks = (auxiliaries | word_list("modal_words") | word_list("complementizers") | word_list("subordinators")
                    | word_list("saying_verbs"))     # "The manager confirmed the branch will open": the branch
    if (named is not None and _someone(words, named) and named[1] < k
            and not any(w.lower in clause_marks or not w.is_word for w in words[named[1] + 1:k + 1])):
        return named
    stops = phrase_stops() | word_list("articles")
    inside = word_list("phrase_links") | word_list("articles")

    def content(j: int) -> bool:
        return (j >= 0 and words[j].is_word and words[j].lower not in stops
                and not any(s < words[j].end and words[j].start < e for s, e in blocked))

    first = k + 1
    while content(first - 1) or _bracket_before(words, first):
        if not content(first - 1):         # "stand-alone (Annex III) high-risk systems": a bracket inside
            opening = _bracket_before(words, first)
            if not content(opening - 1):
                break
            first = opening
            continue
        first -= 1
        j = first - 1
        while j >= 0 and words[j].lower in inside:
            j -= 1
        if any(words[x].lower in word_list("phrase_links") for x in range(j + 1, first)) and content(j):
            first = j      # "Tickets for the Yeovil game": a link inside the phrase, not its edge
    return (first, k) if first <= k else named


def _reported_subject(words: list[Word], subject: tuple[int, int], verb: int,
                      blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The subject of a clause reported by a saying verb between the sentence's subject and the
    event's verb ("Ms Holt said the board will meet on Friday": the board, not Ms Holt); None
    when no saying verb stands there or a pronoun opens the reported clause ("she said they
    will meet": no one named)."""
    said = next((j for j in range(verb - 1, subject[1], -1) if words[j].lower in word_list("saying_verbs")), None)
    if said is None:
        return None
    return _own_subject(words, said + 1, verb, blocked)


def _linked_subject(words: list[Word], subject: tuple[int, int], verb: int,
                    blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The subject of a clause a link of subject_clause_links opens between the sentence's
    subject and the event's verb ("works are planned on the road, due to which lorries are
    restricted from ...": the lorries, not the works); None when no such link stands there, the
    clause after it has no subject of its own ("the road, which will be closed") or it is an aside
    that punctuation closes before the verb."""
    link = next((j for j in range(verb - 1, subject[1], -1) if words[j].lower in word_list("subject_clause_links")), None)
    if link is None or any(not w.is_word for w in words[link + 1:verb]):
        return None       # "The footbridge, which needs new planks, will be closed": the clause is an aside
    return _own_subject(words, link + 1, verb, blocked)


def _own_subject(words: list[Word], opening: int, verb: int,
                 blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The subject of the clause from ``opening`` to the event's verb when it names someone; None
    when it has none or a pronoun opens it (a reported or linked clause names no one then)."""
    own = clause_subject(words[opening:verb], blocked)
    if own is None:
        return None
    first, last = opening + own[0], opening + own[1]
    if words[first].lower in word_list("pronouns") or not _someone(words, (first, last)):
        return None
    return first, last


def _bracket_before(words: list[Word], at: int) -> int | None:
    """Index of the "(" of a short bracketed group ending right before word ``at``, if any."""
    if at < 1 or words[at - 1].text != ")":
        return None
    for j in range(at - 2, max(-1, at - 8), -1):
        if words[j].text == "(":
            return j
        if not words[j].is_word:
            return None
    return None


@dataclass(frozen=True)
class Referent:
    """An event a later clause's pronoun may stand for: its title, kind and event noun."""

    title: str
    kind: str
    head: str


def sentence_event(text: str, sentences: Sentences, sentence: tuple[int, int], dates: DateSpans) -> Referent | None:
    """The event the sentence before names as its subject ("The meeting will be held at the
    CICG"), when it is one people attend (not a window that closes as a deadline)."""
    index = sentences.index_at(sentence[0])
    if index == 0:
        return None
    previous = sentences.bounds[index - 1]
    lead_in = False
    if "\n\n" in text[previous[1]:sentence[0]]:
        # another paragraph's sentence, unless that paragraph is the one line leading in to this
        # one ("Just some more info regarding the 2019 AGM." / "It takes place on 16 February ...")
        lead_in = _lead_in_line(text, sentences, index - 1)
        if not lead_in:
            return None
    clause = clause_bounds(text, *previous)[0]
    words = words_in(text, *clause)
    blocked = dates.spans(clause)
    subject = clause_subject(words, blocked)
    phrases = noun_phrases(words, blocked, text)
    phrase = next((p for p in phrases if subject[0] <= p.head <= subject[1]), None) if subject else None
    if phrase is None or not _attended(words, phrase):
        phrase = _plural_referent(text, sentence, phrases, words) or (
            _singular_referent(text, sentence, phrases, words) if lead_in else None)
    if phrase is None:
        return None
    title = phrase_text(words, phrase.first, phrase.last, text)
    return Referent(title[:1].upper() + title[1:], phrase.kind, words[phrase.head].lower)


def _plural_referent(text: str, sentence: tuple[int, int], phrases: list[NounPhrase], words: list[Word]
                     ) -> NounPhrase | None:
    """"... the museum will put on three lectures by a retired pilot. These will start on 3 March": a
    plural pronoun opening the sentence (``plural_event_pronouns``) stands for the last plural
    event the sentence before names, whatever its place there."""
    opening = words_in(text, sentence[0], min(sentence[1], sentence[0] + 40))
    first = next((w for w in opening if w.is_word), None)
    if first is None or first.lower not in word_list("plural_event_pronouns"):
        return None
    return next((p for p in reversed(phrases) if p.plural and _attended(words, p)), None)


def _lead_in_line(text: str, sentences: Sentences, index: int) -> bool:
    """Sentence ``index`` is a paragraph of its own, short, naming what the next paragraph is
    about ("Just some more info regarding the 2019 AGM.")."""
    start, end = sentences.bounds[index]
    if index > 0 and "\n\n" not in text[sentences.bounds[index - 1][1]:start]:
        return False
    return len(text[start:end].split()) <= LEAD_IN_WORDS


LEAD_IN_WORDS = 12     # words of a one-sentence paragraph that leads in to the next


def _singular_referent(text: str, sentence: tuple[int, int], phrases: list[NounPhrase], words: list[Word]
                       ) -> NounPhrase | None:
    """"Just some more info regarding the 2019 AGM." / "It takes place on ...": a singular event
    pronoun (``event_pronouns``) opening the sentence stands for the last singular event the lead-in
    line names, whatever its place there."""
    opening = words_in(text, sentence[0], min(sentence[1], sentence[0] + 40))
    first = next((w for w in opening if w.is_word), None)
    if first is None or first.lower not in word_list("event_pronouns"):
        return None
    return next((p for p in reversed(phrases) if not p.plural and _attended(words, p)), None)


LABEL_REACH = 3     # sentences before a bare "Time:" line searched for the event it times


def event_before(text: str, sentences: Sentences, sentence: tuple[int, int], dates: DateSpans) -> Referent | None:
    """"You are invited to attend a WHO Virtual Press briefing on COVID-19. Time: Feb 21, 2020
    16:00 CET": the first event people attend that the last few sentences of the paragraph name,
    undated there, is what a bare date label below them times."""
    index = sentences.index_at(sentence[0])
    start = sentence[0]
    for previous in reversed(sentences.bounds[max(0, index - LABEL_REACH):index]):
        if "\n\n" in text[previous[1]:start]:
            return None               # another paragraph's sentence
        start = previous[0]
        blocked = dates.spans(previous)
        after = max((e for _, e in blocked), default=previous[0])     # a phrase before a date is dated there
        words = words_in(text, *previous)
        phrase = next((p for p in noun_phrases(words, blocked, text)
                       if _attended(words, p) and words[p.first].start >= after), None)
        if phrase is not None:
            title = phrase_text(words, phrase.first, phrase.last, text)
            return Referent(title[:1].upper() + title[1:], phrase.kind, words[phrase.head].lower)
    return None


def _points_back(words: list[Word], at: int) -> bool:
    """The clause opens with a pronoun standing for an event ("It will open at ...") before the date."""
    first = next((w for w in words if w.is_word), None)
    return first is not None and first.end <= at and (first.lower in word_list("event_pronouns")
                                                      or first.lower in word_list("plural_event_pronouns"))


_CLOSE_NOTE = "ends then: the close of a session or meeting is its last day, not a deadline"


def attended_phrase(words: list[Word], phrase: NounPhrase) -> bool:
    """Public name of :func:`_attended` for the readers that look further back (standin_titles)."""
    return _attended(words, phrase)


def _attended(words: list[Word], phrase: NounPhrase) -> bool:
    """Something people attend (a session, a meeting, a conference), which ends when it closes;
    a window (a consultation, a call, registration) closes as a deadline."""
    return phrase.kind not in ("deadline", "milestone") and not is_window(words, phrase)


def _closed_later(words: list[Word], at: int, blocked: list[tuple[int, int]]) -> bool:
    """A closing verb later in the clause, right before a date of its own ("... and will close on
    Friday, 8 December"): the date at ``at`` is when the thing opens, that one when it ends."""
    later = min((s for s, _ in blocked if s > at), default=None)
    if later is None:
        return False
    end = bisect.bisect_left(words, later, key=lambda w: w.start)
    turn = _turn_before(words[max(0, end - BEFORE_GAP - 1):end], later)
    return turn is not None and turn[1] == "deadline"


def _turn_word(closing: bool, plural: bool) -> str:
    """"opens"/"closes" in a title, "open"/"close" after a plural name ("Applications close")."""
    return title_words()[("close" if closing else "open") + ("" if plural else "s")]


TIMED_REACH = 10       # words from a time-relation mark to the event it counts from ("prior to the anniversary of last year's")


TURN_SLOTS = {"open": ("opens", "open"), "opens": ("opens", "open"),     # title slots (titles.en.tsv):
              "close": ("closes", "close"), "closes": ("closes", "close")}   # (after one, after several)


def _timed_against(words: list[Word], phrase: NounPhrase) -> bool:
    """The event phrase is what a deadline is counted from ("ten days before the hearing", "prior
    to the anniversary of last year's annual meeting"), not what is due."""
    marks = phrase_list("act_bounds") + phrase_list("ahead_marks")
    first = max(0, phrase.first - TIMED_REACH)
    for k in range(phrase.first - 1, first - 1, -1):
        if words[k].text in (",", ";", ":", "(", ")"):
            return False
        if any(tuple(w.lower for w in words[k:k + len(m)]) == m for m in marks):
            return True
    return False


def _obliged_act(words: list[Word], phrase: NounPhrase, at: int, blocked: list[tuple[int, int]],
                 text: str) -> str | None:
    """"Shareholders who wish to present proposals ... in connection with our 2026 annual meeting
    must submit their proposals ... no later than November 26, 2025": the event noun only says
    what the actors' proposals are for; the act the modal after it obliges names the deadline
    ("Submission of proposals"), not "Deadline for annual meeting"."""
    modal = next((k for k in range(phrase.last + 1, len(words))
                  if words[k].end <= at and words[k].lower in word_list("obligation_modals")), None)
    if modal is None or modal + 1 >= len(words):
        return None
    verb = verb_nominals().get(words[modal + 1].lower)
    if verb is None or verb.style != "of_subject" or verb.kind != "deadline":
        return None
    acted_on = object_after(words, modal + 1, verb, blocked, text, phrase_stops())
    return f"{verb.noun[:1].upper()}{verb.noun[1:]} {acted_on}" if acted_on else None


MAX_POLITE_ACT = 8      # words of a requested act ("return the signed consent forms")


MAX_REQUIRED_WHO = 3     # "students", "all new members": who a requiring verb obliges


def required_act(words: list[Word], cue_start: int, text: str) -> tuple[int, str, str] | None:
    """"Most colleges require students to accept their admissions offer by 1 May": a requiring
    verb (requiring_verbs), the people it obliges, "to" and their act up to the deadline's cue;
    (the act's verb index, who, the act as written)."""
    wording = title_words()
    for k, word in enumerate(words):
        if word.end > cue_start:
            return None
        if word.lower not in word_list("requiring_verbs"):
            continue
        to = next((j for j in range(k + 2, min(len(words), k + 2 + MAX_REQUIRED_WHO))
                   if words[j].lower == wording["to"]), None)
        if to is None or to + 1 >= len(words) or not all(w.is_word for w in words[k + 1:to]):
            return None
        last = to + 1
        for j in range(to + 2, len(words)):
            if words[j].end > cue_start or not words[j].is_word or j - to > MAX_POLITE_ACT:
                break
            last = j
        if words[last].end > cue_start:
            return None
        who = " ".join(w.text for w in words[k + 1:to])
        return to + 1, lower_first(who), " ".join(text[words[to + 1].start:words[last].end].split())
    return None


def polite_act(words: list[Word], cue_start: int, text: str) -> tuple[int, str] | None:
    """"Please provide all completed Nomination Forms to the Secretary by ...": a request opening
    the clause names the reader's act, from its verb to the cue (its object only, up to a
    preposition after it); (the verb's index, the act as written)."""
    first = next((k for k, w in enumerate(words) if w.is_word), None)
    if first is not None and purpose_clause(words, first):
        first = _after_comma(words, first, cue_start)     # "To receive the link, email Ana by ...": the request follows
    elif first is not None and words[first].lower not in word_list("politeness_marks"):
        after = _after_comma(words, first, cue_start)
        if after is not None and words[after].lower in word_list("politeness_marks"):
            first = after     # "For presenters who will use slides, please inform the Secretariat ... by"
    if first is None:
        return None
    if words[first].lower in word_list("politeness_marks"):
        verb = first + 1
    elif words[first].lower in word_list("request_verbs") and first + 1 < len(words) and words[first + 1].is_word:
        verb = first       # "Email the secretary by 3 May": a bare imperative is the request
    else:
        return None
    if verb >= len(words) or not words[verb].is_word or words[verb].end > cue_start:
        return None
    last = verb
    for k in range(verb + 1, len(words)):
        if words[k].end > cue_start or not words[k].is_word or k - verb >= MAX_POLITE_ACT:
            break
        if k > verb + 1 and words[k].lower in word_list("polite_act_stops"):
            break
        last = k
    act = " ".join(text[words[verb].start:words[last].end].split())
    if words[verb].text[1:].islower():
        act = act[:1].lower() + act[1:]       # "Email the secretary ..." opening its sentence: "to email ..."
    return verb, act


_VENUE_CLOSE_NOTE = "a venue that closes on the day: a closure, not a deadline"


def _relative_subject(words: list[Word], blocked: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The subject of a clause that a relative lead opens before the date at ``at``
    (relative_clause_leads: "after which fees are to be paid by ..."): the date is that
    clause's, not the sentence's first subject's. None when no such lead stands before the date."""
    lowered = [w.lower for w in words]
    start = None
    for k in range(len(words)):
        if words[k].end > at:
            break
        lead = phrase_at(lowered, k, phrase_list("relative_clause_leads"))
        if lead is not None:
            start = k + len(lead)
    if start is None:
        return None
    found = clause_subject(words[start:], blocked)
    if found is None or words[start + found[1]].end > at:
        return None
    return start + found[0], start + found[1]


def _named_subject(words: list[Word], subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject, unless it is only a politeness mark ("Please register by 1 April": a request,
    no one named)."""
    if subject is not None and all(w.lower in word_list("politeness_marks") for w in words[subject[0]:subject[1] + 1]):
        return None
    return subject


def _venue_closes(words: list[Word], phrase: NounPhrase, cue: tuple[str, ...]) -> bool:
    """The cue closes a venue or a building the phrase names ("The library will close on ..."):
    the subject closes its doors, nobody has to act by then."""
    heads = word_list("venue_heads") | word_list("building_heads")
    closing = word_list("closing_words") | {"close"}
    return words[phrase.head].lower in heads and bool(cue) and cue[0] in closing


def _after_comma(words: list[Word], first: int, cue_start: int) -> int | None:
    """The index of the first word after the comma that closes a fronted clause, before the cue."""
    for k in range(first + 1, len(words)):
        if words[k].start >= cue_start:
            return None
        if words[k].text == ",":
            return next((j for j in range(k + 1, len(words)) if words[j].is_word), None)
    return None


WINDOW_CLOSURE_NOTE = "a window the sentence says closes that day: the last day to act in it, a deadline"
_PUBLISHER_NOTE = "the subject is the page's publisher (\"we\"): its own venue or body"


def _publisher(words: list[Word], subject: tuple[int, int]) -> bool:
    """The subject is the page's publisher speaking of itself ("We are closed ...")."""
    return subject[0] == subject[1] and words[subject[0]].lower in word_list("publisher_pronouns")


def _window_subject(words: list[Word], subject: tuple[int, int]) -> bool:
    """The subject's head (its last word before a comma or a "for"/"of" tail) is a window noun
    ("The transfer window for the league", "The filing window"): what closes is open for acts."""
    lowered = [w.lower for w in words[subject[0]:subject[1] + 1]]
    cut = next((k for k, w in enumerate(lowered) if w in word_list("phrase_links") or w == ","), len(lowered))
    head = tuple(lowered[:cut])
    return any(head[-len(n):] == n for n in phrase_list("window_nouns") if len(n) <= len(head))


def _someone(words: list[Word], subject: tuple[int, int]) -> bool:
    """The subject names someone or something, not a pronoun ("You must register", "He met")."""
    return words[subject[0]].lower not in word_list("pronouns")


def _opens_for(words: list[Word], phrase: NounPhrase) -> bool:
    """An opening verb, then "for", right before the phrase ("opens for applications"), or a noun
    of the opening day ("the opening date for applications")."""
    at = phrase.first
    if at >= 2 and words[at - 1].lower == title_words()["for"]:
        cue = words[at - 2].lower
        if at >= 3 and f"{words[at - 3].lower} {cue}" in word_list("opening_date_heads"):
            return True       # "the opening date for applications": when they open
        return any(c.words == (cue,) and c.role == "opening" for c in cues())
    return False


def _turn_before(words: list[Word], at: int) -> tuple[int, str] | None:
    """An opening or closing verb right before the date ("closes on 24 April"): its index and role."""
    gap = word_list("cue_gap_words")
    verbs = {c.words[0]: c.role for c in cues()
             if c.place == "after_noun" and len(c.words) == 1 and c.role in ("opening", "deadline") and
             (c.role == "opening" or c.strong)}
    lowered = without_idioms([w.lower for w in words])     # "after the market closes on": a time of day
    before = [i for i, w in enumerate(words) if w.end <= at and w.is_word]
    for index in reversed(before[-1 - BEFORE_GAP:]):
        if lowered[index] in verbs:
            if index > 0 and words[index - 1].text == "(":
                return None     # "1 February 2024 (opens) - 1 March 2024": the gloss of the date before
            return index, verbs[lowered[index]]
        if lowered[index] not in gap:
            return None
    return None


def _second_verb(words: list[Word], phrase: NounPhrase, verb: int, blocked: list[tuple[int, int]]) -> bool:
    """The turn verb is a second verb of the phrase's clause ("will run for 12 weeks and closes"):
    the phrase is the clause's subject and a coordinator stands right before the verb."""
    if verb <= phrase.last + 2 or words[verb - 1].lower not in word_list("verb_coordinators"):
        return False
    subject = clause_subject(words, blocked)
    return subject is not None and subject[1] == phrase.last


def _event_verb(words: list[Word], hedged: bool = False) -> int | None:
    """Index of the first word of a verb phrase whose subject is the event ("will take place");
    an adverb that only says how firm the plan stands is passed over inside it ("is currently
    scheduled", "is now scheduled": still scheduled), so is one that says how formally ("will
    officially open"), and with ``hedged`` a one-word habit's
    adverb too ("are usually held"); so is a time adverb of event_verb_asides ("runs this year from")."""
    lowered = [w.lower for w in words]
    passed = (word_list("plan_state_adverbs") | word_list("event_verb_manner_adverbs")
              | (_habit_adverbs() if hedged else frozenset()))
    return find_phrase_past_hedges(lowered, phrase_list("event_verbs"), passed, phrase_list("event_verb_asides"))


@lru_cache(maxsize=None)
def _habit_adverbs() -> frozenset[str]:
    """The one-word habit adverbs ("usually", "generally") a series' event verb passes over."""
    return frozenset(h for h in word_list("habitual_hedges") if " " not in h)


def _without_name_years(words: list[Word], blocked: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Date spans that are not a year inside a name ("ACL 2025" stays one subject; "The 2027 Harbour
    Regatta", an edition's year between an article and the name) nor a weekday naming a kind of
    service ("A reduced Saturday service will run": the service, not a day)."""
    keep = []
    for start, end in blocked:
        before = [w for w in words if w.end <= start]
        after = next((w for w in words if w.start >= end), None)
        year = text[start:end].isdigit() and end - start == 4 and bool(before) and before[-1].is_word
        name_year = year and ((before[-1].is_capitalised and before[-1].lower not in word_list("phrase_breaks"))
                              or (before[-1].lower in word_list("articles") and after is not None
                                  and after.is_word and after.is_capitalised))
        if not name_year and not _service_weekday(words, before, start, end, text):
            keep.append((start, end))
    return keep


def _service_weekday(words: list[Word], before: list[Word], start: int, end: int, text: str) -> bool:
    """The span is one weekday name between an article (and at most one lower-case adjective) and a
    service noun (``weekday_service_heads``): "a reduced Saturday service", "the Sunday timetable"."""
    if text[start:end].lower() not in weekday_words():
        return False
    after = next((w for w in words if w.start >= end), None)
    if after is None or after.lower not in word_list("weekday_service_heads"):
        return False
    lead = before[-2:]
    articles = word_list("articles")
    return bool(lead) and (lead[-1].lower in articles or (len(lead) == 2 and lead[0].lower in articles
                                                           and lead[1].is_word and not lead[1].is_capitalised))


def _fuller_title(words: list[Word], phrase: NounPhrase, last: int, text: str,
                  blocked: list[tuple[int, int]], known: KnownPhrases, owner: str | None) -> str:
    """The phrase as title, made whole where the clause or the document says more:
    "its forty-second session" -> "Forty-second session of the Standing Committee";
    a bare "the forum" after "the annual forum" -> "Annual forum"."""
    numbered = _numbered(words, last, blocked)
    if numbered is not None:    # "Round 4 held on Wednesday, April 5", "Session 2 will be held on": that one
        return phrase_text(words, phrase.first, numbered, text)
    title = phrase_text(words, phrase.first, last, text)
    fronted = _fronted_act_object(words, phrase, last, text)
    if fronted is not None:     # "To apply for a parking permit, signed applications are due by ...": which
        return f"{title} {fronted}"
    if phrase.first > 0 and words[phrase.first - 1].lower in word_list("owning_possessives"):
        subject = clause_subject(words, blocked)
        if subject is not None and subject[1] < phrase.first - 1:
            if words[subject[0]].lower not in word_list("pronouns"):
                owner = _owner_text(words, subject, text)     # "It makes its ...": the owner named before stands
                if (owner is None and phrase.first == phrase.head == last
                        and words[phrase.first - 1].lower in word_list("plural_owning_possessives")):
                    owner = " ".join(text[words[subject[0]].start:words[subject[1]].end].split())   # "older pupils will then write their exams": theirs,
                    #                                              not the exams another clause named before
        elif any(w.is_word for w in words[:phrase.first - 1]) \
                and next(w for w in words if w.is_word).lower not in word_list("pronouns") \
                and not (owner and _opens_with(words, phrase.first - 1, owner)):
            owner = None     # "Comet Lyra makes its ...": a subject of its own, unread, never the sentence before's
            # (a kind-only title then takes a heading that names the event: kind_titles); the sentence
            # before's subject stands when the clause opens with it again ("Windows 10 reaches its ...")
        if owner and words[phrase.head].lower not in owner.lower().split():
            return f"{title} {title_words()['of']} {owner}"   # not "Inaugural Lecture of UCT Inaugural Lecture"
    if phrase.first == phrase.head == last:
        head = words[phrase.head].lower
        starts, titles = known.get(head, ([], []))
        at = bisect.bisect_left(starts, words[phrase.first].start)   # phrases that start before this one
        if head in word_list("bare_event_nouns"):
            named = _named_instead(words, phrase, text, known, starts[at - 1] if at else None)
            if named is not None:
                return named
        single = (_singular_mention(known, head, starts[at - 1] if at else -1, words[phrase.first].start, text)
                  if phrase.first > 0 and words[phrase.first - 1].lower in word_list("plural_mention_determiners")
                  else None)
        if single is not None:      # "The Kite Fair is the largest ... This year the fairs open on": the fair
            return single
        if (at and not _names_a_weekday(titles[at - 1]) and not _says_which(titles[at - 1])
                and not _month_owned(titles[at - 1])):
            return titles[at - 1]   # (not "Thursday Storytimes" for the Saturday series' "Storytimes")
    return title


def _singular_mention(known: KnownPhrases, head: str, plural_at: int, at: int, text: str) -> str | None:
    """A bare definite plural ("the fairs") told on the line of one named event of its noun ("The
    Kite Fair is the largest ...") stands for that event: its name, when that mention is a name
    (its first letter written a capital), is the nearest of either number before ``at`` (not a plural one
    at ``plural_at``, such as the page's title "Three lively fairs") and no line break stands
    between them; else None ("All events on Saturday" is no mention; "the second debate" no name)."""
    single = singular_word(head)
    if single == head:
        return None
    starts, titles = known.get(single, ([], []))
    k = bisect.bisect_left(starts, at)
    if not k or starts[k - 1] < max(plural_at, 0) or "\n" in text[starts[k - 1]:at] or not text[starts[k - 1]].isupper():
        return None
    return titles[k - 1]


MAX_FRONTED_OBJECT = 8     # words of the object a fronted clause's verb names ("for a postal vote")
FRONTED_REACH = 24         # words before the phrase the fronted clause's verb is looked for in (a clause, not a page)


def _fronted_act_object(words: list[Word], phrase: NounPhrase, last: int, text: str) -> str | None:
    """The object, with its preposition, of the act the phrase's noun names, written in a clause
    fronted before it ("If you mean to apply for a stall at the fair, filled-in applications are
    due by ..." -> "for a stall at the fair"; "To register for the count, forms ..."): the bare
    noun says only what is handed in, the fronted clause which one. The verb stands after an
    infinitive mark ("to") and takes its verb_nominals object; a comma closes the object before the phrase, and the
    phrase has no tail of its own."""
    if last != phrase.head:
        return None
    head = words[phrase.head].lower
    for k in range(max(1, phrase.first - FRONTED_REACH), phrase.first - 1):
        if words[k - 1].lower not in word_list("infinitive_marks") or words[k].lower not in verb_nominals():
            continue
        nominal = verb_nominals()[words[k].lower]
        if nominal.object in ("-", "of") or words[k + 1].lower != nominal.object or head.rstrip("s") != nominal.noun:
            continue
        end = next((j for j in range(k + 2, phrase.first) if not words[j].is_word), None)
        if end is None or words[end].text != "," or end == k + 2 or end - k - 2 > MAX_FRONTED_OBJECT:
            continue
        return " ".join(text[words[k + 1].start:words[end - 1].end].split())
    return None


def _says_which(title: str) -> bool:
    """Whether a phrase only says which items or occasion it means ("accepted submission",
    "previous meeting"; which_item_modifiers): no fuller name for a bare noun written later."""
    first = title.split(" ", 1)[0].lower()
    return first in word_list("which_item_modifiers")


MAX_ORDINAL_DIGITS = 3    # "Round 11", "Session 2", "Stage 104": a number that counts occurrences


def _text_gap(words: list[Word], first: int, second: int) -> int:
    """Characters between two words (1: a single space)."""
    return words[second].start - words[first].end


def _numbered(words: list[Word], last: int, blocked: list[tuple[int, int]]) -> int | None:
    """The index of a plain number right after the event noun ending at ``last`` that numbers it
    among its kind ("Round 4", "Webinar 3"), or a part of it ("Hearing Stream 2": numbered_parts),
    else None; a number inside a date ("meeting 5 May") is the date's."""
    after = last + 1
    if after >= len(words) or _text_gap(words, last, after) != 1:
        return None
    if words[after].lower in word_list("numbered_parts") and words[after].text[:1].isupper():
        after += 1      # "Hearing Stream 2": the programme's own label, not "Meeting Room 3"
        if after >= len(words) or _text_gap(words, after - 1, after) != 1:
            return None
    word = words[after]
    if not (word.text.isdigit() and len(word.text) <= MAX_ORDINAL_DIGITS):
        return None
    return None if any(s <= word.start < e for s, e in blocked) else after


def _names_a_weekday(title: str) -> bool:
    """Whether a title holds a weekday's name ("Thursday Storytimes"): the sessions of that weekday,
    no fuller name for another series' bare noun."""
    return any(len(word) > 3 and word in weekday_words() for word in title.lower().split())   # not "Sun", "Sat"


def _month_owned(title: str) -> bool:
    """Whether a title opens with a month's possessive ("June's tournament"): that month's occasion,
    no fuller name for a bare noun dated in another month."""
    first = title.split(" ", 1)[0].lower()
    owner = next((first[:-len(mark)] for mark in ("'s", "’s") if first.endswith(mark)), None)
    return owner is not None and owner in month_words()


def _named_instead(words: list[Word], phrase: NounPhrase, text: str, known: KnownPhrases,
                   fuller_at: int | None) -> str | None:
    """A name for a bare generic noun ("the event", "a celebration"): the occasion its clause
    marks ("90th anniversary celebration"), else the nearest hosted name before it, when no
    fuller phrase with the same noun, nor any other event phrase, stands nearer ("hosting
    Soberfest 2023 ... The event")."""
    occasion = marked_occasion(words, phrase.head, text)
    if occasion is not None:
        named = f"{occasion} {words[phrase.head].lower}"
        return named[:1].upper() + named[1:]
    start = words[phrase.first].start
    starts, names = known.get(HOSTED, ([], []))
    at = bisect.bisect_left(starts, start)
    if at and start - starts[at - 1] <= HOSTED_REACH and (fuller_at is None or fuller_at < starts[at - 1]) and not (
            _phrase_between(known, starts[at - 1] + len(names[at - 1]), start)):
        return names[at - 1]
    return None


def _phrase_between(known: KnownPhrases, after: int, before: int) -> bool:
    """Another event phrase starts between offsets ``after`` and ``before`` ("hosts Pumpkinfest
    ... will hold its annual dinner ... The event"): the bare noun is nearer that one."""
    return any(bisect.bisect_left(starts, before) > bisect.bisect_right(starts, after)
               for key, (starts, _) in known.items() if not key.startswith("\x00"))


def awaited_output(words: list[Word], cue: int, text: str) -> tuple[str, int] | None:
    """An outcome noun (organiser_outputs) right before the participle that leads to the cue at
    offset ``cue``, modal words aside ("results expected by", "a final decision is expected by",
    "results are expected to be released by"), whether or not it is the clause's subject: the
    title ("Results") and the noun's index. A participle told with an adverb ("originally
    expected by") or no participle at all ("mail the results by") gives None."""
    before = [k for k, w in enumerate(words) if w.end <= cue]
    k = len(before) - 1
    participle = None
    while k >= 0 and (words[k].lower in word_list("modal_words") or past_participle(words[k])):
        if past_participle(words[k]):
            participle = k
        k -= 1
    if k < 0 or participle is None or words[k].lower not in word_list("organiser_outputs"):
        return None
    first = k - 1 if k > 0 and words[k - 1].lower in word_list("outcome_modifiers") else k
    name = phrase_text(words, first, k, text)
    return name[:1].upper() + name[1:], k


def _handed_out(words: list[Word], subject: tuple[int, int], cue: int) -> bool:
    """The subject's head noun, before any preposition, names what the organiser hands out
    ("Funding decisions", "Results of the review"; organiser_outputs), and the cue at offset
    ``cue`` follows the subject with at most its verb between ("Awards announced by"; not
    "... mail an offer to shareholders by": the offer is the actors' own act)."""
    last = subject[0]
    while last < subject[1] and words[last + 1].lower not in word_list("item_prepositions") | word_list("title_cuts"):
        last += 1
    between = [w for w in words[subject[1] + 1:] if w.end <= cue]
    return words[last].lower in word_list("organiser_outputs") and all(
        w.lower in word_list("modal_words") or past_participle(w) for w in between)


def _aside_subject(words: list[Word], phrase: NounPhrase, blocked: list[tuple[int, int]], text: str) -> str | None:
    """"Zumba classes resume every Tuesday (sessions start at 9.05am)": a bare generic noun
    (generic_event_nouns) in a bracketed aside stands for what the clause names before the
    bracket; that subject titles the entry. None when the phrase is no such noun or no subject
    that names someone or something opens the clause."""
    if phrase.first != phrase.last or words[phrase.head].lower not in word_list("generic_event_nouns"):
        return _observed_name(words, phrase, blocked, text)
    opening = next((k for k in range(phrase.first - 1, -1, -1) if words[k].text in "()"), None)
    if opening is None or words[opening].text != "(":
        return None
    subject = clause_subject(words[:opening], blocked)
    if subject is None or not _someone(words, subject) or not words[subject[0]].is_word:
        return None
    verb = next((k for k in range(subject[0] + 1, subject[1] + 1) if words[k].lower in word_list("recurring_verbs")),
                None)     # "Zumba classes resume": the subject ends before its verb
    return phrase_text(words, subject[0], subject[1] if verb is None else verb - 1, text)


def _observed_name(words: list[Word], phrase: NounPhrase, blocked: list[tuple[int, int]], text: str) -> str | None:
    """"Vesak is observed from 12 to 14 May (two days national holiday)": a bracket that holds only
    a holiday noun phrase (holiday_gloss_nouns) after the date of a clause whose verb says a day is
    kept (observance_verbs) tells what kind of day it is; the name opening the clause titles the
    entry. None for any other phrase, or when no capitalised name opens the clause."""
    if words[phrase.head].lower not in word_list("holiday_gloss_nouns"):
        return None
    opening = phrase.first - 1
    while opening > 0 and words[opening].lower in word_list("articles"):
        opening -= 1              # "(a public holiday)"
    if opening < 1 or words[opening].text != "(" or phrase.last + 1 >= len(words) or words[phrase.last + 1].text != ")":
        return None
    subject = clause_subject(words[:opening], blocked)
    if subject is None or not words[subject[0]].is_capitalised or words[subject[0]].lower in word_list("pronouns"):
        return None
    if not any(w.lower in word_list("observance_verbs") for w in words[subject[1] + 1:opening]):
        return None
    return phrase_text(words, subject[0], subject[1], text)


def _opens_with(words: list[Word], before: int, name: str) -> bool:
    """Whether the words before index ``before`` open with ``name``'s words (case aside)."""
    named = name.lower().split()
    opening = [w.lower for w in words[:before] if w.is_word][:len(named)]
    return len(opening) == len(named) and opening == named


def _owner_text(words: list[Word], subject: tuple[int, int], text: str) -> str | None:
    """A subject that can own "its ...": a name, or a noun phrase with its article."""
    opening = subject[0] - 1 if subject[0] > 0 and words[subject[0] - 1].lower in word_list("articles") else subject[0]
    if opening == subject[0] and not words[subject[0]].is_capitalised:
        return None
    owner = " ".join(text[words[opening].start:words[subject[1]].end].split())
    return lower_first(owner) if opening < subject[0] else owner


def previous_owner(text: str, sentences: Sentences, sentence: tuple[int, int], dates: DateSpans) -> str | None:
    """The subject of the sentence before: who "its" means when the clause has no subject of its own."""
    index = sentences.index_at(sentence[0])
    if index == 0:
        return None
    previous = sentences.bounds[index - 1]
    clause = clause_bounds(text, *previous)[-1]
    words = words_in(text, *clause)
    subject = clause_subject(words, dates.spans(clause))
    if subject is None or words[subject[0]].lower in word_list("pronouns"):
        return None     # "You can still ...", "There's still time ...": no one "its" could mean
    return _owner_text(words, subject, text)


def named_phrases(text: str, sentences: Sentences, dates: DateSpans, title: str | None = None) -> KnownPhrases:
    """Every event phrase of more than one word in the document, by head word: their
    offsets (rising) and titles, so "the forum" finds "the annual forum" by bisection.
    The document's title counts as written before its text ("The workshop will be held on
    ..." under the title "CFP: Workshop on Civic Data")."""
    found: KnownPhrases = {}
    if title:
        words = words_in(title, 0, len(title))
        for phrase in noun_phrases(words, [], title):
            if phrase.last > phrase.first and phrase.kind not in ("deadline", "milestone"):
                first = name_start(words, phrase.first, phrase.last)    # "Julio 6 2018 Stampede parade": a slug's day
                if first >= phrase.last:
                    continue
                starts, titles = found.setdefault(words[phrase.head].lower, ([], []))
                starts.append(-1)
                named = phrase_text(words, first, phrase.last, title)
                titles.append(named[:1].upper() + named[1:] if first > phrase.first else named)
    windows = phrase_list("window_nouns")
    for sentence in sentences.bounds:
        for clause in clause_bounds(text, *sentence):
            words = words_in(text, *clause)
            for at, name in hosted_names(words, text, dates.spans(clause)):
                starts, titles = found.setdefault(HOSTED, ([], []))
                starts.append(at)
                titles.append(name)
            for phrase in noun_phrases(words, dates.spans(clause), text):
                lowered = tuple(w.lower for w in words[phrase.first:phrase.head + 1])
                if any(lowered[-len(w):] == w for w in windows):
                    starts, titles = found.setdefault(WINDOWS, ([], []))
                    starts.append(words[phrase.first].start)
                    titles.append(phrase_text(words, phrase.first, phrase.last, text))
                if phrase.last > phrase.first:
                    starts, titles = found.setdefault(words[phrase.head].lower, ([], []))
                    starts.append(words[phrase.first].start)
                    written = phrase_text(words, phrase.first, phrase.last, text)
                    titles.append(written.capitalize() if written.isupper() else written)   # "PLANNING APPLICATION"
    return found


def _window_before(known: KnownPhrases, before: int) -> str | None:
    """The nearest earlier phrase naming something that closes ("a public consultation on ...")."""
    starts, titles = known.get(WINDOWS, ([], []))
    at = bisect.bisect_left(starts, before)
    return titles[at - 1] if at else None


def _cue_named(subject_text: str, cue: Cue) -> str | None:
    """The subject as the deadline's title when the cue opens it, past an article ("the last
    posting date for Spain"): the subject already says it is the last moment for something."""
    written = subject_text.split()
    if written and written[0].lower() in word_list("articles"):
        written = written[1:]
    if len(written) <= len(cue.words) or tuple(w.lower() for w in written[:len(cue.words)]) != cue.words:
        return None
    return " ".join(written)[:1].upper() + " ".join(written)[1:]


def _cue_start(words: list[Word], cue: Cue, at: int) -> int:
    """Where the deadline cue nearest before the date starts (the date itself when none is before it)."""
    lowered = [w.lower for w in words if w.end <= at]
    size = len(cue.words)
    for index in range(len(lowered) - size, -1, -1):
        if tuple(lowered[index:index + size]) == cue.words:
            return words[index].start
    return at


def _cue_end(words: list[Word], last: int, signals: Signals, kind: str, window: bool = False) -> int:
    """Stretch a title over an opening/closing verb right after it ("Registration opens");
    a weak closing verb only for deadlines and for what is open for answers (``window``: "The
    consultation ends"); "The conference will end" stays "Conference"."""
    for cue in (signals.opening, signals.deadline):
        if cue is None or cue.place != "after_noun" or (cue.role == "deadline" and not cue.strong
                                                        and kind != "deadline" and not window):
            continue
        if cue.role == "opening" and signals.deadline is not None and signals.deadline.place == "before":
            continue          # "is open until 5 July": the date is no opening
        lowered = [w.lower for w in words]
        for end in range(last + 1, min(len(words), last + 1 + after_noun_gap(lowered, last)) + 1):
            if tuple(lowered[end - len(cue.words):end]) == cue.words and end - len(cue.words) > last:
                if cue.words[-1] in word_list("availability_marks") and not _opens_on(words, end):
                    break     # "Drop-in sessions are available daily from 9am": hours, no opening day
                return end - 1
    return last


def _opens_on(words: list[Word], after: int) -> bool:
    """An availability word is a first day only when the date follows it at once, after a
    colon or a preposition ("Applications Available: March 21", "available from 3 May")."""
    if after >= len(words):
        return False
    return not words[after].is_word or words[after].lower in word_list("item_prepositions")


MAX_SCHEDULE_GAP = 4    # words from a phrase to its schedule word ("is now scheduled for")


def _scheduled(words: list[Word], phrase: NounPhrase, at: int) -> bool:
    """A schedule word (plan_schedule_words) right after the phrase and before its date: "Submission
    of the plan is scheduled for March" dates a step of the plan, no reader's deadline."""
    after = [w.lower for w in words[phrase.last + 1:phrase.last + 1 + MAX_SCHEDULE_GAP] if w.end <= at]
    return any(w in word_list("plan_schedule_words") for w in after)


def _cue_as_title(words: list[Word], phrase: NounPhrase, last: int, text: str) -> str:
    """The cue words after the name, in the present: "will open" -> "opens" ("open" after a
    plural name); words as written when no modal stands before the cue."""
    between = words[phrase.last + 1:last + 1]
    modal = [w for w in between[:-1] if w.lower in word_list("modal_words")]
    presents = {row["base"]: row["present"] for row in table("cue_presents")}
    verb = between[-1].lower
    if modal and verb in presents:
        return verb if phrase.plural else presents[verb]
    if any(w.lower in word_list("relative_marks") for w in between[:-1]) or not all(w.is_word for w in between):
        return between[-1].text      # "The consultation, which closes on 3 May": "Consultation closes"
    return " ".join(text[between[0].start:between[-1].end].split())


def lower_first(phrase: str) -> str:
    """Lower-case a sentence-initial capital, keep names and acronyms ("TIPD papers")."""
    first = phrase.split(" ", 1)[0]
    if first[:1].isupper() and first[1:] == first[1:].lower() and not any(c.isdigit() for c in first):
        return phrase[:1].lower() + phrase[1:]
    return phrase

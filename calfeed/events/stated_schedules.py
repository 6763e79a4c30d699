"""A sentence that states when its subject starts, opens, closes, resumes or ends is an entry.

"Classes will start from 3 February 2025", "Sittings will resume on 10 March", "The consultation
closes on 14 January 2026", "Term ends on Friday 19 December": the page tells its reader a day,
yet the sentence holds no event noun, label or layout for another rule to name it by. Its subject
and its verb name it well enough ("Classes start", "Sittings resume", "Consultation closes").

The verb is one of schedule_verbs, standing shortly before the date with nothing but a few words
("to the public", "its doors to residents") between; the subject is the noun phrase right before
the verb and its auxiliaries (schedule_auxiliaries: "will", "is set to", "will next"). A verb
joined to an earlier one ("will begin on 3 January, ending on 4 March", "open on 1 March and close
on 31 March") takes that verb's subject, and so does one joined by "and" or "but" to a clause
telling the subject's state ("The east wing is currently closed and will be open to the public on
14 March"). The kind comes from the verb: a closing verb is a
deadline, unless what closes is a venue (then it is an event); a stretch verb ("runs from ... to
...") is titled by its subject alone, or as its end when its one day follows "until".

Vetoes: a past auxiliary ("was set to open"), a maybe, a habit or a negation between the subject
and the date, a condition anywhere in the sentence ("... unless the Speaker recalls the House"),
a pronoun for a subject (what "it" or "we" names is not in the clause), a time clause ("after the
market closes on ..."; schedule_time_clauses), and anything but a day
written with its number ahead of the page's date (plain_dates.plain_day).
A hedge before the verb ("is expected to", "intend to") keeps the entry, as a tentative one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.announced_acts import past_participle
from calfeed.events.attributions import before_attribution_aside
from calfeed.events.candidates import Candidate
from calfeed.events.closing_events import closed_with_event
from calfeed.events.deadline_clock import clock_of
from calfeed.events.gapped_subjects import opens_clause
from calfeed.events.phrases import MAX_SUBJECT_WORDS, abbreviation_dot, clause_subject, noun_run, phrase_stops, phrase_text
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import DAY_VETO_LISTS, merged_lists, phrase_at, phrase_list, table, title_words, word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import Word, plural_noun, starts_inside, words_in
from calfeed.model import Timex
from calfeed.text import SENTENCE_MARKS, Sentences

MAX_REFERENT_WORDS = 5    # a name an "It" stands for ("Gallery 29", "Rose Garden"); a longer subject is a clause
RELATIVE_WORDS = 5     # words of a relative clause passed over before the main verb ("which had been postponed")
VERB_GAP = 5          # words between the verb and its date ("will open to the public on")
MAX_OBJECT_WORDS = 4  # "the old Thames footbridge": a longer run is a clause
HEDGED_NOTE = "a stated schedule told as a plan, not a fixed day"
MOVED_NOTE = "a day a sentence says its subject was moved to"
STATED_NOTE = "a day a sentence states its subject starts, opens, closes or ends on"
_BREAKS = (",", ";", ":", "(", ")", "—", "–")
_VETO_LISTS = DAY_VETO_LISTS + ("negations",)


@dataclass(frozen=True)
class _Verb:
    words: tuple[str, ...]
    singular: str
    plural: str
    kind: str
    ranged: bool
    finite: bool = True
    moves: bool = False       # "brought forward to": the date is the subject's new day
    days_only: bool = False   # "is available from 1 June to 31 August": a range of days, never one day's end


@dataclass(frozen=True)
class Stated:
    """What a sentence states about its subject on the date: the title, the kind, whether it is
    only planned (a tentative entry), and where the subject starts (the frame's anchor)."""

    title: str
    kind: str
    hedged: bool
    subject_start: int
    stretch: bool = False     # a stretch verb's end ("will run until 24 March"), no deadline
    moved: bool = False       # a move's new day ("has been brought forward to 19 August")


@lru_cache(maxsize=None)
def _verbs() -> dict[str, tuple[_Verb, ...]]:
    """The schedule verbs by their first word, longest form first."""
    by_first: dict[str, list[_Verb]] = {}
    for row in table("schedule_verbs"):
        form = tuple(row["form"].lower().split())
        by_first.setdefault(form[0], []).append(
            _Verb(form, row["singular"], row["plural"], row["kind"], row["span"] in ("range", "stretch"),
                  row["finite"] == "yes", row["span"] == "move", row["span"] == "stretch"))
    return {first: tuple(sorted(found, key=lambda v: -len(v.words))) for first, found in by_first.items()}


@lru_cache(maxsize=None)
def _passable() -> frozenset[str]:
    return word_list("schedule_auxiliaries") | word_list("schedule_hedges")


def stated_schedule(text: str, sentence: tuple[int, int], timex: Timex, dates: list[Timex],
                    referent: str | None = None, listed: bool = False) -> Stated | None:
    """The entry a sentence states for the date at ``timex``, or None. ``dates`` are the
    sentence's dates; ``referent`` the name an opening "It" stands for (see named_before);
    ``listed``: the sentence is a lead-in over a list of days, which its date points at ("shops
    will be open on these Sundays:"), so a state holds on each listed day."""
    stands = referent is not None
    blocked = [(t.start, t.end) for t in dates]
    words = words_in(text, *sentence)
    at = next((k for k, w in enumerate(words) if w.start >= timex.start), None)
    if at is None:
        return None
    found = _verb_before(words, at, blocked)
    if found is not None and _row_above(text, words, found[0], at, blocked):
        words, at, found = words[at:], 0, None    # the date leads a row of its own: read that row alone
    listed = _first_listed(text, words, at, blocked) if found is None else at
    if listed != at:      # "will close on Saturday, March 28, and Sunday, March 29": the list's verb
        found = _verb_before(words, listed, blocked)
        at = listed if found is not None else at
    if found is not None:
        first, verb = found
        if verb.moves and not _moved_straight_to(words, first + len(verb.words), at):
            return None    # "have been moved to other offices until 4 January": a place is the move's target
        if _fronted_participle(words, first, verb, timex):
            return None    # "LYNTON Beginning in March, the hall will host ...": no subject before it
        subject = _subject(words, first, blocked, 0, dates, verb.moves, stands)
        stop = at
        acted_on = None if verb.moves else _object(words, first + len(verb.words), at, blocked)
        _, was, hedged = _auxiliaries_before(words, first, verb.moves)
        if subject is None and acted_on is not None and not was:
            subject = (max(0, first - VERB_GAP), first - 1, hedged)
            # "Grade 4, currently in school, will also resume their third term on 4 January": the term resumes
    else:
        fronted = _fronted(words, at, timex, blocked, stands, dates)    # "On Saturday 5 April the new hall opens ..."
        if fronted is None:
            return None
        first, verb, subject = fronted
        stop = first + len(verb.words)
    state = (first > 0 and words[first - 1].lower in word_list("schedule_copulas")
             and verb.words[0] in word_list("schedule_state_words"))
    spanned = state and _days_range(timex)
    if (state and not spanned
            and (stop != at or words[_pointed_from(words, at, listed)].lower not in word_list("schedule_state_day_links"))):
        return None        # "The museum will be open from 10 May": a state, not the act of opening
    if subject is None:
        return None
    begin, end, hedged = subject
    between = [w for w in words[begin:stop] if not starts_inside(w, blocked)]
    vetoes = merged_lists(_VETO_LISTS)
    if _said_before(words, begin):
        vetoes = vetoes - word_list("reported_future_auxiliaries")   # "They said the fair would open on 3 May"
    if any(w.lower in vetoes for w in between):
        return None        # "will not open on", "the road will usually close on"
    own = _relative_at(words, end)    # "whether they are invited to an interview, which will take place ...":
    if _conditioned(words[own:], at - own, blocked):    # the main clause's condition is not the relative's
        return None        # "Sittings resume on 10 March unless the Speaker recalls the House"
    after = first + len(verb.words)
    named = _object(words, after, at if stop == at else _clause_end(words, after, blocked), blocked) or (begin, end)
    plural = plural_noun([w.text for w in words[named[0]:named[1] + 1]])
    name = phrase_text(words, named[0], named[1], text)
    if stands and named[0] == named[1] and words[named[0]].lower in word_list("referent_pronouns"):
        name = referent    # "Gallery 29 is currently closed ... It ... will reopen to the public on November 21"
        plural = plural_noun(referent.split())
    template = "{}" if spanned else verb.plural if plural else verb.singular
    # "The garden is open from 23 March to 21 May": the state over those days, titled by the subject
    # as a stretch verb's ("The pass is available from 1 June to 31 August": "Pass")
    kind = verb.kind
    ended = verb.words[-1] in word_list("end_verbs")
    if verb.ranged and timex.end_interval is None:
        if verb.days_only:
            return None    # "The offer is available until 31 May": whose deadline, other rules read
        if stop != at or words[at - 1].lower not in word_list("schedule_end_links"):
            return None    # "runs on Saturday": a day of it, said some other way
        template = "{} " + title_words()["end" if plural else "ends"]
        ended = True
    if ended and kind == "event" and timex.end_interval is None and _names_window(words, named):
        return Stated(template.format(name), "deadline", hedged, words[begin].start, verb.ranged)
        # "The survey ends on 30 April", "will run until 30 April": what is open for answers closes then
    if kind == "deadline" and (words[end].lower in word_list("venue_heads") | word_list("building_heads")
                               or timex.end_interval is not None):
        kind = "event"     # "The library closes on 24 December", "close on 23 December and reopen on 4 January": a closure
    if kind == "deadline" and closed_with_event(words, words[at].start):
        return None        # "The process will close on 8 August, with the election of mayors": the election's day
    shut = _closed_place(words, after, blocked) if kind == "deadline" else None
    if shut is not None:   # "engineering works will close the railway between ...": the railway's closure
        kind = "event"
        name = phrase_text(words, shut[0], shut[1], text)
        template = verb.plural if plural_noun([w.text for w in words[shut[0]:shut[1] + 1]]) else verb.singular
    return Stated(template.format(name), kind, hedged, words[begin].start, verb.ranged, verb.moves)


def _days_range(timex: Timex) -> bool:
    """Whether the date is a run of days with both ends written ("from 23 March to 21 May"), over
    which a state holds; a clock range ("open from 10am to 5pm") is its hours, no entry."""
    return timex.type == "DATE" and timex.end_interval is not None


def _pointed_from(words: list[Word], at: int, listed: bool) -> int:
    """The word before the date at ``at``, past the words of listed_day_pointers ("the
    following", "these") when the date points at a list below (``listed``)."""
    k = at - 1
    if listed:
        pointers = word_list("listed_day_pointers")
        while k > 0 and words[k].lower in pointers:
            k -= 1
    return k


def _pronoun(word: Word, stands: bool) -> bool:
    """A pronoun subject names nothing in the clause, unless it is an "It" that ``stands`` for the
    name the sentence before opens with."""
    return word.lower in word_list("pronouns") and not (stands and word.lower in word_list("referent_pronouns"))


def _standing_it(words: list[Word], stands: bool) -> tuple[int, int] | None:
    """The opening "It" as the clause's subject when it stands for a name (clause_subject takes
    no pronoun)."""
    return (0, 0) if stands and words and words[0].lower in word_list("referent_pronouns") else None


def named_before(text: str, sentences: Sentences, sentence: tuple[int, int]) -> str | None:
    """The name an "It" opening ``sentence`` stands for: the subject the sentence before (in the
    same paragraph) opens with, when it is a name ("Gallery 29", "The Rose Garden": its words
    capitalised or numbers, a leading article aside) or a plain noun phrase headed by what starts
    and ends (schedule_objects: "The autumn term has been confirmed. It will start on ...") or a
    venue (venue_heads); "They" stands so for a plural one ("The two reading rooms closed in May.
    They will reopen on ..."). A topic the sentence itself opens with ("As for the pupils' return,
    the board said that it will begin on ...") is what its pronoun stands for, before any sentence's.
    None otherwise."""
    words = words_in(text, *sentence)
    topic = fronted_topic(words, text)
    if topic is not None:
        return topic
    if not words or words[0].lower not in word_list("referent_pronouns"):
        return None
    previous = sentences.previous_in_paragraph(sentence)
    if previous is None:
        return None
    before = words_in(text, *previous)
    found = clause_subject(before, [])
    if found is None or any(w.lower not in word_list("articles") for w in before[:found[0]]):
        return None
    first, last = found
    while first < last and before[first].lower in word_list("articles"):
        first += 1
    named = before[first:last + 1]
    if not all(w.is_word for w in named):
        return None
    plural = words[0].lower in word_list("plural_event_pronouns")
    if plural and not plural_noun([w.text for w in named]):
        return None        # "The hall ... They will reopen": not the hall
    if len(named) <= MAX_REFERENT_WORDS and all(w.text[:1].isupper() or w.text[:1].isdigit() for w in named):
        name = phrase_text(before, first, last, text)
    elif (plural == plural_noun([w.text for w in named])
          and _head(named).lower in word_list("schedule_objects") | word_list("venue_heads") | _venue_plurals()):
        name = phrase_text(before, first, last, text)
        name = name[:1].upper() + name[1:]
    else:
        return None
    return name


def _head(named: list[Word]) -> Word:
    """A noun phrase's head: the word before its first plural_head_links word ("season of the
    choir"), else its last, as plural_noun reads it."""
    links = word_list("plural_head_links")
    return next((named[k - 1] for k in range(1, len(named)) if named[k].lower in links), named[-1])


@lru_cache(maxsize=None)
def _venue_plurals() -> frozenset[str]:
    """The plurals of venue_heads that list does not write out ("libraries", "museums")."""
    return frozenset(w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else w + "s"
                     for w in word_list("venue_heads"))


MAX_TOPIC_WORDS = 6     # words of a fronted topic ("the pupils' return to the classrooms")


def fronted_topic(words: list[Word], text: str) -> str | None:
    """The topic a sentence opens with (topic_leads, then a plain noun phrase and a comma: "Regarding
    the pupils' return, ...", "As for the new term, ..."), as written without its article and
    capitalised; None when no lead opens the sentence, or the phrase holds a number, a mark or more
    than MAX_TOPIC_WORDS words. A pronoun of the clause after it stands for the topic."""
    first = next((k for k, w in enumerate(words) if w.is_word), None)
    if first is None:
        return None
    lead = phrase_at([w.lower for w in words[first:first + 4]], 0, phrase_list("topic_leads"))
    if lead is None:
        return None
    k = first + len(lead)
    while k < len(words) and words[k].lower in word_list("articles"):
        k += 1
    comma = next((j for j in range(k, min(len(words), k + MAX_TOPIC_WORDS + 1)) if words[j].text == ","), None)
    if comma is None or comma == k or not all(w.is_word and not any(c.isdigit() for c in w.text)
                                              for w in words[k:comma]):
        return None
    name = phrase_text(words, k, comma - 1, text)
    return name[:1].upper() + name[1:]


def _names_window(words: list[Word], named: tuple[int, int]) -> bool:
    """The subject ends in a name of something open for answers (window_nouns: a survey, a
    consultation, registration), whose end is a deadline, not the end of something attended."""
    lowered = tuple(w.lower for w in words[named[0]:named[1] + 1])
    return any(lowered[-len(w):] == w for w in phrase_list("window_nouns"))


def _fronted(words: list[Word], at: int, timex: Timex, blocked: list[tuple[int, int]], stands: bool = False,
             dates: list[Timex] = ()) -> tuple[int, _Verb, tuple[int, int, bool] | None] | None:
    """A date that opens its sentence (after at most schedule_fronted_leads: "On", "From") and the
    clause after it that states the schedule: its verb's index and row, and its subject. A clause
    that goes on to another time ("From 6 January the library will open at 9am") tells standing
    hours from that day, not an act on it; after a lead that names one day (single_day_leads: "On
    10 July, the races will start at 8am") a clock with no day of its own is that day's."""
    if any(w.is_word and w.lower not in word_list("schedule_fronted_leads") for w in words[:at]):
        return None
    k = next((j for j, w in enumerate(words) if w.start >= timex.end), None)
    if k is not None and words[k].text == ",":
        k += 1
    if k is None or k >= len(words):
        return None
    rest = words[k:]
    found = clause_subject(rest, blocked)
    if found is None or any(w.lower not in word_list("articles") for w in rest[:found[0]]):
        return None        # the subject opens the clause after the date
    first, last = k + found[0], k + found[1]
    cut = next((i for i in range(first + 1, last + 1) if _verb_at(words, i) is not None), None)
    if cut is not None:
        last = cut - 1     # "garden waste collections resume": the verb ends the subject
    j = last + 1
    hedged = False
    while j < len(words) and words[j].lower in _passable() | word_list("schedule_past_auxiliaries"):
        if words[j].lower in word_list("schedule_past_auxiliaries"):
            return None    # "On 3 March the hall was opened": history
        hedged = hedged or words[j].lower in word_list("schedule_hedges")
        j += 1
    verb = _verb_at(words, j)
    if verb is None or _pronoun(words[first], stands) or (not verb.finite and j == last + 1):
        return None        # "15 September: official reopening": a noun, no verb
    later = [s for s, _ in blocked if s >= words[j].end]
    if at > 0 and words[at - 1].lower in word_list("single_day_leads"):
        clocks = {t.start for t in dates if clock_of(t) is not None}
        later = [s for s in later if s not in clocks]    # "On 10 July, horse races will start at 8am"
    if later and not all(_limited(words, s) for s in later):
        return None        # "From 6 January, the library will open at 9am": standing hours from then
        # ("On Sunday (March 10) contractors will close the bridge until about 9am": that day's limit)
    return j, verb, (first, last, hedged)


def _limited(words: list[Word], start: int) -> bool:
    """Whether the date starting at ``start`` is a limit, "until" or "to" right before it."""
    before = [w for w in words if w.end <= start]
    return bool(before) and before[-1].lower in word_list("range_to_words")


def _row_above(text: str, words: list[Word], verb: int, at: int, blocked: list[tuple[int, int]]) -> bool:
    """Whether the verb at ``verb`` belongs to a row above the date at ``at``: the date opens its
    line and the verb's line opens with a date of its own ("13th August Season starts" over "6th/7th
    May Season finishes"). Such a verb is its own row's, claimed by that row's date; a label over a
    date line ("Registration opens" over "3 May") has no date and still names it."""
    if at == 0 or "\n" not in text[words[at - 1].end:words[at].start]:
        return False
    first = verb
    while first > 0 and "\n" not in text[words[first - 1].end:words[first].start]:
        first -= 1
    return starts_inside(words[first], blocked)


def _moved_straight_to(words: list[Word], after: int, at: int) -> bool:
    """Whether only move_date_leads, weekday names and punctuation stand between a move verb's
    last word and the date ("brought forward to Monday, 3 May"), so the date is the move's target."""
    leads = word_list("move_date_leads") | weekday_words()
    return all(not w.is_word or w.lower in leads for w in words[after:at])


def _fronted_participle(words: list[Word], first: int, verb: _Verb, timex: Timex) -> bool:
    """Whether the participle at ``first`` opens a fronted phrase ("Beginning in March, the village
    hall will host ..."): capitalised after a word (a news dateline, "LYNTON"), with no auxiliary
    before it, and a comma right after its date. What it tells of is the clause after the comma,
    not the word before it; a headline's participle ("Pottery Classes Beginning in March") has no comma."""
    if verb.finite or first == 0 or not words[first].is_capitalised or words[first - 1].lower in _passable():
        return False
    after = next((w for w in words if w.start >= timex.end), None)
    return after is not None and after.text == ","


def _auxiliaries_before(words: list[Word], verb: int, moves: bool = False) -> tuple[int, bool, bool]:
    """The auxiliaries right before the verb ("are expected to", "were set to"): the index of the
    word before them, and whether a past one (history) or a hedge (a plan) is among them. Before a
    verb that moves its subject to a new day ``moves``, a past or perfect one ("has been brought
    forward to") tells of the move only: no history."""
    past = frozenset() if moves else word_list("schedule_past_auxiliaries")
    passable = (_passable() | word_list("reported_future_auxiliaries")   # vetoed later unless reported
                | (word_list("move_auxiliaries") if moves else frozenset()))
    k, was, hedged = verb - 1, False, False
    while k >= 0 and (words[k].lower in passable or words[k].lower in past):
        was = was or words[k].lower in past
        hedged = hedged or words[k].lower in word_list("schedule_hedges")
        k -= 1
    return k, was, hedged


def _verb_at(words: list[Word], j: int, end: int | None = None) -> _Verb | None:
    """The schedule verb whose form starts at word ``j`` (and ends by word ``end``), if one does:
    the longest such form."""
    if j >= len(words):
        return None
    stop = len(words) if end is None else end
    if (j + 1 < len(words) and words[j].lower.endswith(tuple(word_list("gerund_endings")))
            and words[j + 1].lower in word_list("schedule_verb_noun_tails")):
        return None       # "new opening hours from 1 June": a noun
    if words[j].lower in word_list("schedule_noun_verbs") and _noun_place(words, j):
        return None       # "adjourned for Christmas recess on 19 December": a noun
    if j > 0 and words[j].is_capitalised and words[j - 1].is_word and words[j - 1].text[:1].islower():
        return None       # "a picture of a train" / "Changes from 15 December include ...": a capital after a
        #                   lower-case word opens the next line's sentence, no verb of the words before it
    return next((v for v in _verbs().get(words[j].lower, ())
                 if j + len(v.words) <= stop and tuple(w.lower for w in words[j:j + len(v.words)]) == v.words), None)


NOUN_REACH = 3        # words of a noun phrase before its head ("for the Christmas recess")


def _noun_place(words: list[Word], j: int) -> bool:
    """Whether the word at ``j`` (a schedule_noun_verbs form) stands where a noun does: right after an
    article or possessive ("the recess"), or ending words that a noun_verb_prepositions word opens
    ("for Christmas recess"). An auxiliary ("will recess") or a bare subject ("Houses recess") before
    it leaves it a verb."""
    if j == 0 or words[j - 1].lower in _passable():
        return False
    determiners = word_list("articles") | word_list("possessives")
    if words[j - 1].lower in determiners:
        return True
    for k in range(j - 1, max(-1, j - 2 - NOUN_REACH), -1):
        if not words[k].is_word or words[k].lower in _passable():
            return False
        if words[k].lower in word_list("noun_verb_prepositions"):
            return True
        if k < j - 1 and words[k].lower in determiners and not _plural_subject(words[j - 1].lower):
            return True       # "the morning recess", "its Christmas recess": the head of a noun phrase
    return False


def _plural_subject(word: str) -> bool:
    """Whether ``word`` reads as a plural noun that a verb may follow ("the Houses recess")."""
    return word.endswith("s") and not word.endswith(("ss", "'s", "\u2019s"))


def conditioned_after(words: list[Word], at: int, blocked: list[tuple[int, int]]) -> bool:
    """A condition that may call the day off after the date, on the date's own clause ("The council
    will launch the scheme in May 2027, unless funding is cut"): the day may not come, as with one
    that opens the sentence. Only trailing_condition_marks count ("..., if enough members register"
    keeps the meeting), and one about the reader or in a later joined clause leaves it standing."""
    marks = word_list("trailing_condition_marks")
    softeners = word_list("condition_softeners")
    if not any(k > at and w.lower in marks and (k + 1 >= len(words) or words[k + 1].lower not in softeners)
               and words[k - 1].text != "(" for k, w in enumerate(words)):
        return False       # "at 4:00pm unless otherwise posted", "(unless it's pouring!)": no doubt on the day
    return _conditioned(words[at:], 0, blocked)


def _conditioned(words: list[Word], at: int, blocked: list[tuple[int, int]]) -> bool:
    """A condition on the stated day's own clause makes it no schedule. A condition about the
    reader ("if you wish to attend") leaves it standing, and so does one in a later coordinated
    clause ("Sittings resume on 10 March, and members may attend if they wish"): a clause joiner
    after a break past the date (``at``) starts a clause the condition belongs to."""
    joined_from = next((k for k in range(at + 1, len(words) - 1)
                        if words[k].text in (",", ";") and words[k + 1].lower in word_list("clause_joiners")), len(words))
    for k, word in enumerate(words):
        if k >= joined_from:
            return False
        if word.lower not in word_list("condition_marks") or starts_inside(word, blocked):
            continue
        own = words[k + 1:_clause_end(words, k + 1, blocked)]
        if not any(w.lower in word_list("reader_words") for w in own):
            return True
    return False


def _clause_end(words: list[Word], after: int, blocked: list[tuple[int, int]]) -> int:
    """The index where the clause after a verb ends: its first break or date."""
    return next((j for j in range(after, len(words)) if words[j].text in _BREAKS
                 or words[j].text in SENTENCE_MARKS or starts_inside(words[j], blocked)), len(words))


LISTED_DATES = 6      # earlier days of one list a verb governs ("on 3, 10 and 17 May")
JOINER_WORDS = 4      # words of a joiner between two listed days ("as well as on")


def _first_listed(text: str, words: list[Word], at: int, blocked: list[tuple[int, int]]) -> int:
    """The first word of the first day of the list the date at ``at`` ends, when only date_joiners
    (", and", "and on") stand between its days ("will close on Saturday, March 28, and Sunday,
    March 29"): the verb before that day governs every day of the list. ``at`` when no day is
    listed before it, or when a verb of its own follows the day ("..., and Sunday, 2 January, will be
    a holiday": the day is the subject of a clause joined on, no item of a list)."""
    day = next((b for b in blocked if b[0] <= words[at].start < b[1]), None) if at < len(words) else None
    if day is not None and opens_clause(text, day[1]):
        return at
    joiners = frozenset(phrase_list("date_joiners"))
    for _ in range(LISTED_DATES):
        k, gap = at - 1, []
        while k >= 0 and not starts_inside(words[k], blocked) and len(gap) <= JOINER_WORDS + QUALIFIER_WORDS:
            gap.insert(0, words[k])
            k -= 1
        if k < 0 or not gap or not starts_inside(words[k], blocked):
            return at
        lowered = tuple(w.lower for w in gap)
        if lowered not in joiners and not _qualified_gap(gap, words, at, blocked, joiners):
            return at
        span = next(b for b in blocked if b[0] <= words[k].start < b[1])
        while k > 0 and span[0] <= words[k - 1].start < span[1]:
            k -= 1
        at = k
    return at


QUALIFIER_WORDS = 16   # words of a qualifier after a listed day ("for the north trail on the far side of the hill")


def _qualified_gap(gap: list[Word], words: list[Word], at: int, blocked: list[tuple[int, int]],
                   joiners: frozenset[tuple[str, ...]]) -> bool:
    """Whether ``gap``, the words between a listed day and the day at ``at``, is a qualifier of the
    first day and a joiner ("on 1 July for the north trail, and on 10 July for the others"): a
    preposition of listed_day_qualifier_preps, words with no break, date or clause verb, then a
    date_joiner; the same preposition must follow the later day, so each day has its own qualifier."""
    if len(gap) < 2 or gap[0].lower not in word_list("listed_day_qualifier_preps"):
        return False
    day = next((b for b in blocked if b[0] <= words[at].start < b[1]), None)
    after = next((w for w in words[at:] if day is None or w.start >= day[1]), None)
    if after is None or after.lower != gap[0].lower:
        return False
    lowered = tuple(w.lower for w in gap)
    cut = next((j for j in range(1, len(gap)) if lowered[j:] in joiners), None)
    if cut is None or cut < 2:
        return False
    stops = word_list("clause_verbs")
    return all(w.is_word and w.lower not in stops or w.text == "-" for w in gap[1:cut])


def _verb_before(words: list[Word], at: int, blocked: list[tuple[int, int]]) -> tuple[int, _Verb] | None:
    """The schedule verb nearest before the word at ``at``, no more than VERB_GAP words before,
    with no clause break or other date between them (a time aside of event_verb_asides is passed
    over: "runs this year from"): its first word's index and its row."""
    gap = 0
    k = at - 1
    while k >= 0 and gap <= VERB_GAP:
        word = words[k]
        if word.text == "," and k + 2 == at and words[k + 1].lower in word_list("clock_leads"):
            k -= 1         # "will close early, at 1 p.m., on Tuesday, December 31": a clock set off by commas
            continue
        aside = _aside_before(words, k, blocked)
        if aside is not None:
            k = aside - 1      # "The fair runs this year from 3 May": the verb is before the aside
            continue
        if word.text in _BREAKS or word.text in SENTENCE_MARKS or starts_inside(word, blocked):
            return None
        verb = _verb_at(words, k, at)
        if verb is not None:
            return k, verb
        gap += 1
        k -= 1
    return None


def _aside_before(words: list[Word], k: int, blocked: list[tuple[int, int]]) -> int | None:
    """The index of the first word of a date that ends with the word at ``k`` and is a time aside
    (event_verb_asides: "this year"), or None."""
    if not starts_inside(words[k], blocked):
        return None
    span = next((b for b in blocked if b[0] <= words[k].start < b[1]), None)
    if span is None or words[k].end != span[1]:
        return None
    first = k
    while first > 0 and span[0] <= words[first - 1].start:
        first -= 1
    lowered = tuple(w.lower for w in words[first:k + 1])
    return first if lowered in phrase_list("event_verb_asides") else None


def _object(words: list[Word], after: int, at: int, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The verb's object when it is what starts or ends (schedule_objects: "begin a new school
    year on ...", "resume their third term on ..."), as the first and last word of its phrase."""
    k = after
    while k < at and words[k].lower in word_list("possessives") | word_list("articles"):
        k += 1
    last = k
    while last < at and words[last].is_word and words[last].lower not in word_list("phrase_links") \
            and not starts_inside(words[last], blocked):
        last += 1
    if last == k:
        return None
    if words[last - 1].lower in word_list("schedule_objects"):
        return k, last - 1
    if last - k > 2 or not words[last - 1].lower.endswith(tuple(word_list("act_noun_endings"))):
        return None
    # "begin the assessment of plots that ...": the act, with its "of" phrase
    if last < at and words[last].lower == title_words()["of"]:
        end = last + 1
        while end < at and words[end].is_word and words[end].lower not in word_list("phrase_links") \
                and words[end].lower not in word_list("act_object_stops") and not starts_inside(words[end], blocked):
            end += 1
        if end > last + 1:
            last = end
    return k, last - 1


def _closed_place(words: list[Word], after: int, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The object right after a closing verb when it names a venue, a street or a route ("close the
    railway between ...", "shut the old bridge"): the first and last word of its name, else None."""
    k = after
    while k < len(words) and words[k].lower in merged_lists(("possessives", "articles")):
        k += 1
    if k == after:
        return None        # "close on 3 May", "close early": no object
    stops = word_list("phrase_links") | word_list("phrase_breaks")
    last = k
    while (last < len(words) and last - k < MAX_OBJECT_WORDS and words[last].is_word
           and words[last].lower not in stops and not starts_inside(words[last], blocked)):
        last += 1
    heads = merged_lists(("venue_heads", "building_heads", "street_heads", "route_heads"))
    if last == k or words[last - 1].lower not in heads:
        return None
    return k, last - 1


def _before_old_day(words: list[Word], k: int, blocked: list[tuple[int, int]]) -> int:
    """The last word of a moved subject that its old day follows ("Ferry operations for Friday,
    September 4th has been changed to ...", "Collections on Monday 7 June have been moved to ...";
    old_day_links): the old day says which of its days moved and is no part of it. ``k`` (the word
    before the move's auxiliaries) when no old day ends there."""
    if k < 0 or not starts_inside(words[k], blocked):
        return k
    j = k
    while j > 0 and starts_inside(words[j - 1], blocked):
        j -= 1
    if j < 2 or words[j - 1].lower not in word_list("old_day_links"):
        return k
    return j - 2


def _subject(words: list[Word], verb: int, blocked: list[tuple[int, int]], depth: int,
             dates: list[Timex], moves: bool = False, stands: bool = False) -> tuple[int, int, bool] | None:
    """The subject of the verb at ``verb``: first and last word and whether a hedge stands
    between. Auxiliaries are passed over; a verb joined to a date before it ("on 3 January,
    ending on ...", "on 1 March and close on ...") takes the subject of the verb before."""
    k, was, hedged = _auxiliaries_before(words, verb, moves)
    if was:
        return None        # "was set to open": history
    if k < 0:
        return None
    k = before_attribution_aside(words, k)    # "The second term, according to the calendar, will start ..."
    joined = words[k].text == "," or words[k].lower in word_list("joined_verb_links")
    if joined and k > 0 and (starts_inside(words[k - 1], blocked) or words[k - 1].text == ",") and depth == 0:
        if _out_of_order(words[k - 1], words[verb:], dates):
            return None
        earlier = _verb_before_date(words, k, blocked)
        found = (_subject(words, earlier, blocked, depth + 1, dates, stands=stands) if earlier is not None
                 else _opening_subject(words, k, blocked, stands))    # "The House adjourned on ... and will next sit on ..."
        return None if found is None else (found[0], found[1], found[2] or hedged)
    if depth == 0 and k > 0 and words[k].lower in word_list("verb_coordinators") and _state_clause(words, k):
        found = _opening_subject(words, k, blocked, stands)     # "The east wing is currently closed and will be open on ..."
        if found is not None:
            return found[0], found[1], found[2] or hedged
    if moves:     # "Ferry operations for Friday, September 4th has been changed to ...": past the old day
        k = _before_old_day(words, k, blocked)
    start = _clause_start(words, k, blocked)
    inner = _relative_before(words, start, k, blocked)
    if inner is not None:      # "The exercise which had been postponed has been rescheduled to ...": the exercise
        k = inner
        start = _clause_start(words, k, blocked)
    if start > 0 and words[start - 1].lower in word_list("schedule_time_clauses") and not (
            words[start - 1].lower in word_list("schedule_resumed_links")
            and words[verb].lower in word_list("range_resume_verbs")):
        return None        # "will report its results after the market closes on ...": when the other act is
        # ("... continue until the full working days resume from 13 July": the return is news of its own)
    start = _reported_clause(words, start, k)    # "The manager confirmed the new branch will open on ..."
    rest = words[start:k + 1]
    if len(rest) == 1 and start > 1 and words[start - 1].text == "," and rest[0].lower in word_list("relative_subjects"):
        return _antecedent(words, start - 2, blocked, hedged)   # "an interview, which will take place between ..."
    found = clause_subject(rest, blocked) or _standing_it(rest, stands)
    if found is not None:
        found = _past_joined_object(rest, found, blocked)
    if found is None or (found[1] != len(rest) - 1 and not _placed(rest[found[1] + 1:], blocked)
                         and not _intensified(rest[found[1] + 1:])):
        return None        # (its place may stand between: "The new facility at the shops will open";
        #                    so may a reflexive that stresses it: "the lessons themselves will start")
    first, last = start + found[0], start + found[1]
    if _pronoun(words[first], stands) or any(starts_inside(w, blocked) for w in words[first:last + 1]):
        return None        # "It will open on ...": what "it" is, the clause does not say
    return first, last, hedged


def _antecedent(words: list[Word], last: int, blocked: list[tuple[int, int]], hedged: bool
                ) -> tuple[int, int, bool] | None:
    """The noun a relative clause set off by a comma tells of ("during an interview, which will take
    place between D1 and D2"): its words back from ``last`` to an article, a possessive, a link or a
    stop word, at most MAX_OBJECT_WORDS; None when a date, a mark, a pronoun or a capitalised word ends it there."""
    stops = word_list("articles") | word_list("possessives") | word_list("phrase_links") | phrase_stops()
    first = last
    while (first >= 0 and last - first < MAX_OBJECT_WORDS and words[first].is_word
           and not starts_inside(words[first], blocked) and words[first].lower not in stops):
        first -= 1
    first += 1
    if first > last or words[last].lower in word_list("pronouns") or words[last].is_capitalised:
        return None        # "a new shop in Leeds, which will open on ...": a name, most often a place
    return first, last, hedged


def _relative_at(words: list[Word], end: int) -> int:
    """The index of the relative pronoun right after a subject's last word ``end`` and a comma
    (the subject is a relative clause's antecedent, _antecedent): its clause starts there; else 0."""
    if end + 2 < len(words) and words[end + 1].text == "," and words[end + 2].lower in word_list("relative_subjects"):
        return end + 2
    return 0


def _clause_start(words: list[Word], k: int, blocked: list[tuple[int, int]]) -> int:
    """The first word of the clause ending at word ``k``: back to a break, a subordinator or a date."""
    start = k
    breaks = word_list("schedule_clause_breaks") | word_list("subordinators") | word_list("complementizers")
    while start > 0 and (words[start - 1].text not in _BREAKS and words[start - 1].lower not in breaks
                         or _joined_object(words, start - 1, k)) \
            and not starts_inside(words[start - 1], blocked) \
            and (words[start - 1].text not in SENTENCE_MARKS or abbreviation_dot(words, start - 1)):
        start -= 1         # ("The service at St. Mary's Church will start": the dot of "St." ends nothing)
    return start


def _past_joined_object(rest: list[Word], found: tuple[int, int], blocked: list[tuple[int, int]]
                        ) -> tuple[int, int]:
    """The subject ``found`` in ``rest`` run on past a joiner inside its link's object ("ban on
    hunting and trapping"), which ends its noun run; as found when no such joiner follows it."""
    j = found[1] + 1
    if j < len(rest) - 1 and _joined_object(rest, j, len(rest) - 1):
        last, _ = noun_run(rest, j + 1, blocked, phrase_stops(), MAX_SUBJECT_WORDS)
        if last is not None:
            return found[0], last
    return found


def _joined_object(words: list[Word], j: int, k: int) -> bool:
    """Whether the joiner at ``j`` joins two plain words inside a link's object ("The annual ban on
    hunting and trapping will commence", "The review of pay and conditions will begin", "The fast of
    the lunar or solar calendar will commence"): a link of phrase_links (an article may follow it), one
    word, the joiner (noun_run_joins: "and", "or"), a word of the same case that is no article; the
    subject runs on before it, not from the word after it. Two capitalised words are a name's
    ("the Julian or Gregorian calendar")."""
    if j < 2 or j + 1 > k or words[j].lower not in word_list("noun_run_joins"):
        return False
    before, after = words[j - 1], words[j + 1]
    link = j - 3 if j >= 3 and words[j - 2].lower in word_list("articles") else j - 2
    return (words[link].lower in word_list("phrase_links") and before.is_word and after.is_word
            and (before.text.islower() and after.text.islower()
                 or before.text[:1].isupper() and after.text[:1].isupper())
            and after.lower not in word_list("articles"))


def _relative_before(words: list[Word], start: int, k: int, blocked: list[tuple[int, int]]) -> int | None:
    """The last word of the noun a bare relative clause ("which had been postponed") describes, when
    that clause, told in the past, is all that stands between the noun and the main verb: its tense is
    the noun's history, not the main clause's ("... which had been postponed has been rescheduled to
    7 November")."""
    marks = word_list("past_relative_marks")
    mark = next((j for j in range(k, max(start, k - RELATIVE_WORDS) - 1, -1) if words[j].lower in marks), None)
    if mark is None or mark <= start or mark == k or not words[mark - 1].is_word or starts_inside(words[mark - 1], blocked):
        return None
    clause = words[mark + 1:k + 1]
    if not any(w.lower in word_list("schedule_past_auxiliaries") for w in clause) or any(starts_inside(w, blocked) for w in clause):
        return None        # only a clause told in the past, with no date of its own, is passed over
    return mark - 1


MAX_PLACE_WORDS = 8     # "at the Creggan Road shops complex": where the subject is, before its verb


def _intensified(tail: list[Word]) -> bool:
    """The words between a subject and its verb are only a reflexive that stresses the subject
    (subject_intensifiers: "The lessons themselves will start on ...", "The hall itself reopens on
    ..."): the subject is the one before it."""
    return bool(tail) and all(w.lower in word_list("subject_intensifiers") for w in tail)


def _placed(tail: list[Word], blocked: list[tuple[int, int]]) -> bool:
    """The words between a subject and its verb are only where it is ("at the Creggan Road shops
    complex"): a place preposition, then a few plain words, no date."""
    return (0 < len(tail) <= MAX_PLACE_WORDS and tail[0].lower in word_list("place_prepositions")
            and all((w.is_word or abbreviation_dot(tail, j)) and not starts_inside(w, blocked)
                    for j, w in enumerate(tail)))     # "at St. Mary's Church": the abbreviation's dot too


def _reported_clause(words: list[Word], start: int, end: int) -> int:
    """Where the clause before a schedule verb starts when a verb of saying (saying_verbs) stands
    in it ("Janet Reyes, the branch manager, confirmed the new branch will open"): right after
    the last such verb, the reported clause's subject; else ``start``."""
    said = next((j for j in range(end - 1, start - 1, -1) if words[j].lower in word_list("saying_verbs")), None)
    return start if said is None else said + 1


def _said_before(words: list[Word], begin: int) -> bool:
    """Whether a verb of saying (saying_verbs) stands right before the subject at ``begin``, with at
    most "that" and an article between ("Officials said the fair would open on 3 May"), or a noun of
    a word given and "that" ("the announcement that the fair would open"; announcing_nouns): a report."""
    ends = [begin - 1]
    if begin >= 1 and words[begin - 1].lower in word_list("articles"):
        ends.append(begin - 2)  # the subject's own article, when the subject starts after it ("that" is both)
    for k in ends:
        marked = k >= 0 and words[k].lower in word_list("reported_clause_marks")
        if marked:
            k -= 1
        if k >= 0 and (words[k].lower in word_list("saying_verbs")
                       or marked and words[k].lower in word_list("announcing_nouns")):
            return True
    return False


def _state_clause(words: list[Word], k: int) -> bool:
    """Whether the words before the joiner at ``k`` tell the subject's state by a copula
    (schedule_copulas: "The east wing is currently closed"), so the verb after the joiner is the
    same subject's."""
    return any(w.lower in word_list("schedule_copulas") for w in words[1:k])


def _opening_subject(words: list[Word], k: int, blocked: list[tuple[int, int]], stands: bool = False
                     ) -> tuple[int, int, bool] | None:
    """The sentence's opening subject, for a verb joined by "and" after a clause of another verb
    ("The House adjourned ... on 19 December and will next sit on ..."); none past a clause break."""
    if any(w.text in _BREAKS[1:] for w in words[:k]):
        return None
    found = clause_subject(words, blocked) or _standing_it(words, stands)
    if found is None or found[1] >= k or _pronoun(words[found[0]], stands):
        return None
    last = next((j - 1 for j in range(found[0] + 1, found[1] + 1)
                 if not words[j].is_capitalised and past_participle(words[j])), found[1])
    return found[0], last, False      # "The House adjourned for ...": the subject ends at its verb


def _verb_before_date(words: list[Word], at: int, blocked: list[tuple[int, int]]) -> int | None:
    """The schedule verb that governs the date just before ``at`` (a joined verb's partner)."""
    k = at - 1
    while k >= 0 and starts_inside(words[k], blocked):
        k -= 1
    found = _verb_before(words, k + 1, blocked)
    return found[0] if found is not None else None


def _out_of_order(before: Word, after: list[Word], dates: list[Timex]) -> bool:
    """The date a joined verb governs falls before its partner's ("begin on January 3, 2022, ending
    on March 4" read as March 2021): the year was not carried over, so the day is not to be trusted."""
    partner = next((t for t in dates if t.start <= before.start < t.end), None)
    own = next((t for t in dates if after and t.start >= after[0].start), None)
    if partner is None or own is None or partner.interval is None or own.interval is None:
        return False
    return own.interval.start < partner.interval.start


BREAK_WORDS = 4       # words of the thing a break stops ("no scheduled plenary sittings")
BREAK_NOTE = "a stretch of days the page says is without something: a break to plan round"


def stated_break(text: str, sentence: tuple[int, int], timex: Timex) -> str | None:
    """"There will be no scheduled sittings between 22 December and 6 January": a stretch of days
    without something (absence_openers, then "no", the thing, break_prepositions, then the range)
    is a break readers plan round; its title is "No <thing>". One day without it ("no clinic on 14
    October") is a cancellation, which programme.no_occurrence reads."""
    if timex.end_interval is None:
        return None
    words = words_in(text, *sentence)
    at = next((k for k, w in enumerate(words) if w.start >= timex.start), None)
    if at is None or at < 3 or words[at - 1].lower not in word_list("break_prepositions"):
        return None
    k = at - 2
    while k >= 0 and at - 2 - k < BREAK_WORDS and words[k].is_word and words[k].lower not in word_list("absence_marks"):
        k -= 1
    if k < 0 or k == at - 2 or words[k].lower not in word_list("absence_marks"):
        return None
    if any(w.lower not in word_list("absence_openers") | word_list("schedule_auxiliaries") for w in words[:k]):
        return None        # "the office said no decision would be taken from ...": no break of the reader's
    thing = [w for w in words[k + 1:at - 1] if w.lower not in word_list("schedule_break_fillers")]
    if not thing:
        return None
    return f"{words[k].text[:1].upper()}{words[k].text[1:]} " + " ".join(w.text for w in thing)


@lru_cache(maxsize=None)
def _plural_titles() -> dict[str, str]:
    """Each singular title template of schedule_verbs with its plural ("{} reopens" -> "{} reopen"), and
    of the change verbs of milestone_verbs (``milestone_plural_titles``: "{} rises{to}" -> "{} rise{to}")."""
    rows = table("schedule_verbs") + table("milestone_plural_titles")
    return {row["singular"]: row["plural"] for row in rows if row["singular"] != row["plural"]}


def agreeing(template: str, subject: list[Word]) -> str:
    """A title template ("{} reopens") made to agree with a plural subject ("Schools reopen")."""
    return _plural_titles().get(template, template) if plural_noun([w.text for w in subject]) else template


def plural_subject(subject: list[Word]) -> bool:
    """Whether a subject's noun is plural ("Doors", "Expressions of interest"), for a title's verb."""
    return plural_noun([w.text for w in subject])


def without_restated_moves(chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the entry of a move's new day when another entry, not read from a move,
    holds that day ("the clash has been brought forward to Monday, 1 May" beside "the fixture
    between ... has been brought forward to Monday, 1 May at 15:00", read by an event noun): the
    page tells of one moved fixture twice. Of several moves to one day, the first stays."""
    kept: list[Candidate] = []
    held = {day_of(c.timing.start) for c in chosen if MOVED_NOTE not in c.frame.notes}
    for cand in chosen:
        if MOVED_NOTE in cand.frame.notes:
            day = day_of(cand.timing.start)
            if day in held:
                continue
            held.add(day)
        kept.append(cand)
    return kept

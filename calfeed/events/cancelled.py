"""Events the document says are off: "The lecture on Wednesday, November 10 has been
cancelled", "It had been due to take place on 10 November", "is unable to present his
lecture on ...". A subscriber would travel to such an entry, so it goes to the review report
with the words that called it off. The cues and the words that cut a cue off from a date
("was cancelled, but ... will be held on ...") are in ``cancel_cues`` and ``cancel_breaks``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from calfeed.events.vocabulary import phrase_list, table, word_list
from calfeed.events.words import Word, compared_stem, words_in
from calfeed.model import Timex


@lru_cache(maxsize=None)
def _cues() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple((tuple(row["cue"].lower().split()), row["sort"]) for row in table("cancel_cues"))


@lru_cache(maxsize=None)
def _cues_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The cues by their first word, so each word of a clause is looked up once."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for cue, sort in _cues():
        by_first.setdefault(cue[0], []).append((cue, sort))
    return {first: tuple(found) for first, found in by_first.items()}


@lru_cache(maxsize=None)
def _breaks() -> dict[str, str]:
    return {row["word"].lower(): row["side"] for row in table("cancel_breaks")}


def called_off(words: list[Word], timex: Timex, dates: list[Timex], kind: str = "event",
               title: str | None = None) -> str | None:
    """The cue that calls off the event the clause ``words`` dates with ``timex``, if any;
    ``dates`` are the clause's dates (a date after a "postponed" cue is its new day), ``kind``
    the entry's kind (a deadline is no event a "cancellation of" calls off), ``title`` the
    entry's title (a fronted denial of "have <something>" denies only the thing it names)."""
    lowered = [w.lower for w in words]
    conditions = word_list("condition_marks")
    by_first = _cues_by_first_word()
    for k in range(len(lowered)):
        for cue, sort in by_first.get(lowered[k], ()):
            if tuple(lowered[k:k + len(cue)]) != cue:
                continue
            cue_start, cue_end = words[k].start, words[k + len(cue) - 1].end
            if _inside_condition(words, k, conditions):
                continue         # "If you are unable to ..."
            if sort == "object":
                if _object_called_off(words, k, len(cue), timex):
                    return " ".join(w.text for w in words[k:k + len(cue)])
                continue         # "postponed to 17 May", "the cancelled match ... will be replayed on"
            if sort == "moved" and any(t.start >= cue_end for t in dates):
                continue         # "postponed to 17 November": moved, not off
            if sort == "ahead" and (kind == "deadline" or timex.start < cue_end):
                continue         # "Deadline for cancellation of bookings: 5 May"; "held on 17 November, ... resolved to cancel"
            if sort == "ahead" and _past_fronted_phrase(words, k, cue_end, timex, dates):
                continue         # "After the cancellation of last year's race, the 10K returns on 14 March"
            if timex.start >= cue_end:
                between, sides = [w for w in words if cue_end <= w.start and w.end <= timex.start
                                  and not _joins_dates(words, w, dates)], ("after", "both")
            else:
                between, sides = [w for w in words if timex.end <= w.start and w.end <= cue_start], ("both",)
            if any(_breaks().get(w.lower) in sides for w in between) and not _same_event(words, timex, between, dates, cue_end):
                continue
            return " ".join(w.text for w in words[k:k + len(cue)])
    return denied_event(words, timex, dates, title)


def _inside_condition(words: list[Word], k: int, conditions: frozenset[str]) -> bool:
    """Whether the cue at ``words[k]`` stands under a condition: a condition mark before it ("If
    you are unable to ...", "If it rains, the fair will be cancelled"). Only a condition on the
    reader that a comma closes before the cue leaves the cue the main clause's, as certain as
    without it ("If you’re flying out to the islands, plan to skip Tuesday")."""
    mark = next((j for j in range(k - 1, -1, -1) if words[j].lower in conditions), None)
    if mark is None:
        return False
    comma = next((j for j in range(mark + 1, k) if words[j].text == ","), None)
    return comma is None or not any(w.lower in word_list("reader_words") for w in words[mark + 1:comma])


def object_called_off(words: list[Word], timex: Timex) -> str | None:
    """The active cancelling verb of the sentence ``words`` whose object lists ``timex`` (cancel_cues
    sort "object"), read over the whole sentence: the list's items ("..., the Gala Night on May 22,
    and the Schools Concert May 30") stand in clauses of their own."""
    by_first = _cues_by_first_word()
    for k, word in enumerate(words):
        for cue, sort in by_first.get(word.lower, ()):
            if sort == "object" and tuple(w.lower for w in words[k:k + len(cue)]) == cue \
                    and _object_called_off(words, k, len(cue), timex):
                return " ".join(w.text for w in words[k:k + len(cue)])
    return None


def _object_called_off(words: list[Word], k: int, size: int, timex: Timex) -> bool:
    """Whether the active verb at ``words[k]`` ("Studio B postponed its March events, including
    ... March 15 and 22, ... on March 20, and ... March 29") calls off ``timex``: the date follows
    it in its object, the verb is no participle after an auxiliary or an article ("has been
    postponed to", "the cancelled match"), a word of its object follows it (not "to", "until": a
    new day), and no break word comes between, nor an auxiliary that starts another statement ("and
    will hold a picnic on ..."; written in lower case, so the month "May" is none). An "and" inside a
    list its object opens ("including") joins items."""
    cue_end = words[k + size - 1].end
    if timex.start < cue_end or k + size >= len(words):
        return False
    before = words[k - 1].lower if k else ""
    after = words[k + size]
    if before in word_list("cancel_participle_leads") or before in word_list("articles") \
            or not after.is_word or after.lower in word_list("cancel_object_stops"):
        return False
    listed = False
    for j in range(k + size, len(words)):
        w = words[j]
        if w.end > timex.start:
            break
        word = w.lower
        if word in word_list("item_list_openers"):
            listed = True
        joins_items = listed and word in word_list("cancelled_item_joiners")
        if _planned_relative(words, j + 1):
            return True      # "put off the graduation that was earlier planned to hold on ...": its old day
        if (word in word_list("verb_auxiliaries") and w.text.islower()) or (not joins_items and (
                word in word_list("cancel_object_stops") or _breaks().get(word) in ("after", "both"))):
            return False
    return True


PLAN_WORDS = 2      # words after the relative's auxiliary that may hold its plan ("was earlier scheduled")


def _planned_relative(words: list[Word], j: int) -> bool:
    """Whether ``words[j]`` is the auxiliary of a relative clause telling the object's plan
    (``move_auxiliaries`` after ``past_relative_marks``, a word of ``superseded_plan_marks`` within PLAN_WORDS
    after: "which was earlier scheduled", "that was originally planned"): the day it dates is the
    one the verb before it calls off or moves."""
    if j < 1 or j >= len(words) or words[j].lower not in word_list("move_auxiliaries") \
            or words[j - 1].lower not in word_list("past_relative_marks"):
        return False
    return any(w.lower in word_list("superseded_plan_marks") for w in words[j + 1:j + 1 + PLAN_WORDS])


def _past_fronted_phrase(words: list[Word], k: int, cue_end: int, timex: Timex, dates: list[Timex]) -> bool:
    """Whether the cue at ``words[k]`` stands in a phrase fronted before the clause's statement
    (it opens with a word of ``cancel_fronting_leads`` and no comma comes before the cue) and
    ``timex`` stands after the comma closing that phrase: the date is the main clause's, not the
    cancelled event's. A comma that only joins listed dates closes nothing."""
    if not words or words[0].lower not in word_list("cancel_fronting_leads") or any(w.text == "," for w in words[:k]):
        return False
    return any(w.text == "," and cue_end <= w.start and w.end <= timex.start
               and not any(t.start <= w.start and w.end <= t.end for t in dates)
               and not _joins_dates(words, w, dates) for w in words)


def _joins_dates(words: list[Word], word: Word, dates: list[Timex]) -> bool:
    """Whether ``word`` only joins two listed dates ("cancel the meetings on 24 December and 31
    December"): its neighbours both stand in dates, so it cuts off no statement."""
    k = next((j for j, w in enumerate(words) if w is word), None)
    if k is None or k == 0 or k + 1 >= len(words) or word.lower not in word_list("date_list_joiners"):
        return False
    return all(any(t.start <= w.start and w.end <= t.end for t in dates) for w in (words[k - 1], words[k + 1]))


@lru_cache(maxsize=None)
def _denials_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for denial in phrase_list("denials"):
        by_first.setdefault(denial[0], []).append(denial)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in by_first.items()}


def denied_event(words: list[Word], timex: Timex, dates: Sequence[Timex] = (), title: str | None = None) -> str | None:
    """The denial before the date that says the happening is off: "parliament will not reconvene
    on Monday June 22", "the board won't be meeting on 3 May" (a denial of ``denials``, fillers of
    ``denial_fillers``, a verb of ``denied_event_verbs``), with no word that starts another statement
    (``cancel_breaks``) between it and the date; "will not accept forms after 5 May" denies no
    happening and keeps its day. The denial covers the first day after its verb (and days listed
    with it), not a later date of the clause ("will not open on Christmas Day, with normal hours
    from the Fun Day on 27 December"), and none in a clause about people (``denial_relative_marks``:
    "Players who cannot play on Saturday must tell the coach by Thursday"). ``title`` is the
    entry's title, for a denial after a fronted date (``_fronted_denial``)."""
    by_first = _denials_by_first_word()
    lowered = [w.lower for w in words]
    for k, word in enumerate(words):
        if word.end > timex.start:
            break
        for denial in by_first.get(lowered[k], ()):
            if tuple(lowered[k:k + len(denial)]) != denial:
                continue
            if k > 0 and lowered[k - 1] in word_list("denial_relative_marks"):
                break        # "Players who cannot play on Saturday ..."
            verb = _denied_verb(words, lowered, k + len(denial), timex.start)
            if verb is None:
                break
            between = [w for w in words[verb + 1:] if w.end <= timex.start]
            if any(_breaks().get(w.lower) for w in between):
                break        # "will not meet, but the council will sit on 3 May"
            if _date_between(words, words[verb].end, timex, dates):
                break        # "will not open on Christmas Day, with normal hours from ... 27 December"
            return " ".join(w.text for w in words[k:verb + 1])
    return _fronted_denial(words, lowered, timex, by_first, title)


def _denied_verb(words: list[Word], lowered: list[str], verb: int, limit: int) -> int | None:
    """The index of the happening's verb a denial ending before ``words[verb]`` denies, past
    the fillers of ``denial_fillers`` ("won't be holding"), if it ends before ``limit``; none
    for a verb whose next word makes it another act ("will not have to register": an
    obligation lifted, ``denied_verb_stops``)."""
    fillers, verbs = word_list("denial_fillers"), word_list("denied_event_verbs")
    while verb < len(words) and lowered[verb] in fillers and words[verb].end <= limit:
        verb += 1
    if verb >= len(words) or lowered[verb] not in verbs or words[verb].end > limit:
        return None
    if verb + 1 < len(words) and lowered[verb + 1] in word_list("denied_verb_stops"):
        return None
    return verb


FRONTED_SUBJECT_WORDS = 3    # words of the subject between a fronted date's comma and the denial


def _fronted_denial(words: list[Word], lowered: list[str], timex: Timex,
                    by_first: dict[str, tuple[tuple[str, ...], ...]], title: str | None = None) -> str | None:
    """The denial of a clause that a date opens: "Sept. 25, we will not have story time",
    "On 3 May, the choir won't meet". The date stands first (after a lead word of
    ``fronted_date_leads`` at most, or after a mark that ends what came before: "Story Time:
    Every Monday, 10:30 a.m. Sept. 25, we will not have story time", where the splitter keeps
    the abbreviation's sentence going), a comma closes it, and a short subject brings the
    denial and its verb; a clause that goes on past its comma to something else keeps its day.
    A verb whose object is the thing denied (``denied_object_verbs``: "we will not have the usual
    craft table") denies the entry only when that object names the entry's ``title``, and no
    contrast (``denial_contrast_marks``: "..., but the Christmas party goes ahead at 2pm") follows:
    the sentence then keeps its own event on the day."""
    lead = [w for w in words if w.end <= timex.start]
    if lead and lead[-1].is_word and lead[-1].lower not in word_list("fronted_date_leads"):
        return None
    after = next((k for k, w in enumerate(words) if w.start >= timex.end), None)
    if after is None or words[after].text != ",":
        return None
    for k in range(after + 1, min(len(words), after + 2 + FRONTED_SUBJECT_WORDS)):
        if not words[k].is_word:
            return None
        for denial in by_first.get(lowered[k], ()):
            if tuple(lowered[k:k + len(denial)]) != denial:
                continue
            verb = _denied_verb(words, lowered, k + len(denial), words[-1].end)
            if verb is None or not _denies_entry(words, lowered, verb, title):
                return None
            return " ".join(w.text for w in words[k:verb + 1])
    return None


def _denies_entry(words: list[Word], lowered: list[str], verb: int, title: str | None) -> bool:
    """Whether the denied verb at ``words[verb]`` takes the entry titled ``title`` off: a verb of
    ``denied_object_verbs`` does only when its object (the words up to the next mark or word of
    ``cancel_breaks``) holds the title's last word, and no contrast of ``denial_contrast_marks``
    comes later in the sentence ("we will not have the craft table, but the party goes ahead")."""
    if lowered[verb] not in word_list("denied_object_verbs"):
        return True
    if any(word in word_list("denial_contrast_marks") for word in lowered[verb + 1:]):
        return False
    head = compared_stem(title.split()[-1].lower()) if title and title.split() else None
    for k in range(verb + 1, len(words)):
        if not words[k].is_word or lowered[k] in _breaks():
            break
        if head is not None and compared_stem(lowered[k]) == head:   # "meetings": a "Meeting" entry
            return True
    return False


def _date_between(words: list[Word], start: int, timex: Timex, dates: Sequence[Timex]) -> bool:
    """Whether a date other than ``timex`` stands between ``start`` and it, parted from it by
    more than the marks and words that list dates (``date_list_joiners``)."""
    joiners = word_list("date_list_joiners")
    for other in dates:
        if other.start < start or other.end > timex.start:
            continue
        gap = [w for w in words if other.end <= w.start and w.end <= timex.start
               and not any(t.start <= w.start and w.end <= t.end for t in dates)]
        if any(w.lower not in joiners for w in gap):
            return True
    return False


def _same_event(words: list[Word], timex: Timex, between: list[Word], dates: list[Timex], cue_end: int) -> bool:
    """"scheduled the next hearing for February 19, but the hearing did not take place": the
    statement after "but" is about the dated event itself, as its subject is a pronoun or the
    noun the clause named before the date, or it has none ("was envisioned in 2020 but could not
    take place"); and no date of its own follows the cue, other than a
    new day ("... and was adjourned to March 10"; "but last year it did not take place" is another)."""
    cuts = [k for k, w in enumerate(between) if _breaks().get(w.lower) == "both"]
    if not cuts:
        return False
    cut = cuts[-1]
    subject = [w for w in between[cut + 1:] if w.is_word and w.lower not in word_list("articles")]
    named_before = {w.lower for w in words if w.end <= timex.start}
    # "was first envisioned in 2020 but could not take place": no subject, the clause's own
    if len(subject) > 1 or (subject and subject[0].lower not in word_list("pronouns")
                            and subject[0].lower not in named_before):
        return False
    for later in (t for t in dates if t.start >= cue_end):
        gap = [w for w in words if cue_end <= w.start and w.end <= later.start]
        if not any(_breaks().get(w.lower) == "after" for w in gap):
            return False                  # "... did not take place last year": about another time
    return True


@lru_cache(maxsize=None)
def _states_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The cancel_states cues as word tuples with their sort, by first word, in the table's order:
    most words of a cell start no state, so only a first word's own cues are tried."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in table("cancel_states"):
        cue = tuple(row["cue"].lower().split())
        found.setdefault(cue[0], []).append((cue, row["sort"]))
    return {word: tuple(states) for word, states in found.items()}


STATE_NOUN_WORDS = 2     # words of the event noun a bare state may follow ("NPWG meeting cancelled")
_JOINING_MARKS = frozenset("&'’/")


def may_note_off(text: str, start: int, end: int) -> bool:
    """Whether a cell holds a word a cancel state starts with: only such a cell can call a row off
    (noted_off), so a row of thousands of cells (a table flattened onto one line) is read once
    for them, not once for each of its dates."""
    starts = _states_by_first_word()
    return any(w.is_word and w.lower in starts for w in words_in(text, start, end))


def noted_off(text: str, cells: Sequence[tuple[int, int]], dated: Sequence[tuple[int, int]],
              moved: bool = True) -> str | None:
    """The bare words of a row's cell that call the row's event off ("Review policies – meeting
    cancelled due to snow", "CANCELLED"), if any: a state from ``cancel_states`` that stands
    first in its part of the cell, alone or before a reason ("due to snow"), or right after one
    word ("Race abandoned") or the event noun it calls off ("Quiz night cancelled"). A "moved" state followed by a date in the cell (``dated``) moves it;
    ``moved`` False: a "moved" state never calls the row off (a heading's "postponed" leaves the new day to the text)."""
    links = word_list("cancel_state_links")
    for a, b in cells:
        words = words_in(text, a, b)
        lowered = [w.lower for w in words]
        part = 0                  # where the cell's current part starts
        for k, word in enumerate(words):
            if not word.is_word:
                if word.text not in _JOINING_MARKS:
                    part = k + 1
                continue
            for cue, sort in _states_by_first_word().get(lowered[k], ()):
                if tuple(lowered[k:k + len(cue)]) != cue:
                    continue
                end = words[k + len(cue) - 1].end
                if sort == "moved" and (not moved or any(end <= x < b for x, _ in dated)):
                    continue      # "postponed to 17 May": moved, not off
                before = words[part:k]
                after = words[k + len(cue)] if k + len(cue) < len(words) else None
                alone = not before and (after is None or not after.is_word or after.lower in links)
                if alone or len(before) == 1 or (len(before) <= STATE_NOUN_WORDS and _names_event(text, before)):
                    return " ".join(w.text for w in words[part:k + len(cue)])
    return None


def _names_event(text: str, words: list[Word]) -> bool:
    """Whether ``words`` end with an event noun ("meeting", "Quiz night")."""
    from calfeed.events.phrases import noun_phrases      # phrases reads the event nouns

    found = noun_phrases(words, [], text)
    return bool(found) and found[-1].head == len(words) - 1

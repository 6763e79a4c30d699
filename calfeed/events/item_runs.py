"""A sentence that runs named items each with its own day: each item is an entry.

"The timetable includes the Physics paper on 21 May, Geography on 24 May and Music on 3 June";
"This year's highlights: a quiz night on 3 May, a barbecue on 17 June and a carol service on 20
December". Only the first item may hold an event noun; the others are bare names ("Geography"),
which no noun-led rule can read. What makes them entries is the run itself: an opener
(item_list_openers: "include", "featuring", ":") and then two or more "<name> on <day>" items
joined by commas or "and" (item_list_joiners). A name is the words between the joiner (or opener)
and the day's link word (item_day_links), a few words at most.

A day in brackets right after its item glosses that item as "on" does: "the choir sings at
Leeds (4 May), at York (11 May) and then at Hull on 18 May". Two or more such glossed items make
the run without an opener (the brackets mark each item's day), and a bracketed item's name may
follow a dash or start its sentence ("The choir sings at Leeds (4 May), ..." names the first item
by its whole clause). Such a run inside a clause gives way to an event noun's frame: "workshops in
Leeds (3 February), Bristol (10 February)" are workshops, each in its place; one set apart by a dash
or a colon ("a hard end to the season – away at Dunmore (4 April), ...") names its own days.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.phrases import clause_subject
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex

ITEM_NOTE = "an item of a run of named items, each with its day: the item's words name it"
MAX_NAME_WORDS = 6       # "the Senior School Certificate Examination": longer is a clause, not a name
MAX_VERB_WORDS = 4       # "will be held", "are scheduled": the opening clause's verb group
MIN_ITEMS = 2            # one "<name> on <day>" is an ordinary sentence, left to the other rules
LEADING_MARKS = frozenset({"–", "—", "-", ":"})   # set a run of bracketed items apart from the clause before
MAX_GLOSSED_WORDS = 8    # a glossed item that opens its sentence: "The choir sings with the band at Leeds (4 May)"


@dataclass(frozen=True)
class ItemRun:
    """What a sentence's run of named items says, read once for all the sentence's dates: read
    for each date, a long sentence of days was read as many times as it has days."""

    words: list[Word]
    dates: list[Timex]                        # the sentence's dates, in order
    items: list[tuple[str, int] | None]       # each date's item name and where it starts
    opened: bool                              # an opener stands before the first item
    gives_way: bool                           # made by bracketed days inside a clause: an event noun's frame wins
    lead: int | None                          # the date of a gapped run's opening clause

    def item_of(self, timex: Timex) -> str | None:
        """The name of the item ``timex`` dates, or None."""
        named = [item for item in self.items if item is not None]
        if len(named) < MIN_ITEMS:
            return None
        at = self.dates.index(timex) if timex in self.dates else None
        if self.opened:
            own = self.items[at] if at is not None else None
            return own[0] if own is not None else None
        if self.lead is None or at is None or at < self.lead:
            return None        # "Vocational subjects will follow on 18 May, English on 21 May, ...": a gapped run
        if at == self.lead:
            return _lead_subject(self.words, self.dates[self.lead])
        own = self.items[at]
        return own[0] if own is not None else None


def item_run(text: str, sentence: tuple[int, int], dates: list[Timex]) -> ItemRun:
    """The run of named items in ``sentence``; ``dates``: the sentence's dates, in order."""
    words = words_in(text, *sentence)
    index: dict[int, int] = {}
    for k, word in enumerate(words):
        index.setdefault(word.start, k)     # the first word at each offset, found once for every date
    items = [_item(words, index.get(t.start)) or _glossed_item(words, index.get(t.start), t) for t in dates]
    named = [item for item in items if item is not None]
    glossed = sum(1 for t in dates if _bracketed(words, index.get(t.start), t))
    opener = len(named) >= MIN_ITEMS and _opened(words, named[0][1])
    opened = opener or (len(named) >= MIN_ITEMS and glossed >= MIN_ITEMS)
    lead = _gapped_lead(words, dates, items) if len(named) >= MIN_ITEMS and not opened else None
    led = bool(named) and named[0][1] > 0 and words[named[0][1] - 1].text in LEADING_MARKS
    return ItemRun(words, dates, items, opened, opened and not opener and not led, lead)


def listed_item(text: str, sentence: tuple[int, int], timex: Timex, dates: list[Timex]) -> str | None:
    """The name of the item ``timex`` dates in a run of named items in ``sentence``, or None (one
    date's question; the framer asks :func:`item_run` once a sentence).

    ``dates``: the sentence's dates, in order."""
    return item_run(text, sentence, dates).item_of(timex)


def _item(words: list[Word], at: int | None) -> tuple[str, int] | None:
    """The name before "on <day>" (the day's first word is ``words[at]``) and where it starts,
    when a joiner or an opener stands before it."""
    if at is None or at < 2 or words[at - 1].lower not in word_list("item_day_links"):
        return None
    first = _name_start(words, at, MAX_NAME_WORDS)
    if first is None or first == 0 or words[first - 1].lower not in _stops():
        return None
    return _named(words, first, at - 1)


def _name_start(words: list[Word], at: int, most: int) -> int | None:
    """Where an item's name before ``words[at - 1]`` starts: back over words to a stop word or a
    mark; None once it holds more than ``most`` words (a clause, not a name)."""
    first = at - 1
    while first > 0 and words[first - 1].is_word and words[first - 1].lower not in _stops():
        first -= 1
        if at - 1 - first > most:
            return None
    return first


def _named(words: list[Word], first: int, end: int) -> tuple[str, int] | None:
    """The item's name, ``words[first:end]`` without a leading article, capitalised, and where it
    starts; None when nothing or no letter opens it."""
    name = words[first:end]
    while name and name[0].lower in word_list("articles"):
        name = name[1:]
    if not name or not name[0].text[0].isalpha():
        return None
    title = " ".join(w.text for w in name)
    return title[:1].upper() + title[1:], first


def _bracketed(words: list[Word], at: int | None, timex: Timex) -> bool:
    """The day stands alone in brackets right after a word: "Leeds (4 May)"."""
    if at is None or at < 2 or words[at - 1].text != "(" or not words[at - 2].is_word:
        return False
    past = at             # the first word past the date, read on from it (not a copy of the rest)
    while past < len(words) and words[past].start < timex.end:
        past += 1
    return past < len(words) and words[past].text == ")"


def _glossed_item(words: list[Word], at: int | None, timex: Timex) -> tuple[str, int] | None:
    """The name before a day in brackets ("at York (11 May)") and where it starts: back to a joiner,
    an opener or a mark (a dash, a colon), or to the sentence's start for a short clause."""
    if at is None or not _bracketed(words, at, timex):
        return None
    first = _name_start(words, at, MAX_GLOSSED_WORDS)    # stops at a stop word, a mark or the start
    if first is None or (first > 0 and at - 1 - first > MAX_NAME_WORDS):
        return None        # only the clause that opens the sentence may run past a name's length
    return _named(words, first, at - 1)


def _gapped_lead(words: list[Word], dates: list[Timex], items: list[tuple[str, int] | None]) -> int | None:
    """Where the clause that opens a gapped run dates its own item: the date right before the
    first bare "<name> on <day>", with only a joiner between, every later date being such an
    item ("X will follow on D1, Y on D2, and Z on D3")."""
    first = next((k for k, item in enumerate(items) if item is not None), None)
    if first is None or first == 0 or items[first - 1] is not None:
        return None
    if any(item is None for item in items[first:]):
        return None
    lead = dates[first - 1]
    between = [w for w in words if lead.end <= w.start and w.end <= words[items[first][1]].start]
    if not between or any(w.lower not in word_list("item_list_joiners") for w in between):
        return None
    return first - 1


def _lead_subject(words: list[Word], lead: Timex) -> str | None:
    """The subject of the clause that opens a gapped run, when only a short verb group and the
    day's link word stand between it and its day ("Vocational subjects will follow on")."""
    before = [w for w in words if w.end <= lead.start]
    if len(before) < 3 or before[-1].lower not in word_list("item_day_links"):
        return None
    span = clause_subject(before, [])
    if span is None or any(w.is_word and w.lower not in word_list("articles") for w in before[:span[0]]):
        return None        # "The board said Geography will ...": the sentence's subject is another's
    verbs = before[span[1] + 1:-1]
    if not verbs or len(verbs) > MAX_VERB_WORDS or not all(w.is_word for w in verbs):
        return None
    name = before[span[0]:span[1] + 1]
    while name and name[0].lower in word_list("articles"):
        name = name[1:]
    if not name:
        return None
    title = " ".join(w.text for w in name)
    return title[:1].upper() + title[1:]


def _opened(words: list[Word], first_name: int) -> bool:
    """An opener stands right before the first item (past its article)."""
    k = first_name - 1
    return k >= 0 and words[k].lower in word_list("item_list_openers")


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    return word_list("item_list_openers") | word_list("item_list_joiners")

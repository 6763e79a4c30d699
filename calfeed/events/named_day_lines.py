"""A short line that is only a name, "on" and its day ("Lantern Meadow Craft Fair on August 12-13.",
"Quayside Serenade on August 14 at 7 p.m.", "Rest day for Ostrava, on Feb. 7th"), standing as a
paragraph or a heading of its own: a programme's heading over the block that describes the item,
or a notice's headline. The name is the entry's title, whether or not it holds an event word.

A line with a verb, an auxiliary, a determiner, an adverb or a participle among its words ("School to
reopen on 7 September", "The fair opens on ...", "Collections usually resume on ...", "Concert
cancelled on ...") is a sentence, which the sentence readers read; a stamp ("Posted on 3 May")
dates the page; a name of more than NAME_WORDS words is prose. Only a day no earlier than the page's
own counts: a heading over a past day is a report's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.vocabulary import table, word_list
from calfeed.model import ReferenceDate, Timex
from calfeed.text import LineIndex, line_end

NAME_WORDS = 8          # "Gul Valley Eco-Festival", "Free day for the capital"; longer is a sentence
NAMED_DAY_NOTE = "a line that is only a name and its day (a heading over its block): the name is its title"
_LEAD = re.compile(r"[#>*_\s•-]*")      # a heading's marks, a bullet, emphasis
_TAIL_MARKS = " \t*_.!"
_NAME_WORD = re.compile(r"[^\W_][\w'’&.-]*\Z")
_NONBLANK = re.compile(r"\S")


@dataclass(frozen=True)
class NamedDayLine:
    title: str


def named_day_line(text: str, timex: Timex, lines: LineIndex, reference: ReferenceDate) -> NamedDayLine | None:
    """The name a line of its own gives the day at ``timex`` ("NAME on DAY[ at CLOCK]."), or None."""
    if timex.type not in ("DATE", "TIME") or timex.interval is None or timex.tense == "past":
        return None
    start, end = lines.start(timex.start), line_end(text, timex.end)
    if text[timex.end:end].strip(_TAIL_MARKS):
        return None           # the line goes on after its day: a sentence or a row
    lead = _LEAD.match(text, start, timex.start).end()
    name_end = _before_on(text, lead, timex.start)
    if name_end is None:
        return None
    name = text[lead:name_end].strip()
    words = name.split()
    if not (0 < len(words) <= NAME_WORDS) or not name[:1].isupper() or not _standing_alone(text, start, end):
        return None
    breaks = word_list("phrase_breaks") | word_list("negations")
    joins = word_list("name_joiners") | word_list("phrase_links") | word_list("articles")
    for k, word in enumerate(words):
        lowered = word.lower().strip(",")
        if _NAME_WORD.match(word.strip(",")) is None or lowered in _stamp_words() or (
                word[:1].islower() and lowered in _verb_words()):
            return None       # "Posted on 3 May", "Collections resume on 1 March": a stamp, a clause ("Open Day" is a name)
        if lowered in breaks and not (0 < k < len(words) - 1 and lowered in joins):
            return None       # "School to reopen on ...": a verb or a link, no name
        if word[:1].islower() and lowered not in joins and lowered.endswith(_VERB_ENDINGS):
            return None       # "Concert cancelled on ...", "Fair rarely ...": a participle or an adverb
    if reference.value is not None and timex.interval.start.date() < reference.value:
        return None           # a heading over a day gone by: a report's
    return NamedDayLine(name.rstrip(" ,"))


_VERB_ENDINGS = ("ed", "ly")


def _blank(char: str) -> bool:
    return char.isspace() and char != "\n"


def _before_on(text: str, lead: int, day: int) -> int | None:
    """Where the name ends before "[,] on " closing ``text[lead:day]``, or None: read back from the day,
    so a long run of spaces costs one pass (a regex search for the tail tried every start in it)."""
    end = day
    while end > lead and _blank(text[end - 1]):
        end -= 1
    if end == day or end - 2 < lead or text[end - 2:end].lower() != "on":
        return None
    end -= 2
    if end == lead or not _blank(text[end - 1]):
        return None           # "Salon 3 May": "on" must stand as a word
    while end > lead and _blank(text[end - 1]):
        end -= 1
    if end > lead and text[end - 1] == ",":
        end -= 1
        while end > lead and _blank(text[end - 1]):
            end -= 1
    return end


@lru_cache(maxsize=None)
def _stamp_words() -> frozenset[str]:
    """Words that make the line a stamp, a call-off or a request, capitalised or not ("Posted on",
    "Post on 27-Apr-2031" under an upload's line, "Last updated on", "Cancelled on", "Join us on"): a
    stamp's word, a pronoun or an imperative's verb is no name's."""
    lists = ("page_stamp_participles", "listing_stamp_words", "update_stamps", "document_participles", "foot_labels",
             "later_cancel_words", "omission_participles", "pronouns", "instruction_verbs", "invitation_leads")
    return frozenset().union(*(word_list(name) for name in lists))


@lru_cache(maxsize=None)
def _verb_words() -> frozenset[str]:
    """Lower-case words that make the line a clause, not a name: the verbs of schedules, events,
    beginnings and ends, clause verbs and the words that close a day."""
    lists = ("clause_verbs", "begin_verbs", "end_verbs", "closing_words")
    schedule = {row["form"].split()[0].lower() for row in table("schedule_verbs")}
    events = {form.split()[0] for form in word_list("event_verbs")}
    return frozenset().union(*(word_list(name) for name in lists)) | schedule | events


def _standing_alone(text: str, start: int, end: int) -> bool:
    """Whether the line from ``start`` to ``end`` is a paragraph of its own: a blank line (or the
    text's edge) before it and after it, or a heading's mark opening it."""
    if text.startswith("#", start):
        return True
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    above = start == 0 or before == "\n\n" or _NONBLANK.search(text, 0, start) is None
    below = after == "\n\n" or _NONBLANK.search(text, end) is None
    return above and below

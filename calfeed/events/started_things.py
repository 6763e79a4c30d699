"""A thing given or brought in from a day on, named only by the noun phrase before "starting D".

"All residents will get free ferry rides starting Jan. 1, the mayor announced" and "a new gift:
free ferry rides starting Jan. 1" write no event noun and no verb of the thing's own: the day is
when the thing (the noun phrase right before the onset participle) starts, so that phrase titles
the day's entry ("Free ferry rides").

Read narrowly: the participle (thing_onset_participles) must stand right before the day (an "on"
or "from" between them aside) and right after the phrase, and the phrase (at most MAX_THING_WORDS
plain words, no date or digit) must open right after a colon or a giving verb (thing_onset_verbs:
"get", "offer", "introduce"), an article or possessive between them aside. Any other opening (a
verb we do not know, a comma) leaves the day to the other readers."""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word, starts_inside, words_in
from calfeed.model import Timex
from calfeed.text import back_over

COLON_REACH = 8          # blanks between a colon and the clause it opens
MAX_THING_WORDS = 5      # "free public transportation", "a new weekly night bus service"
STARTED_THING_NOTE = "a thing given or brought in from a day on, named by the phrase before \"starting\": its first day"


def started_thing(text: str, clause: tuple[int, int], timex: Timex, blocked: list[tuple[int, int]]) -> str | None:
    """The title of the thing that starts on ``timex`` ("Free ferry rides"), or None."""
    words = [w for w in words_in(text, clause[0], timex.start) if w.end <= timex.start]
    k = len(words) - 1
    if k >= 0 and words[k].lower in word_list("thing_onset_links"):
        k -= 1       # "starting on Jan. 1", "beginning from Jan. 1"
    if k < 1 or words[k].lower not in word_list("thing_onset_participles"):
        return None
    last = k - 1
    first = last
    while first >= 0 and _thing_word(words[first], blocked):
        first -= 1
    opener = first       # the word the phrase opens after, an article or possessive aside
    while opener >= 0 and words[opener].lower in word_list("articles") | word_list("possessives"):
        opener -= 1
    if opener < 0 and not _after_colon(text, clause[0]):
        return None
    if opener >= 0 and not (words[opener].text == ":" or words[opener].lower in word_list("thing_onset_verbs")):
        return None
    thing = words[first + 1:last + 1]
    if not thing or len(thing) > MAX_THING_WORDS or not thing[-1].text[:1].islower():
        return None
    phrase = text[thing[0].start:thing[-1].end]
    return phrase[:1].upper() + phrase[1:]


def _after_colon(text: str, at: int) -> bool:
    """Whether the clause opening at ``at`` follows a colon ("a new gift: free rides ...")."""
    stop = back_over(text, max(0, at - COLON_REACH), at)
    return stop > 0 and text[stop - 1] == ":"


def _thing_word(word: Word, blocked: list[tuple[int, int]]) -> bool:
    """A plain word of the thing's phrase: letters only, no stop word and no date's."""
    return (word.is_word and word.text.replace("-", "").isalpha() and not starts_inside(word, blocked)
            and word.lower not in word_list("thing_onset_verbs") | word_list("articles") | word_list("possessives")
            and word.lower not in word_list("clause_verbs"))

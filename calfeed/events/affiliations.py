"""Places told in a person's affiliation, which say where the person works, not where the event is.

"Dr Ama Owusu, Professor of Economics, The University of Wisconsin at Madison" and "Moderator:
Ms Ana Ruiz, a journalist based in Lima" name a speaker's institution and town; a page about a
lecture in Accra or a forum in Manila is not placed by them. (A post right before its place,
"a fellow at the University of Leeds", is event_zones.after_post's.)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from calfeed.events.vocabulary import merged_lists, word_list
from calfeed.events.words import Word, words_back, words_from
from calfeed.text import line_bounds

if TYPE_CHECKING:
    from calfeed.events.places import Place     # places reads in_affiliation: no import at run time

MAX_PART_WORDS = 6      # words of one comma part: "Department of Chemical and Biomolecular Engineering"
MAX_LABEL_WORDS = 3     # words of a line's label before its colon: "Guest of Honour"
PERSON_LABEL_LISTS = ("table_speaker_headers", "person_roles", "person_line_labels")
APPOSITION_OPENERS = frozenset({",", "("})
STOP_LISTS = ("verb_auxiliaries", "past_relative_marks")     # a clause of the person's own: not an affiliation


def in_affiliation(place: Place, text: str) -> bool:
    """Whether ``place`` (found in the body) is told as someone's affiliation: after a post
    set beside a name by a comma, past the institution's name parts ("Senior Research Fellow,
    Institute of Development Studies in Brighton"), or after the name on a line labelled with
    the person's part ("Guest speaker:", "Moderator:"). Both read from the place back or from
    the line's label on, never the whole line up to each place: a page written on one line
    holds all its places on that line."""
    if place.start < 0:
        return False
    start, end = line_bounds(text, place.start)
    return (_after_apposed_post(words_back(text, start, place.start))
            or _on_person_line(text, start, place.start, end))


def _after_apposed_post(back: Iterator[Word]) -> bool:
    """The line's words read back from the place (``back``) are a preposition (and article)
    after comma parts that name an institution, and one part before them, set off by a comma,
    holds a person's post. The line's first part, before any comma, is the person's name and
    is never read as a post."""
    word = next(back, None)
    if word is not None and word.lower in word_list("articles"):
        word = next(back, None)
    if word is None or word.lower not in word_list("place_prepositions"):
        return False
    part, set_off = _part_back(back)
    if not set_off or not _names(part):
        return False
    while True:
        part, set_off = _part_back(back)
        if not set_off:
            return False
        if _holds_post(part):
            return True
        if not _names(part):
            return False


def _part_back(back: Iterator[Word]) -> tuple[list[Word], bool]:
    """The next comma part read back (its words in text order) and whether a comma sets it off
    from what is before it. A part longer than MAX_PART_WORDS is neither a name nor a post:
    its first MAX_PART_WORDS + 1 words are all that is read of it, with True."""
    part: list[Word] = []
    for word in back:
        if word.text == ",":
            break
        part.append(word)
        if len(part) > MAX_PART_WORDS:
            break
    else:
        return part[::-1], False
    return part[::-1], True


def _names(part: list[Word]) -> bool:
    """A name's words only ("The University of Wisconsin", "Department of Chemistry")."""
    fillers = word_list("name_particles") | word_list("articles")
    return 0 < len(part) <= MAX_PART_WORDS and all(
        w.is_word and (w.is_capitalised or w.lower in fillers) for w in part)


def _holds_post(part: list[Word]) -> bool:
    """A person's post, with its field and modifiers ("Professor of History", "a senior lecturer")."""
    return (0 < len(part) <= MAX_PART_WORDS and all(w.is_word for w in part)
            and not any(w.lower in word_list("place_prepositions") for w in part)
            and any(w.lower in word_list("post_nouns") for w in part))


def _on_person_line(text: str, start: int, place: int, end: int) -> bool:
    """The line (``text[start:end]``) opens with a label naming a person's part, then the
    name, then before ``place`` a comma or bracket that sets off what the person is, and no
    verb's auxiliary or relative word between the label and the place ("Speaker: Dr Ito will
    talk at the Civic Centre in ...")."""
    head = list(islice(words_from(text, start, place), MAX_LABEL_WORDS + 1))
    colon = next((k for k, w in enumerate(head) if w.text == ":"), None)
    if colon is None or colon == 0 or head[colon - 1].lower not in merged_lists(PERSON_LABEL_LISTS):
        return False
    after = _after_label(text, head[colon].end, end)
    if after.opener is None or after.opener >= place:
        return False
    if after.stop is not None and after.stop <= place:
        return False
    # A word the place cuts short is read as cut ("wil" of "wilt"), as the words before the place end.
    last = next(words_back(text, head[colon].end, place), None)
    return last is None or last.lower not in merged_lists(STOP_LISTS)


@dataclass(frozen=True)
class AfterLabel:
    """What follows a person line's label, read once per line: where the first comma or bracket
    stands and where the first stop word (an auxiliary, a relative word) ends; None for none."""
    opener: int | None
    stop: int | None


@lru_cache(maxsize=32)
def _after_label(text: str, start: int, end: int) -> AfterLabel:
    """The first opener and the first stop word of ``text[start:end]`` (after a person line's
    label): each place on the line asks only whether they come before it."""
    opener: int | None = None
    for word in words_from(text, start, end):
        if opener is None and word.text in APPOSITION_OPENERS:
            opener = word.start
        if word.lower in merged_lists(STOP_LISTS):
            return AfterLabel(opener, word.end)
    return AfterLabel(opener, None)

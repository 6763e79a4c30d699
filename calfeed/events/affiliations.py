"""Places told in a person's affiliation, which say where the person works, not where the event is.

"Dr Ama Owusu, Professor of Economics, The University of Wisconsin at Madison" and "Moderator:
Ms Ana Ruiz, a journalist based in Lima" name a speaker's institution and town; a page about a
lecture in Accra or a forum in Manila is not placed by them. (A post right before its place,
"a fellow at the University of Leeds", is event_zones.after_post's.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from calfeed.events.vocabulary import merged_lists, word_list
from calfeed.events.words import Word, words_in
from calfeed.text import line_bounds

if TYPE_CHECKING:
    from calfeed.events.places import Place     # places reads in_affiliation: no import at run time

MAX_PART_WORDS = 6      # words of one comma part: "Department of Chemical and Biomolecular Engineering"
MAX_LABEL_WORDS = 3     # words of a line's label before its colon: "Guest of Honour"
PERSON_LABEL_LISTS = ("table_speaker_headers", "person_roles", "person_line_labels")
APPOSITION_OPENERS = frozenset({",", "("})


def in_affiliation(place: Place, text: str) -> bool:
    """Whether ``place`` (found in the body) is told as someone's affiliation: after a post
    set beside a name by a comma, past the institution's name parts ("Senior Research Fellow,
    Institute of Development Studies in Brighton"), or after the name on a line labelled with
    the person's part ("Guest speaker:", "Moderator:")."""
    if place.start < 0:
        return False
    start, _ = line_bounds(text, place.start)
    words = words_in(text, start, place.start)
    return _after_apposed_post(words) or _on_person_line(words)


def _after_apposed_post(words: list[Word]) -> bool:
    """``words`` (the line up to the place) end on a preposition after comma parts that name an
    institution, and one part before them, set off by a comma, holds a person's post."""
    k = len(words) - 1
    if k >= 0 and words[k].lower in word_list("articles"):
        k -= 1
    if k < 1 or words[k].lower not in word_list("place_prepositions"):
        return False
    parts = _comma_parts(words[:k])
    if len(parts) < 3 or not _names(parts[-1]):
        return False
    for number in range(len(parts) - 2, 0, -1):
        part = parts[number]
        if _holds_post(part):
            return True
        if not _names(part):
            return False
    return False


def _comma_parts(words: list[Word]) -> list[list[Word]]:
    parts: list[list[Word]] = [[]]
    for word in words:
        if word.text == ",":
            parts.append([])
        else:
            parts[-1].append(word)
    return parts


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


def _on_person_line(words: list[Word]) -> bool:
    """``words`` (the line up to the place) open with a label naming a person's part, then the
    name, then a comma or bracket that sets off what the person is; no verb's auxiliary or
    relative word on the way ("Speaker: Dr Ito will talk at the Civic Centre in ...")."""
    colon = next((k for k, w in enumerate(words[:MAX_LABEL_WORDS + 1]) if w.text == ":"), None)
    if colon is None or colon == 0 or words[colon - 1].lower not in merged_lists(PERSON_LABEL_LISTS):
        return False
    opener = next((k for k in range(colon + 1, len(words)) if words[k].text in APPOSITION_OPENERS), None)
    if opener is None:
        return False
    stops = word_list("verb_auxiliaries") | word_list("past_relative_marks")
    return not any(w.lower in stops for w in words[colon + 1:])

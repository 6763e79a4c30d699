"""A listing's item written as its name, a colon and a description: "Lego Creations: Build a
scene for us to display", "Book Detection: Can you figure out which books ...?".

What's-on pages set each dated line this way: the name in title case, then a sentence that
tells what happens there. The name is the entry's title; the sentence is no part of it (a
title that runs on into "Build your ..." names nothing a reader would look for). The part
before the colon is a name when it has two words or more, each capitalised or a small joining
word (``title_case_joiners``); the part after is a description when it opens with a capital and
runs several words, so "Deadline: forms due" or "Note: closed" are left as written, and it is
no description when it is itself written in title case ("Andrew Baker: The Walls Have Ears", a
talk's title after its speaker).

Two kinds of row keep the text after the colon: one whose description opens with what happens
("Year 6: Trip to the Science Museum"; event_nouns, colon_event_nouns) and one whose name is
only who the row is for or who speaks ("Year 3", "Guest Speaker"; colon_audience_labels).
"""

from __future__ import annotations

from calfeed.events.quote_marks import ENGLISH, quote_marks
from calfeed.events.vocabulary import event_nouns, word_list

MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 8
MIN_DESCRIPTION_WORDS = 4


def name_before_colon(line: str) -> str | None:
    """The title-case name before a colon that a description follows, or None."""
    head, colon, tail = line.partition(": ")
    words, after = head.split(), tail.split()
    if not colon or not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or len(after) < MIN_DESCRIPTION_WORDS:
        return None
    joiners = word_list("title_case_joiners")
    if not words[0][:1].isupper() or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in joiners
                                             for w in words):
        return None
    if not after[0][:1].isupper() or _who_for(words) or _tells_what(after) or _a_title(after):
        return None
    return " ".join(words)


_EDGE_MARKS = "()[].,;:!?" + quote_marks(ENGLISH)     # what a word may carry at its edges


def _a_title(after: list[str]) -> bool:
    """The part after the colon is written in title case ("Andrew Baker: The Walls Have Ears",
    "Jane Doe: Women in World War Two"): a talk's title after its speaker, no sentence that
    describes; a description has words in lower case ("Build a scene for us to display")."""
    joiners = word_list("title_case_joiners")
    words = [w.strip(_EDGE_MARKS) for w in after]
    return all(not w[:1].isalpha() or w[:1].isupper() or w.lower() in joiners for w in words if w)


def _who_for(words: list[str]) -> bool:
    """The name is an audience or a role ("Year 6", "Guest Speaker"), not what happens."""
    labels, joiners = word_list("colon_audience_labels"), word_list("title_case_joiners")
    return words[0].lower() in labels and all(
        w.lower() in labels or w.lower() in joiners or w.isdigit() for w in words)


def _tells_what(after: list[str]) -> bool:
    """The description opens with an event noun ("Trip to the ...", "A visit to ...")."""
    articles = word_list("articles")
    first = next((w.strip(".,;:").lower() for w in after if w.lower() not in articles), "")
    return (first,) in event_nouns() or first in word_list("colon_event_nouns")

"""Photo captions: a news page's picture is described in the present tense and dated as an aside
after its place, at the end of the caption ("Gulls rest on the pier at Port Ellis, Tuesday, June 4,
2019."), or anywhere in a paragraph that closes with the photographer's credit in brackets
("The mayor attends a meeting of the board in Port Ellis on June 4, 2019. (Harbour Press/Ada
Moss)"). The day is when the picture was taken, often long before the story, and nothing happens
on it that the page announces: a caption's day that is over before the page's own day is told as
a past report is (past_reports)."""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.vocabulary import word_list

CAPTION_REACH = 90    # characters before the date the place and its preposition are looked for in


@lru_cache(maxsize=None)
def _place_aside() -> re.Pattern[str]:
    """A blank, a place preposition (caption_place_prepositions), one to five capitalised words with at most
    a comma between each ("in Port Ellis, Tasmania,"), and the comma before the date, at the end."""
    leads = "|".join(sorted(map(re.escape, word_list("caption_place_prepositions")), key=len, reverse=True))
    return re.compile(rf"\s(?:{leads})\s+(?:[A-Z][\w.'’-]*,?[ \t]+){{0,4}}[A-Z][\w.'’-]*,[ \t]*\Z")


_FULL_STOP = re.compile(r"[ \t]*\.(?:\s|\Z)")
_YEAR = re.compile(r"\b\d{4}\b")


def caption_day(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the date at ``start``-``end`` (year written) closes its sentence as an aside after a
    place: a place preposition and a capitalised place right before it, a comma and no "on"
    between, a full stop right after."""
    if _YEAR.search(text, start, end) is None or _FULL_STOP.match(text, end) is None:
        return False
    reach = max(sentence[0], start - CAPTION_REACH)
    lead = " " if reach == sentence[0] else ""     # the sentence's first word may be the preposition
    return _place_aside().search(lead + text[reach:start]) is not None


CREDIT_REACH = 90     # characters at the end of a paragraph the photo credit is looked for in
# "(Harbour Press/Ada Moss)", "(AP Photo/Jo Vale)": an agency or a word for the picture, a slash and the
# photographer's capitalised name, closing the line. Bounded runs, no nesting: linear.
_CREDIT = re.compile(r"\([ \t]*[A-Z][\w.&'’ -]{0,30}/[ \t]*[A-Z][\w.'’ -]{1,40}\)[ \t]*\Z")


def credited_caption(text: str, start: int) -> bool:
    """Whether the paragraph (line) holding ``start`` closes with a photo credit in brackets
    ("... on June 4, 2019. (Harbour Press/Ada Moss)"): the line is a picture's caption."""
    last = text.find("\n", start)
    last = len(text) if last < 0 else last
    return _CREDIT.search(text, max(start, last - CREDIT_REACH), last) is not None

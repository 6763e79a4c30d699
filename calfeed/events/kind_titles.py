"""A title that names only the kind of the event ("Inaugural lecture", "Talk", "Annual General
Meeting") where the heading over its paragraph names the very event: "UCT Inaugural Lecture:
Professor Marcello Vichi" / "Professor Vichi will present his inaugural lecture ... on Monday,
21 October". Listings of event articles set each item so, the name in the heading and the
kind in the sentence that dates it; a subscriber seeing "Inaugural lecture" three times cannot
tell them apart.

The heading is taken when it says the title and more: the title's words stand in it in a run, it
adds a name (two capitalised words or more: a speaker, a host, a series; one is a field's label,
"WHAT:") set off by a colon or a dash
("<kind>: <name>"; a headline in title case, "Salzburg Festival Announces New President", tells
news, not a name), and it is a heading (the short
line over the paragraph, no sentence end, not generic) with no date in it or between it and the
date's line: a date there belongs to another item the heading may name. A heading that only
adds lower-case words ("Meeting postponed") tells a change, not a name, and is left alone."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from calfeed.events.generic_titles import TITLE_EDGES, is_generic
from calfeed.events.phrases import noun_phrases
from calfeed.events.vocabulary import singular_nouns, word_list
from calfeed.events.words import words_in
from calfeed.text import SENTENCE_END, line_over, lines_above

MAX_HEADING_WORDS = 12      # a longer line is prose, not a heading
MAX_PARAGRAPH_LINES = 8     # lines walked up to the paragraph's first
_NAME_MARKS = (": ", " – ", " — ", " - ", " | ")     # what sets the kind apart from its name in a heading


def _bare_kind(title: str) -> bool:
    """The title is one event noun phrase and nothing else ("Inaugural lecture")."""
    words = words_in(title, 0, len(title))
    named = [w for w in words if w.is_word]
    phrases = noun_phrases(words, [], title)
    return bool(named) and len(phrases) == 1 and phrases[0].first == 0 and phrases[0].last == len(words) - 1


def _keys(line: str) -> list[str]:
    """The line's words, lower case, plurals of event nouns made singular."""
    return [singular_nouns().get((w.lower,), w.lower) for w in words_in(line, 0, len(line)) if w.is_word]


def _heading_over(text: str, date_start: int) -> tuple[int, int] | None:
    """The line over the paragraph holding ``date_start``, past at most one blank line."""
    begin = text.rfind("\n", 0, date_start) + 1
    for above, end in lines_above(text, begin, MAX_PARAGRAPH_LINES):
        if not text[above:end].strip():
            return line_over(text, begin)
        begin = above
    return None


def named_kind(title: str, text: str, date_start: int, dated: Sequence[tuple[int, int]]) -> str:
    """The heading over the paragraph when ``title`` names only the kind it names too, with a
    name added (see the module note); ``title`` itself otherwise. ``dated``: the spans of the
    page's dates, sorted (each entry asks whether one starts between the heading and its line)."""
    if not _bare_kind(title):
        return title
    over = _heading_over(text, date_start)
    line_start = text.rfind("\n", 0, date_start) + 1
    first = bisect.bisect_left(dated, (over[0],)) if over is not None else 0
    if over is None or first < len(dated) and dated[first][0] < line_start:
        return title      # a date of its own, or one between it and the date's line: another item's heading
    heading = " ".join(text[over[0]:over[1]].split()).strip(TITLE_EDGES)
    if (not heading or len(heading.split()) > MAX_HEADING_WORDS or SENTENCE_END.search(heading)
            or is_generic(heading) or not any(mark in heading for mark in _NAME_MARKS)):
        return title      # a headline in title case ("Salzburg Festival Announces New President") tells news
    own, said = _keys(title), _keys(heading)
    if not own or len(said) <= len(own) or not any(said[k:k + len(own)] == own for k in range(len(said))):
        return title      # the heading must say the title as written ("Inaugural Lecture"), and more
    stops = word_list("title_case_joiners") | word_list("articles")
    added = [w for w in words_in(heading, 0, len(heading)) if w.is_word
             and singular_nouns().get((w.lower,), w.lower) not in own and w.lower not in stops]
    named = len(added) >= 2 and all(w.text[:1].isupper() or w.text[:1].isdigit() for w in added)
    return heading if named else title     # "WHAT: Regional Water Forum": one word, a field's label, names nobody

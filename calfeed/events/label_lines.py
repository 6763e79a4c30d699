"""A label alone on its line with its value on the next: "Camera ready due:" / "September 20,
2023". An important-dates block written this way says what "Camera ready due: September 20,
2023" says on one line, so the date's clause reaches back over its label line: the label names
the date and says whether it is a deadline, exactly as it does when it shares the date's line.

A value line holds only its date(s), brackets and a few linking words ("at", "by"): a line of
its own words ("12 January 2027 Board meeting") names its own occasion and keeps its clause.
"""

from __future__ import annotations

from typing import Callable

from calfeed.events.vocabulary import word_list

MAX_LABEL_WORDS = 8           # a longer line ending in ":" introduces a list, it labels no date
EMPHASIS = "*_`"
Spans = Callable[[tuple[int, int]], list[tuple[int, int]]]


def line_above(text: str, at: int) -> tuple[int, int] | None:
    """The line just above the line holding ``at`` when it is a label alone ("**Notification:**"),
    as (start, end) of the label's words without its colon and emphasis."""
    line_start = text.rfind("\n", 0, at) + 1
    if line_start == 0:
        return None
    start = text.rfind("\n", 0, line_start - 1) + 1
    end = line_start - 1
    while start < end and (text[start].isspace() or text[start] in EMPHASIS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in EMPHASIS):
        end -= 1
    if end <= start or text[end - 1] != ":":
        return None
    end -= 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in EMPHASIS):
        end -= 1
    label = text[start:end]
    if (not label or ":" in label or label.startswith("#") or not any(c.isalpha() for c in label)
            or len(label.split()) > MAX_LABEL_WORDS):
        return None
    return start, end


def value_line(text: str, clause: tuple[int, int], spans: Spans) -> bool:
    """Whether the clause is a line holding only dates: it opens with one, and what its dates
    leave is brackets, punctuation and linking words ("July 31, 2023 (11:59 PM AoE, UTC-12)")."""
    dates = sorted(spans(clause))
    if not dates or text[clause[0]:dates[0][0]].strip(" \t" + EMPHASIS):
        return False
    rest: list[str] = []
    cursor = clause[0]
    for start, end in dates:
        if start > cursor:
            rest.append(text[cursor:start])
        cursor = max(cursor, end)
    rest.append(text[cursor:clause[1]])
    left = _without_brackets(" ".join(rest))
    links = word_list("value_line_words")
    words = [w.strip(".,;:–—-*_`").lower() for w in left.split()]
    return all(not w or w in links or not any(c.isalnum() for c in w) for w in words)


def _without_brackets(text: str) -> str:
    """The text outside round brackets ("(11:59 PM AoE, UTC-12)" is the date's own aside)."""
    kept: list[str] = []
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(char)
    return "".join(kept)


def with_label_above(text: str, clause: tuple[int, int], sentence: tuple[int, int],
                     spans: Spans) -> tuple[int, int]:
    """The clause of a date alone on its line, reaching back over a label line just above it in
    the same sentence; any other clause as it is."""
    line_start = text.rfind("\n", 0, clause[0] + 1) + 1
    if line_start == 0 or text[line_start:clause[0]].strip():
        return clause
    label = line_above(text, clause[0])
    if label is None or label[0] < sentence[0] or any(
            any(c.isdigit() for c in text[a:b]) for a, b in spans(label)):
        return clause          # "Friday 12 March:" over "10:00-13:00" is a day's heading, not a label
    if not value_line(text, clause, spans):
        return clause
    return label[0], clause[1]

"""Dates listed under a lead-in line that says what they are due for: "Bursary forms are due
online by 4 p.m. Pacific time on these dates:" over "• May 9 – for a July award". Each item is a deadline of the lead-in's subject; the rest of the item's line
only says what the round leads to. (The lead-in's clock is a rule for the deadlines after it:
:mod:`calfeed.events.deadline_clock`.)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.signals import obliged_by
from calfeed.events.vocabulary import singular_nouns, word_list
from calfeed.events.words import tokens
from calfeed.model import Timex
from calfeed.text import LineIndex

MAX_ITEMS = 12              # item lines walked back over to the lead-in


@dataclass(frozen=True)
class LeadIn:
    subject: str | None      # "Grant applications"; None when the lead-in names deadlines only ("Deadlines:")
    span: tuple[int, int]    # the lead-in line
    named: str | None = None   # "Proposal deadline" of "Proposal deadlines for 2027:"; None for bare "Deadlines:"


def _bulleted(line: str) -> bool:
    return line.split(" ", 1)[0] in word_list("list_bullets")


def lead_in_above(text: str, start: int) -> tuple[int, str] | None:
    """The lead-in over the bulleted item whose line starts at ``start``: the first line with
    words above it, past at most MAX_ITEMS other items, that is no item itself, as (its line's
    start, its stripped words); None past the list's top or past MAX_ITEMS items."""
    pos = start
    for _ in range(MAX_ITEMS + 1):
        if pos == 0:
            return None
        end = pos - 1
        pos = text.rfind("\n", 0, end) + 1
        line = text[pos:end].strip()
        if line and not _bulleted(line):
            return pos, line
    return None


def deadline_lead_in(text: str, timex: Timex, lines: LineIndex | None = None) -> LeadIn | None:
    """The lead-in over the bulleted list item ``timex`` opens, when it makes its dates deadlines.
    ``lines``: the text's, when the caller keeps them."""
    start = lines.start(timex.start) if lines is not None else text.rfind("\n", 0, timex.start) + 1
    if _lead(text, start, timex.start) not in word_list("list_bullets"):
        return None
    lead = lead_in_above(text, start)
    if lead is None:
        return None
    pos, line = lead
    if not line.endswith(":"):
        return None
    lead_start = pos + text[pos:].index(line[0])
    span = (lead_start, lead_start + len(line))
    said = tokens(line, hyphened=True)
    lowered = [t.lower() for t in said]
    obliged = [k for k, t in enumerate(lowered) if t in word_list("obliged_by_links") and obliged_by(lowered[:k + 1])]
    if obliged:
        modals = word_list("obligation_modals")
        cut = next((k for k, t in enumerate(lowered) if t in modals), None)
        words = said[:cut] if cut else []
        subject = " ".join(words).strip() or None
        return LeadIn(subject[:1].upper() + subject[1:] if subject else None, span)
    cue = next((k for k, t in enumerate(lowered) if t in word_list("deadline_rule_cues")), None)
    if cue is not None:
        return LeadIn(None, span, _named(said[:cue + 1]))       # "Proposal deadlines for 2027:"
    return None


def _lead(text: str, start: int, at: int) -> str | None:
    """``text[start:at].strip()``, or None when that is longer than every list bullet: read in place,
    since copying the line up to each date (and searching back to its start) made a page written on
    one line square."""
    end = at
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return text[start:end] if end - start <= _longest_bullet() else None


@lru_cache(maxsize=None)
def _longest_bullet() -> int:
    return max((len(bullet) for bullet in word_list("list_bullets")), default=0)


def _named(said: list[str]) -> str | None:
    """What the lead-in's words up to its cue call each item ("Proposal deadline"), its article
    dropped and a plural cue made singular; None when only the cue is left ("The deadlines")."""
    articles = word_list("articles")
    while said and said[0].lower() in articles:
        said = said[1:]
    if len(said) < 2:
        return None
    last = singular_nouns().get((said[-1].lower(),), said[-1])
    name = " ".join(said[:-1] + [last])
    return name[:1].upper() + name[1:]

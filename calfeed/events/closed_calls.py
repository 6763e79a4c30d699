"""A page whose status line says a call is over: "Submissions now closed", "Nominations have now
closed", "Entries are no longer accepted".

A council's or an organiser's page keeps its key dates up after the call closes, so the call's
closing days ("Entry period ends: noon Tuesday 3 June", "Entries closed at 6pm Friday 30
May") are still written, but past: they are no calendar entries, whatever day the page is dated.
The status line is short and holds no number; its head noun ("Submissions") names the call, so only
the deadlines whose sentence names it go to the report. Hearings, results and other days the page
lists after the call stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calfeed.events.candidates import Candidate
from calfeed.events.vocabulary import word_list

MAX_LINE_WORDS = 8      # a status line, not a sentence of prose
_LINE_EDGE = " \t-•*#_.!:"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class ClosedCall:
    line: str      # the status line as written ("Submissions now closed")
    noun: str      # its head noun, lower-cased, singular ("submission", "entry")

    def named_in(self) -> re.Pattern[str]:
        """The head noun in either number ("entry", "entries")."""
        if self.noun.endswith("y"):
            return re.compile(r"\b" + re.escape(self.noun[:-1]) + r"(?:y|ies)\b", re.IGNORECASE)
        return re.compile(r"\b" + re.escape(self.noun) + r"(?:s|es)?\b", re.IGNORECASE)


def closed_calls(text: str) -> list[ClosedCall]:
    """The calls the page's status lines say are closed, each named by its head noun."""
    calls: list[ClosedCall] = []
    for raw in text.splitlines():
        call = _status_line(raw.strip(_LINE_EDGE))
        if call is not None:
            calls.append(call)
    return calls


def _status_line(line: str) -> ClosedCall | None:
    if not line or any(ch.isdigit() for ch in line):
        return None
    words = line.split()
    if len(words) > MAX_LINE_WORDS:
        return None
    lowered = " ".join(words).lower()
    for state in sorted(word_list("closed_call_states"), key=len, reverse=True):
        if lowered.endswith(" " + state):
            head = _head(lowered[:-len(state)].split())
            if head is not None:
                return ClosedCall(line, _singular(head))
    return None


def _head(words: list[str]) -> str | None:
    """The word before the first link ("submissions" of "submissions on the plan")."""
    links = word_list("closed_call_links")
    kept: list[str] = []
    for word in words:
        if word in links:
            break
        kept.append(word)
    if not kept or _WORD.fullmatch(kept[-1]) is None or len(kept[-1]) < 4:
        return None
    return kept[-1]


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def without_closed_calls(candidates: list[Candidate], calls: list[ClosedCall], text: str
                         ) -> tuple[list[Candidate], list[tuple[Candidate, ClosedCall]]]:
    """The candidates kept, and the deadlines of a closed call, each with the line that closes it."""
    if not calls:
        return candidates, []
    patterns = [(call, call.named_in()) for call in calls]
    kept: list[Candidate] = []
    dropped: list[tuple[Candidate, ClosedCall]] = []
    for cand in candidates:
        said = text[cand.sentence[0]:cand.sentence[1]]
        call = next((call for call, pattern in patterns if cand.frame.kind == "deadline"
                     and (pattern.search(said) or pattern.search(cand.frame.title))), None)
        if call is None:
            kept.append(cand)
        else:
            dropped.append((cand, call))
    return kept, dropped

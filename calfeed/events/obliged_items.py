"""Items of a list that a lead-in obliges: "To be accepted, a full paper must:" over "- be
submitted before 3 June 2012." and "- have one author registered by 3 June 2012". An item
has no subject of its own; the lead-in's ("a full paper") says what is submitted, so the
item's deadline is "Submission of full paper", the same deadline the call's "Deadline for full
papers: 3 June 2012" gives, not a second nameless "Submission".
"""

from __future__ import annotations

from calfeed.events.lead_in_lists import lead_in_above
from calfeed.events.vocabulary import word_list
from calfeed.events.words import tokens
from calfeed.text import line_end

MAX_SUBJECT_WORDS = 6        # words of the lead-in's subject ("a full paper")
_CUTS = frozenset(",.;!?")    # what ends the clause before the lead-in's subject


def obliged_subject(text: str, clause_start: int) -> str | None:
    """The subject of the obliging lead-in over the bulleted item the clause opens, else None."""
    start = text.rfind("\n", 0, clause_start) + 1
    line = text[start:line_end(text, start)].strip()
    head = line.split(" ", 1)
    if len(head) < 2 or head[0] not in word_list("list_bullets"):
        return None
    if head[1].split(" ", 1)[0].lower() not in word_list("obliged_item_verbs"):
        return None               # "- be submitted ...", "- have one author registered ...": no subject of its own
    lead = lead_in_above(text, start)
    return _subject(lead[1]) if lead is not None else None


def _subject(lead: str) -> str | None:
    """"To be accepted, a full paper must:" -> "full paper": the words before the closing
    modal, after the last comma or stop, without their article or quantifier ("Each poster must:")."""
    said = tokens(lead, hyphened=True)
    if len(said) < 3 or said[-1] != ":" or said[-2].lower() not in word_list("obligation_modals"):
        return None
    words = said[:-2]
    cuts = [k for k, w in enumerate(words) if w in _CUTS]
    if cuts:                  # "(using the form below) by 2 June. Each poster must:": its last sentence's
        words = words[cuts[-1] + 1:]
    while words and words[0].lower() in word_list("articles") | word_list("subject_quantifiers"):
        words = words[1:]
    if not words or len(words) > MAX_SUBJECT_WORDS or not all(w[:1].isalnum() for w in words):
        return None
    return " ".join(words)

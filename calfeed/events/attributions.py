"""A source a sentence cites before its subject: "According to the circular, all schools will
stay shut on Monday 9 March", or an impersonal report before it: "It is reported that the
sluice's trial closure is set for 2 am to 6 am" (impersonal_report_openers), or a short written
source and its present verb of saying before "that": "The notice says that the lane is to close
from ..." (source_saying_verbs).

The cited notice, order or spokesperson is where the news comes from; the day belongs to what the
rest of the clause says. Left in the clause, the source's noun ("circular", "notification") is the
nearest event noun before the date and would title the entry. The openers are a table
(attribution_openers). The same source set off by commas between a subject and its verb ("The
second term, according to the new calendar, will start on 8 January") is passed over to the subject.
"""

from __future__ import annotations

from calfeed.events.vocabulary import phrase_at, phrase_list, word_list
from calfeed.events.words import Word, words_in

MAX_ATTRIBUTION_WORDS = 8     # "According to a statement from the district council," is long enough


def after_attribution(text: str, clause: tuple[int, int], at: int) -> tuple[int, int]:
    """``clause`` from the first word after a fronted attribution and its comma, when the date at
    ``at`` comes after that comma; else ``clause`` as it is. A number inside ends the search: the
    comma of "According to the notice of 3 March, ..." may be a date's own."""
    words = words_in(text, *clause)
    lowered = [w.lower for w in words]
    reported = phrase_at(lowered, 0, phrase_list("impersonal_report_openers"))
    if reported is not None:      # "It is reported that the trial closure is set ...": the clause after "that"
        rest = words[len(reported)] if len(reported) < len(words) else None
        return (rest.start, clause[1]) if rest is not None and rest.is_word and rest.start < at else clause
    said = _said_that(words, lowered)
    if said is not None:          # "The notice says that the resurfacing is set to start ...": after "that"
        rest = words[said]
        return (rest.start, clause[1]) if rest.is_word and rest.start < at else clause
    opener = phrase_at(lowered, 0, phrase_list("attribution_openers"))
    if opener is None:
        return clause
    for k in range(len(opener), min(len(words) - 1, len(opener) + MAX_ATTRIBUTION_WORDS + 1)):
        if words[k].is_number:
            return clause
        if words[k].text == ",":
            rest = words[k + 1]
            return (rest.start, clause[1]) if rest.is_word and rest.start < at else clause
    return clause


def _said_that(words: list[Word], lowered: list[str]) -> int | None:
    """The index of the first word after "that" when the clause opens with a short written source
    and its verb of saying in the present ("The statement says that", "The notice states that":
    source_saying_verbs; at most MAX_ATTRIBUTION_WORDS words before the verb, no number and no
    comma among them); else None. A body's past announcement ("The council announced that ...")
    is left as it was: the body often is the one that acts."""
    if not words or not words[0].is_word:
        return None
    saying = word_list("source_saying_verbs")
    for k in range(1, min(len(words) - 2, MAX_ATTRIBUTION_WORDS + 1)):
        if words[k].is_number or not words[k].is_word:
            return None
        if lowered[k] in saying:
            return k + 2 if lowered[k + 1] == "that" else None
    return None


def before_attribution_aside(words: list[Word], comma: int) -> int:
    """The index of the word before an attribution set off by commas between a subject and its verb
    ("The second term, according to the new calendar, will start on ..."), when ``comma`` is the
    aside's closing comma; else ``comma``. The aside opens with attribution_openers right after its
    own comma and holds at most MAX_ATTRIBUTION_WORDS words, no number (a date's comma is no close)."""
    if comma < 3 or words[comma].text != ",":
        return comma
    for j in range(comma - 1, max(0, comma - MAX_ATTRIBUTION_WORDS - 3), -1):
        if words[j].is_number:
            return comma
        if words[j].text == ",":
            lowered = [w.lower for w in words[j + 1:comma]]
            opened = phrase_at(lowered, 0, phrase_list("attribution_openers")) is not None
            return j - 1 if opened and j > 0 and words[j - 1].is_word else comma
    return comma

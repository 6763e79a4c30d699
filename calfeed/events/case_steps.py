"""A step of a case a report dates as a purpose: "told both sides to come back to court for
highlighting on 9 May", "the accused returns for sentencing on 3 June".

Court round-ups tell the next step of each case with "for <step> on <day>", where the step is a
gerund or noun no event-noun reader takes as an occasion ("highlighting" of submissions, a
"mention"). Only a step of case_step_nouns right after "for" and right before the day's link
counts; the title is the step."""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex

REACH = 40        # characters before the day read for "for <step> on"
CASE_STEP_NOTE = "a step of a case dated as what the parties come for: its day"


def case_step(text: str, clause: tuple[int, int], timex: Timex) -> str | None:
    """The step ("Highlighting") the clause dates with "for <step> on <day>", else None."""
    before = [w for w in words_in(text, max(clause[0], timex.start - REACH), timex.start)]
    if len(before) < 3 or before[-1].lower not in word_list("gapped_subject_links"):
        return None
    step, lead = before[-2], before[-3]
    if lead.lower not in word_list("case_step_leads") or step.lower not in word_list("case_step_nouns"):
        return None
    return step.text[:1].upper() + step.text[1:]

"""Deadline times stated once per section: "Deadlines refer to 23:59 (11:59pm) in the AoE
(Anywhere on Earth) time zone." above a table or list of bare days.

:mod:`calfeed.events.deadline_clock` reads one such rule and times every all-day deadline
with it. A page of important dates often states one per section ("12:00 (noon) in CET" for
registration, "23:59 AoE" for submissions), restates the clock in brackets, and names the
zone a few words after the clock. Here each rule governs the deadlines after it, up to the
next rule; deadlines before the first rule take the first, as a single rule always did.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from calfeed.events.deadline_clock import DeadlineClock, apply_deadline_clock, deadline_clock
from calfeed.events.stated_zones import zone_named
from calfeed.events.words import Word
from calfeed.model import Event, Timex
from calfeed.text import back_over, line_end, start_of_line

_BRACKETED = re.compile(r"\s*\([^()\n]{0,40}\)")


def deadline_rule(text: str, timex: Timex, clause: list[Word], dated: list[Timex], sentence: tuple[int, int],
                  restated: set[int]) -> DeadlineClock | None:
    """The rule ``timex`` states, the same clock restated in brackets set aside ("23:59
    (11:59pm)"), with the zone the rest of the sentence names when the clock has none."""
    start, end = start_of_line(text, timex.start), line_end(text, timex.end)
    stop = back_over(text, start, end)     # the line's last character that is no blank, read in place
    lead_in = stop > start and text[stop - 1] == ":"
    # a lead-in's list below it ("... by 5:00 p.m. on the following dates:" / "• April 3") is no day of the clock's own
    own = [t for t in dated if id(t) not in restated and (not lead_in or start <= t.start < end)]
    rule = deadline_clock(timex, clause, own, text[sentence[0]:sentence[1]])
    if rule is None or rule.tz is not None:
        return rule
    tail = text[timex.end:sentence[1]]
    bracket = _BRACKETED.match(tail)
    named = zone_named(tail[bracket.end():] if bracket else tail)    # "in the AoE time zone", "in CET time zone"
    if named is None and bracket is not None:      # "All deadlines are 8:00 p.m. (NL time)."
        named = zone_named(bracket.group().strip()[1:-1])
    return replace(rule, tz=named[0], zone_text=named[1]) if named else rule


def apply_deadline_rules(events: list[Event], rules: list[DeadlineClock], default_tz: str | None) -> list[Event]:
    """Each exact all-day deadline timed by the last rule stated before it (the first rule
    for deadlines above every rule)."""
    if not rules:
        return events
    starts = [r.source.start for r in rules]
    # The last rule (in the list's order) stated at or before the event, by bisection when the rules
    # stand in the text's order, as they are found: each event once went back through the rules
    # after it, square on a page stating a rule per section.
    ordered = all(a <= b for a, b in zip(starts, starts[1:]))
    timed = []
    for event in events:
        at = event.sources[0].start if event.sources else 0
        if ordered:
            before = bisect.bisect_right(starts, at)
            rule = rules[before - 1] if before else rules[0]
        else:
            rule = next((r for r in reversed(rules) if r.source.start <= at), rules[0])
        timed.extend(apply_deadline_clock([event], rule, default_tz))
    return timed

"""Days an earlier report claimed and the page has outdone: "The firm sent invitations for
Wednesday, 1 May ... On Monday, a newspaper reported the launch would be on 7 May". The entry
is the same (one title) on two days; the day inside another's report, told after a past report
verb and "would" (outdone_report_verbs, future_past_modals), is the claim the page corrects, no
second entry. A report alone, with no other day for its entry, is kept: it is the news."""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import tokens
from calfeed.model import Event


def without_outdone_reports(events: list[Event]) -> list[Event]:
    """``events`` less each entry told only inside a past report whose title another entry, told
    outside any report on another day, shares."""
    reported = [_reported(e) for e in events]
    if not any(reported):
        return events
    told_days: dict[str, set] = {}
    for event, inside in zip(events, reported):
        if not inside:
            told_days.setdefault(event.title.lower(), set()).add(_day(event))
    return [e for e, inside in zip(events, reported)
            if not (inside and told_days.get(e.title.lower(), set()) - {_day(e)})]


def _day(event: Event):
    start = event.start
    return start.date() if hasattr(start, "date") else start


def _reported(event: Event) -> bool:
    """Whether every source of ``event`` has its date after a past report verb and a modal that
    puts the plan in that report's future, in the same sentence."""
    return bool(event.sources) and all(_inside_report(s.sentence, s.start - s.sentence_start)
                                       for s in event.sources)


def _inside_report(sentence: str, at: int) -> bool:
    if not 0 <= at <= len(sentence):
        return False
    words = tokens(sentence[:at].lower())
    verbs, modals = word_list("outdone_report_verbs"), word_list("future_past_modals")
    said = next((k for k, w in enumerate(words) if w in verbs), None)
    return said is not None and any(w in modals for w in words[said + 1:])

"""Dates that date a statement, a dateline, or a frequency without a day: no calendar entry."""

from __future__ import annotations

from calfeed.events import frame_events
from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date


def framed(text: str):
    doc = Document(path="statement.txt", text=text)
    reference = infer_reference_date(doc, tag(text, None))
    return frame_events(doc, tag(text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")


def titles(text: str) -> list[str]:
    return sorted(e.title for e in framed(text)[0])


def test_a_reporting_verb_before_the_date_dates_the_act():
    text = "BRUSSELS, 3 May 2026 - Member States agreed last week to continue negotiations on the pandemic agreement."
    assert titles(text) == []


def test_a_reporting_verb_after_a_clause_opening_date_dates_the_act():
    text = "BRUSSELS, 3 May 2026 - Last week, Member States agreed to continue negotiations on the treaty."
    assert titles(text) == []


def test_an_event_noun_between_date_and_verb_keeps_the_event():
    text = "BRUSSELS, 3 May 2026 - On 28 April, the summit agreed on a declaration."
    assert titles(text) == ["Summit"]


def test_a_statement_date_does_not_hide_the_event_it_announces():
    text = "BRUSSELS, 3 May 2026 - The minister said on Monday that the summit will take place on 3 June."
    (event,) = framed(text)[0]
    assert (event.title, event.start.isoformat()) == ("Summit", "2026-06-03")


def test_the_dateline_is_not_the_first_sentence_subject():
    text = "GENEVA, 3 May 2026 (WHO) - The Executive Board meets twice a year. Its next session is planned for early June."
    events, unresolved = framed(text)
    assert [e.title for e in events] == ["Next session of the Executive Board"]
    assert all("GENEVA" not in u.reason for u in unresolved)


def test_a_frequency_without_a_day_is_reported_as_recurring_without_a_day():
    text = "GENEVA, 3 May 2026 (WHO) - The Executive Board meets twice a year. The committee meets every month."
    events, unresolved = framed(text)
    assert events == []
    reasons = sorted(u.reason for u in unresolved)
    assert reasons == ['"Committee meeting" recurs ("every month") but no day is written',
                       '"Executive Board meeting" recurs ("twice a year") but no day is written']


def test_a_weekday_series_starts_from_the_document_date():
    text = "GENEVA, 3 May 2026 - The council meets every Tuesday."
    (event,) = framed(text)[0]
    assert (event.title, event.start.isoformat(), event.rrule) == ("Council meeting", "2026-05-05", "FREQ=WEEKLY;BYDAY=TU")


def test_a_series_without_any_date_says_its_first_day_is_unknown():
    text = "The council meets every Tuesday."
    events, unresolved = framed(text)
    assert events == [] and "first day is unknown" in unresolved[0].reason


def test_an_event_word_past_a_comma_after_a_mid_clause_date_is_not_its_event():
    text = ("The government said it would publish its housing strategy in autumn 2027, "
            "after delays caused by the election.")
    assert titles(text) == ["Publication of housing strategy"]     # the plan's own step, not the election


def test_a_past_clock_time_of_a_report_is_no_entry():
    text = ("Published: 27 November 2026\n\nMinisters will meet on 30 November 2026.\n\n"
            "Brent crude futures fell 62 cents, or 0.9%, to $71.40 a barrel by 1130 GMT.")
    assert titles(text) == ["Ministers meeting"]

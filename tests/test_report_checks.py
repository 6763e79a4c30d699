"""The report's "To check" list: framed entries in shapes that are rarely what was meant."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import BuildResult, Document, DocumentResult, Event, ReferenceDate, SourceRef
from calfeed.pipeline import Options, process_document
from calfeed.report import render_html, render_markdown
from calfeed.report.checks import NO_ZONE, checks

TEXT = "Proposals are due on 3 March 2027. The jury meets every Tuesday at 10:00."


def _source(expr: str) -> SourceRef:
    start = TEXT.index(expr)
    return SourceRef("call.md", "", expr, TEXT, start, start + len(expr))


def _result(*events: Event, reference: date = date(2027, 1, 10)) -> BuildResult:
    doc = Document("call.md", TEXT)
    return BuildResult([DocumentResult(doc, ReferenceDate(reference, False, "front matter"), [], list(events), [])],
                       list(events))


def test_a_floating_clock_an_endless_deadline_and_a_deadline_before_its_document_are_listed():
    floating = Event("a", "Jury", "meeting", datetime(2027, 1, 12, 10), None, False, "exact",
                     rrule="FREQ=WEEKLY;BYDAY=TU", sources=[_source("every Tuesday at 10:00")])
    endless = Event("b", "Proposals", "deadline", date(2027, 3, 3), None, True, "exact",
                    rrule="FREQ=WEEKLY;BYDAY=WE", sources=[_source("3 March 2027")])
    past = Event("c", "Proposals", "deadline", date(2027, 3, 3), None, True, "exact", sources=[_source("3 March 2027")])
    found = checks(_result(floating, endless, past, reference=date(2027, 4, 1)))
    assert [(c.title, c.message.split(":")[0].split(" (")[0]) for c in found] == [
        ("Jury", NO_ZONE), ("Proposals", "a deadline that repeats with no end"),
        ("Proposals", "a deadline before its document's own date")]


def test_sound_entries_are_not_listed_and_the_section_is_left_out():
    zoned = Event("a", "Jury", "meeting", datetime(2027, 1, 12, 10), None, False, "exact", tz="Europe/Paris",
                  rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20270601", sources=[_source("every Tuesday at 10:00")])
    ahead = Event("c", "Proposals", "deadline", date(2027, 3, 3), None, True, "exact", sources=[_source("3 March 2027")])
    result = _result(zoned, ahead)
    assert checks(result) == []
    assert "To check" not in render_markdown(result) and "To check" not in render_html(result)


def test_a_day_read_against_its_written_weekday_is_listed_and_rendered():
    doc = Document("d.md", "The inquiry reopens on Sunday 9 March.", published=date(2027, 1, 4))
    result = process_document(doc, Options(today=date(2026, 11, 29)))
    build = BuildResult([result], result.events)
    found = checks(build)
    assert any("not a Sunday" in c.message for c in found)          # no Sunday 9 March near: 2027 it is
    md, html = render_markdown(build), render_html(build)
    assert "## To check" in md and "not a Sunday" in md
    assert "<h2>To check</h2>" in html and "not a Sunday" in html

"""Deadlines counted from a dated event (red team 7b B9, 6b B3, 5b E2: "at least one week before
the AGM" gave neither an entry nor a report item): the anchor's day moved by the span, or the
sentence in the review report when nothing dates the anchor."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from calfeed.events import frame_events
from calfeed.model import Document


def _framed(text: str, path: str = "doc.txt", **fields):
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    doc = Document(path=path, text=text, **fields)
    reference = infer_reference_date(doc, tag(doc.text, None))
    return frame_events(doc, tag(doc.text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")


@pytest.mark.parametrize("text, published, title, day", [
    ("Our club Annual General Meeting will be held on Tuesday 8th November. Nomination forms are available from "
     "the Secretary and must be completed and lodged with the Secretary at least one week before the AGM.",
     date(2016, 10, 1), "Deadline for nomination forms", date(2016, 11, 1)),
    ("The submission deadline is 15 March 2017. Reviews are due no later than 10 days after the submission deadline.",
     date(2016, 10, 1), "Deadline for reviews", date(2017, 3, 25)),
    ("Notification of acceptance: 30 April 2027. Applications close two weeks after the notification of acceptance.",
     date(2027, 1, 10), "Deadline for applications", date(2027, 5, 14)),
    ("The grant period runs from 1 February 2027 to 31 July 2027. Final reports are due 30 days after the end "
     "of the grant period.", date(2027, 1, 10), "Deadline for final reports", date(2027, 8, 30)),
    ("The meeting will be held on 10 March 2027. Motions must reach the secretary at least 21 days before the "
     "meeting.", date(2027, 1, 10), "Deadline for motions", date(2027, 2, 17)),
    ("Motions must be lodged at least 21 days before the meeting on Tuesday, 10 March 2027 at 7pm.",
     date(2027, 1, 10), "Deadline for motions", date(2027, 2, 17)),
    ("Nominations must be received at least 14 days before the date of the meeting. The meeting will be held on "
     "10 March 2027.", date(2027, 1, 10), "Deadline for nominations", date(2027, 2, 24)),
    ("Papers must be submitted six weeks before the opening of the session. The session will be held from 12 to "
     "16 April 2027.", date(2027, 1, 10), "Deadline for papers", date(2027, 3, 1)),
    ("The Annual General Meeting of the Club will be held on Thursday 24 June 2027 at 7.30pm. Members wishing to "
     "propose a motion must send it to the Secretary at least 21 days before the meeting.", date(2027, 1, 10),
     "Deadline for members", date(2027, 6, 3)),
    ("The inquiry will open on 13 April 2027. Proofs of evidence must be submitted no later than 4 weeks before "
     "the inquiry opens.", date(2027, 1, 10), "Deadline for proofs of evidence", date(2027, 3, 16)),
    ("The conference starts on Monday 15 March 2027. Registrations must be received no later than 15 working days "
     "before the conference.", date(2027, 1, 10), "Deadline for registrations", date(2027, 2, 22)),
    ("The board meeting is on 10 March 2027. Appeals must be lodged within three months of the meeting.",
     date(2027, 1, 10), "Deadline for appeals", date(2027, 6, 10)),
])
def test_a_deadline_counted_from_a_dated_event_is_that_day_moved(text, published, title, day):
    events, unresolved = _framed(text, published=published)
    counted = [e for e in events if e.title == title]
    assert len(counted) == 1 and not unresolved
    assert counted[0].kind == "deadline" and counted[0].precision == "exact"
    assert counted[0].start == day and counted[0].end == day


def test_a_counted_deadline_keeps_the_anchor_clock_and_zone():
    events, _ = _framed("Direct submission deadline: March 19, 2027 (23:59 AoE). System description papers are due "
                        "one week after the direct submission deadline.", published=date(2027, 1, 10))
    counted = next(e for e in events if e.title == "Deadline for system description papers")
    assert counted.start == datetime(2027, 3, 26, 23, 59) and counted.tz == "Etc/GMT+12"


@pytest.mark.parametrize("text, expr", [
    ("Appeals must be lodged within three months of the decision.", "within three months of the decision"),
    ("Final reports are due 30 days after the end of the grant period.", "30 days after the end of the grant period"),
    ("Nomination forms must be lodged with the Secretary at least one week before the AGM.",
     "at least one week before the AGM"),
])
def test_a_deadline_counted_from_an_undated_event_goes_to_the_report(text, expr):
    events, unresolved = _framed(text, published=date(2027, 1, 10))
    assert events == []
    assert [u.expr for u in unresolved] == [expr]
    assert "no dated entry" in unresolved[0].reason and unresolved[0].sentence == text


@pytest.mark.parametrize("text", [
    "The election was held on 3 May 2026. He resigned two weeks after the election.",
    "He said the hostage had been killed within a week of his capture.",
    "The consultation closes on 3 May 2027. The government will publish its response within 12 weeks of the "
    "consultation closing.",
    "The clinic opens on 3 May 2027. You should wait at least 3 months after your last COVID-19 dose.",
    "The session opens on 12 April 2027. Documents should reach the secretariat no later than twelve weeks before "
    "the session, i.e. by 18 January 2027.",
    "The election is on 3 May 2027. Candidates must have been members for at least two years before the election.",
    "The results will be published two weeks after the meeting.",
])
def test_a_span_counted_from_an_event_without_a_deadline_word_is_no_deadline(text):
    """A story, a plan, the earliest day, or a day the document counted itself ("i.e. by ...")."""
    events, unresolved = _framed(text, published=date(2027, 1, 10))
    assert not any(e.sources[0].expr.endswith(("election", "capture", "closing", "dose", "session")) for e in events)
    assert unresolved == []

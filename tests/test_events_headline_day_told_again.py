"""A release's headline dates its event, and the body dates it again with more to say: "Envoy to
Hold Vienna Meeting with Both Delegations, 9 June, Following Up on 2030 Oslo Talks" over "The
Envoy will host a joint meeting with the two delegations on 9 June in Vienna." The headline's
telling (the document's title or first line, or a line repeating a piece of it, as a page that
wraps its heading does) is that entry again, even when its words differ ("Vienna Meeting" /
"Joint meeting", "Oslo Talks"): it folds into the one body entry of its day of the same kind or
sharing a word with it. A body entry of that day that names something else keeps the headline."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

RELEASE = ("# Envoy to Hold Vienna Meeting with Both Delegations, 9 June, Following Up on 2030 Oslo Talks\n\n"
           "12 May 2031\n\n"
           "## Envoy to Hold Vienna Meeting with Both Delegations\n\n"
           "Delegations, 9 June, Following Up on 2030 Oslo Talks\n\n"
           "The Envoy will host a joint meeting with the two delegations on 9 June in Vienna. "
           "He expects both sides to use the meeting to agree a common text.\n")


def test_the_headline_and_its_wrapped_line_fold_into_the_body_entry():
    events = tagged_events(RELEASE, published=date(2031, 5, 12))
    assert [(e.start, e.location) for e in events] == [(date(2031, 6, 9), "Vienna")]
    assert len(events[0].sources) == 3


def test_a_headline_day_with_another_occasion_in_the_body_stays():
    text = ("# Museum to Unveil New Sculpture Wing on 14 November\n\n"
            "A gala dinner for the donors will be held on 14 November in the great hall.\n")
    events = tagged_events(text, published=date(2031, 10, 1))
    assert len(events) == 2

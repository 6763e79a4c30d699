"""A feast after "for" in a sentence that dates something else on a written day ("... will take
place on November 28, so that shoppers can stock up for Christmas and New Year"): the feast is
what the day serves, no day of its own (feast_mentions). Session 47, R60 p18's shape, in words
of our own."""

from __future__ import annotations

from events_helpers import page_events

_STORY = ("Tax-free weekends in Valdoria for 2031.\n\n"
          "The final tax-free Saturday of the year would take place on November 29, so that families "
          "can stock up for Christmas and New Year.\n")


def test_a_feast_after_for_beside_a_written_day_is_no_entry():
    # fails on b9033d54: a second entry on 25 December
    days = [e.start.isoformat()[:10] for e in page_events(_STORY, "2031-02-03")]
    assert "2031-12-25" not in days and "2031-11-29" in days


def test_a_feast_after_on_beside_a_written_day_keeps_its_day():
    days = [e.start.isoformat()[:10] for e in page_events(
        "The choir sings on December 20 and again on Christmas Day at the town hall.\n", "2031-11-03")]
    assert "2031-12-25" in days

"""A window ahead ("in the coming days", "over the next few weeks") that sums up occasions the
page dates itself gives no entry of its own: a sentence issuing permits for two shows due in
the coming days, over "The lantern walk will take place on Friday, March 13 ...", has the two
shows' entries, and a ten-day span from the page's day is a false one (R68 17). A window whose
reach holds no day the page writes after it still dates its occasion, tentatively."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

RELEASE = date(2026, 3, 10)

SUMMARY = ("The town has issued permits for two outdoor shows that will be held in the coming days. "
           "The lantern walk will take place on Friday, March 13 on the quay. "
           "The harbour concert will take place on Sunday, March 15 in the old market.")


def test_a_window_summing_up_the_page_s_days_gives_no_entry():
    events = tagged_events(SUMMARY, published=RELEASE)
    assert sorted(e.start for e in events) == [date(2026, 3, 13), date(2026, 3, 15)]
    assert all(e.precision == "exact" for e in events)


def test_a_day_outside_the_window_leaves_it_its_occasion():
    text = ("A follow-up meeting of the working group will be held in the coming days. "
            "The annual report is due on Friday, May 29.")
    events = tagged_events(text, published=RELEASE)
    assert [e.precision for e in events if e.start == RELEASE] == ["approximate"]


def test_the_page_s_own_day_is_no_day_summed_up():
    text = "10 March 2026\n\nA follow-up meeting of the working group will be held in the coming days.\n"
    events = tagged_events(text, published=RELEASE)
    assert [(e.start, e.precision) for e in events] == [(RELEASE, "approximate")]

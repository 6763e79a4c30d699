"""ev46d (R58 p08 shape): a dot-leader timetable whose longer labels wrap onto a second line, the
leader and the day on the second ("Latest time for the Unitholders to lodge transfers of" /
"Units in order to qualify for the Open Offer . . . . 4 : 30 p.m. on Tuesday, 5 March"). The row's
name is both lines; before, only the second ("Units in order to qualify ...", or "Offer" alone, no
name, so no entry)."""

from datetime import date, datetime

from events_helpers import page_events

PAGE = ("Expected timetable\n\n"
        "Last day of dealings in Units on a cum-entitlement basis . . . . . . . . . . Monday, 4 March\n"
        "Latest time for the Unitholders to lodge transfers of\n"
        "Units in order to qualify for the Open Offer . . . . . . . . . . . 4 : 30 p.m. on Tuesday, 5 March\n"
        "Record Date for setting entitlements to the Open\n"
        "Offer . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . Friday, 8 March\n"
        "Despatch of the offer documents . . . . . . . . . . . . . . . . . . . . Monday, 11 March\n")


def _titles() -> dict:
    return {e.start: e.title for e in page_events(PAGE, "2030-02-10")}


def test_a_wrapped_label_names_its_row_with_both_lines():
    titles = _titles()
    # Fails on the parent: 'Units in order to qualify for the Open Offer', and no entry on 8 March.
    assert titles[datetime(2030, 3, 5, 16, 30)].startswith("Latest time for the Unitholders to lodge transfers of Units")
    assert titles[date(2030, 3, 8)] == "Record Date for setting entitlements to the Open Offer"


def test_a_one_line_label_keeps_its_own_words():
    titles = _titles()
    assert titles[date(2030, 3, 4)] == "Last day of dealings in Units on a cum-entitlement basis"
    assert titles[date(2030, 3, 11)] == "Despatch of the offer documents"

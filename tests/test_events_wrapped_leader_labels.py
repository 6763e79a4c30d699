"""ev46d (R58 p08 shape): a dot-leader timetable whose longer labels wrap onto a second line, the
leader and the day on the second ("Closing hour for holders to send in their forms so" /
"their Units count towards the Open Offer . . . . 4 : 30 p.m. on Tuesday, 5 March"). The row's
name is both lines; before, only the second ("their Units count ...", or "Offer" alone, no name,
so no entry)."""

from datetime import date, datetime

from events_helpers import page_events

PAGE = ("Key dates for the share offer\n\n"
        "Final trading day with the bonus attached . . . . . . . . . . . . . . . . . Monday, 4 March\n"
        "Closing hour for holders to send in their forms so\n"
        "their Units count towards the Open Offer . . . . . . . . . . . . . 4 : 30 p.m. on Tuesday, 5 March\n"
        "Day on which the registrar fixes who may take part in the\n"
        "Offer . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . Friday, 8 March\n"
        "Posting of the offer papers . . . . . . . . . . . . . . . . . . . . . . . Monday, 11 March\n")


def _titles() -> dict:
    return {e.start: e.title for e in page_events(PAGE, "2030-02-10")}


def test_a_wrapped_label_names_its_row_with_both_lines():
    titles = _titles()
    # Fails on the parent: 'their Units count towards the Open Offer', and no entry on 8 March.
    assert titles[datetime(2030, 3, 5, 16, 30)].startswith("Closing hour for holders to send in their forms so their Units")
    assert titles[date(2030, 3, 8)] == "Day on which the registrar fixes who may take part in the Offer"


def test_a_one_line_label_keeps_its_own_words():
    titles = _titles()
    assert titles[date(2030, 3, 4)] == "Final trading day with the bonus attached"
    assert titles[date(2030, 3, 11)] == "Posting of the offer papers"

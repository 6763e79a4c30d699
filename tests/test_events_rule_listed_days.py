"""A series rule with its days listed under it ("Meetings ... on the 3rd
Thursday of each month at 4:00pm" over "November 20, 2025" / "December 18, 2025" / ...): each
listed day is an entry at the rule's time (a day's own clock wins), and the open-ended series
goes when the list holds its days; a list of a few talks under a weekly club night keeps the
series."""
# Provenance: Red team 13 C2.

from datetime import date, datetime

from events_helpers import tagged_events


def _entries(text: str, published: date) -> list[tuple[str, object, str | None]]:
    return [(e.title, e.start, e.rrule) for e in tagged_events(text, published=published)]


def test_bulleted_dates_under_a_monthly_rule_are_its_meetings_at_its_time_and_place():
    text = ("Planning Commission\n\n"
            "The Planning Commission meets on the first Tuesday of every month at 7:00 p.m. in the Council Chambers.\n\n"
            "2026 meeting dates:\n\n"
            "- January 6, 2026\n- February 3, 2026\n"
            "- March 3, 2026 (joint session with Council, 6:00 p.m.)\n"
            "- April 7, 2026\n- May 5, 2026\n")
    events = tagged_events(text, published=date(2025, 12, 10))
    assert [(e.title, e.start, e.rrule) for e in events] == [
        ("Planning Commission meeting", datetime(2026, 1, 6, 19), None),
        ("Planning Commission meeting", datetime(2026, 2, 3, 19), None),
        ("Joint session", datetime(2026, 3, 3, 18), None),
        ("Planning Commission meeting", datetime(2026, 4, 7, 19), None),
        ("Planning Commission meeting", datetime(2026, 5, 5, 19), None)]   # no "≈ 2026 Meeting" from the lead-in
    assert events[0].location == "Council Chambers"


def test_year_less_days_under_a_schedule_heading_take_the_rule_time_and_a_day_keeps_its_own_clock():
    text = ("Library Board of Directors\n\n"
            "Regular meetings are held on the second Monday of each month at 6:30 PM at the Main Library.\n\n"
            "Schedule for 2026\n\nJanuary 12\n\nFebruary 9 - 5:30 PM (budget workshop)\n\n"
            "March 9\n\nApril 13\n\nMay 11\n")
    assert _entries(text, date(2026, 1, 5)) == [
        ("Regular meeting", datetime(2026, 1, 12, 18, 30), None),
        ("Budget workshop", datetime(2026, 2, 9, 17, 30), None),
        ("Regular meeting", datetime(2026, 3, 9, 18, 30), None),
        ("Regular meeting", datetime(2026, 4, 13, 18, 30), None),
        ("Regular meeting", datetime(2026, 5, 11, 18, 30), None)]


def test_a_listed_day_off_the_rule_and_a_recess_line_stay_in_the_list():
    text = ("Board of Trustees Meetings\n\n"
            "Sessions take place on the 2nd Wednesday of each month at 5:00pm unless otherwise posted.\n\n"
            "October 14, 2026\n\nNovember 11, 2026 (Remembrance)\n\nDecember 9, 2026 (5:30pm start time)\n\n"
            "Winter Break\n\nFebruary 10, 2027\n\nMarch 11, 2027, Annual Meeting\n")
    assert _entries(text, date(2026, 9, 1)) == [
        ("Session", datetime(2026, 10, 14, 17), None),
        ("Session", datetime(2026, 11, 11, 17), None),
        ("Session", datetime(2026, 12, 9, 17, 30), None),
        ("Session", datetime(2027, 2, 10, 17), None),
        ("Annual Meeting", datetime(2027, 3, 11, 17), None)]


def test_starred_days_under_a_last_saturday_rule_are_no_period_and_no_series_is_left():
    text = ("Friends of the Park\n\n"
            "Our volunteer work mornings take place on the last Saturday of each month from 10am to 12 noon.\n\n"
            "Upcoming dates\n* Saturday 28 February 2026\n* Saturday 28 March 2026\n"
            "* Saturday 25 April 2026 – Annual General Meeting, 2pm\n* Saturday 30 May 2026\n")
    events = tagged_events(text, published=date(2026, 2, 1))
    assert [(e.start, e.end, e.rrule) for e in events if e.title != "Annual General Meeting"] == [
        (datetime(2026, 2, 28, 10), datetime(2026, 2, 28, 12), None),
        (datetime(2026, 3, 28, 10), datetime(2026, 3, 28, 12), None),
        (datetime(2026, 5, 30, 10), datetime(2026, 5, 30, 12), None)]
    assert [(e.title, e.start) for e in events if e.title == "Annual General Meeting"] == [
        ("Annual General Meeting", datetime(2026, 4, 25, 14))]


def test_a_few_talks_under_a_weekly_club_night_keep_the_series_and_their_names():
    text = ("Astronomy Society\n\nWe meet every Tuesday at 7.30pm in the Scout Hut.\n\n"
            "Upcoming talks:\n- 13 January 2026: Dr Anna Novak, Exoplanets\n"
            "- 10 February 2026: Observing the Moon\n- 10 March 2026: Telescope clinic\n")
    events = tagged_events(text, published=date(2026, 1, 2))
    series = [e for e in events if e.rrule]
    assert [e.rrule for e in series] == ["FREQ=WEEKLY;BYDAY=TU"]
    assert sorted(series[0].exdates) == [datetime(2026, 1, 13, 19, 30), datetime(2026, 2, 10, 19, 30),
                                         datetime(2026, 3, 10, 19, 30)]
    assert [(e.title, e.start) for e in events if not e.rrule] == [
        ("Dr Anna Novak, Exoplanets", datetime(2026, 1, 13, 19, 30)),
        ("Observing the Moon", datetime(2026, 2, 10, 19, 30)),
        ("Telescope clinic", datetime(2026, 3, 10, 19, 30))]


def test_a_rule_over_prose_lists_nothing():
    text = ("Coffee mornings are held on the first Tuesday of each month at 10.30am in the Village Hall.\n\n"
            "The Christmas Fair raised £450 for the hall roof. Thank you to everyone who helped.\n\n"
            "14 February 2026 Valentine's Quiz Night in the hall, teams of four, tickets £5 from the shop.\n")
    assert [(e.title, e.rrule) for e in tagged_events(text, published=date(2026, 1, 2))] == [
        ("Coffee mornings", "FREQ=MONTHLY;BYDAY=1TU"), ("Valentine's Quiz Night", None)]


# Red team 13 C8: an announcing clause cut from its date by a colon and a line break
# ("... will be held at:" / "10am on Thursday the 20th of August 2020."): the line break only
# wraps the sentence, so the event noun before it names the date; a clock that opens the
# wrapped line is no programme slot named by the rest of its line.

def test_a_trigger_ending_at_colon_names_the_clock_and_day_on_the_next_line():
    text = ("Dear members, this is notice that the Annual General Meeting of the Rowing Club will be held at:\n"
            "7pm on Wednesday the 18th of March 2026.\nNominations for the committee are welcome.\n")
    assert [(e.title, e.start) for e in tagged_events(text, published=date(2026, 1, 10))] == [
        ("Annual General Meeting of the Rowing Club", datetime(2026, 3, 18, 19))]


def test_a_trigger_with_a_place_before_its_colon():
    text = ("Please note that the club's AGM will be held at the clubhouse at:\n"
            "7.30pm on Friday 27 February 2026.\nNominations close a week before.\n")
    assert [(e.title, e.start) for e in tagged_events(text, published=date(2026, 1, 10))] == [
        ("Club's AGM", datetime(2026, 2, 27, 19, 30))]


def test_a_wrapped_sentence_whose_second_line_opens_with_a_clocked_date_is_no_slot():
    text = ("The residents' association invites everyone to a public consultation evening which will be held on\n"
            "Wednesday 11 February 2026 from 6.30pm to 8pm in the library.\n")
    assert [(e.title, e.start, e.end) for e in tagged_events(text, published=date(2026, 1, 10))] == [
        ("Public consultation", datetime(2026, 2, 11, 18, 30), datetime(2026, 2, 11, 20))]


# Red team 13 C4: an undated page of year-less key dates is a yearly cycle; built on 30
# November 2026 with no date of its own, each row is its next occurrence: the rows after the
# turn of the year are this winter's, not pushed into the cycle after next by the list chain.

def _cycle(text: str) -> list[tuple[str, date]]:
    from calfeed.model import Document
    from calfeed.pipeline import Options, process_document

    result = process_document(Document("cycle.txt", text), Options(today=date(2026, 11, 30)))
    return [(e.title, e.start) for e in result.events]


def test_an_undated_yearly_cycle_gives_each_row_its_next_occurrence():
    text = ("Annual grant cycle\n\n- August 1 – Letters of intent are due\n- October 1 – Full proposals are due\n"
            "- December 1 – Reviewers return their scores\n- January 15 – Awards are announced\n"
            "- April 30 – Final reports are due\n")
    assert _cycle(text) == [("Letters of intent are due", date(2027, 8, 1)),
                            ("Full proposals are due", date(2027, 10, 1)),
                            ("Reviewers return their scores", date(2026, 12, 1)),
                            ("Awards are announced", date(2027, 1, 15)),
                            ("Final reports are due", date(2027, 4, 30))]


def test_a_starred_cycle_across_the_new_year_keeps_this_winters_rows():
    text = ("Membership calendar\n\n* October 1 – Membership renewals are due\n"
            "* November 15 – Nominations for the board are due\n* December 31 – Subscriptions must be paid\n"
            "* February 1 – Committee places are confirmed\n")
    assert [d for _, d in _cycle(text)] == [date(2027, 10, 1), date(2027, 11, 15), date(2026, 12, 31),
                                            date(2027, 2, 1)]


def test_a_list_under_a_written_year_stays_one_chain_in_order():
    text = ("Key dates 2026-27\n\nSeptember 1: Applications open\nNovember 15: Early application deadline\n"
            "January 31: Final application deadline\n")
    days = [d for _, d in _cycle(text)]
    assert days == sorted(days) and days[-1] == date(2027, 1, 31)

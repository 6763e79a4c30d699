"""Weekday lists told with their hours (weekday_hours.py): weekdays joined by commas, "and", "&"
and range words, with one clock range before or after them, are one weekly series over all the
listed days, timed by the clock, from the day the text says the schedule starts (else the page's
date). Two lists of one sentence are two series. Past, negated, replaced and dated lists give none."""
# Provenance: session 26, class "weekly timetables and opening hours in prose" (round 35 classes
# B and F, round 34 class 5): lists of weekdays became one-offs or lost their clock.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date) -> set[tuple[str, str, str, str | None]]:
    return {(e.title, str(e.start)[:16], str(e.end)[:16] if e.end else "", e.rrule)
            for e in tagged_events(text, published=published)}


def test_a_list_of_singular_weekdays_with_a_clock_range_is_one_series() -> None:
    text = "Repair cafe\n\nThe repair cafe is open Monday, Wednesday and Thursday 9:30 am to 12:30 pm.\n"
    assert _entries(text, date(2031, 3, 5)) == {
        ("Repair cafe open", "2031-03-05 09:30", "2031-03-05 12:30", "FREQ=WEEKLY;BYDAY=MO,WE,TH")}


def test_a_range_of_weekdays_with_its_clock_after_it_is_expanded() -> None:
    text = "Town archive\n\nThe reading room is open on Tuesday to Friday from 10am to 4pm.\n"
    assert _entries(text, date(2031, 3, 3)) == {
        ("Reading room open", "2031-03-04 10:00", "2031-03-04 16:00", "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR")}


def test_plural_weekdays_split_by_the_tagger_are_joined() -> None:
    text = "Allotment society\n\nThe seed store is open Mondays, Thursdays and Saturdays, 8am-11am, all year.\n"
    assert _entries(text, date(2031, 3, 3)) == {
        ("Seed store open", "2031-03-03 08:00", "2031-03-03 11:00", "FREQ=WEEKLY;BYDAY=MO,TH,SA")}


def test_a_clock_before_the_list_times_it_and_a_service_names_it() -> None:
    text = "Chapel notes\n\nWe will keep the 7 AM Mass on Tuesday, Thursday and Saturday.\n"
    assert _entries(text, date(2031, 3, 3)) == {("Mass", "2031-03-04 07:00", "", "FREQ=WEEKLY;BYDAY=TU,TH,SA")}


def test_the_start_day_of_the_sentence_before_starts_the_series() -> None:
    text = ("Chapel notes\n\nStarting on 6 April 2031 we will change the chapel timetable. "
            "Evening prayer will be at 6 PM Monday through Wednesday.\n")
    got = _entries(text, date(2031, 3, 3))
    assert ("Evening prayer", "2031-04-07 18:00", "", "FREQ=WEEKLY;BYDAY=MO,TU,WE") in got


def test_a_weekday_group_word_joins_the_list() -> None:
    text = "Confession\n\nConfession is heard on weekday and Saturday mornings from 8:00 to 8:20.\n"
    got = _entries(text, date(2031, 3, 3))
    assert ("Confession", "2031-03-03 08:00", "2031-03-03 08:20", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA") in got


def test_two_lists_of_one_sentence_are_two_series() -> None:
    text = ("Rowing club\n\nIndoor training runs Tuesday evenings from 7pm at the boathouse, "
            "and Thursday evenings from 7pm at the leisure centre.\n")
    got = {(start, rule) for _, start, _, rule in _entries(text, date(2031, 3, 1))}
    assert got == {("2031-03-04 19:00", "FREQ=WEEKLY;BYDAY=TU"), ("2031-03-06 19:00", "FREQ=WEEKLY;BYDAY=TH")}


def test_a_replaced_list_gives_no_series() -> None:
    text = ("Chapel notes\n\nThe 7 AM Mass will be on Tuesday, Thursday and Saturday "
            "(instead of Monday, Wednesday and Friday).\n")
    rules = {rule for _, _, _, rule in _entries(text, date(2031, 3, 3)) if rule}
    assert rules == {"FREQ=WEEKLY;BYDAY=TU,TH,SA"}


def test_a_past_list_gives_no_series() -> None:
    text = "Village hall\n\nThe hall was open Monday, Tuesday and Friday from 9am to 5pm.\n"
    assert not any(rule for _, _, _, rule in _entries(text, date(2031, 3, 3)))


def test_two_singular_weekdays_without_a_cue_stay_days() -> None:
    text = "Council news\n\nThe hearings will be held on Monday and Tuesday at 10am.\n"
    assert not any(rule for _, _, _, rule in _entries(text, date(2031, 3, 3)))


def test_a_negated_list_gives_no_series() -> None:
    text = "Library\n\nThe branch will not be open Monday, Tuesday and Wednesday from 9am to 1pm.\n"
    assert not any(rule for _, _, _, rule in _entries(text, date(2031, 3, 3)))


def test_a_weekday_session_with_its_hours_and_start_day_is_one_timed_series() -> None:
    text = ("Junior athletics 2031\n\nThursday sessions will run from 5.45 to 7.15 and start on 10th April.\n")
    got = _entries(text, date(2031, 3, 1))
    assert ("Thursday session", "2031-04-10 17:45", "2031-04-10 19:15", "FREQ=WEEKLY;BYDAY=TH") in got
    assert not any(start.startswith("2031-04-10") and rule is None for _, start, _, rule in got)


def test_rows_under_a_schedule_lead_in_are_weekly_from_its_start_day() -> None:
    text = ("Parish letter\n\nFrom Tuesday 3 June the new weekday Mass schedule is as follows:\n\n"
            "Tuesday 7pm at St Anne\n\nThursday 8am at Holy Cross\n\nWe hope to see you there.\n")
    got = _entries(text, date(2031, 5, 20))
    assert ("Mass", "2031-06-03 19:00", "", "FREQ=WEEKLY;BYDAY=TU") in got
    assert ("Mass", "2031-06-05 08:00", "", "FREQ=WEEKLY;BYDAY=TH") in got


def test_rows_under_a_past_lead_in_stay_as_they_were() -> None:
    text = ("Parish letter\n\nLast year the weekday Mass schedule was:\n\n"
            "Tuesday 7pm at St Anne\n\nThursday 8am at Holy Cross\n")
    got = _entries(text, date(2031, 5, 20))
    assert not any(title == "Mass" and rule for title, _, _, rule in got)


def test_an_end_day_bounds_the_series_and_a_daily_word_is_its_days() -> None:
    text = "Chapel notes\n\nStarting 2 June and running through 29 August, daily prayer will be at 9am Monday through Friday.\n"
    got = _entries(text, date(2031, 5, 1))
    assert ("Prayer", "2031-06-02 09:00", "", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20310829T235959") in got


def test_a_start_that_is_itself_a_run_of_days_ends_the_series_on_its_last_day() -> None:
    # one timex holds both days ("2 June through 29 August"): the weekday list is still this reader's, bounded by it
    text = "Chapel notes\n\nBeginning 2 June through 29 August, daily prayer will be at 9am Monday through Friday.\n"
    got = _entries(text, date(2031, 5, 1))
    assert ("Prayer", "2031-06-02 09:00", "", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20310829T235959") in got
    text = "Town archive\n\nFrom 2 June to 29 August, the reading room is open Monday to Friday from 10am to 4pm.\n"
    assert _entries(text, date(2031, 5, 1)) == {
        ("Reading room open", "2031-06-02 10:00", "2031-06-02 16:00",
         "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20310829T235959")}


def test_a_run_of_days_the_sentence_before_starts_ends_the_series_once() -> None:
    # the run bounds the series in weekday_hours and is the series' start anchor in timing: one UNTIL, not two
    text = ("Parish letter\n\nThe parish retreat is to start on Monday, March 2nd and continue to March 4th. "
            "Prayer follows the 8AM service until 5:30 PM, then a talk at 7 PM, on Monday, Tuesday and Wednesday.\n")
    rules = [rule for _, _, _, rule in _entries(text, date(2031, 2, 20)) if rule]
    assert rules and all(rule.count("UNTIL=") == 1 for rule in rules)


def test_an_office_s_access_hours_are_no_series() -> None:
    text = "Planning notice\n\nThe plans can be viewed at the Town Hall, Monday to Friday 10am to 4pm.\n"
    assert not any(rule for _, _, _, rule in _entries(text, date(2031, 3, 3)))


def test_weekday_labelled_rows_under_a_schedule_lead_in_give_a_series_per_clock() -> None:
    text = ("Parish letter\n\nWeekday Mass times from Monday, 2 June 2031:\n"
            "Mon: 7am, 5pm\nWed: 8am (no Mass on 4 June)\nFri: 12pm\n\nThank you.\n")
    got = {(start, rule) for title, start, _, rule in _entries(text, date(2031, 5, 20))}
    assert {("2031-06-02 07:00", "FREQ=WEEKLY;BYDAY=MO"), ("2031-06-02 17:00", "FREQ=WEEKLY;BYDAY=MO"),
            ("2031-06-04 08:00", "FREQ=WEEKLY;BYDAY=WE"), ("2031-06-06 12:00", "FREQ=WEEKLY;BYDAY=FR")} <= got


def test_a_fronted_phrase_before_a_pronoun_is_no_title() -> None:
    # Provenance: session 26, wk26's own worse line (dev_fo22 page 16): "In the month of July it".
    text = ("Museum hours\n\nWinter hours start on 1 November.\n\n"
            "In the month of December, it is winter time: Tuesday – Friday 11:00-15:00.\n")
    titles = {title for title, *_ in _entries(text, date(2031, 10, 1))}
    assert not any(title.lower().startswith("in the month") for title in titles)


# Review 26 (F1, F4, F6, F7): a one-off week, the row reader's cost, words read by language, agent titles.

def test_a_bare_list_of_coming_weekdays_in_news_is_no_standing_series() -> None:
    text = "Port news\n\nThe dock workers will walk out Monday, Tuesday and Wednesday from 6am to 6pm, their union said.\n"
    got = _entries(text, date(2031, 3, 5))
    assert not any(rule for *_, rule in got)
    assert {start for _, start, _, _ in got} == {"2031-03-10 06:00", "2031-03-11 06:00", "2031-03-12 06:00"}


def test_every_before_a_count_of_minutes_is_no_standing_cue() -> None:
    text = "Tram works\n\nTrams will run every 15 minutes Monday to Friday between 7am and 8pm while the line is rebuilt.\n"
    assert not any(rule for *_, rule in _entries(text, date(2031, 3, 5)))


def test_every_before_the_weekdays_is_a_standing_cue() -> None:
    text = "Pottery studio\n\nThe kiln room takes bookings every Monday, Tuesday and Thursday from 1pm to 5pm.\n"
    got = _entries(text, date(2031, 3, 5))
    assert any(rule == "FREQ=WEEKLY;BYDAY=MO,TU,TH" for *_, rule in got)


def test_a_plural_agent_subject_does_not_name_the_series() -> None:
    text = "Green waste rounds\n\nSacks are normally picked up Monday, Wednesday and Friday at 7am.\n"
    got = _entries(text, date(2031, 3, 5))
    assert {(title, rule) for title, _, _, rule in got} == {("Green waste rounds", "FREQ=WEEKLY;BYDAY=MO,WE,FR")}


class _CountingList(list):
    """A list that counts how often it is walked through."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_schedule_rows_do_not_walk_the_page_once_per_lead_in() -> None:
    from calfeed.events.weekday_hours import weekday_hours
    from calfeed.timex import tag

    block = "Weekday prayer schedule:\nMonday 6pm at St Brendan\nTuesday 7pm at St Ita\n\n"
    text = "Parish\n\n" + block * 40
    ordered = _CountingList(sorted(tag(text, date(2031, 3, 5)), key=lambda t: t.start))
    _CountingList.walks = 0
    _, names = weekday_hours(text, ordered, date(2031, 3, 5))
    assert len(names) >= 80     # every row was read
    assert _CountingList.walks < 20     # not once per lead-in


def test_the_word_lists_are_read_in_the_language_asked() -> None:
    import calfeed.events.weekday_hours as module
    from calfeed.timex import tag

    asked: list[tuple[str, str]] = []
    real = module.word_list

    def spy(name: str, lang: str = "?") -> frozenset[str]:
        asked.append((name, lang))
        return real(name, "en" if lang == "?" else lang)

    text = "Repair cafe\n\nThe repair cafe is open Monday, Wednesday and Thursday 9:30 am to 12:30 pm.\n"
    module.word_list = spy
    try:
        module.weekday_hours(text, tag(text, date(2031, 3, 5)), date(2031, 3, 5), lang="en")
    finally:
        module.word_list = real
    assert asked and all(lang == "en" for _, lang in asked)
    assert ("weekday_hours_title_tails", "en") in asked


def test_a_heading_that_says_hours_makes_the_rows_under_it_standing() -> None:
    text = ("Tool library\n\nOpening hours\n\nMonday: 9 a.m. to 1 p.m.\n\nTuesday: CLOSED\n\n"
            "Wednesday – Friday: 9 a.m. to 1 p.m.\n")
    got = _entries(text, date(2031, 3, 5))
    assert any(rule == "FREQ=WEEKLY;BYDAY=WE,TH,FR" for *_, rule in got)


def test_a_sentence_ending_in_a_plural_word_keeps_its_subject_as_the_title() -> None:
    text = "Parish\n\nThis sacrament of forgiveness is offered on weekday and Saturday mornings from 7:30 to 7:45.\n"
    got = _entries(text, date(2031, 3, 5))
    assert ("Sacrament of forgiveness", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA") in {(t, r) for t, _, _, r in got}


def test_clock_lines_under_a_weekday_schedule_heading_are_weekly_series() -> None:
    text = ("Chapel news\n\nThe chapel goes back to its usual timetable effective 7 June 2031.\n\n"
            "Saturday schedule\n\nMorning prayer in the side chapel at 7:30am\n\nRosary at 8:10am\n\n"
            "Sunday Schedule\n\nThe Sung Eucharist at 9:30am and 11:15am\n")
    got = {(title, start, rule) for title, start, _, rule in _entries(text, date(2031, 5, 20))}
    assert got >= {("Morning prayer in the side chapel", "2031-06-07 07:30", "FREQ=WEEKLY;BYDAY=SA"),
                   ("Rosary", "2031-06-07 08:10", "FREQ=WEEKLY;BYDAY=SA"),
                   ("Sung Eucharist", "2031-06-08 09:30", "FREQ=WEEKLY;BYDAY=SU"),
                   ("Sung Eucharist", "2031-06-08 11:15", "FREQ=WEEKLY;BYDAY=SU")}

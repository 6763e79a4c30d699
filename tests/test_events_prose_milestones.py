"""Dates in news prose about calendars and fixtures: a day a subject is moved to, a stretch that
lasts until something else comes back, a weekday placed in a stretch and glossed in brackets, and
a change that takes effect from a day.
"""
# Provenance: Red team 31 classes E and H (court-calendar news, a club's fixture news), and the
# fm24 development folder (sports and library news from several countries).

from datetime import date

from events_helpers import tagged_events


def _rows(text: str, published: date) -> list[tuple[str, date, date]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=published)]


def test_a_fixture_moved_to_a_new_day_is_an_entry_on_that_day():
    text = "Club news\n\nOur away game at Millbrook has been moved to Sunday 14 June.\n"
    rows = _rows(text, date(2026, 3, 2))
    assert [(s, e) for _, s, e in rows] == [(date(2026, 6, 14), date(2026, 6, 14))]
    assert "game" in rows[0][0].lower()


def test_brought_forward_to_a_yearless_day_looks_ahead():
    text = ("Fixtures\n\nThe return leg against Harbour Rovers has been brought forward to the 9th of "
            "August.\n")
    rows = _rows(text, date(2026, 3, 2))
    assert [(s, e) for _, s, e in rows] == [(date(2026, 8, 9), date(2026, 8, 9))]


def test_rescheduled_for_a_yearless_day_looks_ahead():
    # Told in June, a past "was rescheduled for 18 May" names next May: the new day is ahead of the move.
    text = "Events\n\nThe choir's spring recital was rescheduled for 18 May.\n"
    rows = _rows(text, date(2026, 6, 20))
    assert [s for _, s, _ in rows] == [date(2027, 5, 18)]


def test_a_move_that_may_happen_gives_no_entry():
    text = "Club news\n\nThe cup tie may be moved to Sunday 14 June if the pitch is waterlogged.\n"
    rows = _rows(text, date(2026, 3, 2))
    assert all(s != date(2026, 6, 14) for _, s, _ in rows)


def test_begin_and_will_continue_until_make_one_range():
    text = ("Courts\n\nVacation sittings will begin on Monday, 6 July 2026 and will continue until "
            "Friday, 28 August 2026.\n")
    rows = _rows(text, date(2026, 5, 2))
    assert [(s, e) for _, s, e in rows] == [(date(2026, 7, 6), date(2026, 8, 28))]


def test_a_stretch_until_something_resumes_ends_the_day_before_and_the_return_is_its_own_entry():
    text = ("Court calendar\n\nShort sitting days will begin on Monday, Jun. 7, 2027 and will continue "
            "until the regular sitting days resume from Jul. 19.\n")
    rows = _rows(text, date(2027, 1, 4))
    spans = sorted((s, e) for _, s, e in rows)
    assert spans == [(date(2027, 6, 7), date(2027, 7, 18)), (date(2027, 7, 19), date(2027, 7, 19))]
    assert any("regular sitting" in t.lower() for t, s, _ in rows if s == date(2027, 7, 19))


def test_a_weekday_placed_in_a_stretch_takes_its_bracketed_day():
    text = ("Court calendar\n\nThe filing counter will remain open on the last Saturday of the short "
            "sitting days (Jul. 17).\n")
    rows = _rows(text, date(2027, 1, 4))
    assert [s for _, s, _ in rows] == [date(2027, 7, 17)]
    assert "filing counter" in rows[0][0].lower()      # what is open that day, not the stretch it falls in


def test_a_bracketed_day_that_is_not_that_weekday_is_no_gloss():
    text = ("Court calendar\n\nThe filing counter will remain open on the last Saturday of the short "
            "sitting days (Jul. 16).\n")
    rows = _rows(text, date(2027, 1, 4))
    assert all(s != date(2027, 7, 17) for _, s, _ in rows)


def test_times_that_change_from_a_day_give_an_entry_on_that_day():
    text = "Chaplaincy\n\nThe times of the lunchtime service will change from Sunday 1st November.\n"
    rows = _rows(text, date(2026, 10, 20))
    assert [s for _, s, _ in rows] == [date(2026, 11, 1)]
    assert "change" in rows[0][0].lower()


def test_a_move_to_a_run_of_days_is_one_range():
    text = ("Music\n\nThe harbour weekender is being postponed to September 10, 11, 12, 2027, the "
            "organisers said.\n")
    rows = _rows(text, date(2026, 11, 2))
    assert (date(2027, 9, 10), date(2027, 9, 12)) in [(s, e) for _, s, e in rows]
    assert all(s != date(2027, 9, 11) for _, s, _ in rows)


def test_a_move_told_twice_gives_one_entry():
    text = ("Sport\n\nThe derby has been moved to Monday, 3 May.\n\n"
            "Fans were told the derby has been moved to 3 May.\n")
    rows = _rows(text, date(2027, 4, 20))
    assert [(t, s) for t, s, _ in rows] == [("Derby", date(2027, 5, 3))]


def test_a_light_verb_act_in_a_month_ahead_is_named_by_its_object():
    text = "Council news\n\nThe town council will have a final reading of the parking bylaw in October.\n"
    rows = _rows(text, date(2026, 7, 14))
    assert [(t, s, e) for t, s, e in rows] == [("Final reading of the parking bylaw", date(2026, 10, 1),
                                                date(2026, 10, 31))]


def test_an_act_verb_in_a_month_ahead_is_named_by_subject_verb_and_object():
    text = "Council news\n\nThe finance committee will consider the revised fees in November 2026.\n"
    rows = _rows(text, date(2026, 7, 14))
    assert [(t, s) for t, s, _ in rows] == [("Finance committee considers the revised fees", date(2026, 11, 1))]


def test_a_month_act_that_may_happen_or_is_past_gives_no_entry():
    for text in ("Council news\n\nThe finance committee may consider the revised fees in November 2026.\n",
                 "Council news\n\nThe finance committee will not consider the revised fees in November 2026.\n",
                 "Council news\n\nThe finance committee considered the revised fees in May 2026.\n",
                 "Council news\n\nIt will consider the revised fees in November 2026.\n"):
        assert _rows(text, date(2026, 7, 14)) == [], text


def test_a_stretch_from_a_day_until_part_of_a_month_is_one_range():
    text = "Libraries\n\nThe branch library will close from 4 May until mid-September for repairs.\n"
    rows = _rows(text, date(2026, 3, 2))
    assert [(s, e) for _, s, e in rows] == [(date(2026, 5, 4), date(2026, 9, 20))]


def test_a_day_then_a_month_with_other_words_between_stay_apart():
    text = "Libraries\n\nThe branch library will close from 4 May, and the cafe will reopen in September.\n"
    rows = _rows(text, date(2026, 3, 2))
    assert all(e != date(2026, 9, 20) and not (s == date(2026, 5, 4) and e and e.month == 9) for _, s, e in rows)


def test_an_adverb_before_a_future_passive_keeps_the_act():
    text = "Roads\n\nThe resurfacing works are expected to be fully completed in September 2026.\n"
    rows = _rows(text, date(2026, 3, 2))
    assert [(t, s) for t, s, _ in rows] == [("Resurfacing works completed", date(2026, 9, 1))]


def test_a_planned_day_replaced_over_a_long_clause_and_retold_in_an_embedded_post_gives_no_entry():
    story = ("Our cup tie against Lakeside Rovers that was scheduled to be played on Saturday 14 at the "
             "Riverside Ground has been pushed forward by a day, owing to {why}, and will now be played on")
    text = ("Football\n\n" + story.format(why="a clash with the county show on the day")
            + " Sunday 15 at the same ground, starting 2 pm.\n\n"
            + story.format(why="the county show on Saturday")
            + "... — Lakeside Rovers (@LakesideRovers) August 12, 2027\n")
    rows = _rows(text, date(2027, 8, 12))
    assert [(s.date() if hasattr(s, "date") else s) for _, s, _ in rows] == [date(2027, 8, 15)]


def test_a_common_light_verb_names_no_step_with_an_ordinary_object():
    # review 24 M1: "have"/"make"/"take" run through everyday prose; only a step's noun makes an entry
    for text in ("Markets\n\nTraders will take a careful line on prices in April.\n",
                 "Housing news\n\nTenants will have a chance to reply in July.\n",
                 "Family life\n\nGrandma will make jam in June.\n"):
        assert _rows(text, date(2026, 2, 9)) == [], text


def test_a_common_light_verb_still_names_a_vote_or_a_reading():
    text = "Council news\n\nThe parish council will take a vote on the allotment rents in April.\n"
    assert [(t, s) for t, s, _ in _rows(text, date(2026, 2, 9))] == [("Vote on the allotment rents",
                                                                     date(2026, 4, 1))]


def test_a_plural_subject_takes_the_verb_without_s():
    # review 24 M2: the title agrees with its subject
    text = "Sports news\n\nThe coaches will review the squad rules in September.\n"
    assert [(t, s) for t, s, _ in _rows(text, date(2026, 2, 9))] == [("Coaches review the squad rules",
                                                                     date(2026, 9, 1))]


def test_a_move_to_a_place_gives_no_new_day():
    # review 24 M3: the date after a moved-to place is no new day of the subject
    for text in ("Office news\n\nThe archive team has been moved to the west wing until 12 March.\n",
                 "Letters\n\nOur neighbours will have moved to Leeds by 12 March.\n"):
        assert _rows(text, date(2026, 2, 9)) == [], text

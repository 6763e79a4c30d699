"""Titles from the event the dated clause names, not from the words around it (session 66).

- a clause of circumstance ("..., as a charity rugby match is held") names the event when the
  sentence's own subject is who is warned ("motorists"), and a game named by its sport ("rugby
  match") is an event noun;
- a building's name ending in an event noun ("the Hall of Concerts") loses to the event phrase
  earlier in the clause ("The Book Fair opens at the Hall of Concerts");
- "the launch of ‘NAME’" is titled by the quoted name it launches;
- a bare plural ("the fairs") told in the paragraph of one named event of its noun stands for
  that event, not for a plural phrase of the page title ("three lively fairs");
- a line "On WEEKDAY, CLOCK, <a sentence>" under a sentence giving a stretch is no hours row;
- the subject of a clause opened by "which" ("..., due to which lorries are restricted") names it;
- a trailing bracket that only says what kind of day it is ("(national public holiday)") is cut;
- capital initials joined by full stops ("N.I.") end no list line's title;
- a date opening its clause with a copula to a capitalised day's name ("D is the official
  International Kite Day") is that named day.
"""

from __future__ import annotations

from events_helpers import page_entries, page_events, titles_by_start

PUBLISHED = "2031-03-04"


def _titles(text: str) -> set[str]:
    return {title for title, _, _ in page_entries(text, PUBLISHED)}


def test_event_of_a_clause_of_circumstance_names_the_timed_day() -> None:
    page = ("Weekend traffic in Norlund\n\n"
            "On Saturday, from 2-9pm, motorists are warned to expect delays near Harven Park, as a charity "
            "rugby match belonging to the Spring Days programme is held.\n")
    assert titles_by_start(page, PUBLISHED)["2031-03-08"] == {"Charity rugby match"}


def test_clause_subject_still_names_a_day_with_no_such_clause() -> None:
    page = "Weekend notes\n\nOn Saturday, from 2-9pm, the Harven Park gates will be open.\n"
    assert "Charity rugby match" not in _titles(page)


def test_sport_match_named_as_the_subject() -> None:
    page = ("Derby day\n\nOn Sunday, from 8:15 p.m., a football match of Norlund Rovers against "
            "Vell City will take place at the Harven Ground.\n")
    titles = titles_by_start(page, PUBLISHED)["2031-03-09"]
    assert len(titles) == 1 and next(iter(titles)).lower().startswith("football match")


def test_building_name_loses_to_the_event_before_it() -> None:
    page = ("Coming up in Varnel\n\n"
            "The Northvale Book Fair held its 12th year inside the Palace of Congresses from March 12-15.\n")
    assert titles_by_start(page, PUBLISHED)["2031-03-12"] == {"Northvale Book Fair"}


def test_building_name_still_leaves_a_follow_on_clock_to_its_day() -> None:
    page = ("Weekend in Varnel\n\n"
            "Go Outdoors Varnel is planning a day tour to Sorrel cave for keen walkers on March 18. "
            "The traveling begins at 9 a.m. outside the Hall of Concerts, heading to a lake near Varnel.\n")
    entries = page_entries(page, PUBLISHED)
    assert [(t, str(s)) for t, _, s in entries] == [("Day tour", "2031-03-18 09:00:00")]


def test_launch_of_a_quoted_name_is_titled_by_the_name() -> None:
    page = ("Harbour news\n\n"
            "The Ministry announced the official launch of ‘Harbour Weeks’ which will commence on March 20 "
            "and continue until March 28, a release said.\n")
    assert _titles(page) == {"Harbour Weeks"}


def test_launch_of_an_unquoted_thing_keeps_its_own_words() -> None:
    page = "App news\n\nThe official launch of the new ferry app will be held on March 20.\n"
    assert "Harbour Weeks" not in _titles(page) and any("launch" in t.lower() for t in _titles(page))


def test_bare_plural_stands_for_the_named_event_of_its_paragraph() -> None:
    page = ("If you're in Norland this week, three lively fairs await\n\n"
            "Anyone visiting Norland this week should not miss the Harven Kite Flying Fair.\n\n"
            "The Harven Kite Flying Fair is the largest kite event in the region. It takes place every year "
            "after the harvest. This year the fairs take place on March 15 and 16.\n")
    assert titles_by_start(page, PUBLISHED)["2031-03-15"] == {"Harven Kite Flying Fair"}


def test_bare_plural_with_its_singular_in_another_paragraph_keeps_the_plural_mention() -> None:
    page = ("Three lively fairs this month\n\n"
            "The Harven Kite Flying Fair was the largest kite event in the region last year.\n\n"
            "This year the fairs take place on March 15 and 16.\n")
    assert "Harven Kite Flying Fair" not in titles_by_start(page, PUBLISHED)["2031-03-15"]


def test_sentence_after_a_stretch_is_no_hours_row_of_it() -> None:
    # a line opening "On WEEKDAY, CLOCK," and going on as a sentence under a sentence that gives a
    # weekend's stretch is that sentence's event, not an hours row named by the stretch's line
    page = ("Weekend traffic in Varnel\n\n"
            "Driving gets harder over the weekend of March 22-23 in many parts of Varnel. Some streets "
            "shut, since three happenings are planned: Harbour Lights, Kite Day and a Rovers game.\n\n"
            "On Sunday, from 8:30 p.m., a football match of the Varnel Rovers against Kell City "
            "will take place at the “Rovers Park” Stadium. Police officers will guide cars around it.\n")
    timed = [title for title, _, start in page_entries(page, "2031-03-18") if str(start) == "2031-03-23 20:30:00"]
    assert len(timed) == 1 and timed[0].lower().startswith("football match")


def test_subject_of_a_clause_after_which_names_the_restriction() -> None:
    page = ("Road works on the Kell highway\n\n"
            "On the sections of km 12 - km 18 of the Kell-Varnel highway, paving works are planned, due to which "
            "lorries and buses are restricted along that stretch from March 21 from 21:00 to 03:00 on March 22.\n")
    titles = _titles(page)
    assert len(titles) == 1 and next(iter(titles)).startswith("Lorries")


def test_which_with_no_subject_of_its_own_keeps_the_sentence_subject() -> None:
    page = "Bridge notice\n\nThe Sorrel footbridge, which needs new planks, will be closed on March 21.\n"
    assert any("footbridge" in t.lower() for t in _titles(page))


def test_note_saying_the_kind_of_day_is_cut_from_the_title() -> None:
    page = ("Public holidays of Norland, 2031\n\n"
            "a) 1st of January – Founders Day (national public holiday)\n"
            "b) 3rd of March – Harvest Monday (moveable bank holiday)\n"
            "c) 1st of May – Workers Day (national public holiday)\n")
    assert _titles(page) == {"Founders Day", "Harvest Monday", "Workers Day"}


def test_dotted_initials_do_not_end_a_list_line_title() -> None:
    page = ("Norland cricket round one\n\n"
            "Practice games coming up:\n"
            "Saturday, 15 March: N.I. vs Vell Islands at Harven Oval, Kellton\n"
            "Monday, 17 March: N.I vs Sorrel at St Brigid's, Kellton\n")
    assert titles_by_start(page, PUBLISHED)["2031-03-15"] == {"N.I. vs Vell Islands at Harven Oval, Kellton"}


def test_date_named_by_a_copula_as_a_day_of_its_own() -> None:
    page = ("Harven kite night: 40 activities over 9 parks\n\n"
            "Nine parks take part, so pick carefully, or return a day later! "
            "Sunday 16 March 2031 is the official International Kite Day and many of Saturday's kites "
            "fly again. Our picks follow.\n")
    assert titles_by_start(page, PUBLISHED)["2031-03-16"] == {"International Kite Day"}


def test_date_with_a_copula_to_a_plain_noun_is_no_named_day() -> None:
    page = "Kite club\n\nSunday 16 March 2031 is the first day of spring and the club is closed.\n"
    assert "Spring" not in " ".join(_titles(page))


def test_every_day_hours_told_in_a_sentence_under_a_stretch_stay_a_daily_series() -> None:
    page = ("Kell Road half closed for three weeks\n\n"
            "For three weeks, from March 10 to Monday, March 31, a special traffic plan applies on Kell Road.\n\n"
            "Every day from 08:00 to 13:00, both outer lanes of this busy road will be shut, and cars will "
            "use the remaining middle lane, so long queues can be expected.\n")
    series = [e for e in page_events(page, PUBLISHED) if e.rrule]
    assert len(series) == 1 and str(series[0].start) == "2031-03-10 08:00:00"


def test_today_named_as_a_day_keeps_the_clock_of_its_sentence() -> None:
    page = ("Siren Test Day: today at 10 a.m.\n\n"
            "Today is Regional Siren Test Day, when every siren in the valley will howl at 10 a.m., even "
            "where radios are off. The drill checks that the alarms still work.\n")
    timed = [e for e in page_events(page, PUBLISHED) if not e.all_day]
    assert [str(e.start) for e in timed] == ["2031-03-04 10:00:00"]


def test_quantified_or_unnamed_plurals_take_no_singular_mention() -> None:
    page = ("Storm changes to the weekend\n\n"
            "Some outings are called off because of the storm:\n"
            "- The Kell choir evening and the harbour picnic event set for March 15 are both cancelled.\n"
            "- The lantern walk is moved. The second walk of the season was on March 8; the walks now start on March 22.\n")
    days = titles_by_start(page, PUBLISHED)
    assert not any(t.lower().startswith("second walk") for t in days["2031-03-22"])

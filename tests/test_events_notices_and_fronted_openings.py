"""Days that gave nothing in notices and fronted sentences (session 66):

- a fronted day before a subject whose event verb a manner adverb splits ("On Friday 9 June, the
  new pier at Holm Sands will officially open"): the adverb is passed over as "currently" is
  (event_verb_manner_adverbs);
- a bulletin's closure whose verb an adverb parts from its "be" ("is to be partially closed on
  Sunday, May 9 from 7:30 a.m. to 10:30 a.m."): a closure, timed (adverb_skip_leads "be");
- two days joined by "and" with one day's hours and "daily" ("May 12 and 13 from 8:45 a.m. to
  3:30 p.m. daily"): those hours on each day, not one stretch from the first morning to the second
  afternoon (timing.daily_hours);
- a notice's address ("Motorists are notified that", "Residents of ... are advised that") names
  no one's event: the subject after "that" titles it (notice_addresses);
- a day whose clause says what it is, after an aside restating its weekday and a fronted clause
  with another day ("Owing to the regatta on Saturday 4 May, the 6th of May, a Monday, will be a
  bank holiday"): the day off, not the fronted clause's event (day_off_predicates);
- a run in a clause reported after "SOURCE says that" keeps its entry (attributions._said_that);
- a name's dotted initials ("(K.L. Vance Store)") end no sentence (calfeed.text).
"""

from events_helpers import page_events

from calfeed.text import split_sentences


def _by_start(text: str, published: str) -> dict[str, list]:
    days: dict[str, list] = {}
    for e in page_events(text, published):
        days.setdefault(str(e.start), []).append(e)
    return days


def test_fronted_day_before_an_officially_opening_subject():
    text = "Harbour news.\n\nOn Friday June 9, the new pier at Holm Sands, the western tip of the bay, will officially open.\n"
    events = page_events(text, "2028-06-02")
    assert [(str(e.start), e.title) for e in events] == [("2028-06-09", "New pier")]


def test_manner_adverb_in_an_unfronted_opening():
    text = "Harbour news.\n\nThe new pier at Holm Sands will formally open on Friday, June 9.\n"
    assert [str(e.start) for e in page_events(text, "2028-06-02")] == ["2028-06-09"]


def test_partially_closed_street_is_a_timed_closure_named_after_the_street():
    text = ("Bulletins\n\nMotorists are notified that part of Kestrel Street, near the Orton "
            "junction and the Mill Street corner (K.L. Vance Depot), is to be partially closed on Sunday, "
            "May 9 from 7:30 a.m. to 10:30 a.m.\n")
    (event,) = page_events(text, "2027-05-03")
    assert str(event.start) == "2027-05-09 07:30:00" and str(event.end) == "2027-05-09 10:30:00"
    assert event.title == "Part of Kestrel Street closure"


def test_two_days_with_daily_hours_are_a_two_day_series():
    text = ("Bulletins\n\nHomes and shops of Alder Hill, Cove’s Bay, Long Point, Mill Bay and Fern Rise "
            "are advised that the gas supply will be briefly interrupted on May 12 and 13 "
            "from 8:45 a.m. to 3:30 p.m. daily.\n")
    (event,) = page_events(text, "2027-05-03")
    assert event.title == "Gas supply interruption"
    assert str(event.start) == "2027-05-12 08:45:00" and str(event.end) == "2027-05-12 15:30:00"
    assert event.rrule == "FREQ=DAILY;UNTIL=20270513T235959"


def test_closed_on_two_days_with_hours_daily():
    text = ("Bulletins\n\nDrivers are informed that the Tern Lane bridge will be fully closed "
            "May 12 and 13 from 8:00 a.m. to 2:30 p.m. daily.\n")
    (event,) = page_events(text, "2027-05-03")
    assert event.title == "Tern Lane bridge closure"
    assert (str(event.start), str(event.end)) == ("2027-05-12 08:00:00", "2027-05-12 14:30:00")
    assert event.rrule == "FREQ=DAILY;UNTIL=20270513T235959"


def test_advised_office_closure_is_named_by_the_office():
    text = ("Bulletins\n\nVisitors are advised that the Tarn Valley Land Registry will be closed "
            "on Wednesday May 12 for its move to new rooms.\n")
    assert [e.title for e in page_events(text, "2027-05-03")] == ["Tarn Valley Land Registry closure"]


def test_day_with_weekday_aside_is_a_holiday_after_a_fronted_day():
    text = ("Notices\n\nThe Ministry of Works has announced that owing to the regatta of the town's founding "
            "this coming Saturday 4th of May, 2030 the 6th of May which is Monday will be a bank holiday.\n")
    days = _by_start(text, "2030-04-29")
    assert [e.title for e in days["2030-05-06"]] == ["Bank holiday"]


def test_day_with_a_bracketed_weekday_is_a_holiday():
    text = "Notices\n\nThe 6th of May, which is a Monday, will be a bank holiday.\n"
    assert [(str(e.start), e.title) for e in page_events(text, "2030-04-29")] == [("2030-05-06", "Bank holiday")]


def test_reported_run_after_says_that():
    text = ("Road works\n\nThe release says that the works are set to commence at the “Bend Corner” (Mile 12) "
            "near Oakridge Village and Fern Head from March 22, 2029, through September 1, 2029, so the area will "
            "then be closed to traffic.\n")
    (event,) = page_events(text, "2029-03-19")
    assert (str(event.start), str(event.end)) == ("2029-03-22", "2029-09-01")
    assert event.title.startswith("Works")      # the reported clause's subject, not the place it names


def test_dotted_initials_end_no_sentence():
    text = "A portion of the lane (K.L. Vance Store) will be closed. J.R. Lund will speak. It was built in the U.K. The fair opens."
    sentences = split_sentences(text)
    assert [text[a:b] for a, b in sentences.bounds] == [
        "A portion of the lane (K.L. Vance Store) will be closed.", "J.R. Lund will speak.",
        "It was built in the U.K.", "The fair opens."]


# --- non-dates and a holiday told as a stretch (session 66, R79 class 5 and class 3)

def test_holiday_named_as_the_stretch_from_a_weekday_until_a_day_of_next_month():
    text = ("School news\n\nThe spring term closed yesterday. It is the long holiday from "
            "Saturday onwards until the 20th of next month. Classes then resume on May 21st.\n")
    days = _by_start(text, "2031-04-24")      # a Thursday
    (holiday,) = days["2031-04-26"]
    assert holiday.title == "Long holiday" and str(holiday.end) == "2031-05-20"


def test_holiday_noun_after_there_will_be():
    text = "School news\n\nThere will be a school holiday on Friday 2 May.\n"
    assert [(str(e.start), e.title) for e in page_events(text, "2031-04-24")] == [("2031-05-02", "School holiday")]


def test_holiday_noun_inside_another_phrase_names_nothing():
    text = "School news\n\nChildren play outdoors during the school holiday from 2 May to 9 May.\n"
    assert not any(e.title.endswith("holiday") for e in page_events(text, "2031-04-24"))


def test_month_after_from_year_to_gives_no_entry_and_is_reported():
    text = ("School news\n\nLast week the board had said that the long summer break will shift "
            "from 2033 to November.\n")
    page = f"---\npublished: 2031-04-24\n---\n{text}\n"
    from calfeed.pipeline import Options, process_document
    from calfeed.sources import parse_document
    from events_helpers import BUILD_DAY
    result = process_document(parse_document(page.encode(), "page.txt"), Options(today=BUILD_DAY))
    assert result.events == []
    assert [u.expr for u in result.unresolved] == ["November"]


def test_dated_headlines_above_the_page_title_are_other_stories():
    page = ("---\ntitle: Lane works along the Orchard Road\npublished: 2029-03-20\n---\nmenu\n"
            "Council approves plan to ban plastic cups at markets\nMarch 20, 2029\n"
            "Mayor meets fishermen as new harbour fees take hold\nMarch 21, 2029\n\n"
            "Lane works along the Orchard Road\n\nPosted: Tuesday, March 20, 2029.\n\n"
            "Works will close the Orchard Road lane from March 26, 2029 until April 6, 2029.\n")
    from calfeed.pipeline import Options, process_document
    from calfeed.sources import parse_document
    from events_helpers import BUILD_DAY
    events = process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events
    assert [(str(e.start), str(e.end)) for e in events] == [("2029-03-26", "2029-04-06")]


def test_one_dated_line_over_the_title_is_kept():
    page = ("---\ntitle: Open day at the orchard\npublished: 2029-03-20\n---\n"
            "Join us at the orchard for a day out\nSaturday, April 14, 2029\n\n"
            "Open day at the orchard\n\nThe orchard opens its gates to visitors for tours and tastings.\n")
    from calfeed.pipeline import Options, process_document
    from calfeed.sources import parse_document
    from events_helpers import BUILD_DAY
    events = process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events
    assert [str(e.start) for e in events] == ["2029-04-14"]


def test_a_street_named_for_a_day_gives_no_entries():
    text = ("Parade news\n\nRehearsals for the parade ahead of the Founders Day celebration come Saturday, July 12, "
            "2031 will reach the final stage today at the Tarrow 12th July Avenue. The march past will also take "
            "place at the 12th July Avenue.\n")
    events = page_events(text, "2031-07-10")
    assert all(str(e.start) != "2031-07-12" or "Avenue" not in e.title for e in events)
    assert sum(1 for e in events if str(e.start) == "2031-07-12") == 1


def test_a_season_word_before_an_activity_is_no_season():
    text = ("Harbour news\n\nTwo floating decks have been fitted at the Holm and Tarrow baths. They can be used for "
            "events, for school groups and for winter bathing.\n")
    assert page_events(text, "2031-06-06") == []


def test_daily_after_a_window_read_as_each_days_hours_is_no_report_item():
    page = ("---\npublished: 2027-05-03\n---\nBulletins\n\nDrivers are informed that the Tern Lane bridge will be "
            "fully closed May 12 and 13 from 8:00 a.m. to 2:30 p.m. daily.\n")
    from calfeed.pipeline import Options, process_document
    from calfeed.sources import parse_document
    from events_helpers import BUILD_DAY
    result = process_document(parse_document(page.encode(), "page.txt"), Options(today=BUILD_DAY))
    assert [e.rrule for e in result.events] == ["FREQ=DAILY;UNTIL=20270513T235959"]
    assert result.unresolved == []      # the "daily" restates the series its window already is

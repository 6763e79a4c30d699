"""A run of days and, in the next sentence, the hours of its days ("... from Tuesday, March 7, to
Thursday, March 9." / "Works will take place from 9am to 4pm."): one entry for the run, its hours
in a note, not an all-day run and a lone entry at those hours on its first day."""

from datetime import date

from events_helpers import page_events

_NOTICE = (
    "The county has set out its road notices for the coming week.\n"
    "Drainage works will be carried out on the B-40 at Holm Bridge from Tuesday, March 7, to "
    "Thursday, March 9.\n"
    "Works will take place from 9am to 4pm.\n"
    "Residents will keep their access.\n"
)


def test_the_hours_sentence_gives_the_run_its_hours():
    events = page_events(_NOTICE, "2023-03-02")
    assert [(e.title, e.start, e.end, e.rrule) for e in events] == [
        ("Drainage works", date(2023, 3, 7), date(2023, 3, 9), None)]
    assert any(note.startswith("09:00 to 16:00 on each day") for note in events[0].notes)


def test_a_pronoun_subject_speaks_of_the_run_too():
    notice = _NOTICE.replace("Works will take place", "They will take place")
    assert [(e.start, e.end) for e in page_events(notice, "2023-03-02")] == [(date(2023, 3, 7), date(2023, 3, 9))]


def test_hours_of_another_subject_stay_apart():
    notice = _NOTICE.replace("Works will take place", "The depot will be staffed")
    events = page_events(notice, "2023-03-02")
    assert any(e.all_day for e in events) and any(not e.all_day for e in events)


# Opening hours after a run (session 67): each day of the run at those hours, one daily series.

_GARDENS = ("Town news\n\nThe botanical gardens, including Orrin Vale and Sella Park, will remain open "
            "during the whole holiday week from June 3rd to June 8th. The gardens will operate from "
            "9:30 am to 5:30 pm.\n")


def test_opening_hours_after_a_run_with_no_entry_of_its_own_are_a_daily_series():
    (event,) = page_events(_GARDENS, "2031-05-24")
    assert (event.title, str(event.start), str(event.end)) == ("Gardens", "2031-06-03 09:30:00", "2031-06-03 17:30:00")
    assert event.rrule == "FREQ=DAILY;UNTIL=20310608T235959"


def test_opening_hours_after_a_named_run_take_its_title():
    text = ("Town news\n\nThe Orm craft fair is to take place from June 3 to June 8. "
            "It will open from 9:30 am to 5:30 pm.\n")
    (event,) = page_events(text, "2031-05-24")
    assert (event.title, str(event.start), event.rrule) == (
        "Orm craft fair", "2031-06-03 09:30:00", "FREQ=DAILY;UNTIL=20310608T235959")


def test_opening_hours_of_another_place_stay_one_day():
    text = _GARDENS.replace("The gardens will operate", "The museum will operate")
    assert all(e.rrule is None for e in page_events(text, "2031-05-24"))


def test_hours_a_closed_road_opens_are_no_series():
    text = ("Town news\n\nThe Orm lane is to be closed from June 3 to June 8. "
            "It will open from 9:30 am to 5:30 pm.\n")
    assert all(e.rrule is None for e in page_events(text, "2031-05-24"))

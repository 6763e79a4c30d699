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

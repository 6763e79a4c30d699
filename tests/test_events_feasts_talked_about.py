"""Feasts a page talks about are no calendar entries. A parish
page defines and praises its feasts in the present tense ("Holy Saturday is a day of quiet",
"the three days of Maundy Thursday, Good Friday and Easter are one feast", "... is the high
point of every year"); only a feast with a listed time, a written day or an act set on it
("closed on Good Friday", "will be held on Easter Monday") is one. A feast falling on the day
its sentence writes out is that day's name, not a second entry."""
# Provenance: Round 16 (hs); red team 15 C9.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2031, 3, 20)        # Easter 2031 is 13 April


def _entries(text: str) -> set[tuple[str, str, str]]:
    return {(e.kind, str(e.start)[:16], e.title) for e in tagged_events(text, published=PUBLISHED)}


def _days(text: str) -> set[str]:
    return {str(e.start)[:10] for e in tagged_events(text, published=PUBLISHED)}


def test_a_definition_of_the_three_days_gives_no_entries() -> None:
    text = ("Parish news\n\nOur holiest days are near. The three days of Maundy Thursday, Good Friday "
            "and Holy Saturday are one celebration.\n")
    assert _entries(text) == set()


def test_feasts_as_the_subject_of_a_present_sentence_give_no_entries() -> None:
    assert _entries("Easter Sunday is the greatest celebration of the Church year.\n") == set()
    assert _entries("Holy Saturday is a day of vigil and fasting before the great celebration.\n") == set()


def test_a_feast_said_to_come_every_year_gives_no_entry() -> None:
    text = "Every year on Good Friday the parish holds a collection for the poor.\n"   # (a procession is an event noun)
    assert _entries(text) == set()


def test_a_weekly_series_in_a_sentence_about_feasts_gives_no_entry() -> None:
    text = ("As Sundays are our weekly feast of Easter, so the three days of Maundy Thursday, Good "
            "Friday and Holy Saturday are the summit of the year.\n")
    assert _entries(text) == set()


def test_a_feast_with_its_own_time_is_an_entry() -> None:
    text = "Good Friday of the Passion (3 pm) is our solemn celebration of the Cross.\n"
    assert "2031-04-11 15:00" in {s for _, s, _ in _entries(text)}


def test_a_closure_on_a_feast_is_kept() -> None:
    text = "The parish office is closed on Good Friday and Easter Monday.\n"
    assert {"2031-04-11", "2031-04-14"} <= _days(text)


def test_a_future_act_on_a_feast_is_kept() -> None:
    text = "The children's egg hunt will be held on Easter Monday in the rectory garden.\n"
    assert "2031-04-14" in _days(text)


def test_the_listed_days_stay_beside_a_definition() -> None:
    text = ("Holy Week\n\nThe three days of Maundy Thursday, Good Friday and Holy Saturday are one "
            "celebration.\n\nMaundy Thursday, April 10\n7:30 pm Mass of the Lord's Supper\n\n"
            "Good Friday, April 11\n3:00 pm Service of the Passion\n")
    got = _entries(text)
    assert {"2031-04-10", "2031-04-11"} <= {s[:10] for _, s, _ in got}
    assert "2031-04-12" not in {s[:10] for _, s, _ in got}
    assert not any("celebration" in title.lower() for _, _, title in got)


def test_a_feast_on_the_day_its_sentence_writes_is_no_second_entry() -> None:
    text = ("On Tuesday, April 22, 2031 the trust will unveil its campaigns, including \"Vote for the "
            "Planet,\" and the theme for Earth Day, which will focus on rivers.\n\n"
            "The press briefing will take place at 11:00 a.m. in the town hall.\n")
    got = _entries(text)
    assert not any(kind == "election" for kind, _, _ in got)
    assert ("meeting", "2031-04-22 11:00", "Press briefing") in got


# Red team 15 C10 and the consultation kind: spurious or doubled entries of other kinds.

def _all(text: str, published: date) -> list:
    return tagged_events(text, published=published)


def test_a_planning_consultation_is_no_meeting() -> None:
    got = _all("Local plan timetable\n\nPublic Consultation\nMarch - May 2030\n", date(2030, 1, 10))
    assert got and all(e.kind != "meeting" for e in got)
    got = _all("Public Consultation on the Draft Plan will run from 3 March to 14 April 2030.\n", date(2030, 1, 10))
    assert got and all(e.kind != "meeting" for e in got)


def test_parent_consultations_stay_meetings() -> None:
    got = _all("School diary\n\nParent Consultations on Wednesday 20 February 2030 from 3.30pm.\n", date(2030, 1, 10))
    assert [e.kind for e in got] == ["meeting"]
    got = _all("School diary\n\nYear 6 parents' consultation on Thursday 21 February 2030 at 4pm.\n", date(2030, 1, 10))
    assert [e.kind for e in got] == ["meeting"]


def test_a_hedged_clock_after_its_day_times_that_day_once() -> None:
    text = ("A public comment period on the draft rules will be considered by the board on Thursday, "
            "August 8, 2030, roughly at 4:30 p.m. to 5:30 p.m., Eastern Time.\n")
    got = _all(text, date(2030, 6, 1))
    assert [(str(e.start)[:16], e.all_day) for e in got] == [("2030-08-08 16:30", False)]


def test_one_deadline_at_two_clocks_is_one_entry_with_a_note() -> None:
    text = ("Scholarship timeline\n\nSep. 15 at 9:00am ET  Application opens\n\nNov. 3 at 9:00am ET  "
            "Application closes\n\nNov. 20 Finalists announced\n\n"
            "The application for this year will close on November 3, 2030 at 5:00pm ET.\n")
    got = [e for e in _all(text, date(2030, 8, 1)) if e.kind == "deadline" and not e.all_day]
    assert len(got) == 1
    assert str(got[0].start)[:16] == "2030-11-03 09:00"
    assert any("17:00" in note for note in got[0].notes)


def test_archive_labels_of_minutes_give_no_entries() -> None:
    text = ("Board Meetings\n\nThe Board meets on the second Tuesday of each month at 6 p.m.\n\n"
            "2029 Meeting Minutes\n\nNotes of the Annual Parish Meeting 2028\n\nAgendas and papers - March 2029\n")
    got = _all(text, date(2030, 1, 10))
    assert not any(e.all_day and e.precision == "approximate" for e in got)



# Provenance: session 21 (fb21); red team 27 class G (a talk "timed for" a feast).
def test_a_talk_timed_for_a_feast_gives_no_entry() -> None:
    assert _entries("A folklorist gives a talk on haunted lighthouses, neatly timed for Halloween.\n") == set()
    assert _entries("The head gardener gives a talk on spring bulbs, perfectly timed for Easter.\n") == set()


def test_a_concert_in_time_for_a_feast_gives_no_entry() -> None:
    assert _entries("Our youth band gives a concert of winter songs, just in time for Christmas.\n") == set()


def test_an_act_set_on_a_feast_beside_a_word_of_fit_is_kept() -> None:
    text = "The lantern walk, perfect for the little ones, will be held on Halloween.\n"
    assert "2031-10-31" in _days(text)

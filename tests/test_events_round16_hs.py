"""Round 16 (hs): feasts a page talks about are no calendar entries (red team 15 C9). A parish
page defines and praises its feasts in the present tense ("Holy Saturday is a day of quiet",
"the three days of Maundy Thursday, Good Friday and Easter are one feast", "... is the high
point of every year"); only a feast with a listed time, a written day or an act set on it
("closed on Good Friday", "will be held on Easter Monday") is one. A feast falling on the day
its sentence writes out is that day's name, not a second entry."""

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
    text = "Every year on Good Friday the parish holds a procession through the town.\n"
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

"""Days listed under a schedule heading with a lead paragraph between, and dated
one-off services whose noun is also a weekly service's (C6).

A meeting schedule often sets a sentence saying when and where the meetings are held between
its heading and its list of bare days, or says it in a sentence after the list; each listed day
is then a meeting timed and placed by that sentence. A parish notice names a one-off service in
title case ("Diocesan Mass for the Holy Father") or names the sacrament ("Confession at 2pm on
Divine Mercy Sunday, April 27th"): a written day makes it an entry."""
# Provenance: Round 17 (sl); red team 17 C5.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date) -> set[tuple[str, str, str | None]]:
    return {(e.title, str(e.start)[:16], e.location) for e in tagged_events(text, published=published)}


def _days(text: str, published: date) -> set[str]:
    return {str(e.start)[:16] for e in tagged_events(text, published=published)}


def test_a_lead_sentence_between_heading_and_days_times_each_day() -> None:
    text = ("Water Authority\n\n2031 Trustee Meeting Schedule:\n"
            "Trustee meetings are held from 1:30pm to 4:00pm, unless otherwise noted.\n\n"
            "  • February 4, 2031\n  • April 1, 2031\n  • June 3, 2031\n\nAll dates may change.\n")
    got = _entries(text, date(2031, 1, 6))
    assert {(t, d) for t, d, _ in got} >= {("Trustee Meeting", "2031-02-04 13:30"), ("Trustee Meeting", "2031-04-01 13:30"),
                                          ("Trustee Meeting", "2031-06-03 13:30")}


def test_a_lead_of_two_sentences_with_clock_and_place() -> None:
    text = ("Parish Council\n\nMeeting dates 2031\nAll meetings start at 7.30pm in the Village Hall. "
            "Agendas go up three days before.\n\n- Tuesday 14 January 2031\n- Tuesday 11 March 2031\n"
            "- Tuesday 13 May 2031\n")
    got = _entries(text, date(2031, 1, 2))
    assert {d for _, d, _ in got} == {"2031-01-14 19:30", "2031-03-11 19:30", "2031-05-13 19:30"}
    assert all(place == "Village Hall" for _, _, place in got)


def test_a_lead_ending_in_a_colon_names_the_days_under_a_heading_naming_no_event() -> None:
    text = ("Licensing Committee\n\nThe Licensing Committee will meet on the following dates at 6:00 p.m. "
            "in the Council Chambers:\n\n* February 3, 2031\n* March 3, 2031\n* April 7, 2031\n")
    got = _entries(text, date(2031, 1, 6))
    assert got == {("Licensing Committee meeting", d, "Council Chambers")
                   for d in ("2031-02-03 18:00", "2031-03-03 18:00", "2031-04-07 18:00")}


def test_month_notes_among_the_days_and_a_clock_after_the_list() -> None:
    text = ("Village Meetings\n\nVillage meetings are currently being held on the following dates\n\n"
            "March 2 2031\nApril 6 2031\nMay (To be confirmed)\nJune 1 2031\nJuly (To be confirmed)\n\n"
            "All meetings are at the Old School starting at 6:15 pm. Watch the noticeboard for changes.\n")
    got = _entries(text, date(2031, 1, 6))
    assert got == {("Village meeting", d, "Old School") for d in ("2031-03-02 18:15", "2031-04-06 18:15", "2031-06-01 18:15")}


def test_a_paragraph_over_bare_days_under_a_heading_naming_nothing_stays_silent() -> None:
    text = "News\n\nOur volunteers were busy this year.\n\nJanuary 5, 2031\nFebruary 9, 2031\n"
    assert not any("eeting" in e.title for e in tagged_events(text, published=date(2031, 1, 2)))


def test_a_one_off_service_named_in_title_case_at_the_start_of_an_item() -> None:
    text = "Parish news\nMarch 3, 2031\n- Requiem Mass for the late Bishop, this Friday March 7th at 11am, St. Anne's Church.\n"
    got = _entries(text, date(2031, 3, 3))
    assert any(t.startswith("Requiem Mass") and d == "2031-03-07 11:00" for t, d, _ in got)
    text = "Parish news\nMarch 3, 2031\n- Anniversary Mass for the school, Friday March 7th at 11am.\n"
    assert any(t.startswith("Anniversary Mass") for t, _, _ in _entries(text, date(2031, 3, 3)))


def test_a_word_in_title_case_before_mass_that_is_no_name_stays_silent() -> None:
    text = "Critical Mass reached on Friday March 7th, 2031, the report says.\n"
    assert not any("Mass" in e.title for e in tagged_events(text, published=date(2031, 3, 3)))


def test_the_sacrament_with_a_clock_before_a_feast_named_day() -> None:
    text = "Parish news\nMarch 3, 2031\n- Confession at 11am on Palm Sunday, April 6th.\n"
    assert ("Confession", "2031-04-06 11:00", None) in _entries(text, date(2031, 3, 3))


def test_two_services_at_two_clocks_of_one_day() -> None:
    text = ("Parish news\nMarch 3, 2031\n- The parish keeps the feast on Sunday, March 9th with Confession at 1pm "
            "followed by the Chaplet at 3pm.\n")
    days = _days(text, date(2031, 3, 3))
    assert {"2031-03-09 13:00", "2031-03-09 15:00"} <= days


def test_a_confession_of_a_suspect_is_no_service() -> None:
    text = "Officials who saw the confessions of suspects spoke on Friday, March 7, 2031.\n"
    assert not any("onfession" in e.title for e in tagged_events(text, published=date(2031, 3, 3)))


def test_a_hedged_negation_in_a_date_led_line_is_no_cancellation() -> None:
    text = ("Club nights\n\nMarch 4 @ 7pm: While not technically a quiz, Ann Reed's monthly puzzle evenings suit all ages.\n\n"
            "March 6 @ 7pm: Not strictly a concert, but the choir will sing for an hour.\n\n"
            "March 8 @ 7pm: No film night this month.\n")
    got = _entries(text, date(2031, 2, 1))
    assert ("Ann Reed's monthly puzzle evenings suit all ages", "2031-03-04 19:00", None) in got
    assert any(d == "2031-03-06 19:00" for _, d, _ in got)
    assert not any(d.startswith("2031-03-08") for _, d, _ in got)


def test_an_also_line_at_the_same_slot_is_a_second_entry() -> None:
    text = ("Book clubs\n\nMarch 9 @ 6:30pm: The Riverside Readers are discussing a novel by Ann Patchett.\n\n"
            "Also March 9 at 6:30pm: join us upstairs to talk about Ursula Le Guin with the fantasy club.\n")
    got = _entries(text, date(2031, 2, 1))
    assert len([d for _, d, _ in got if d == "2031-03-09 18:30"]) == 2

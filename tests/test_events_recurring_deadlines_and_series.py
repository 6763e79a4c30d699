"""Recurring deadlines and series, rules, kinds, spurious entries."""
# Provenance: Round-12 red-team classes; fixer rk.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _entries(text: str, published: date | None, **fields) -> list[tuple[str, str, object, str | None]]:
    return sorted(((e.title, e.kind, e.start, e.rrule) for e in tagged_events(text, published=published, **fields)),
                  key=lambda e: str(e[2]))


def test_each_governs_both_days_of_a_pair():
    text = "Applications are due each Jan. 31 and July 31 (although you can submit year-round)."
    assert [(k, s, (r or "").split(";")[0]) for _, k, s, r in _entries(text, date(2024, 3, 1))] == [
        ("deadline", date(2024, 7, 31), "FREQ=YEARLY"), ("deadline", date(2025, 1, 31), "FREQ=YEARLY")]


def test_two_yearly_days_of_one_phrase_are_both_kept():
    for text in ("Applications are due each Jan. 31 and each July 31.",
                 "Applications are due every year on January 31 and July 31."):
        assert len(_entries(text, date(2024, 3, 1))) == 2, text


def test_a_lead_in_makes_its_list_yearly_deadlines_at_its_clock():
    text = ("Bursary Rounds\n\n"
            "Bursary forms must be sent in online by 4:00 p.m. eastern time on these dates:\n\n"
            "  • May 9 – for a July award\n"
            "  • October 2 – for a December award\n\n"
            "If a date falls on a Saturday or Sunday, forms are taken until 4:00 p.m. the next Monday.\n")
    events = sorted(tagged_events(text, published=date(2024, 1, 10)), key=lambda e: e.start)
    assert [(e.title, e.kind, e.start, e.tz, e.rrule) for e in events] == [
        ("Bursary forms", "deadline", datetime(2024, 5, 9, 16), "America/New_York", "FREQ=YEARLY"),
        ("Bursary forms", "deadline", datetime(2024, 10, 2, 16), "America/New_York", "FREQ=YEARLY")]


def test_a_one_off_lead_in_list_stays_one_off():
    text = ("Forms must be handed in by 4pm on the following dates:\n"
            "• 3 April 2027 – small grants\n• 1 August 2027 – large grants\n")
    assert [(k, s, r) for _, k, s, r in _entries(text, date(2027, 1, 10))] == [
        ("deadline", datetime(2027, 4, 3, 16), None), ("deadline", datetime(2027, 8, 1, 16), None)]


def test_a_verbless_series_line_is_the_pages_event():
    text = ("Usually on First and Fourth Sundays at 7 PM Central Time (8 Eastern, 6 Mountain, 5 Pacific Time). "
            "Just let us know if you would like to participate.\n")
    ((title, _, start, rule),) = _entries(text, date(2024, 1, 10), title="Webinars")
    assert (title, start.time(), rule) == ("Webinars", datetime(2024, 1, 1, 19).time(), "FREQ=MONTHLY;BYDAY=1SU,4SU")


def test_a_series_with_a_subject_is_not_the_pages_event():
    text = "Usually on First and Fourth Sundays at 7 PM the office is closed.\n"
    assert all(t != "Webinars" for t, *_ in _entries(text, date(2024, 1, 10), title="Webinars"))


def test_a_weekend_rule_gives_no_entry_and_no_place():
    text = ("November 1st inquiry deadline for the February 1st full proposal deadline\n"
            "If the inquiry or full application deadline falls on a Saturday, Sunday, or a national holiday in the "
            "United States, the deadline will be moved to 5pm EST on the next business day.\n")
    entries = tagged_events(text, published=date(2024, 3, 1))
    assert sorted((e.title, e.start, e.location) for e in entries) == [
        ("Full proposal deadline", date(2025, 2, 1), None), ("Inquiry deadline", date(2024, 11, 1), None)]


def test_a_date_between_article_and_noun_names_that_noun():
    text = "The May 1st inquiry deadline is for the August 1st full proposal deadline."
    assert sorted((t, s) for t, _, s, _ in _entries(text, date(2024, 3, 1))) == [
        ("Full proposal deadline", date(2024, 8, 1)), ("Inquiry deadline", date(2024, 5, 1))]


def test_a_bracket_saying_what_is_covered_is_no_deadline():
    text = ("May 1st inquiry deadline for the August 1st full proposal deadline "
            "(for projects taking place January 1st or later)\n")
    assert sorted(s for _, _, s, _ in _entries(text, date(2024, 3, 1))) == [date(2024, 5, 1), date(2024, 8, 1)]


def test_a_bracketed_date_of_the_event_itself_stays():
    text = "Registration for the summer school (held on 5 July 2027) closes on 1 June 2027."
    assert date(2027, 6, 1) in [s for _, _, s, _ in _entries(text, date(2027, 1, 10))]


def test_a_term_closing_is_no_deadline():
    text = ("Autumn Term 2023\nAutumn Term Opens Tuesday 5 September 2023\n"
            "Autumn Term Closes Tuesday 19 December 2023\n")
    assert ("Autumn Term closes", "event", date(2023, 12, 19), None) in _entries(text, date(2023, 10, 19))


def test_a_call_closing_is_still_a_deadline():
    text = "The Call Closes Tuesday 19 December 2023\n"
    assert [k for _, k, _, _ in _entries(text, date(2023, 10, 19))] == ["deadline"]


def test_registration_beginning_is_no_deadline():
    text = ("A pre-bid conference will be held on June 26, 2024 at 2:00 p.m. Registration for the Mandatory "
            "Pre-Bid Conference will begin onsite at 1:30 p.m. on June 26, 2024.")
    assert [k for t, k, _, _ in _entries(text, date(2024, 6, 1)) if t.startswith("Registration")] == ["event"]


def test_start_and_end_labels_open_and_close_the_pages_window():
    text = "Start Date 22 August 2018 End Date 17 October 2018 Consultation To gather comments on the proposals.\n"
    assert _entries(text, date(2018, 8, 1), title="Public consultation: Draft Development Brief") == [
        ("Public consultation opens", "event", date(2018, 8, 22), None),
        ("Public consultation closes", "deadline", date(2018, 10, 17), None)]


def test_last_day_rows_and_due_labels_are_deadlines():
    text = ("| Session | 15-week session | 12-week session |\n|---|---|---|\n"
            "| Classes begin | August 25 | September 16 |\n"
            "| Last day to add | August 27 | September 18 |\n"
            "| Last day of classes | December 7 | December 7 |\n\n"
            "- Grades Due: December 16 at 12 p.m.\n")
    kinds = {(t, k) for t, k, _, _ in _entries(text, date(2025, 6, 1))}
    assert ("Last day to add", "deadline") in kinds and ("Grades Due", "deadline") in kinds
    assert ("Last day of classes", "deadline") not in kinds


def test_a_baby_due_is_no_deadline():
    text = ("Agata will be going on maternity leave at the beginning of November, the baby is due beginning "
            "of December and we wish her all the best.")
    assert all(k != "deadline" for _, k, _, _ in _entries(text, date(2023, 10, 19)))


def test_a_list_of_meetings_in_a_month_is_no_meeting():
    text = ("The following is a tentative list of United Nations meetings scheduled to be held in June, "
            "including major meetings of intergovernmental organizations.")
    assert _entries(text, date(2005, 5, 31)) == []


def test_a_closing_hour_is_no_entry():
    text = "SATURDAY 4th JULY\n- Open Mic from 12 noon\n- Bar and Food available until 1am\n"
    assert all("available" not in t.lower() for t, *_ in _entries(text, date(2026, 6, 10)))

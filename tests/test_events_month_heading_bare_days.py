"""Month headings over plain day rows and row kinds (C11).

A school or college calendar writes the month once ("OCTOBER", "October 2027", "October (21 days)")
and opens each row below with a bare day or days, often starred for a closing day: "*12 Founders'
Day: NO LESSONS", "20-24 Half-term break", "6 Reports due in the school office". Each row is its own
entry on its own day. A row that also says the school is shut is the named day all the same;
one that only says so ("9 February: no seminar") stays no entry. A row's "due" makes a deadline
even with the office after it, a row that "begins" is no deadline, and letters the organiser
sends by a day are a milestone."""
# Provenance: Round 17 (mh); red team 17 C2.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document


def _entries(text: str, published: date = date(2027, 8, 20)) -> set[tuple[str, str, str, str]]:
    result = process_document(Document(path="doc.txt", text=text, published=published))
    return {(e.title, str(e.start)[:16], str(e.end)[:16], e.kind) for e in result.events}


TERM = ("Autumn Term 2027 Calendar\n"
        "SEPTEMBER\n"
        "*6 Staff training day: NO LESSONS\n"
        "7 Term starts for all pupils\n"
        "15 Photographs\n"
        "15 Harvest assembly\n"
        "OCTOBER\n"
        "6 Reading records due in the school office\n"
        "*12 Founders' Day: NO LESSONS\n"
        "18-22 Book week\n"
        "18 Parents' evening\n"
        "*25-29 Half-term break\n"
        "NOVEMBER\n"
        "3 Flu vaccinations\n"
        "19 Sign-ups for the spring clubs begin\n"
        "*25 Thanksgiving: school closed\n")


def test_each_plain_day_row_is_its_own_day() -> None:
    got = {(t, s, e) for t, s, e, _ in _entries(TERM)}
    assert ("Term starts for all pupils", "2027-09-07", "2027-09-07") in got
    assert ("Harvest assembly", "2027-09-15", "2027-09-15") in got
    assert ("Photographs", "2027-09-15", "2027-09-15") in got
    assert ("Flu vaccinations", "2027-11-03", "2027-11-03") in got


def test_a_range_row_and_a_row_of_its_first_day_both_stand() -> None:
    got = {(t, s, e) for t, s, e, _ in _entries(TERM)}
    assert ("Book week", "2027-10-18", "2027-10-22") in got
    assert ("Parents' evening", "2027-10-18", "2027-10-18") in got


def test_a_starred_closing_day_keeps_its_name_and_day() -> None:
    got = {(t, s, e) for t, s, e, _ in _entries(TERM)}
    assert ("Founders' Day: NO LESSONS", "2027-10-12", "2027-10-12") in got
    assert ("Half-term break", "2027-10-25", "2027-10-29") in got
    assert ("Thanksgiving: school closed", "2027-11-25", "2027-11-25") in got


def test_no_row_takes_the_title_of_another() -> None:
    titles = {t for t, *_ in _entries(TERM)}
    assert not any(t[:1].isdigit() or t.startswith("*") for t in titles)


def test_row_kinds_due_with_its_office_and_a_beginning() -> None:
    got = {(t, s, k) for t, s, _, k in _entries(TERM)}
    assert ("Reading records due in the school office", "2027-10-06", "deadline") in got
    assert ("Sign-ups for the spring clubs begin", "2027-11-19", "event") in got


def test_due_to_after_a_participle_is_a_cause() -> None:
    text = ("JUNE 2027\n4 Sports day\n7 Sports day postponed due to rain\n14 Prize giving\n")
    got = {(t, k) for t, _, _, k in _entries(text, date(2027, 5, 1))}
    assert ("Sports day postponed due to rain", "event") in got


HEADED_ROWS = ("Key dates 2027-28\n\n"
               "September\n\n"
               "8\n\n"
               "Induction day for new students\n\n"
               "October\n\n"
               "25-29\n\n"
               "Reading week, no teaching\n\n"
               "December\n\n"
               "17\n\n"
               "Last day of term\n")


def test_a_day_alone_on_its_line_is_named_by_the_line_below() -> None:
    got = {(t, s, e) for t, s, e, _ in _entries(HEADED_ROWS)}
    assert ("Induction day for new students", "2027-09-08", "2027-09-08") in got
    assert ("Reading week, no teaching", "2027-10-25", "2027-10-29") in got
    assert ("Last day of term", "2027-12-17", "2027-12-17") in got
    assert not any(t in ("September", "October", "December") for t, _, _ in got)


def test_a_heading_with_a_count_in_brackets_still_heads_its_rows() -> None:
    text = ("February (15 days)\n9 - Term resumes\n16 - Open morning\nMarch (20 days)\n4 - World Book Day\n")
    got = {(t, s) for t, s, _, _ in _entries(text, date(2027, 1, 5))}
    assert {("Term resumes", "2027-02-09"), ("Open morning", "2027-02-16"), ("World Book Day", "2027-03-04")} <= got


def test_a_numbered_list_under_a_month_is_no_list_of_days() -> None:
    text = ("Minutes of the March meeting\nMarch\n1 Welcome and apologies\n2 Treasurer's report\n"
            "3 Any other business\n")
    got = _entries(text, date(2027, 3, 20))
    assert not any(s.startswith("2027-03-0") for _, s, _, _ in got)


def test_a_row_that_only_says_there_is_no_class_is_no_entry() -> None:
    text = ("Yoga with Ana\nJANUARY 2028\n11 Beginners class\n18 No class\n25 Beginners class\n")
    got = {(t, s) for t, s, _, _ in _entries(text, date(2027, 12, 1))}
    assert not any(s == "2028-01-18" for _, s in got)


def test_letters_sent_by_a_day_are_a_milestone() -> None:
    text = ("Call for posters\n\nPosters must be submitted by 2 May 2027. Every poster will be read, "
            "with offer letters emailed by 14 June 2027.\n")
    got = {(t, s, e, k) for t, s, e, k in _entries(text, date(2027, 2, 1))}
    assert ("Offer letters emailed", "2027-06-14", "2027-06-14", "milestone") in got
    assert not any(k == "deadline" and s == "2027-06-14" for _, s, _, k in got)


def test_a_row_named_from_an_ordinal_is_its_own_entry() -> None:
    text = ("JUNE 2027\n4 Sports day\n11 3rd Year Prize Giving\n18 Summer fair\n")
    got = {(t, s) for t, s, _, _ in _entries(text, date(2027, 5, 1))}
    assert ("3rd Year Prize Giving", "2027-06-11") in got

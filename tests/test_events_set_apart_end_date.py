"""A block of label lines over their date lines may open with a date line set apart from it by a
blank line: the span of the section the block belongs to ("Winter semester" / "01 October to 31
March" / blank / "Lecture period" / "21 October 2031 to 7 February 2032" / "Free period" / ...).
That stray date makes the run begin and end with a date, so its ends tell no direction; the blank
line parting it from a run that is otherwise tight tells that it is the section's, and the rest
reads label first. Read date first, every range took the label under it: the next block's name
(session 32, rt45 class "the heading BELOW a date range is used").
"""
# Provenance: session 32 (ev32a): rt45 de_goettingen_semester_dates.

from __future__ import annotations

from events_helpers import page_events, titles_by_start


def _by_start(text: str, published: str) -> dict[str, set[str]]:
    return titles_by_start(text, published, "doc.txt")


def test_a_semester_span_over_label_first_ranges() -> None:
    text = ("Dates for students\n\n"
            "Summer semester 2032\n\n"
            "01 April to 30 September\n\n"
            "Lecture period\n"
            "13 April 2032 to 17 July 2032\n"
            "Examination weeks\n"
            "20 July 2032 to 31 July 2032\n"
            "Library closed\n"
            "3 August 2032 to 7 August 2032\n\n"
            "Most rooms are shut. Ask your department about access during these weeks.\n\n"
            "Re-enrolment for the winter semester\n\n"
            "until 15 September 2032\n")
    days = _by_start(text, "2032-02-01")
    assert any("Lecture" in t for t in days.get("2032-04-13", set())), days
    assert any("Examination" in t for t in days.get("2032-07-20", set())), days
    assert any("Library" in t for t in days.get("2032-08-03", set())), days
    assert not any("Examination" in t for t in days.get("2032-04-13", set()))
    assert not any("Library" in t for t in days.get("2032-07-20", set()))


def test_a_course_span_over_american_dates() -> None:
    text = ("Spring Semester 2033\n\n"
            "January 10 – May 14\n\n"
            "Classes begin\n"
            "January 18, 2033\n"
            "Spring break\n"
            "March 14, 2033 to March 18, 2033\n"
            "Final exams\n"
            "May 3, 2033 to May 7, 2033\n\n"
            "Contact the registrar with any questions about these dates.\n")
    days = _by_start(text, "2032-11-01")
    assert any("Classes" in t for t in days.get("2033-01-18", set())), days
    assert any("Spring break" in t for t in days.get("2033-03-14", set())), days
    assert any("exams" in t for t in days.get("2033-05-03", set())), days
    assert not any("Spring break" in t for t in days.get("2033-01-18", set()))


def test_a_term_span_in_a_markdown_page() -> None:
    text = ("# Autumn term 2031\n\n"
            "**1 September 2031 – 19 December 2031**\n\n"
            "Induction week\n"
            "1 September 2031 to 5 September 2031\n"
            "Half-term break\n"
            "27 October 2031 to 31 October 2031\n"
            "Carol service\n"
            "17 December 2031\n")
    days = _by_start(text, "2031-07-01")
    assert any("Induction" in t for t in days.get("2031-09-01", set())), days
    assert any("Half-term" in t for t in days.get("2031-10-27", set())), days
    assert any("Carol" in t for t in days.get("2031-12-17", set())), days
    assert not any("Carol" in t for t in days.get("2031-10-27", set()))


def test_a_date_first_list_keeps_its_labels_below() -> None:
    """A run that opens with a date tight on its label and ends with a label reads date first."""
    text = ("Upcoming dates\n\n"
            "12 May 2031\n"
            "Spring concert\n"
            "19 May 2031\n"
            "Summer fete\n"
            "26 May 2031\n"
            "Sports day\n")
    days = _by_start(text, "2031-04-01")
    assert days.get("2031-05-12") == {"Spring concert"}
    assert days.get("2031-05-19") == {"Summer fete"}
    assert days.get("2031-05-26") == {"Sports day"}


def test_two_ranges_from_one_day_are_two_periods() -> None:
    """A range over the next label's range from the same first day is no calendar badge of it
    (a badge shows one day: "Jan" / "29" / "Wed"): both periods stand."""
    text = ("Winter semester 2033/34\n\n"
            "01 October to 31 March\n\n"
            "Period of teaching\n"
            "17 October 2033 to 3 February 2034\n"
            "Holiday period\n"
            "22 December 2033 to 6 January 2034\n"
            "Offices closed\n"
            "22 December 2033 to 2 January 2034\n\n"
            "Please contact your faculty about access to rooms during this period.\n")
    got = {(e.title, str(e.start)[:10], str(e.end)[:10]) for e in page_events(text, "2033-08-01", "doc.txt")}
    assert any("Holiday" in t and s == "2033-12-22" and e == "2034-01-06" for t, s, e in got), got
    assert any("closed" in t and s == "2033-12-22" and e == "2034-01-02" for t, s, e in got), got
    assert any("teaching" in t and s == "2033-10-17" for t, s, e in got), got

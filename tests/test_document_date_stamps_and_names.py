"""What dates a page and what does not: a year that names something ("Class of 2005", "(2011
Census)") does not date an undated page; only a verb of saying with its subject marks a story's
dateline; a bare clock under a post's date is its stamp, and "next week" below it lies ahead."""

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def test_a_year_that_names_something_does_not_date_an_undated_page() -> None:
    # review 19 M5: "The Class of 2005", "(2011 Census)", "the 2004 model" are names' years
    for text, day in (("Reunion notes\n\nThe Class of 2005 reunion: 14 March, 7pm at the Crown.\n", "03-14"),
                      ("Village notes\n\nPopulation 4,500 (2011 Census). Carol service: 20 December, 6pm\n", "12-20"),
                      ("Owners club\n\nRally for owners of the 2004 model: 14 March\n", "03-14")):
        result = process_document(Document(path="p.txt", text=text), Options(today=date(2026, 12, 1)))
        assert [str(e.start)[:10] for e in result.events] in (
            [f"2026-{day}"], [f"2027-{day}"]), (text, [e.start for e in result.events])


def test_an_invitation_to_say_hello_is_no_news_report() -> None:
    # review 19 M3: only a verb of saying with its subject marks a story's dateline
    text = ("Spring Fair\n14 June 2029\n10am - 4pm\nVicarage Garden\n\n"
            "Stalls, teas and games for all ages. Come and say hello to our new vicar!\n")
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2029, 6, 1)))
    assert [(e.title, e.start) for e in result.events] == [("Spring Fair", datetime(2029, 6, 14, 10, 0))]


def test_a_posts_bare_clock_under_its_date_is_its_stamp() -> None:
    # review 19 M4: "10:32" under a post's date line is when it was posted, and "next week" is ahead
    text = ("Road closure on the High Street\n14 June 2029\n10:32\n\n"
            "The High Street will be closed for resurfacing next week.\n")
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2029, 6, 1)))
    assert result.reference.value == date(2029, 6, 14)
    assert [(e.start, e.end) for e in result.events] == [(date(2029, 6, 18), date(2029, 6, 24))]


def test_a_plural_subject_stamps_the_page_as_its_singular_does() -> None:
    # review 19 S6: the page-stamp subjects list their plurals ("stories", "entries" end in -ies)
    for line in ("Entries updated 14 June 2029", "All stories posted 14 June 2029"):
        text = f"Parish news\n\nThe summer fete is on Saturday 23 June.\n\n{line}\n"
        result = process_document(Document(path="p.txt", text=text), Options(today=date(2029, 12, 1)))
        assert result.reference.value == date(2029, 6, 14), (line, result.reference.reason)

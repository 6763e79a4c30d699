"""A table's column header that names a zone ("Time (BST)", "Kick-off / GMT", or "GMT" on a second
header row under "Time") says where its clocks are read. It beats a zone the page writes elsewhere
beside another clock (a blog's "Posted: ... PDT" stamp), which is the poster's clock, not the
fixtures'."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> list[tuple[str, str | None]]:
    result = process_document(Document(path="p.md", text=text, published=date(2027, 5, 2)),
                              Options(today=date(2027, 5, 2)))
    return sorted((e.start.isoformat()[:16], e.tz) for e in result.events if not e.all_day)


POSTED = "## Harbour Rowing Regatta - Race Programme\n\nPosted: 01 May 2027 07:40 PM PDT\n\n"


def test_a_zone_in_brackets_in_the_time_header_times_the_rows():
    text = POSTED + (
        "The crews meet on the river in three heats this summer.\n\n"
        "| Date | Heat | Time (BST) |\n|---|---|---|\n"
        "| Sat 12 Jun | Heat 1, Men's eights | 10:15 |\n"
        "| Sat 19 Jun | Heat 2, Women's fours | 11:30 |\n")
    assert _entries(text) == [("2027-06-12T10:15", "Europe/London"), ("2027-06-19T11:30", "Europe/London")]


def test_a_zone_on_a_second_header_row_times_the_rows():
    text = POSTED + (
        "| Date | Race | Start | Course |\n|---|\n| GMT | Stage | Finish |\n|---|\n"
        "| Jun 12 - Sat | Heat 1, Men's eights | 09:15 | Henley |\n"
        "| Jun 19 - Sat | Heat 2, Women's fours | 13:00 | Henley |\n")
    assert _entries(text) == [("2027-06-12T09:15", "UTC"), ("2027-06-19T13:00", "UTC")]


def test_a_header_without_a_zone_leaves_the_rows_to_the_page():
    text = POSTED + (
        "| Date | Heat | Time |\n|---|---|---|\n"
        "| Sat 12 Jun | Heat 1, Men's eights | 10:15 |\n")
    assert _entries(text) == [("2027-06-12T10:15", "America/Los_Angeles")]


def test_two_zones_in_the_header_name_no_single_zone_for_a_clock_they_do_not_align_with():
    text = POSTED + (
        "| Date | Heat | Time (EDT) / (BST) |\n|---|---|---|\n"
        "| Sat 12 Jun | Heat 1, Men's eights | 10:15 |\n")
    assert _entries(text) == [("2027-06-12T10:15", "America/Los_Angeles")]

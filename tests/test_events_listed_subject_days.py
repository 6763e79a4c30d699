"""A sentence whose subject is only "the days" lists the page's days, each year fronting its own
sentence ("In 2031, the ... days will be ...", "As for 2032, the dates picked ..."): every day is
an entry, in the year its sentence fronts, named by the page title's day-off noun (day_subjects,
fronted_years, tense._day_choice)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = (
    "Photo: the harbour front\n\n"
    "It took a while, but the ministry has at last named the extra days off for 2031 and 2032. "
    "Parliament revived the scheme last spring to draw visitors inland.\n\n"
    "So which days are they? In 2031, the \u201cextra rest days for regional travel\u201d will be May 5 "
    "and November 24 and 28. Each sits beside a fixed holiday, so three weekends grow longer.\n\n"
    "As for 2032, the dates chosen June 7, August 16 and October 11. All fall on a Monday.\n"
)


def _entries(published: date | None) -> list[tuple[str, str]]:
    doc = Document("d.md", _PAGE, title="Ministry names the dates of the 2031 and 2032 linking holidays",
                   published=published)
    result = process_document(doc, Options(today=date(2033, 6, 1)))
    return sorted((str(e.start)[:10], e.title) for e in result.events)


def test_each_listed_day_is_an_entry_named_by_the_title():
    days = [day for day, _ in _entries(date(2030, 11, 8))]
    assert days == ["2031-05-05", "2031-11-24", "2031-11-28", "2032-06-07", "2032-08-16", "2032-10-11"]
    assert {title for _, title in _entries(date(2030, 11, 8))} == {"Linking holidays"}


def test_an_undated_page_is_read_before_the_first_listed_day():
    assert [day for day, _ in _entries(None)] == [
        "2031-05-05", "2031-11-24", "2031-11-28", "2032-06-07", "2032-08-16", "2032-10-11"]


def test_a_subject_with_an_event_noun_is_left_to_the_framers():
    text = "In 2031, the club meetings will be May 5 and June 9."
    doc = Document("d.md", text, title="Club news", published=date(2030, 11, 8))
    titles = {e.title for e in process_document(doc, Options(today=date(2033, 6, 1))).events}
    assert "Linking holidays" not in titles and titles

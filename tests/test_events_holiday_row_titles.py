"""A closures list's rows "<holiday> - <weekday> <day> <month>" are each an entry on their day,
titled by their own holiday: not by the list's heading, not by the next row, and no row lost.
The day is the holiday's that year ("Labour Day - Monday 26 October" is New Zealand's, not
1 May), no range from the holiday to it; a row named by a season or a month ("Spring - Monday
25 May", "June Bank Holiday – Monday 1 June") is named by those words, which date nothing else."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document


def _rows(text: str, published: date) -> list[tuple[str, str]]:
    events = process_document(Document(path="doc.txt", text=text, published=published)).events
    return sorted((e.start.isoformat()[:10], e.title) for e in events if e.all_day)


def test_a_councils_holiday_rows_are_titled_by_their_own_holiday():
    text = ("Service centre closures 2026\n"
            "Our service centres and the district library will be closed on these public holidays.\n"
            "Waitangi Day - Friday 6 February\n"
            "Good Friday - Friday 3 April\n"
            "Easter Monday - Monday 6 April\n"
            "Anzac Day (observed) - Monday 27 April\n"
            "King's Birthday - Monday 1 June\n"
            "Labour Day - Monday 26 October\n")
    assert _rows(text, date(2026, 1, 15)) == [
        ("2026-02-06", "Waitangi Day"), ("2026-04-03", "Good Friday"), ("2026-04-06", "Easter Monday"),
        ("2026-04-27", "Anzac Day (observed)"), ("2026-06-01", "King's Birthday"), ("2026-10-26", "Labour Day")]


def test_rows_with_en_dashes_a_footnote_mark_and_months_in_their_names():
    text = ("Holiday opening at the leisure centre\n"
            "The pool and gym are closed on the bank holidays below.\n"
            "St Patrick's Day – Tuesday 17 March\n"
            "Easter Monday – Monday 6 April\n"
            "May Bank Holiday* – Monday 4 May\n"
            "June Bank Holiday – Monday 1 June\n"
            "* On Monday 4 May the gym only will open from 9am to 1pm.\n")
    assert _rows(text, date(2026, 2, 10)) == [
        ("2026-03-17", "St Patrick's Day"), ("2026-04-06", "Easter Monday"), ("2026-05-04", "May Bank Holiday"),
        ("2026-06-01", "June Bank Holiday")]


def test_rows_named_by_a_season_or_a_month_keep_their_names():
    text = ("Bank holidays 2026 - recycling centre\n"
            "The recycling centre will not open on the following days.\n"
            "- New Year's Day – Thursday 1 January\n"
            "- Early May – Monday 4 May\n"
            "- Spring – Monday 25 May\n"
            "- Late Summer – Monday 31 August\n"
            "- Boxing Day – Saturday 26 December\n")
    assert _rows(text, date(2026, 1, 5)) == [
        ("2026-01-01", "New Year's Day"), ("2026-05-04", "Early May"), ("2026-05-25", "Spring"),
        ("2026-08-31", "Late Summer"), ("2026-12-26", "Boxing Day")]



def test_a_season_in_a_sentence_before_a_dash_names_no_row():
    from calfeed.events.label_lines import names_its_row
    from calfeed.timex import tag

    text = "Winter brings a string of indoor shows and craft workshops – with more news in May.\n"
    seasons = [t for t in tag(text, date(2026, 5, 1)) if t.rule == "season"]
    assert seasons and not any(names_its_row(text, t) for t in seasons)

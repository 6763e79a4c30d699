"""ev31a (rt44 class 2): a shareholder diary writes each row as its label, then its day ("Record date
Friday, 17 April"). A row's label may be long ("Last day to trade in order to qualify for the final
dividend") and may name the period its report covers ("Final results for the year ended 28 February
2027", "Declaration of dividend for 2026 on SENS"): neither loses the row, and each row is named by its
own label, not by a neighbouring row's."""

from datetime import date

from events_helpers import tagged_events

DIARY = ("Shareholder calendar\n\n"
         "Final dividend 2027\n"
         "Final results for the year ended 28 February 2027 Tuesday, 11 May\n"
         "Declaration of final dividend for 2026 on the stock exchange news service Tuesday, 11 May\n"
         "Last day to trade in order to qualify for the final dividend Tuesday, 1 June\n"
         "Shares trade ex-dividend Wednesday, 2 June\n"
         "Record date Friday, 4 June\n"
         "Payment date Monday, 7 June\n"
         "Annual general meeting 2027\n"
         "Last day to trade to be able to vote at the annual general meeting Friday, 16 July\n"
         "AGM to be held at 14h00 Thursday, 29 July\n"
         "Results of AGM published on SENS Thursday, 29 July\n")


def _entries() -> list[tuple[str, date]]:
    return [(e.title, e.start if isinstance(e.start, date) else e.start.date())
            for e in tagged_events(DIARY, published=date(2027, 3, 1))]


def _titled(day: date) -> list[str]:
    return [t for t, s in _entries() if (s.date() if hasattr(s, "date") else s) == day]


def test_a_label_naming_the_period_it_reports_on_keeps_its_row():
    assert any("year ended 28 February 2027" in t for t in _titled(date(2027, 5, 11)))
    assert any("Declaration of final dividend" in t for t in _titled(date(2027, 5, 11)))
    assert not _titled(date(2027, 2, 28))


def test_a_long_label_and_a_record_date_keep_their_rows():
    assert any("Last day to trade" in t for t in _titled(date(2027, 6, 1)))
    assert _titled(date(2027, 6, 4)) == ["Record date"]


def test_each_row_is_named_by_its_own_label():
    assert any("trade" in t for t in _titled(date(2027, 7, 16)))
    titles = _titled(date(2027, 7, 29))
    assert len(titles) == 2
    assert any(t.startswith("AGM") for t in titles)
    assert any(t.startswith("Results of AGM") for t in titles)


def test_a_first_line_is_no_diary_row_by_the_pages_last_line():
    """Looking up from the page's first line reached the last line (a search back from offset -1):
    the first row's sibling must be within DIARY_REACH filled lines, not at the page's end."""
    from datetime import date

    from calfeed.events.label_lines import diary_row
    from calfeed.timex import tag

    far = ("Record date Friday, 17 April\nSome words here\nMore words here\nStill more words\n"
           "Exam Friday, 24 April")
    near = "Record date Friday, 17 April\nPayment date Monday, 20 April"
    for text, expected in ((far, False), (near, True)):
        dated = sorted((t.start, t.end) for t in tag(text, date(2026, 3, 1)))
        assert diary_row(text, 0, dated) is expected

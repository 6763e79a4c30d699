"""ev31a (rt44 class 2): a shareholder diary writes each row as its label, then its day ("Register
closes Friday, 4 June"). A row's label may be long ("Final day for buying shares that carry the
payout") and may name the period its report covers ("Annual figures for the year ended 28 February
2027", "Board approves the final payout for 2026 on the exchange's news feed"): neither loses the
row, and each row is named by its own label, not by a neighbouring row's."""

from datetime import date

from events_helpers import tagged_events

DIARY = ("Shareholder calendar\n\n"
         "Final payout 2027\n"
         "Annual figures for the year ended 28 February 2027 Tuesday, 11 May\n"
         "Board approves the final payout for 2026 on the exchange's news feed Tuesday, 11 May\n"
         "Final day for buying shares that carry the payout Tuesday, 1 June\n"
         "Shares quoted without the payout Wednesday, 2 June\n"
         "Register closes Friday, 4 June\n"
         "Payout credited Monday, 7 June\n"
         "Members' meeting 2027\n"
         "Final day to buy shares that carry a vote at the members' meeting Friday, 16 July\n"
         "Members' meeting opens at 14h00 Thursday, 29 July\n"
         "Voting results posted online Thursday, 29 July\n")


def _entries() -> list[tuple[str, date]]:
    return [(e.title, e.start if isinstance(e.start, date) else e.start.date())
            for e in tagged_events(DIARY, published=date(2027, 3, 1))]


def _titled(day: date) -> list[str]:
    return [t for t, s in _entries() if (s.date() if hasattr(s, "date") else s) == day]


def test_a_label_naming_the_period_it_reports_on_keeps_its_row():
    assert any("year ended 28 February 2027" in t for t in _titled(date(2027, 5, 11)))
    assert any("Board approves the final payout" in t for t in _titled(date(2027, 5, 11)))
    assert not _titled(date(2027, 2, 28))


def test_a_long_label_and_a_record_date_keep_their_rows():
    assert any("Final day for buying" in t for t in _titled(date(2027, 6, 1)))
    assert _titled(date(2027, 6, 4)) == ["Register closes"]


def test_each_row_is_named_by_its_own_label():
    assert any("carry a vote" in t for t in _titled(date(2027, 7, 16)))
    titles = _titled(date(2027, 7, 29))
    assert len(titles) == 2
    assert any(t.startswith("Members' meeting") for t in titles)
    assert any(t.startswith("Voting results") for t in titles)


def test_a_first_line_is_no_diary_row_by_the_pages_last_line():
    """Looking up from the page's first line reached the last line (a search back from offset -1):
    the first row's sibling must be within DIARY_REACH filled lines, not at the page's end."""
    from datetime import date

    from calfeed.events.label_lines import diary_row
    from calfeed.timex import tag

    far = ("Register closes Friday, 17 April\nSome words here\nMore words here\nStill more words\n"
           "Exam Friday, 24 April")
    near = "Register closes Friday, 17 April\nPayout credited Monday, 20 April"
    for text, expected in ((far, False), (near, True)):
        dated = sorted((t.start, t.end) for t in tag(text, date(2026, 3, 1)))
        assert diary_row(text, 0, dated) is expected

"""Numbered or bulleted notices (a parish's Sunday notices, a club's news items) are sentences
about unrelated things, not a timeline: a year-less day in one item keeps the year nearest the
page's date, whatever year another item's sentence writes. A list item is a timeline row only
when its date opens it or stands right after a short label ("Entries close: 14 March")."""

from __future__ import annotations

from datetime import date

from calfeed.timex import extract, tag
from calfeed.timex.row_years import row_years


def _values(text: str, reference: date) -> dict[str, str]:
    return {t.text: str(t.value) for t in tag(text, reference=reference)}


def _row_years(text: str) -> dict[str, str]:
    found = sorted(extract(text), key=lambda t: t.start)
    return {found[i].text: core for i, core in row_years(found, text, {}).items()}


def test_numbered_parish_notices_keep_each_days_nearest_year():
    text = ("Notices for this week\n"
            "1. 2nd June is the feast of Corpus Christi. Mass at 10.00 AM with procession.\n"
            "2. The parish picnic will be held on 9th of June, 2025 in the school grounds.\n"
            "3. First Communion classes are being organized on 21st of June, 2025 for children. "
            "Names must reach the office by 4th of June.\n")
    values = _values(text, date(2025, 5, 25))
    assert values["2nd June"] == "2025-06-02"
    assert values["4th of June"] == "2025-06-04"


def test_bulleted_club_news_items_are_no_timeline():
    text = ("Club news\n\n"
            "• Our annual general meeting is being held on 20 May 2026 in the clubhouse bar.\n"
            "• The committee has agreed that subscriptions for the new season are due by 2 May.\n"
            "• Volunteers are needed for the open day which takes place on 27 June 2026.\n"
            "• Please note the car park will be resurfaced from 11 May.\n")
    assert _row_years(text) == {}
    values = _values(text, date(2026, 4, 20))
    assert values["2 May"] == "2026-05-02" and values["11 May"] == "2026-05-11"


def test_lettered_items_with_dates_inside_their_sentences():
    text = ("Announcements\n"
            "a) Applications for the bursary scheme will be accepted until 15th September 2027 at the latest.\n"
            "b) The library is closed for stocktaking on 30th August.\n"
            "c) Term begins for all year groups on 6th September 2027 as planned.\n")
    assert _row_years(text) == {}


def test_labelled_items_still_share_their_years():
    text = ("- Registration opens – 3 March 2025\n- Early rate ends: 30 April\n"
            "- Programme published | 15 May\n- Conference: 2 June 2025\n")
    years = _row_years(text)
    assert years["30 April"] == "2025-04-30" and years["15 May"] == "2025-05-15"

"""A staff memo's recommendation names the change by a gerund before the old day: "cancelling the
May 7, 2019 Board meeting", "rescheduling the June 4, 2019 Board meeting to Wednesday, June 5, 2019".
The cancelled day is off (a subscriber would travel to it), the moved day gives way to its new one,
and the new one is an entry of the meeting (cancel_cues "object" sort; superseded.replaced_dates
reading a moving verb before the old day and "<its noun> to" before the new one)."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

MEMO = """MEMO TO: MEMBERS OF THE BOARD
SUBJECT: BOARD MEETING DATE CHANGES

RECOMMENDATION: Board to consider cancelling the May 7, 2019 Board meeting and rescheduling the June 4, 2019 Board meeting to Wednesday, June 5, 2019.

BACKGROUND: The first Board meeting in May falls on the May 7th primary election, therefore staff recommends cancelling the May 7, 2019 Board meeting. The second Board meeting in May would be held on May 21 as scheduled. The first Board meeting in June falls on the June 4th county fair; therefore, staff recommends rescheduling the June 4, 2019 meeting to Wednesday, June 5, 2019.
"""


def _days(text: str, noun: str = "") -> list[str]:
    result = process_document(Document(path="memo.txt", text=text, published=date(2019, 4, 2)),
                              Options(today=date(2019, 4, 3)))
    return sorted({str(e.start)[:10] for e in result.events if noun in e.title.lower()})


def test_the_cancelled_and_the_moved_days_give_way_to_the_new_one():
    assert _days(MEMO, "meeting") == ["2019-05-21", "2019-06-05"]


def test_a_month_naming_the_moved_meeting_is_no_entry_of_its_own():
    text = MEMO.replace("falls on the June 4th county fair", "clashes with the county fair")
    assert _days(text, "meeting") == ["2019-05-21", "2019-06-05"]


def test_a_gerund_moving_a_meeting_to_a_new_day_names_the_old_one():
    text = "The committee approved moving the 12 March 2019 forum to Thursday, 14 March 2019.\n"
    assert _days(text) == ["2019-03-14"]


def test_a_day_after_the_old_one_with_other_words_between_stays():
    text = ("Staff recommends rescheduling the June 4, 2019 meeting; the picnic will still be held on "
            "June 8, 2019.\n")
    assert "2019-06-08" in _days(text)


def test_a_meeting_cancelled_by_a_gerund_is_no_entry():
    text = "The council voted on 2 April 2019 in favour of cancelling the 7 May 2019 council meeting.\n"
    assert "2019-05-07" not in _days(text)

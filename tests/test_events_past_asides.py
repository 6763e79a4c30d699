"""Past days told in passing beside what a page announces (session 67):

- a day a decade or more before the page's inside a sentence told ahead ("the signing of the May 4,
  1961 charter"): history (history_years);
- "the last elections on D" before the page's day: named as over (past_occasion_marks "last"); "the
  last meeting of the year" still ahead stays;
- a day in a paragraph that closes with a photo credit ("(Harbour Press/Jo Vale)"): a caption's day
  (caption_days.credited_caption).
"""

from __future__ import annotations

from events_helpers import page_events


def _starts(events) -> list[str]:
    return sorted(str(e.start)[:10] for e in events)


def test_a_day_of_history_inside_a_name_gives_no_entry():
    text = "Holidays in May\n\nA public holiday on 4 May 2027 will honour the signing of the May 4, 1961 charter.\n"
    assert _starts(page_events(text, "2027-04-20")) == ["2027-05-04"]


def test_a_day_a_few_years_back_is_not_history():
    text = ("The harbour festival will be held on 14 June 2027. The festival last ran on 9 June 2024 "
            "before the pier was rebuilt.\n")
    events = page_events(text, "2027-04-20")
    assert "2027-06-14" in _starts(events)


def test_the_last_elections_day_gives_no_entry():
    text = ("The island's council election will be held on June 20. The roll of voters will be the same as for "
            "the last elections on Oct. 3, 2026.\n")
    assert _starts(page_events(text, "2027-04-20")) == ["2027-06-20"]


def test_the_last_meeting_still_ahead_stays():
    text = ("The board will meet on 20 November 2030. The last meeting of the year is on 14 December 2030.\n")
    assert _starts(page_events(text, "2030-10-01")) == ["2030-11-20", "2030-12-14"]


def test_a_credited_captions_day_gives_no_entry():
    text = ("The chair of the Quill Island Electoral Board, Ada Moss (L), attends a special meeting of the Board in "
            "Nettleford on April 18, 2027. The board will set the date of the vote. (Harbour Press/Jo Vale)\n\n"
            "The island's board said that the vote will be held on June 20.\n")
    assert _starts(page_events(text, "2027-04-19")) == ["2027-06-20"]

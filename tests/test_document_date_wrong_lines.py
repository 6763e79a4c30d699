"""The document's date taken from the wrong line. A year-less
dateline below a full date, a "Diary date" bullet, a full day opening the page's headline, and
a sentence of another language whose words look like English verbs."""
# Provenance: Round-13 red-team class C1.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _day_of(result, written: str) -> date:
    timex = next(t for t in result.timexes if t.text == written)
    return timex.span.start.date()


def test_a_year_less_dateline_takes_the_year_of_the_full_date_above_it():
    cases = [
        ("Monday, 3 March 2014\n\nAssembly opens on 20 May\n\n"
         "GENEVA, 2 March (WHO) - The assembly will meet in Geneva from 20 to 22 May.\n",
         date(2014, 3, 2), "20 to 22 May", date(2014, 5, 20)),
        ("News\nPublished: 12 January 2019\nBoard to meet February 4\n"
         "LONDON, Jan. 11 -- The board will hold its annual meeting on February 4 in London.\n",
         date(2019, 1, 11), "February 4", date(2019, 2, 4)),
        ("Media centre\n\n30 November 2011\n\nMinisters to gather in Nairobi, 20-22 February\n\n"
         "NAIROBI, 29 November (UNEP) - Ministers will gather in Nairobi from 20 to 22 February.\n",
         date(2011, 11, 29), "20 to 22 February", date(2012, 2, 20)),
    ]
    for text, reference, written, day in cases:
        result = _run(text)
        assert result.reference.value == reference, result.reference.reason
        assert _day_of(result, written) == day


def test_a_dateline_with_its_year_still_wins():
    result = _run("Media centre\n\n30 November 2011\n\nNAIROBI, 29 November 2011 (UNEP) - Ministers will "
                  "gather in Nairobi from 20 to 22 February.\n")
    assert result.reference.value == date(2011, 11, 29)


def test_a_diary_date_or_save_the_date_bullet_is_an_occasion_not_the_page_date():
    cases = [
        ("October 2025\nParish Newsletter\nThe harvest supper was a great success.\n"
         "• Save the Date 14 March 2026 Spring concert in the church with the village choir.\n"
         "The next coffee morning will be on Tuesday 4th November at 10.30am.\n", date(2026, 3, 14)),
        ("Spring 2024 newsletter\nThanks to everyone who came to the quiz night.\n"
         "Diary date: Saturday 7th June 2025 – the summer fete on the green.\n"
         "Our next committee meeting will take place on 15th April.\n", date(2025, 6, 7)),
        ("March 2025\nClub news\n- Key date 3 May 2026 Plant sale on the green\n"
         "The AGM will be held on Thursday 10th April at 7.30pm in the hall.\n", date(2026, 5, 3)),
    ]
    for text, occasion in cases:
        result = _run(text)
        assert result.reference.value < occasion, result.reference.reason
        assert "heading" not in result.reference.reason


def test_a_full_day_opening_the_pages_headline_dates_the_page():
    text = (" date 2018-06-20 COLLEGE MEETING: Commission discusses priority files\n\n"
            "Today the College met in Brussels. Discussions were held ahead of the Eurogroup meeting on "
            "21 June. Tomorrow at 10:30 CET, the Commissioner will present the paper.\n")
    result = _run(text, title="COLLEGE MEETING: Commission discusses priority files")
    assert result.reference.value == date(2018, 6, 20)
    assert _day_of(result, "Tomorrow at 10:30 CET") == date(2018, 6, 21)
    result = _run("date 2016-02-11 Commission proposes new rules on batteries\nThe Commission proposes new "
                  "rules today. Ministers will discuss them on Friday, and the committee will vote in March.\n",
                  title="Commission proposes new rules on batteries")
    assert result.reference.value == date(2016, 2, 11)
    assert _day_of(result, "Friday") == date(2016, 2, 12)


def test_an_events_day_before_its_title_that_the_text_tells_ahead_is_not_the_page_date():
    text = ("Date: Saturday 14 March 2026 Spring Concert in the Parish Church\n"
            "The choir will perform on Saturday 14 March at 7.30pm. Tickets are on sale until 10 March.\n")
    result = _run(text, title="Spring Concert in the Parish Church")
    assert result.reference.value != date(2026, 3, 14)
    assert any(str(e.start).startswith("2026-03-14") for e in result.events)


def test_a_sentence_in_another_language_tells_no_english_tense():
    text = ("General Affairs Council on 16 December in Brussels\n\n"
            "Met dank overgenomen van het Italiaans voorzitterschap Europese Unie, gepubliceerd op dinsdag 16 december 2014.\n\n"
            "The General Affairs Council is held on 16 December at 10:00 in Brussels. The European Council "
            "of 18 and 19 December follows.\n")
    result = _run(text)
    assert result.reference.value.year == 2014 and result.reference.value <= date(2014, 12, 16)
    assert _day_of(result, "18 and 19 December") == date(2014, 12, 18)
    assert "Met" not in result.reference.reason


def test_a_day_with_a_clock_off_the_five_minutes_under_a_headline_is_the_posts_stamp():
    cases = [
        ("Volunteers sought for river clean-up\n14 March 2019 10:37 am\n\n"
         "The river clean-up will take place on Saturday 30 March from 9am. Bring gloves.\n", date(2019, 3, 14)),
        ("Library news\n2 February 2024 4:53 pm\nThe library will close on 12 February for refurbishment. "
         "Founded in 1901, it has served the town for generations.\n", date(2024, 2, 2)),
    ]
    for text, posted in cases:
        result = _run(text)
        assert result.reference.value == posted, result.reference.reason
        assert not any(str(e.start).startswith(posted.isoformat()) for e in result.events)


def test_a_day_with_an_events_clock_under_a_headline_stays_an_event():
    text = ("Spring Concert\nSaturday, 14 March 2026 7:30 pm\n"
            "The choir will sing works by Bach. The next concert will be on 18 April.\n")
    result = _run(text)
    assert result.reference.value != date(2026, 3, 14)
    assert any(str(e.start).startswith("2026-03-14") for e in result.events)

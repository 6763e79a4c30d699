"""Titles from labels and placeholders (session 24, class D/G/I of round 31): a label ending in
"date" that names an occasion ("Official Start Date:") names its day; "Date of decision:" dates the
record and gives no entry; a generic note label ("NOTE:") gives way to its own sentence; a
placeholder ("Latest fixture", "Next meeting") gives way to what the sentence says it is."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events.placeholder_titles import complement_title, placeholder
from events_helpers import tagged_events

PUBLISHED = date(2031, 1, 6)


def _entries(text: str, **fields) -> list[tuple[str, str]]:
    fields.setdefault("published", PUBLISHED)
    return sorted((str(e.start), e.title) for e in tagged_events(text, **fields))


def test_a_start_date_label_names_its_day():
    text = ("Grant rounds 2031\n\nRound A\n\nOpens for applications: April 2nd\nOfficial Start Date: June 1st\n"
            "Closing Date: July 15th\n")
    titles = dict(_entries(text))
    assert titles["2031-06-01"] == "Official Start Date"
    assert titles["2031-07-15"] != "Grant rounds 2031"


def test_a_plain_date_label_still_names_nothing():
    text = "Ref. HR/2031/7   Date: 14 January 2031\n\nThe staff forum will meet on 20 January 2031.\n"
    titles = [t for _, t in _entries(text)]
    assert "Date" not in titles


def test_a_decision_records_own_date_gives_no_entry():
    text = ("Decision\n\nLibrary opening hours review\n\nDecision Maker: Executive\n\nOutcome: Approved\n\n"
            "Date of decision: 3 February 2031\n\nRelated Meeting\n\nExecutive - 3 February 2031 7.00 pm\n")
    titles = [t for _, t in _entries(text, published=None)]
    assert not any(t.lower() == "date of decision" for t in titles)


def test_a_note_label_gives_way_to_its_sentence():
    text = ("Winter sitting roll\n\nThe sitting runs from 10 February 2031 to 25 April 2031.\n\n"
            "NOTE: Mondays shall be set aside for bail court whereby the list goes up on Fridays.\n")
    titles = [t for _, t in _entries(text)]
    assert "NOTE" not in titles
    assert "Mondays shall be set aside for bail court" in titles


def test_a_reminder_label_over_a_bare_date_keeps_the_line_below():
    text = "Reminder: Friday 14 March 2031\n\nPlant sale in the school hall\n"
    assert ("2031-03-14", "Plant sale in the school hall") in _entries(text)


@pytest.mark.parametrize("title", ["Latest fixture", "Next meeting", "Our next event", "The first match"])
def test_pointing_words_and_a_noun_are_placeholders(title):
    assert placeholder(title)


@pytest.mark.parametrize("title", ["Council meeting", "Next", "Annual general meeting", "The meeting"])
def test_names_are_not_placeholders(title):
    assert not placeholder(title)


def test_a_placeholder_takes_the_complement_its_sentence_gives():
    text = ("Bowls club news\n\nThe next fixture to be arranged is the away match against Riverside BC "
            "with the date fixed for Saturday 17 May 2031.\n")
    assert ("2031-05-17", "Away match against Riverside BC") in _entries(text)


def test_a_placeholder_with_no_named_complement_stays():
    text = "The next meeting will be held on Tuesday 13 May 2031 in the village hall.\n"
    start = text.index("Tuesday")
    assert complement_title("Next meeting", text, start, [(start, start + 20)]) == "Next meeting"


def test_an_expletive_it_opens_the_later_dates_own_clause():
    text = ("The Council will meet to consider all submissions in March and it is expected that the Council "
            "will adopt the final plan on 20 March 2031.\n")
    titles = dict(_entries(text))
    assert titles["2031-03-20"] == "Adoption of the final plan"


WIDGET = ("April 2031\n\nLibrary expansion approved\n\nApril → July 2031\n\nDesign work with the community\n\n"
          "Designers will meet users of every branch.\n\nSeptember 2031 → February 2032\n\nMain construction works\n\n"
          "March 2032\n\nNew wing opens\n")


def test_a_key_dates_widgets_first_row_is_no_issue_date():
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date
    from calfeed.model import Document

    doc = Document(path="doc.txt", text=WIDGET)
    reference = infer_reference_date(doc, tag(WIDGET, None))
    assert "issue" not in reference.reason


def test_every_row_of_a_key_dates_widget_gives_its_entry():
    titles = {t for _, t in _entries(WIDGET, published=date(2031, 3, 2))}
    assert {"Library expansion approved", "Design work with the community", "Main construction works",
            "New wing opens"} <= titles


def test_a_records_dating_field_is_its_reference_date():
    from calfeed.model import Document
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    text = ("Decision\n\nParks byelaw review\n\nDecision Maker: Executive\n\nOutcome: Approved\n\n"
            "Is Key Decision?: No\n\nDate of decision: 4 March 2031\n\nThe new byelaws take effect on 1 June 2031.\n")
    reference = infer_reference_date(Document(path="doc.txt", text=text), tag(text, None))
    assert reference.value == date(2031, 3, 4) and not reference.inferred


def test_a_date_field_on_a_page_of_prose_is_no_record():
    from calfeed.model import Document
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    text = ("The committee met on Monday and agreed the plan.\n\nIt will be adopted on 4 March 2031.\n\n"
            "Publication date: 1 February 2031\n")
    reference = infer_reference_date(Document(path="doc.txt", text=text), tag(text, None))
    assert "record field" not in reference.reason


def test_a_widgets_first_day_row_is_no_heading_date():
    from calfeed.model import Document
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    text = ("3 March 2031\nSurvey letters posted to households\nThe letter explains:\n- the route options, and\n"
            "- how to reply\n\n24 March 2031\nDrop-in session at the library\n\n14 April 2031\nSurvey closes\n\n"
            "May 2031\nResults published\n")
    reference = infer_reference_date(Document(path="doc.txt", text=text), tag(text, None))
    assert not reference.reason.startswith("heading")


def test_a_label_under_each_item_of_a_list_dates_no_record():
    from calfeed.model import Document
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    text = ("Notices\n\nNotice of Hearing: Mar 20, 2031\nPosted on: Mar 2, 2031\nHearing notice.pdf\n\n"
            "Notice of Reading: Apr 7, 2031\nPosted on: Mar 16, 2031\nReading notice.pdf\n")
    reference = infer_reference_date(Document(path="doc.txt", text=text), tag(text, None))
    assert "record field" not in reference.reason


def test_a_line_under_a_run_of_bare_date_rows_names_none_of_them():
    text = ("Talks 2031\n\nBlock 4: Rivers\n\n05 May: The Clutha in flood - Ann Reid\n12 May:\n19 May:\n\n"
            "back to top\n")
    titles = [t for _, t in _entries(text, published=date(2031, 1, 6))]
    assert "back to top" not in titles


def _page_date(text: str):
    from calfeed.model import Document
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    return infer_reference_date(Document(path="doc.txt", text=text), tag(text, None))


def test_a_print_calendars_repeated_weekday_strip_leaves_its_month_the_issue():
    # a month-by-month print view: each month heading has the same weekday strip under it, which is no
    # caption of a timeline step, so the first month still dates the page
    text = ("October 2031\nSun Mon Tue Wed Thu Fri Sat\n\n\nNovember 2031\nSun Mon Tue Wed Thu Fri Sat\n\n\n"
            "December 2031\nSun Mon Tue Wed Thu Fri Sat\n\n\nJanuary 2032\nSun Mon Tue Wed Thu Fri Sat\n")
    reference = _page_date(text)
    assert reference.reason.startswith("issue") and reference.value == date(2031, 10, 1)


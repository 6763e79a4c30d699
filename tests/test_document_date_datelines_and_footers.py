"""A year-less dateline keeps its day whatever the body's
years say, standing opening hours date nothing, and publication lines at the foot or under
a masthead date the document."""
# Provenance: Round 4 of the document date.

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

BUILD_DAY = date(2026, 11, 29)


def _inferred(text: str, today: date | None = BUILD_DAY):
    return infer_reference_date(Document("page.txt", text), tag(text, None), today)


WIRE = ("NAIROBI, Feb 3 (Reuters) - African finance ministers will gather in the Kenyan capital next month "
        "for a two-day summit, officials said on Wednesday.\n\n")


def test_bare_years_in_the_body_do_not_move_a_year_less_dateline_off_its_day():
    ref = _inferred(WIRE + "Zambia and Ghana, which completed restructurings in 2024 and 2025, will share lessons. "
                           "Talks, which began in 2023, are expected to conclude by mid-year.\n")
    assert ref.value == date(2026, 2, 3)
    assert "dateline" in ref.reason and "Feb 3" in ref.reason


def test_only_the_dateline_s_year_yields_to_the_tenses():
    ref = _inferred(WIRE + "The treaty, signed last year, will take effect in 2025.\n")
    assert ref.value == date(2025, 2, 3)           # the latest 3 February before the end of 2025
    assert "dateline" in ref.reason and "will take effect" in ref.reason


def test_a_year_less_dateline_with_no_tensed_years_is_the_latest_such_day():
    ref = _inferred(WIRE + "The summit, to be held on March 14-15, follows a preparatory meeting last Tuesday.\n")
    assert ref.value == date(2026, 2, 3) and "dateline" in ref.reason


HOURS = ("Opening hours\n\nMonday to Friday 9.30am–5.30pm (Thursday until 8pm), Saturday 10am–4pm, Sunday closed.\n\n")


def test_standing_opening_hours_are_no_evidence_of_the_date():
    text = ("Term 1 runs from Monday 1 February to Thursday 1 April 2027.\n\n"
            "Book Club: meets the third Tuesday of every month at 7pm. February's pick is The Rabbits.\n\n"
            "Local history workshop: Saturday 13 March, 10am–1pm, at the Fremantle Arts Centre.\n\n" + HOURS)
    ref = _inferred(text)
    assert ref.value < date(2027, 2, 24)       # not after a Sunday "closed" counted from 13 March
    assert "Sunday" not in ref.reason and "Thursday" not in ref.reason


BODY = ("The Council will hold a public hearing on Tuesday, March 9, 2027 at 6:30 p.m. in City Hall.\n\n"
        "Written comments will be accepted through 5 p.m. March 5, 2027.\n\n"
        "The Planning Commission met on January 12, 2027 and recommended approval.\n\n"
        "City Hall will be closed Monday, May 31, 2027, in observance of Memorial Day.\n\n")


def test_a_posted_line_in_a_signature_dates_a_long_notice():
    ref = _inferred(BODY + "Posted: February 24, 2027\nLisa Moreno, City Recorder\n")
    assert ref.value == date(2027, 2, 24) and not ref.inferred and "Posted" in ref.reason


def test_a_published_last_line_dates_a_long_paper():
    ref = _inferred(BODY + "Published 8 February 2027\n")
    assert ref.value == date(2027, 2, 8) and not ref.inferred


def test_a_date_under_a_un_masthead_dates_the_document():
    text = ("UNITED NATIONS\nEconomic Commission for Europe\nInland Transport Committee\n"
            "Working Party on Road Traffic Safety\n\nECE/TRANS/WP.1/2027/1\nDistr.: General\n22 January 2027\n\n"
            "Original: English\n\nInformation note for participants\n\n"
            "1. The ninety-fourth session of the Working Party will be held from 12 to 14 April 2027 in Geneva.\n")
    ref = _inferred(text)
    assert ref.value == date(2027, 1, 22) and not ref.inferred and "22 January 2027" in ref.reason


def test_a_date_on_an_agenda_s_fifth_line_is_still_no_masthead():
    text = ("Westbury Borough Council\nPlanning Committee\nAgenda\nCouncil Chamber, Guildhall\n3 March 2027\n\n"
            "1. Apologies for absence.\n2. The committee will consider the Mill Lane application.\n")
    assert _inferred(text).reason.startswith("heading") is False


def test_a_last_updated_line_in_a_page_footer_dates_the_page(tmp_path):
    from calfeed.sources import read_document

    page = tmp_path / "calendar.html"
    page.write_text("<html><body><main><h1>Academic calendar 2027</h1><ul><li>Results released: 2 July, from 9am</li>"
                    "</ul></main><footer>Last updated 3 November 2026. CRICOS 00244B</footer></body></html>")
    doc = read_document(page, tmp_path)
    assert doc.published == date(2026, 11, 3) and "Last updated 3 November 2026" in doc.published_from
    assert "CRICOS" not in doc.text


def test_page_metadata_beats_the_footer(tmp_path):
    from calfeed.sources import read_document

    page = tmp_path / "p.html"
    page.write_text('<html><head><meta property="article:published_time" content="2026-10-01"></head><body>'
                    "<p>Hello.</p><footer>Page last updated: 3 November 2026</footer></body></html>")
    assert read_document(page, tmp_path).published == date(2026, 10, 1)


def test_a_page_dated_by_its_footer_looks_ahead_for_its_year_less_days(tmp_path):
    from calfeed.pipeline import Options, process_document
    from calfeed.sources import read_document

    page = tmp_path / "calendar.html"
    page.write_text("<html><body><main><h1>Academic calendar</h1><ul><li>Swot vac: 31 May – 4 June</li>"
                    "<li>Results released: 2 July, from 9am</li></ul></main>"
                    "<footer>Last updated 3 November 2026.</footer></body></html>")
    result = process_document(read_document(page, tmp_path), Options(today=BUILD_DAY))
    assert result.reference.forward
    assert sorted(t.value[:10] for t in result.timexes) == ["2027-05-31", "2027-07-02"]


# A footer stamp and a year-less dateline on pages with events (from round 10a).
def test_a_last_update_foot_dates_the_page_and_is_no_event():
    from calfeed.model import Document
    from calfeed.pipeline import process_document

    text = ("Foreign Affairs Council meeting in Brussels on 17 and 18 November\n\n"
            "The Foreign Affairs Council will meet in Brussels on Monday 17 and Tuesday 18 at 10:00 A.M.\n\n"
            "On Tuesday, EU Defence Ministers will join the Council meeting.\n\n"
            "For more information : Council of the European Union\n\n\n\nLast update: 14 November 2014\n")
    result = process_document(Document("a.txt", text))
    assert result.reference.value == date(2014, 11, 14) and "foot" in result.reference.reason
    timed = sorted(e.start for e in result.events if not e.all_day)
    assert timed[:2] == [datetime(2014, 11, 17, 10), datetime(2014, 11, 18, 10)]
    assert not [e for e in result.events if e.title == "Last update"]


def test_a_year_less_dateline_takes_the_year_of_the_days_the_text_writes_in_full():
    from calfeed.model import Document
    from calfeed.pipeline import process_document

    text = ("VIENNA, 3 March (UN Information Service) – Media are invited to attend the opening of the "
            "conference.\n\nWHEN: Monday, 10 March 2014, at 10:00\n")
    result = process_document(Document("a.txt", text))
    assert result.reference.value == date(2014, 3, 3)
    assert [(e.start, e.title) for e in result.events] == [(datetime(2014, 3, 10, 10), "Conference")]

"""Documents that write no year and tell no tense about a dated day are still dated: by the
weekdays they name, a year-less dateline, their untensed dates, or at last the build day."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

BUILD_DAY = date(2026, 11, 29)


def _inferred(text: str, today: date | None = BUILD_DAY):
    return infer_reference_date(Document("page.md", text), tag(text, None), today)


def test_weekdays_beside_year_less_days_give_the_year_nearest_the_build():
    ref = _inferred("- Thursday 4 February, 16:00: Dr Maria Costa\n- Thursday 18 February, 16:00: Prof. Whitfield\n")
    assert ref.inferred and ref.value == BUILD_DAY      # 8 weeks before 4 February 2027, up to the build
    assert "2 of 2" in ref.reason and "2027" in ref.reason


def test_a_list_in_date_order_runs_into_the_next_year():
    ref = _inferred("- Thursday 10 December: carol service\n- Thursday 14 January: first seminar\n")
    assert ref.value == date(2026, 10, 15)                          # 8 weeks before 10 December 2026
    assert "2 of 2" in ref.reason


def test_weekdays_that_fit_no_one_year_are_no_evidence():
    ref = _inferred("- Monday 4 February: one\n- Tuesday 4 February: two\n- Sunday 4 February: three\n")
    assert "weekday" not in ref.reason


def test_a_year_less_dateline_is_the_latest_such_day_up_to_the_build():
    ref = _inferred("BRUSSELS, March 3 (Reuters) - Ministers will meet in Brussels on March 9.")
    assert ref.value == date(2026, 3, 3) and ref.inferred and "dateline" in ref.reason


def test_untensed_full_dates_are_an_announcement_written_before_the_first():
    ref = _inferred("Questions: 05/03/2027\nTenders: 15/03/2027 at 12:00\n")
    assert ref.value == date(2027, 1, 8) and "no date told in a tense" in ref.reason


def test_with_nothing_else_the_build_day_counts_and_says_so():
    ref = _inferred("The workshop will be held on 12-13 May.")
    assert ref.value == BUILD_DAY and "day of the build" in ref.reason
    assert _inferred("The workshop will be held on 12-13 May.", today=None).value is None


def test_the_pipeline_dates_an_undated_notice_from_the_build_day():
    doc = Document("notice.md", "The postgraduate workshop will be held on 12-13 May.")
    result = process_document(doc, Options(today=BUILD_DAY))
    assert [(e.start, e.end) for e in result.events] == [(date(2027, 5, 12), date(2027, 5, 13))]
    assert result.unresolved == []


def test_a_publication_date_label_dates_the_document():
    ref = _inferred("Call for tenders ENER/2027/OP/0004\n\nDate of publication: 02/02/2027\n\n"
                    "Deadline for receipt of tenders: 15/03/2027 at 12:00 (Brussels time)")
    assert ref.value == date(2027, 2, 2) and not ref.inferred


def test_a_heading_label_may_take_a_clock_and_on_before_its_date():
    ref = _inferred("Weather warning\nYellow warning of snow\n"
                    "Issued at 10:12 on Sunday 29 November 2026 by the Met Office\n\n"
                    "Snow will fall on Monday and Tuesday.\n")
    assert ref.value == date(2026, 11, 29) and not ref.inferred
    assert _inferred("Storm update\nUpdated 4:12 PM PST, November 23, 2026\n\n"
                     "Crews will work through Friday.\n").value == date(2026, 11, 23)
    assert _inferred("Issued: 10:12 GMT on 29/11/2026\n\nSnow will fall on Monday.\n").value == date(2026, 11, 29)


def test_a_dated_foot_dates_a_notice():
    ref = _inferred("Notice of road closure\n\nHigh Street will be closed on Monday 4 January for resurfacing.\n"
                    "Diversions will be signed.\n\nAccess to premises will be kept.\n\nBuses will not stop in "
                    "High Street.\n\nDated: Tuesday 15 December 2026\n")
    assert ref.value == date(2026, 12, 15) and not ref.inferred and "Dated: Tuesday 15 December 2026" in ref.reason
    assert _inferred("Notice of road closure\n\nHigh Street will be closed on 4 January 2027.\n\n"
                     "Access to premises will be kept.\n\nBuses will not stop in High Street.\n\n"
                     "Dated:\n15 December 2026\n").value == date(2026, 12, 15)


def test_a_signature_block_ending_with_a_date_dates_a_notice():
    ref = _inferred("NOTICE OF ELECTION\n\nAn election will be held on Thursday 6 May 2027 for the Westbury ward.\n"
                    "Nomination papers must be delivered by 4pm on 8 April 2027.\n\n"
                    "Jane Smith\nClerk to the Council\n4 January 2027\n")
    assert ref.value == date(2027, 1, 4) and not ref.inferred


def test_the_opening_lines_win_over_the_foot():
    ref = _inferred("Published: 2 January 2027\n\nThe council will meet on 20 January 2027.\n\n"
                    "Jane Smith\nClerk to the Council\n4 January 2027\n")
    assert ref.value == date(2027, 1, 2)


def test_an_event_s_date_at_the_foot_does_not_date_the_notice():
    agm = _inferred("Annual general meeting\n\nAll members are welcome.\n\nThe AGM will be held as follows:\n\n"
                    "Date: Wednesday 17 February 2027\nTime: 19:00\nPlace: Village Hall\n")
    assert "foot" not in agm.reason
    listed = _inferred("Closing dates for entries\n\nEntries are welcome from all.\n\nPlease read the rules.\n\n"
                       "Entries must reach us by the dates below.\n\n"
                       "12 March 2027\n19 March 2027\n")
    assert "foot" not in listed.reason
    contradicted = _inferred("Results\n\nThe final was played on 3 March 2027.\n\nThe cup was presented.\n\n"
                             "Thanks to all.\n\n4 January 2027\n")
    assert "foot" not in contradicted.reason


def test_a_place_may_stand_before_the_foot_s_date():
    placed = _inferred("Notice of meeting\n\nThe parish council will meet on 20 January 2027.\n\nAll are welcome.\n\n"
                       "Minutes are online.\n\nJane Smith, Clerk\nWestbury, 4 January 2027\n")
    assert placed.value == date(2027, 1, 4) and "foot" in placed.reason


def test_an_organisation_before_a_full_date_on_an_opening_line_dates_the_document():
    ref = _inferred("Press release\nWestbury Borough Council, 1 February 2027\n\n"
                    "The council will open the new library on Saturday 6 March.\n")
    assert ref.value == date(2027, 2, 1) and not ref.inferred
    assert _inferred("Department for Transport, 3 March 2027\n\nThe consultation will close on 1 June 2027.\n"
                     ).value == date(2027, 3, 3)


def test_a_committee_s_agenda_heading_is_its_meeting_not_the_document_s_date():
    ref = _inferred("# Agenda\nPlanning Committee, 3 March 2027\n\n1. Apologies\n2. Minutes of the last meeting\n")
    assert "heading" not in ref.reason
    assert "heading" not in _inferred("Quarterly meeting of the\nAudit Committee, 3 March 2027\n").reason


def test_a_notice_s_dispatch_date_dates_it():
    ref = _inferred("Contract notice: road maintenance framework\n"
                    "Date of dispatch of the contract notice: 11/01/2027\n"
                    "Time limit for receipt of tenders: 15/02/2027 at 12:00\n")
    assert ref.value == date(2027, 1, 11) and not ref.inferred
    assert _inferred("Tender notice\nNotice date: 11 January 2027\n\nTenders close 15 February 2027.\n"
                     ).value == date(2027, 1, 11)
    assert _inferred("Date of this notice: 11 January 2027\n\nTenders close 15 February 2027.\n"
                     ).value == date(2027, 1, 11)


def test_one_past_tensed_weekday_among_announced_ones_does_not_move_the_reference_after_them():
    ref = _inferred("December Newsletter\n\nDear families,\n\n"
                    "The carol concert is on Saturday 5 December at 6pm in the school hall.\n"
                    "The Christmas fair will be held on Friday 11 December.\n"
                    "Our pantomime trip was booked for Saturday 9 January.\n"
                    "School reopens on Tuesday 5 January.\n"
                    "Parents' evening is on Thursday 21 January.\n")
    assert ref.value == date(2026, 10, 10)                          # 8 weeks before 5 December 2026
    assert "weeks before the first" in ref.reason


def test_weekdays_mostly_told_in_the_past_count_from_the_last_of_them():
    ref = _inferred("Term review\n\nThe choir sang on Saturday 5 December.\nThe fair was held on Friday 11 December.\n"
                    "Term ended on Friday 18 December.\nSchool reopens on Tuesday 5 January.\n")
    # December 2026 has not come on the build day (29 November 2026): the latest year that fits is 2020
    assert ref.value == date(2020, 12, 18) and "past tense" in ref.reason


def test_an_announcement_s_untensed_year_less_days_look_ahead():
    text = ("| Date | Topic |\n|---|---|\n| 6 January | Flood risk |\n| 5 May | Wastewater |\n| 2 June | Chartership |\n")
    result = process_document(Document("webinars.md", text), Options(today=BUILD_DAY))
    assert result.reference.forward
    assert sorted(e.start for e in result.events) == [date(2027, 1, 6), date(2027, 5, 5), date(2027, 6, 2)]

"""Inferring the date a document was written from the tenses of its dates."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.timex.document_date import infer_reference_date
from events_helpers import clock, day, vague


def test_front_matter_wins():
    doc = Document("a.md", "The summit took place on 3 May 2011.", published=date(2011, 5, 9))
    ref = infer_reference_date(doc, [day(doc.text, "3 May 2011", date(2011, 5, 3), tense="past")])
    assert (ref.value, ref.inferred, ref.reason) == (date(2011, 5, 9), False, "front matter published")


def test_only_past_dates_give_the_earliest_day():
    text = "The summit took place on 3 May 2011. The workshop was held on 1 May 2011."
    ref = infer_reference_date(Document("a.txt", text), [
        day(text, "3 May 2011", date(2011, 5, 3), tense="past"),
        day(text, "1 May 2011", date(2011, 5, 1), tense="past")])
    assert (ref.value, ref.earliest, ref.latest) == (date(2011, 5, 4), date(2011, 5, 4), None)
    assert '"took place"' in ref.reason and ref.inferred


def test_no_tensed_dates_give_no_value_and_say_why():
    text = "Office hours are every Tuesday."
    ref = infer_reference_date(Document("a.txt", text), [])
    assert ref.value is None and ref.inferred and "no date" in ref.reason


def test_same_day_clock_time_bounds_are_that_day():
    text = "The meeting will start at 10:00 on 5 May 2011."
    ref = infer_reference_date(Document("a.txt", text), [
        clock(text, "10:00 on 5 May 2011", datetime(2011, 5, 5, 10), tense="future")])
    assert ref.latest == date(2011, 5, 5) and ref.value == date(2011, 3, 10)


def test_vague_future_only_bounds_by_its_end():
    text = "Applicants will be informed in the second half of 2011. The info day will take place on 27 January 2011."
    ref = infer_reference_date(Document("a.txt", text), [
        vague(text, "the second half of 2011", datetime(2011, 7, 1), datetime(2012, 1, 1), "half",
              tense="future", approximate=False),
        day(text, "27 January 2011", date(2011, 1, 27), tense="future")])
    assert ref.latest == date(2011, 1, 26)


def test_contradiction_keeps_the_day_most_dates_agree_with():
    text = ("The summit took place on 3 May 2011. The fair will open on 1 March 2011. "
            "The forum will take place on 2 March 2011.")
    ref = infer_reference_date(Document("a.txt", text), [
        day(text, "3 May 2011", date(2011, 5, 3), tense="past"),
        day(text, "1 March 2011", date(2011, 3, 1), tense="future"),
        day(text, "2 March 2011", date(2011, 3, 2), tense="future")])
    assert ref.value == date(2011, 2, 28)
    assert "contradiction" in ref.reason and "2 of 3" in ref.reason


def test_dateline_date_is_the_document_date():
    text = "VIENNA, 21 June 2011 (UNODC) - The expert meeting took place on 20 June 2011."
    ref = infer_reference_date(Document("a.txt", text), [
        day(text, "21 June 2011", date(2011, 6, 21)), day(text, "20 June 2011", date(2011, 6, 20), tense="past")])
    assert ref.value == date(2011, 6, 21) and not ref.inferred and "dateline" in ref.reason


def test_only_future_dates_count_from_weeks_before_the_first_so_year_less_days_before_it_keep_its_year():
    from calfeed.timex import tag

    text = "The 5th session of the committee will take place on 12 June 2026. Registration opens on 2 May."
    doc = Document("notice.txt", text)
    ref = infer_reference_date(doc, tag(text, None))
    assert ref.latest == date(2026, 6, 11) and ref.earliest is None
    # "2 May", told ahead without a year, leads up to 12 June: the first day announced is 2 May.
    assert ref.value == date(2026, 3, 7)
    opens = next(t for t in tag(text, ref.value) if t.text == "2 May")
    assert opens.value == "2026-05-02"
    assert ref.reason == ('written before 12 June 2026 ("will take place"); only future dates, and days told ahead '
                          'without a year that lead up to 12 June 2026 ("2 May" is 2 May 2026): counted from 8 weeks '
                          'before the first, as announcements come ahead')


def test_reasons_say_each_thing_once():
    text = "The summit took place on 3 May 2011."
    ref = infer_reference_date(Document("a.txt", text), [day(text, "3 May 2011", date(2011, 5, 3), tense="past")])
    assert ref.reason == 'written after 3 May 2011 ("took place"); counted from the earliest possible day'
    assert "inferred" not in ref.reason


def test_a_date_with_no_verb_is_not_quoted_as_its_own_verb():
    text = "- Paper submission deadline: February 15, 2025"
    ref = infer_reference_date(Document("a.txt", text), [
        day(text, "February 15, 2025", date(2025, 2, 15), tense="future")])
    assert '"February 15, 2025"' not in ref.reason and "15 February 2025" in ref.reason


def test_sentences_are_split_once_per_document_not_once_per_date(monkeypatch):
    import calfeed.timex.document_date as module

    calls = []
    real = module.split_sentences
    monkeypatch.setattr(module, "split_sentences", lambda text: calls.append(1) or real(text))
    text = " ".join(f"The meeting took place on {d} May 2011." for d in range(1, 29))
    timexes = [day(text, f"{d} May 2011", date(2011, 5, d), tense="past") for d in range(1, 29)]
    ref = module.infer_reference_date(Document("a.txt", text), timexes)
    assert ref.value == date(2011, 5, 29) and len(calls) == 1


def _inferred(text: str):
    from calfeed.timex import tag

    doc = Document("release.txt", text)
    return infer_reference_date(doc, tag(text, None))


def test_a_title_case_dateline_dates_the_document():
    ref = _inferred("Brussels, 14 October 2026\n\nThe Commission adopted the plan last May. "
                    "A workshop will be held on 18 November 2026.")
    assert ref.value == date(2026, 10, 14) and not ref.inferred and "dateline" in ref.reason


def test_a_date_alone_on_an_opening_line_dates_the_document():
    for heading in ("14 October 2026", "Press release | 14 October 2026", "Published: Oct 14, 2026"):
        ref = _inferred(heading + "\n\nConsultation opens\n\nThe meeting took place on 3 March.")
        assert ref.value == date(2026, 10, 14) and not ref.inferred and "heading" in ref.reason, heading


def test_a_dated_event_in_the_first_sentence_is_no_heading():
    ref = _inferred("Ministers meet\n\nThe summit was held on 14 October 2026. The next one will take place on 3 March.")
    assert ref.inferred and ref.value == date(2026, 10, 15)


def test_present_schedule_is_written_before_its_date():
    text = "The term ends on 25 June 2027."
    ref = infer_reference_date(Document("a.txt", text), [
        day(text, "25 June 2027", date(2027, 6, 25), tense="present")])
    assert ref.latest == date(2027, 6, 24)


def test_a_labelled_date_dates_the_document_whatever_follows_it():
    for heading in ("Posted on 3 March 2026 by Jane Doe", "Issued: Tue, 3 Mar 2026 10:15:00 +0100",
                    "Last updated: 3 March 2026, 09:30", "Published 3 March 2026 | 4 min read"):
        ref = _inferred(heading + "\n\nOur annual picnic will take place on 14 June.")
        assert ref.value == date(2026, 3, 3) and not ref.inferred and "heading" in ref.reason, heading


def test_an_unlabelled_date_with_words_after_it_is_no_heading():
    ref = _inferred("Conference on 14 June 2026 in Leiden\n\nPapers are due by 3 March.")
    assert ref.value != date(2026, 6, 14)


def test_a_date_opening_the_body_before_a_dash_is_a_dateline():
    for opening in ("March 3, 2026 — The city council will hold a hearing on April 14.",
                    "3 March 2026 - The council will hold a hearing on 14 April.",
                    "MEDIA ADVISORY\n3 March 2026 (UNIS) – The council will hold a hearing on 14 April."):
        ref = _inferred(opening)
        assert ref.value == date(2026, 3, 3) and not ref.inferred and "dateline" in ref.reason, opening


def test_a_dateline_date_may_stand_in_brackets_after_the_place():
    ref = _inferred("GENEVA (3 March 2026) - The Council will open its next session on 14 April.")
    assert ref.value == date(2026, 3, 3) and not ref.inferred and "dateline" in ref.reason


def test_a_sentence_opening_with_a_date_is_no_dateline():
    ref = _inferred("On 3 March 2026 the council will hold a hearing - the first since the vote.")
    assert ref.inferred


def test_a_date_label_in_a_notice_is_the_events_date_not_the_documents():
    ref = _inferred("# Governing Board\n\nDate: Wednesday 17 February 2027\nVenue: Paris\n\n"
                    "Delegates should register no later than 12 February.")
    assert ref.inferred and ref.value < date(2027, 2, 12)


def test_a_date_field_in_a_mail_header_dates_the_message():
    ref = _inferred("From: secretariat@example.org\nDate: Tue, 3 Mar 2026 10:15:00 +0100\n"
                    "Subject: Workshop\n\nThe workshop will take place on 14 April.")
    assert ref.value == date(2026, 3, 3) and not ref.inferred


def test_a_year_in_a_name_says_nothing_about_when_the_document_was_written():
    ref = _inferred("# Call for Papers: CJ 2027\n\nCo-located with ICWSM 2027, Copenhagen.\n\n"
                    "* Paper submission: March 15, 2027\n* Workshop: June 7, 2027\n")
    assert "Co-located" not in ref.reason and ref.earliest is None


def test_a_dateline_under_a_title_dates_the_document():
    ref = _inferred("Ocean observing conference to meet in Lisbon\n\nLISBON, 16 November 2026 – The third "
                    "conference will take place from 8 to 10 June 2027.")
    assert ref.value == date(2026, 11, 16) and not ref.inferred and "dateline" in ref.reason


def test_a_clock_tagged_apart_between_a_heading_label_and_its_date():
    text = "Flood alert\nIssued at 10:12 on 29 November 2026\n\nRivers will rise on 1 December 2026."
    ref = infer_reference_date(Document("a.txt", text), [
        clock(text, "10:12", datetime(2026, 11, 29, 10, 12)),
        day(text, "29 November 2026", date(2026, 11, 29)),
        day(text, "1 December 2026", date(2026, 12, 1), tense="future")])
    assert ref.value == date(2026, 11, 29) and not ref.inferred


def test_a_council_heading_under_a_consultation_title_dates_the_document():
    ref = _inferred("Consultation: Proposed changes to parking zones in Westbury\n\n"
                    "Westbury Borough Council, 1 February 2027\n\nThe consultation opens on 3 February 2027.")
    assert ref.value == date(2027, 2, 1) and not ref.inferred


def test_an_issue_of_a_newsletter_is_dated_by_its_heading():
    ref = _inferred("St Aidan's School\nWeekly Newsletter – Friday 29th January 2027\n\n"
                    "Reports are due by Friday 5th February.")
    assert ref.value == date(2027, 1, 29) and not ref.inferred


def test_a_weekday_dateline_glued_to_a_flattened_body_dates_the_document():
    # A newsletter flattened onto one line: the opening full date, then a heading in capitals
    # or a label, is the page's dateline, as it is on its own line (red team 9a E1).
    for text in ("Thursday, 22 April 2021 MEDIA ADVISORY Date and Time: Friday 23 April from 15:00 to 16:30 CEST "
                 "Subject: Special press conference. The agenda will be sent tomorrow.",
                 "Thursday, 22 April 2021 Date and Time: Friday 23 April from 15:00 to 16:30 CEST"):
        ref = _inferred(text)
        assert ref.value == date(2021, 4, 22) and not ref.inferred and "heading" in ref.reason, text


def test_a_glued_opening_date_needs_its_weekday_a_heading_word_and_the_first_line():
    for text in ("Thursday, 22 April 2021 The meeting will be held on Friday 23 April.",
                 "22 April 2021 MEDIA ADVISORY Date and Time: Friday 23 April",
                 "Notice\nThursday, 22 April 2021 MEDIA ADVISORY Date and Time: Friday 23 April"):
        ref = _inferred(text)
        assert ref.inferred or ref.value is None, text


def _built(text: str, today: date = date(2026, 11, 29)):
    from calfeed.timex import tag

    return infer_reference_date(Document("page.txt", text), tag(text, None), today)


def test_a_historical_year_in_descriptive_prose_does_not_date_the_document():
    # Red team 9a A4: "between 1400 and 1800" put a Dublin exhibition in 1800, "a 1938 poem"
    # a Thursday launch in 1930. Far years told by no verb say nothing of when the page was written.
    ref = _built("Stephen Lawlor at Oliver Sears Gallery\n4 December – 8 January\n\n"
                 "This particular ambit of interest is with western painting between 1400 and 1800.")
    assert ref.value.year >= 2025 and "1801" not in ref.reason
    ref = _built("The launch takes place on Thursday the 4th of December from 5pm – 8pm at Duke Street Gallery. "
                 "The title is borrowed from a 1938 poem.")
    assert ref.value.year == 2025 and "weekday" in ref.reason and "1939" not in ref.reason


def test_an_old_year_still_bounds_when_a_verb_tells_it_or_other_clues_are_near():
    ref = _built("The museum will reopen in 1961.")
    assert ref.value.year == 1961
    ref = _built("The conference took place on 3 May 1950. The proceedings appear in 1951.")
    assert ref.value == date(1950, 5, 4)

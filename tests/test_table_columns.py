"""An important-dates table: each date cell is an entry, its kind and title from the row's
label and the column's header, timed by the zone note above the table (red team 7b, docs 08
and 14)."""

from __future__ import annotations

from datetime import date, datetime, time

from events_helpers import tagged_events

SUBMISSIONS = """## Submissions

Deadlines refer to 11:59pm (23:59) Anywhere on Earth (AoE).

| Track | Submission | Notification |
|---|---|---|
| Tutorials | October 4 | October 25 |
| Long papers | Abstracts: October 11<br>Papers: October 18 | December 6 |
| Posters | November 1 | December 13 |
| Demonstrations | November 1 | December 13 |
"""


def _entries(text: str, published: date) -> list[tuple[str, str, object, str | None]]:
    return [(e.title, e.kind, e.start, e.tz) for e in tagged_events(text, published=published)]


def test_every_date_column_gives_an_entry_of_the_kind_its_header_names():
    entries = _entries(SUBMISSIONS, date(2021, 8, 1))
    aoe = "Etc/GMT+12"
    assert entries == [
        ("Tutorials — submission deadline", "deadline", datetime(2021, 10, 4, 23, 59), aoe),
        ("Tutorials — notification", "milestone", date(2021, 10, 25), None),
        ("Long papers — submission deadline (abstracts)", "deadline", datetime(2021, 10, 11, 23, 59), aoe),
        ("Long papers — submission deadline (papers)", "deadline", datetime(2021, 10, 18, 23, 59), aoe),
        ("Long papers — notification", "milestone", date(2021, 12, 6), None),
        ("Posters — submission deadline", "deadline", datetime(2021, 11, 1, 23, 59), aoe),
        ("Posters — notification", "milestone", date(2021, 12, 13), None),
        ("Demonstrations — submission deadline", "deadline", datetime(2021, 11, 1, 23, 59), aoe),
        ("Demonstrations — notification", "milestone", date(2021, 12, 13), None)]


def test_a_label_column_under_a_deadline_header_gives_deadlines_named_with_the_heading():
    text = ("## Registration\n\nDeadlines refer to 12 noon (12:00), Central European Time (CET).\n\n"
            "| Type | Deadline |\n|---|---|\n| Early | January 31 |\n| Normal | March 7 |\n")
    assert _entries(text, date(2021, 8, 1)) == [
        ("Early registration — deadline", "deadline", datetime(2022, 1, 31, 12), "Europe/Brussels"),
        ("Normal registration — deadline", "deadline", datetime(2022, 3, 7, 12), "Europe/Brussels")]


def test_each_section_s_zone_note_times_its_own_table():
    text = ("## Registration\n\nDeadlines refer to 12 noon (12:00), Central European Time (CET).\n\n"
            "| Type | Deadline |\n|---|---|\n| Early | January 31 |\n\n" + SUBMISSIONS)
    times = {title: (start.time(), tz) for title, kind, start, tz in _entries(text, date(2021, 8, 1))
             if kind == "deadline"}
    assert times["Early registration — deadline"] == (time(12), "Europe/Brussels")
    assert times["Tutorials — submission deadline"] == (time(23, 59), "Etc/GMT+12")


def test_a_zone_note_above_a_list_times_its_deadlines_too():
    text = ("Deadlines refer to 11:59pm (23:59) Anywhere on Earth (AoE).\n\n"
            "- Paper submission deadline: October 4\n")
    assert _entries(text, date(2021, 8, 1)) == [
        ("Paper submission deadline", "deadline", datetime(2021, 10, 4, 23, 59), "Etc/GMT+12")]


def test_a_bare_pipe_table_in_plain_text_is_read_as_a_table():
    text = ("Call for applications | Launch of the call | Deadline of the call\n"
            "Call 1 | 10 February 2022 | 31 March, 2022\n"
            "Call 2 | 5 May 2023 | 30 June 2023\n")
    assert _entries(text, date(2021, 11, 15)) == [
        ("Call 1 — launch of the call", "milestone", date(2022, 2, 10), None),
        ("Call 1 — deadline of the call", "deadline", date(2022, 3, 31), None),
        ("Call 2 — launch of the call", "milestone", date(2023, 5, 5), None),
        ("Call 2 — deadline of the call", "deadline", date(2023, 6, 30), None)]


def test_lines_that_only_share_a_pipe_count_are_no_table():
    for text in ("Posted 3 May 2027 | News\nThe fair will be held on 10 June 2027 | Events\n"
                 "The fete is on 12 June 2027 | Events\n",
                 "Home | News\nPosted 3 May 2027 | Deadline\nUpdated 4 May 2027 | Deadline\n",
                 "Home | News\nThe fair will be held on 10 June 2027 | Deadline\n"):
        titles = [e.title for e in tagged_events(text, published=date(2027, 5, 3))]
        assert not any("—" in t or t == "Deadline" for t in titles), text


def test_columns_whose_headers_name_no_kind_keep_one_entry_a_row():
    text = ("| Meeting | First | Last |\n|---|---|---|\n"
            "| Executive Board | 18 January 2027 | 22 January 2027 |\n")
    assert [e.title for e in tagged_events(text, published=date(2026, 12, 1))] == ["Executive Board"]


def test_a_header_one_cell_short_of_the_label_column_names_the_columns_from_the_right():
    """Red team 9b #2: no header over the label column, so each date took the name of the
    column to its left and the firm submission deadline became a notification."""
    text = ("| Submission due | Notification of acceptance | Camera-ready paper | ||\n"
            "|---|---|---|---|---|\n"
            "| Main conference | Extended to May 21, 2023 (firm) | July 15, 2023 | Aug 15, 2023 | |\n"
            "| Workshops | Proposal | May 15, 2023 | May 22, 2023 | NA |\n"
            "| Papers | Aug 18, 2023 | Sept 1, 2023 | Sept 15, 2023 |\n")
    assert _entries(text, date(2023, 4, 1)) == [
        ("Main conference — submission due", "deadline", date(2023, 5, 21), None),
        ("Main conference — notification of acceptance", "milestone", date(2023, 7, 15), None),
        ("Main conference — camera-ready paper deadline", "deadline", date(2023, 8, 15), None),
        ("Workshops — submission due", "deadline", date(2023, 5, 15), None),
        ("Workshops — notification of acceptance", "milestone", date(2023, 5, 22), None),
        ("Papers — submission due", "deadline", date(2023, 8, 18), None),
        ("Papers — notification of acceptance", "milestone", date(2023, 9, 1), None),
        ("Papers — camera-ready paper deadline", "deadline", date(2023, 9, 15), None)]


def test_a_short_header_over_a_date_first_column_is_not_moved():
    text = ("| Deadline | Track |\n|---|---|\n| 15 May 2027 | Full papers | Online |\n")
    assert [(e.title, e.start) for e in tagged_events(text, published=date(2027, 1, 1))] == [
        ("Full papers", date(2027, 5, 15))]


def test_a_ruled_table_without_outer_pipes_reads_like_the_bordered_form():
    """Red team 9b #3: rows of 'State | Type | Date | Time |' / '---|---|---|---|' were lost (a
    row leaving its closing pipe out broke the block), and the one kept was titled 'State';
    the note under the table says the rows are deadlines and in Newfoundland time."""
    text = ("State | Type | Date | Time |\n---|---|---|---|\n"
            "Confirmed | Advanced Draft Feedback | 2025-07-22 | 5:00 PM |\n"
            "Confirmed | Letter of intent | 2025-08-13 | |\n"
            "Confirmed | External | 2025-09-10 |\n"
            "* Unless explicitly noted, all times indicated for deadlines are for the appropriate NL timezone (NST or NDT)\n")
    assert _entries(text, date(2025, 6, 1)) == [
        ("Advanced Draft Feedback", "deadline", datetime(2025, 7, 22, 17), "America/St_Johns"),
        ("Letter of intent", "deadline", date(2025, 8, 13), None),
        ("External", "deadline", date(2025, 9, 10), None)]


def test_a_bracketed_zone_after_a_deadline_clock_times_the_table():
    text = ("Competition | Registration deadline | Application deadline\n--- | --- | ---\n"
            "Project Grant | August 13, 2025 | September 10, 2025\n\n"
            "All deadlines are 8:00 p.m. (NL time).\n")
    assert _entries(text, date(2025, 6, 1)) == [
        ("Project Grant — registration deadline", "deadline", datetime(2025, 8, 13, 20), "America/St_Johns"),
        ("Project Grant — application deadline", "deadline", datetime(2025, 9, 10, 20), "America/St_Johns")]


def test_prose_with_a_pipe_is_no_ruled_table():
    text = ("News | Events\nThe fair will be held on 10 June 2027 | more\n")
    titles = [e.title for e in tagged_events(text, published=date(2027, 5, 3))]
    assert not any(t in ("News", "Events", "More") for t in titles)


def test_an_event_noun_modifying_a_deadline_noun_is_no_event():
    """Red team 9b #5: 'Workshop Proposal Submission' was a workshop titled 'Workshop'; the
    submission noun after the event noun is the head (phrases._modifier_gap)."""
    from calfeed.events.phrases import kind_of

    assert kind_of("Workshop Proposal Submission") == "deadline"
    assert kind_of("Conference Paper Deadline") == "deadline"
    assert kind_of("Workshop Paper Acceptance Notification") == "milestone"
    assert kind_of("Workshop on paper submission") == "workshop"     # a link word: the workshop is the head
    text = ("- April 16, 2023: Workshop Proposal Submission\n"
            "- August 15, 2023: Workshop Paper Acceptance Notification\n")
    assert _entries(text, date(2023, 1, 10)) == [
        ("Workshop Proposal Submission", "deadline", date(2023, 4, 16), None),
        ("Workshop Paper Acceptance Notification", "milestone", date(2023, 8, 15), None)]


def test_a_dash_inside_a_title_case_label_keeps_the_later_noun_the_head():
    """Red team 9b #5 (rest): 'Workshop Fast Track - Submission (Papers the Main Track
    Declined)' was a workshop titled 'Workshop': a spaced dash between the words of one label
    in title case joins them as the plain words do; in prose it still separates."""
    from calfeed.events.phrases import kind_of

    assert kind_of("Workshop Fast Track - Submission") == "deadline"
    assert kind_of("Workshop Fast Track – Notification") == "milestone"
    assert kind_of("workshop - submission") == "workshop"
    text = ("  • September 5, 2023: Workshop Fast Track - Submission (Papers the Main Track Declined)\n"
            "  • September 12, 2023: Workshop Fast Track - Notification (Papers the Main Track Declined)\n")
    assert [(t, k, d) for t, k, d, _ in _entries(text, date(2023, 1, 10))] == [
        ("Workshop Fast Track - Submission", "deadline", date(2023, 9, 5)),
        ("Workshop Fast Track - Notification", "milestone", date(2023, 9, 12))]

"""Dated prose statements (class P): a sentence that states when its subject starts, opens, closes,
resumes or ends gives an entry named by the subject and the verb, each probe in our own wording.

Also: a stretch of days "with no <thing>" is a break, one entry over it; and the vetoes that keep
the default honest (past, maybe, habit, negation, condition, a pronoun for a subject).
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2030, 10, 7)


def _entries(body: str) -> list[tuple[str, str, str, str, str]]:
    """(kind, first day, last day, precision, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Parish notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=date(2030, 10, 7)))
    return sorted((e.kind, str(e.start)[:10], str(e.end or e.start)[:10], e.precision, e.title)
                  for e in result.events)


def test_a_subject_that_resumes_on_a_day_names_the_entry() -> None:
    assert _entries("Garden waste collections will resume on 12 January.") == [
        ("event", "2031-01-12", "2031-01-12", "exact", "Garden waste collections resume")]


def test_a_singular_subject_takes_the_singular_verb() -> None:
    assert _entries("The first term ends on Friday 19 December 2030.") == [
        ("event", "2030-12-19", "2030-12-19", "exact", "First term ends")]


def test_classes_that_start_from_a_day() -> None:
    assert _entries("Pottery classes will start from 4 February 2031.") == [
        ("event", "2031-02-04", "2031-02-04", "exact", "Pottery classes start")]


def test_a_venue_that_opens_to_the_public() -> None:
    assert _entries("The new sports hall opens to the public on Saturday 15 March 2031.") == [
        ("event", "2031-03-15", "2031-03-15", "exact", "New sports hall opens")]


def test_a_survey_that_closes_is_a_deadline_and_a_venue_that_closes_is_not() -> None:
    assert _entries("The parking survey closes on 30 November.") == [
        ("deadline", "2030-11-30", "2030-11-30", "exact", "Parking survey closes")]
    assert _entries("The village museum closes its doors on 21 December.") == [
        ("event", "2030-12-21", "2030-12-21", "exact", "Village museum closes")]


def test_two_verbs_of_one_subject_give_two_entries() -> None:
    assert _entries("Entries for the show open on 1 November and close on 20 November.") == [
        ("deadline", "2030-11-20", "2030-11-20", "exact", "Entries for the show close"),
        ("event", "2030-11-01", "2030-11-01", "exact", "Entries for the show open")]


def test_a_participle_after_a_comma_takes_the_subject_before() -> None:
    assert _entries("The second term will begin on 6 January 2031, ending on 28 March 2031.") == [
        ("event", "2031-01-06", "2031-01-06", "exact", "Second term begins"),
        ("event", "2031-03-28", "2031-03-28", "exact", "Second term ends")]


def test_a_joined_day_read_before_its_partner_gives_no_entry() -> None:
    """"begin on 6 January 2032, ending on 28 March" (read as 2031): the year was not carried, so the end is not trusted."""
    assert ("event", "2031-03-28", "2031-03-28", "exact", "Second term ends") not in _entries(
        "The second term will begin on 6 January 2032, ending on 28 March.")


def test_an_object_that_begins_names_the_entry() -> None:
    assert _entries("All pupils will then begin the new school year on 2 September 2031.") == [
        ("event", "2031-09-02", "2031-09-02", "exact", "New school year begins")]


def test_a_stretch_verb_with_one_day_after_until_is_the_end() -> None:
    assert _entries("The second term will run until Friday 4 April 2031.") == [
        ("event", "2031-04-04", "2031-04-04", "exact", "Second term ends")]


def test_a_planned_day_is_tentative() -> None:
    assert _entries("The council is expected to sit on 14 November.") == [
        ("meeting", "2030-11-14", "2030-11-14", "approximate", "Council sits")]


def test_an_adverb_of_doubt_before_set_to_keeps_the_day_as_tentative() -> None:
    # R67 class 1: an adverb of doubt between the copula and "set to" / "due to" gave nothing; it is a hedge
    assert _entries("The pilgrimage is tentatively due to begin on 14 November.") == [
        ("event", "2030-11-14", "2030-11-14", "approximate", "Pilgrimage begins")]


def test_a_relative_clause_after_a_noun_states_its_days() -> None:
    # R67 class 1: a noun, a comma, then "which will take place" over a run of days gave nothing
    # (the relative pronoun is no subject, and the main clause's "whether" vetoed it)
    assert _entries("Artists will be told whether they may join a studio week, which will take place "
                    "between 20 October and 24 October.") == [
        ("event", "2030-10-20", "2030-10-24", "exact", "Studio week")]


def test_a_relative_clause_after_a_place_name_gives_no_subject() -> None:
    titles = [t for *_, t in _entries("The choir will sing in Leeds, which will take place between 20 October and "
                                      "24 October.")]
    assert "Leeds" not in titles


def test_a_break_with_no_sittings_is_one_entry_over_its_days() -> None:
    assert _entries("There will be no scheduled sittings between 20 December and 5 January.") == [
        ("event", "2030-12-20", "2031-01-05", "exact", "No sittings")]


def test_one_day_without_a_thing_is_no_break() -> None:
    assert _entries("There will be no sittings on 20 December.") == []


def test_past_hedged_habitual_negated_conditional_and_pronoun_statements_give_nothing() -> None:
    for body in ("The footpath was set to be resurfaced, and works were due to start on 3 November.",
                 "Evening classes might resume on 12 January.",
                 "Garden waste collections usually resume on 1 March.",
                 "The swimming pool will not reopen on 3 November.",
                 "Garden waste collections resume on 12 January unless the depot floods.",
                 "It opens on 3 November."):
        assert _entries(body) == [], body


def test_a_schedule_in_a_time_clause_is_no_entry_of_its_own() -> None:
    assert [e for e in _entries("Buses will use the high street again after the road works end on 12 November.")
            if e[4] == "Road works end"] == []


def test_being_open_from_a_day_is_a_state_not_an_opening() -> None:
    assert _entries("The skate park will be open from 6 November.") == []


def test_a_plural_subject_of_a_reopening_agrees() -> None:
    assert _entries("All primary schools will reopen on 6 January.") == [
        ("event", "2031-01-06", "2031-01-06", "exact", "Primary schools reopen")]
    assert _entries("The leisure pool will reopen on 6 January.") == [
        ("event", "2031-01-06", "2031-01-06", "exact", "Leisure pool reopens")]


def test_a_date_that_opens_the_sentence_before_its_statement() -> None:
    assert _entries("On Saturday 15 March 2031 the new sports hall opens to the public.") == [
        ("event", "2031-03-15", "2031-03-15", "exact", "New sports hall opens")]
    assert _entries("On 12 January garden waste collections resume.") == [
        ("event", "2031-01-12", "2031-01-12", "exact", "Garden waste collections resume")]


def test_a_fronted_date_with_another_time_after_is_standing_hours_or_history() -> None:
    for body in ("From Monday 6 January, the reading room will open at 9am.",
                 "On 3 November the footbridge was reopened.",
                 "On 3 November the skate park will not reopen."):
        assert _entries(body) == [], body


def test_a_participle_after_a_fronted_date_is_a_noun() -> None:
    assert [e for e in _entries("On 15 November the official reopening.") if e[4] == "Official reopens"] == []


def test_an_object_that_resumes_needs_no_subject() -> None:
    """Who resumes is a long list cut by commas, or "we": the object names the entry."""
    assert _entries("Years 7, 8 and 9, now at home, will also resume their second term on 5 January.") == [
        ("event", "2031-01-05", "2031-01-05", "exact", "Second term resumes")]
    assert _entries("We will start ticket sales on Wednesday 8 January.") == [
        ("event", "2031-01-08", "2031-01-08", "exact", "Ticket sales start")]
    assert _entries("We will not start ticket sales on Wednesday 8 January.") == []


def test_being_open_on_one_day_is_its_opening() -> None:
    assert _entries("The new skate park will be open to the public on Saturday 9 November.") == [
        ("event", "2030-11-09", "2030-11-09", "exact", "New skate park opens")]


def test_a_denied_opening_is_no_entry_and_a_singular_opening_agrees() -> None:
    assert _entries("The reading room will not open on 27 December.") == []
    assert _entries("The reading room will open on 27 December.") == [
        ("event", "2030-12-27", "2030-12-27", "exact", "Reading room opens")]


def test_a_milestone_verb_after_a_past_auxiliary_is_history() -> None:
    assert _entries("The towpath was set to reopen on 3 November.") == []
    assert _entries("The new parking rules were due to take effect on 1 December.") == []
    assert _entries("The towpath is set to reopen on 3 November.") == [
        ("event", "2030-11-03", "2030-11-03", "exact", "Towpath reopens")]


def test_a_habitual_opening_or_closing_is_no_entry() -> None:
    assert _entries("The farm shop usually closes on 24 December.") == []


def test_a_condition_in_a_later_clause_or_on_the_reader_leaves_the_statement() -> None:
    for body in ("Garden waste collections will resume on 12 January, and residents may add a second bin if they wish.",
                 "Garden waste collections will resume on 12 January if you have paid the annual charge.",
                 "If you want a reminder, garden waste collections will resume on 12 January."):
        assert _entries(body) == [
            ("event", "2031-01-12", "2031-01-12", "exact", "Garden waste collections resume")], body


def test_a_condition_on_the_statement_itself_still_vetoes_it() -> None:
    for body in ("Garden waste collections will resume on 12 January, unless the depot floods again.",
                 "If the depot reopens, garden waste collections will resume on 12 January."):
        assert _entries(body) == [], body


def test_a_row_led_by_its_own_date_keeps_its_own_verb() -> None:
    # Two date-led rows: the verb of the row above belongs to that row's date, not to the next row's.
    assert [e[4] for e in _entries("2nd March Nets open\n20th/21st September Nets close (N.B. weather allowing)")] == [
        "Nets open", "Nets close"]


def test_a_label_line_over_its_date_still_names_the_date() -> None:
    # No date of its own on the label's line: the verb there names the date below.
    assert [e[4] for e in _entries("Enrolment opens\n3 November 2030")] == ["Enrolment opens"]



def test_a_subject_that_occurs_or_happens_on_a_day_names_the_entry() -> None:
    """A sky event or a handover said to "occur" or "happen" on a day is that day's entry, named
    by its subject alone, as one said to "take place" is (R61 06: a sunrise clock)."""
    assert _entries("A partial eclipse of the moon will occur at 21:40 on Monday 14 October 2030.") == [
        ("event", "2030-10-14", "2030-10-14", "exact", "Partial eclipse of the moon")]
    assert _entries("The handover of the hall keys will happen on Monday 4 November.") == [
        ("event", "2030-11-04", "2030-11-04", "exact", "Handover of the hall keys")]


def test_what_occurred_or_what_it_happens_on_gives_no_entry() -> None:
    """History ("occurred", a past form the table leaves out) and a pronoun subject stay silent."""
    assert _entries("The flood occurred on 2 October 2030 after two days of rain.") == []
    assert _entries("It happens on 3 November most years.") == []


def test_would_after_a_verb_of_saying_is_the_reported_plan() -> None:
    """A report turns "will open" into "would open": after "said" the day is the plan told, while
    "would" standing alone stays a maybe (plain_day_hedges)."""
    assert _entries("The council said the grant scheme would begin on 14 November.") == [
        ("event", "2030-11-14", "2030-11-14", "exact", "Grant scheme begins")]
    assert _entries("The grant scheme would begin on 14 November.") == []


def test_would_in_a_clause_after_an_announcement_that_is_the_plan_told() -> None:
    """R63 class 5 (page 15's shape): a noun of a word given, then "that" (announcing_nouns), reports
    the plan as a verb of saying does, with a name for a subject and no article ("that" is a
    determiner too); a hyphenated "re-start" is a schedule verb; "would" alone stays a maybe."""
    assert _entries("Today brought the announcement that Mushrace would re-start in Nome on 6 November.") == [
        ("event", "2030-11-06", "2030-11-06", "exact", "Mushrace re-starts")]
    assert _entries("Usually it would re-start at the lake on 5 November.") == []


def test_a_subject_that_ranges_over_a_run_of_days_names_the_entry() -> None:
    # session 52, R65 class 1 (a hunting season's dates), in words of our own: "will range from
    # <day> – <day>" gave nothing on the parent (no stretch verb "range"); one day alone stays unread
    assert _entries("Spring duck season will range from March 16 – May 3.") == [
        ("event", "2031-03-16", "2031-05-03", "exact", "Spring duck season")]
    assert _entries("The reed harvest will range from 4 May to 9 May.") == [
        ("event", "2031-05-04", "2031-05-09", "exact", "Reed harvest")]
    assert _entries("Ticket prices will range from 4 to 9 euros on 12 May.") == []


def test_a_subject_in_the_present_that_ranges_over_a_run_of_days_names_the_entry() -> None:
    # the present "ranges" as the future "will range" above: the subject's stretch over the days,
    # and an amount's range beside a single day still gives nothing
    assert _entries("The goose season ranges from March 16 to May 3.") == [
        ("event", "2031-03-16", "2031-05-03", "exact", "Goose season")]
    assert _entries("The entry fee ranges from 4 to 9 euros on 12 May.") == []


def test_a_subject_said_to_peak_over_days_or_on_a_day_names_the_entry() -> None:
    # session 53, R66 class 1 (page 21's meteor shower), in words of our own: "will peak from <day>
    # to <day>" gave nothing on the parent (no verb "peak" in schedule_verbs); each form a reader meets
    assert _entries("The Orionid shower will peak from 20 October to 22 October.") == [
        ("event", "2030-10-20", "2030-10-22", "exact", "Orionid shower peaks")]
    assert _entries("The Leonid meteors peak on 17 November.") == [
        ("event", "2030-11-17", "2030-11-17", "exact", "Leonid meteors peak")]
    assert _entries("The Geminid shower peaks on 14 December.") == [
        ("event", "2030-12-14", "2030-12-14", "exact", "Geminid shower peaks")]
    assert _entries("The Ursid shower is peaking on 22 December.") == [
        ("event", "2030-12-22", "2030-12-22", "exact", "Ursid shower peaks")]


def test_a_peak_that_is_a_noun_or_history_gives_no_peak_entry() -> None:
    # "peak" before a noun ("peak fares") is no verb after its subject, and a past peak is history
    assert _entries("The river peaked on 3 October after the storm.") == []
    assert [t for *_, t in _entries("Peak fares start on 4 November.")] == ["Peak fares start"]


def test_a_subject_open_over_a_run_of_days_names_the_entry() -> None:
    # session 53, R66 class 1 (a garden's season, page 20), in words of our own: "is open from <day>
    # to <day>" gave nothing on the parent (open after "is" was read as a state with no act); over a
    # run of days the state is the entry, titled by its subject as a stretch verb's is
    assert _entries("The rose garden is open from March 23 to May 21.") == [
        ("event", "2031-03-23", "2031-05-21", "exact", "Rose garden")]
    assert _entries("The winter gardens will be open from 2 April – 9 June.") == [
        ("event", "2031-04-02", "2031-06-09", "exact", "Winter gardens")]


def test_a_subject_open_from_one_day_or_over_hours_stays_a_state() -> None:
    # the guards of the rule above: one day after "from", a clock range and a weekday range tell
    # how long or when it is open, which standing hours tell, not a run of the calendar's days
    assert _entries("The village museum will be open from 10 May.") == []
    assert _entries("The village museum is open from 10am to 5pm.") == []
    assert _entries("The village museum is open from Monday to Friday.") == []


def test_a_clock_after_a_fronted_single_day_is_that_days_time() -> None:
    # session 53, R66 class 1 (page 04's races), in words of our own: "On <day>, <subject> will start
    # at <place> with ... at <clock>" gave nothing on the parent (a later clock read as standing hours)
    def timed(body: str) -> list[tuple[str, str]]:
        doc = Document(path="notice.txt", text="Parish notes\n\n" + body + "\n", title=None, published=ISSUED)
        return [(str(e.start), e.title) for e in process_document(doc, Options(today=ISSUED)).events]
    assert timed("On 12 October, pony races will start at the river meadow with the yearlings' heat at 09.30 am.") == [
        ("2030-10-12 09:30:00", "Pony races start")]
    assert timed("On 12 October, pony races will start at 10.15 am.") == [("2030-10-12 10:15:00", "Pony races start")]
    # "From <day>" still tells standing hours from then, not one day's act
    assert timed("From 12 October, the reading room will open at 9am.") == []


def test_a_verb_serves_a_second_day_told_with_a_qualifier_like_the_first() -> None:
    # session 53, R66 class 5 (page 07's trails), in words of our own: "will begin on <day> for X, and
    # on <day> for Y" framed only the first day on the parent; the second takes the first's verb
    assert _entries("The hiking season will begin on 1 November for the North Ridge path on the lake side, "
                    "and on 12 November for the Coombe and Edge paths.") == [
        ("event", "2030-11-01", "2030-11-01", "exact", "Hiking season begins"),
        ("event", "2030-11-12", "2030-11-12", "exact", "Hiking season begins")]
    # a second day with a clause of its own, or a first qualifier holding a verb, is no such list
    assert [t for *_, t in _entries("Classes will start on 1 November for adults, and on 12 November there is a fair.")] == [
        "Classes start", "Fair"]
    assert _entries("Classes will start on 1 November for adults who are new, and on 12 November for children.") == [
        ("event", "2030-11-01", "2030-11-01", "exact", "Classes start")]

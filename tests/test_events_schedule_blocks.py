"""Schedule blocks (session 18, class B), each probe in our own wording:

- days listed after the month they share ("June 12, 13 and 15, 2027") are a day each, in the year
  that closes the list (one run when they all follow each other, session 67); a number after the month that a count follows is no day;
- one clock after a list of days times every day of the list, whether it is joined to the last
  day ("on 5 & 12 October at 10am") or written after a word that shares it ("all at 7.45pm").
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2027, 2, 1)):
    result = process_document(Document(path="p.txt", text=text, title=None), Options(today=today))
    return sorted(result.events, key=lambda e: str(e.start))


def _starts(text: str, today: date = date(2027, 2, 1)) -> list[str]:
    return [str(e.start) for e in _events(text, today)]


def test_days_listed_after_their_month_are_one_entry_each_in_the_closing_year() -> None:
    starts = _starts("Village fete\n\nThe fete will be held on the green on June 12, 13 and 15, 2028.\n")
    assert starts == ["2028-06-12", "2028-06-13", "2028-06-15"]


def test_listed_days_that_follow_each_other_are_one_run_in_the_closing_year() -> None:
    # session 67: days of one month that all follow each other are the stretch they make (day_runs)
    events = _events("Village fete\n\nThe fete will be held on the green on June 12, 13 and 14, 2028.\n")
    assert [(str(e.start), str(e.end)) for e in events] == [("2028-06-12", "2028-06-14")]


def test_ordinal_days_after_their_month_need_no_and() -> None:
    starts = _starts("Choir news\n\nExtra choir rehearsals will be held on March 2nd, 9th, 16th in the vestry.\n")
    assert starts == ["2027-03-02", "2027-03-09", "2027-03-16"]


def test_a_count_after_a_month_day_is_no_listed_day() -> None:
    text = "Club news\n\nOn May 14, 15 volunteers will clear the towpath; on May 20 and 21 more will join.\n"
    result = process_document(Document(path="p.txt", text=text, title=None), Options(today=date(2027, 2, 1)))
    assert not any(t.rule == "listed_day_after" for t in result.timexes)


def test_one_clock_after_a_month_first_list_times_every_day() -> None:
    starts = _starts("Museum\n\nGuided tours will run on Oct. 5 & 12 at 10am in the museum.\n")
    assert starts == ["2027-10-05 10:00:00", "2027-10-12 10:00:00"]


def test_a_clock_shared_by_all_days_of_a_list_times_each() -> None:
    starts = _starts("Drama club\n\nThe pantomime will be staged on Thursday 9, Friday 10 and "
                     "Saturday 11 December all at 7pm in the school hall.\n", today=date(2027, 10, 1))
    assert starts == ["2027-12-09 19:00:00", "2027-12-10 19:00:00", "2027-12-11 19:00:00"]


def test_both_at_shares_the_clock() -> None:
    starts = _starts("Gardening group\n\nPruning workshops are on 4 and 11 May, both at 6pm, in the "
                     "walled garden.\n")
    assert starts == ["2027-05-04 18:00:00", "2027-05-11 18:00:00"]


def test_a_standing_clock_sentence_times_a_monthly_series() -> None:
    events = _events("Parish council\n\nThe parish council meets on the third Wednesday of every month, "
                     "except in August. Meetings begin at 7.15pm in the reading room.\n")
    assert len(events) == 1
    assert str(events[0].start).endswith("19:15:00")
    assert "BYMONTH=1,2,3,4,5,6,7,9,10,11,12" in events[0].rrule


def test_another_groups_clock_does_not_time_the_series() -> None:
    events = _events("Clubs\n\nThe chess club meets every Friday. The Bridge Club meeting starts at 2pm.\n")
    series = [e for e in events if e.rrule]
    assert len(series) == 1 and series[0].all_day


def test_a_timed_series_ends_its_until_day_at_its_end() -> None:
    events = _events("Running club\n\nTraining sessions are held every Saturday from 6 March to 26 June 2027. "
                     "Sessions start at 9am at the track.\n")
    series = [e for e in events if e.rrule]
    assert len(series) == 1 and str(series[0].start) == "2027-03-06 09:00:00"
    assert "UNTIL=20270626T235959" in series[0].rrule


def test_days_a_term_excludes_are_no_entries() -> None:
    events = _events("Study group\n\nAutumn term: Monday 4th October to Monday 6th December 2027, excluding "
                     "half-term Mondays 25th October and 1st November.\n")
    assert [(str(e.start), str(e.end)) for e in events] == [("2027-10-04", "2027-12-06")]


def test_a_day_after_except_with_no_schedule_before_it_stays() -> None:
    events = _events("Notice\n\nEveryone may enter except members of staff, who are invited to the "
                     "staff quiz on 12 March.\n")
    assert [str(e.start)[:10] for e in events] == ["2027-03-12"]


def test_a_mark_line_between_a_value_and_its_new_value_moves_the_labelled_day() -> None:
    events = _events("Key dates\n\nPoster submission\nApril 9, 2027\n\nExtended to\n\nApril 23, 2027\n\n"
                     "Programme published\nMay 30, 2027\n")
    assert [(str(e.start), e.title) for e in events if e.kind == "deadline"] == [("2027-04-23", "Poster submission")]
    assert not any(str(e.start) == "2027-04-09" for e in events)


def test_an_extended_to_label_moves_the_value_above() -> None:
    events = _events("Key dates\n\nPoster submission: April 9, 2027\nExtended to: April 23, 2027\n"
                     "Programme published: May 30, 2027\n")
    assert [(str(e.start), e.title) for e in events if e.kind == "deadline"] == [("2027-04-23", "Poster submission")]


def test_two_labelled_values_stay_two_entries() -> None:
    events = _events("Key dates\n\nPosters due: April 9, 2027\nSlides due: April 23, 2027\n")
    assert [str(e.start) for e in events] == ["2027-04-09", "2027-04-23"]


def test_a_range_of_days_with_one_days_hours_is_those_hours_each_day() -> None:
    (event,) = _events("Craft fair\n\nThe craft fair will be open 14-16 May 2027 from 10am to 5pm in the town hall.\n")
    assert (str(event.start), str(event.end)) == ("2027-05-14 10:00:00", "2027-05-14 17:00:00")
    assert event.rrule == "FREQ=DAILY;UNTIL=20270516T235959"


def test_one_stretch_from_a_morning_to_a_later_afternoon_stays_one_entry() -> None:
    (event,) = _events("Hackathon\n\nThe hackathon runs from 10am on 14 May 2027 to 4pm on 16 May 2027 in the lab.\n")
    assert event.rrule is None and str(event.start) == "2027-05-14 10:00:00"


def test_a_range_of_days_on_a_line_with_its_hours_apart_is_those_hours_each_day() -> None:
    events = _events("Conference\n\nThe help desk will be open on the following dates:\n"
                     "    13 June 2027 Hotel Reception 2:00-6:00 p.m.\n"
                     "    14-15 June 2027 Foyer of the Aula 9:00 a.m.-4:30 p.m.\n")
    daily = [e for e in events if e.rrule]
    assert len(daily) == 1 and str(daily[0].start) == "2027-06-14 09:00:00"
    assert daily[0].rrule == "FREQ=DAILY;UNTIL=20270615T235959"


def test_list_lines_giving_only_a_clock_are_timed_and_named_by_the_heading() -> None:
    # a guard, not new behaviour: with their years written other readers already time and name these
    # lines (it passes on the code before clock_led_item); the year-less twin below is what it adds
    events = _events("Concert Dates\n\n  • Friday 10 December 2027 – 7.30 pm\n  • Saturday 11 December 2027 – 3 pm\n"
                     "  • Saturday 11 December 2027 – 7.30 pm Gala Performance\n", today=date(2027, 10, 1))
    assert [(str(e.start), e.title) for e in events] == [
        ("2027-12-10 19:30:00", "Concert"), ("2027-12-11 15:00:00", "Concert"), ("2027-12-11 19:30:00", "Gala Performance")]


def test_a_list_line_with_a_clock_and_more_dates_is_left_to_other_readers() -> None:
    events = _events("Diary\n\n- Friday 10 December 2027 – 7.30 pm to Sunday 12 December 2027\n", today=date(2027, 10, 1))
    assert all(e.title != "Diary" or e.end for e in events)


def test_year_less_list_lines_giving_only_a_clock_take_the_heading_name() -> None:
    events = _events("Show Dates\n\n  • Thursday 9 December – 7 pm\n  • Friday 10 December – 7 pm\n",
                     today=date(2027, 10, 1))
    assert [(str(e.start), e.title) for e in events] == [("2027-12-09 19:00:00", "Show"), ("2027-12-10 19:00:00", "Show")]


def test_every_timed_line_under_a_plain_label_is_an_occasion_of_it() -> None:
    events = _events("Delegate information\n\nCloakroom opening times\nThursday, 10th June 2027 08:00 – 18:00\n"
                     "Friday, 11th June 2027 08:00 – 17:00\nSaturday, 12th June 2027 09:00 – 13:00\n"
                     "Lost property\nAsk at the front desk.\n")
    assert [(str(e.start), e.title) for e in events] == [
        ("2027-06-10 08:00:00", "Cloakroom opening times"), ("2027-06-11 08:00:00", "Cloakroom opening times"),
        ("2027-06-12 09:00:00", "Cloakroom opening times")]


def test_one_timed_line_under_a_heading_is_no_run() -> None:
    events = _events("Delegate information\n\nCloakroom\nThursday, 10th June 2027 08:00 – 18:00\n\n"
                     "Friday, 11th June 2027 is a holiday.\n")
    assert all(e.title != "Cloakroom" for e in events if str(e.start).startswith("2027-06-11"))

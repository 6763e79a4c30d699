"""Deciding which dates are events, and framing each: title, kind, place, time, precision.

A date frames an event when its clause names one (an event noun phrase, or a verb such
as "meets") or marks a deadline ("no later than", "due"). Everything else - durations,
"now", datelines, "since 2001", a date that only dates a statement - is left out, and
dates that could not be pinned down go to the review report instead of the calendar.
"""

from __future__ import annotations

import re

from bisect import bisect_left
from collections.abc import Callable, Container
from dataclasses import replace
from functools import cache, partial
from typing import TYPE_CHECKING
from datetime import date, datetime, time, timedelta

from dateutil.rrule import rrulestr

from calfeed.timex.month_then_days import HEADING_DAY, HEADING_MONTH
from calfeed.timex.name_years import office_term
from calfeed.timex.section_years import heading_years
from calfeed.events.affiliations import in_affiliation
from calfeed.events.apposed_names import apposed_name
from calfeed.events.edition_owners import with_edition_owners
from calfeed.events.announcing_days import without_announcing_days
from calfeed.events.announced_acts import announced_act, last_round_handed_in, scheduled_act
from calfeed.events.asked_days import asked_sentence, undecided_sentence
from calfeed.events.compared_habits import compared_habits, past_likening, this_year_habits
from calfeed.events.agenda import (TABLE_EDGES, WITHOUT_EMPHASIS, DayLines, dated_line, heading_day_above, heading_of_slots,
                                   named_below, programme_days,
                                   series_over_rows, slot_place, slot_title, under_day_heading)
from calfeed.events.arrival_times import arrival_clock, on_event_day
from calfeed.events.free_entries import free_entry
from calfeed.events.attributions import after_attribution
from calfeed.events.attached_clock import (END_OF_DAY, attached_clocks, bracketed_weekdays, ends_the_day,
                                           later_sessions, leading_clocks, session_frame, shared_clocks,
                                           with_clock, with_shared_clock)
from calfeed.events.milestone_pronouns import MILESTONE_PRONOUN_NOTE, milestone_pronoun
from calfeed.events.numbered_rows import NUMBERED_ROW_NOTE, numbered_row_title
from calfeed.events.ordered_winters import ordered_winters
from calfeed.events.called_off_days import OffDay, without_called_off
from calfeed.events.cancelled_after import cancelled_after
from calfeed.events.cancelled import called_off, noted_off, object_called_off
from calfeed.events.cancelled_pages import heading_off, without_cancelled_page
from calfeed.events.closed_calls import closed_calls, without_closed_calls
from calfeed.events.one_day_occasions import fold_one_day_occasions
from calfeed.events.cell_groups import grouped_days
from calfeed.events.clock_lists import listed_clocks, slot_lists
from calfeed.events.clock_parts import CLOCK_PARTS_NOTE, clock_parts
from calfeed.events.clock_opened_sentences import clock_opened_end
from calfeed.events.colon_clock_items import colon_clock_title, runs_colon_items
from calfeed.events.venue_first_lines import venue_first_title
from calfeed.events.closed_day_lines import CLOSED_DAY_NOTE, DayOpens, closed_day_line
from calfeed.events.closing_clocks import closing_clocks, with_end
from calfeed.events.bare_hours import bare_hours
from calfeed.events.qualified_hours import without_qualified_hours
from calfeed.events.backward_ends import without_backward_ends
from calfeed.events.candidates import GRANULARITY_ORDER, Candidate, DateSpans, Frame, coarser_than_day, date_not_written
from calfeed.events.counted_deadlines import counted_deadlines, deadline_title
from calfeed.events.daily_runs import run_after_clocks, run_before, run_of_clocks
from calfeed.events.started_things import STARTED_THING_NOTE, started_thing
from calfeed.events.opened_runs import opened_day
from calfeed.events.onward_hours import following_day_end, kept_until, onward_item_day
from calfeed.events.day_windows import windows_on_days
from calfeed.events.date_constraints import date_constraint
from calfeed.events.past_plans import past_plan_day
from calfeed.events.learned_days import learning_bound
from calfeed.events.headline_menus import menu_stamps
from calfeed.events.site_chrome import related_block_stamps, site_day_lines
from calfeed.events.foreign_quotes import foreign_quoted_clocks
from calfeed.events.stamp_clocks import stamp_clocks
from calfeed.events.held_today import held_before_today
from calfeed.events.counted_windows import counted_window
from calfeed.events.run_bounded_series import bound_by_named_runs
from calfeed.events.run_titles import runs_named_by_subject
from calfeed.events.price_rules import price_rule_scope, priced_days
from calfeed.events.date_headings import TALK_ROW_NOTE, HeadedItem, headed_items
from calfeed.events.dates_by_offset import DatesByOffset
from calfeed.events.declared_days import DECLARED_NOTE, declared_yearly
from calfeed.events.date_led_lines import LED_LINE_NOTE, cell_rows, date_led_line, day_row_title, led_rows, title_below, without_row_names
from calfeed.events.datelines import Dateline, find_dateline
from calfeed.events.dismissed_claims import dismissed_claim, in_claim
from calfeed.events.deadline_clock import DeadlineClock, clock_of
from calfeed.events.deadline_names import dated_deadline_noun
from calfeed.events.deadline_rules import apply_deadline_rules, deadline_rule
from calfeed.events.deferred_details import DEFERRED_NOTE, line_defers, without_deferral
from calfeed.events.earliest_days import earliest_cue, earliest_mark, opening_of
from calfeed.events.parallel_qualifiers import parallel_qualifiers
from calfeed.events.granted_times import GRANTED_NOTE, granted_act
from calfeed.events.obliged_windows import OBLIGED_NOTE, obliged_window, window_end
from calfeed.events.permitted_windows import PERMITTED_NOTE, permitted_window
from calfeed.events.age_cutoffs import age_cutoff
from calfeed.events.bracket_bound_weekdays import bracket_bound_weekdays
from calfeed.events.memo_dates import memo_date
from calfeed.events.observed_holidays import OBSERVED_NOTE, kept_on_a_written_day, observed_holiday
from calfeed.events.case_steps import CASE_STEP_NOTE, case_step
from calfeed.events.speech_settings import speech_setting
from calfeed.events.run_on_rows import RUN_ON_ROW_NOTE, run_on_rows
from calfeed.events.rest_day_items import REST_DAY_ITEM_NOTE, rest_day_item
from calfeed.events.rest_periods import REST_PERIOD_WHY, rest_of_period
from calfeed.events.effect_months import EFFECT_MONTH_WHY, effect_lead
from calfeed.events.effective_changes import EFFECTIVE_NOTE, effective_change, fronted_noun_change, headline_change
from calfeed.events.fronted_span_names import FRONTED_NOTE, fronted_run_name
from calfeed.events.excepted_days import excepted_days
from calfeed.events.event_zones import DocumentZones, after_post, document_zones, event_zone, in_country
from calfeed.events.flat_columns import column_days
from calfeed.events.forecasts import forecast_before
from calfeed.events.furniture_lines import (bracketed_stamp, byline_stamp, category_stamps, embed_stamp, embedded_relative,
                                           kind_under_stamp, listing_stamp, related_link, stamp_lines)
from calfeed.events.floating_zones import zone_floating
from calfeed.events.from_now import from_now, run_from
from calfeed.events.item_headings import item_heading
from calfeed.events.both_days_clocks import both_days_clocks
from calfeed.events.pair_clocks import pair_clocks
from calfeed.events.timetable_days import timetable_days
from calfeed.events.bracketed_days import clocks_on_bracketed_days
from calfeed.events.open_runs import OPEN_RUN_NOTE, VAGUE_END_WHY, open_run_title, running_to, vague_end_ahead
from calfeed.events.archive_labels import archive_label, recorded_occasion
from calfeed.events.feast_mentions import feast_mentions
from calfeed.events.history_years import without_history_years
from calfeed.events.holiday_names import HOLIDAY_RULES, holiday_names, season_names
from calfeed.events.described_lines import Described, described_line
from calfeed.events.identity import event_uid, normalise_title, same_place
from calfeed.events.last_conjunct import last_conjunct_title
from calfeed.events.lasting_spans import lasting_spans
from calfeed.events.standin_titles import event_told_before
from calfeed.events.timed_nights import without_timed_nights
from calfeed.events.told_ends import ends_told_later, quote_folded_ends
from calfeed.events.told_lengths import lengths_told_later
from calfeed.events.paired_weekday_days import paired_weekday_days
from calfeed.events.told_day_clocks import day_told_before, left_to_the_entry_before
from calfeed.events.label_block import diary_label, label_block, line_label, sentence_label, written_place
from calfeed.events.label_lists import listed_after_label
from calfeed.events.ended_asides import ENDED_ASIDE_WHY, ended_aside
from calfeed.events.end_clocks import with_end_clocks
from calfeed.events.eve_midnights import at_new_day_midnights
from calfeed.events.headed_days import without_headed_vague
from calfeed.events.rule_hours import rule_hours
from calfeed.events.headed_ranges import HEADED_RANGE_NOTE, headed_ranges, with_day_entry_named
from calfeed.events.header_cells import header_cell_days
from calfeed.events.listed_meetings import listed_meetings
from calfeed.events.run_weekdays import run_weekdays
from calfeed.events.label_lines import (LABEL_BELOW_NOTE, TASK_BELOW_NOTE, ListedLines, issue_code, labelled_value,
                                       names_its_row, with_label_above)
from calfeed.events.lead_in_lists import deadline_lead_in
from calfeed.events.mentioned_place import mentioned_place
from calfeed.events.mentions import (document_event, document_name, heading_dates, invited_to, page_days, under_heading,
                                    is_window, join_link, label_before, labelled, listed_place, online_word, only_mentioned)
from calfeed.events.final_day_clocks import final_day_clocks
from calfeed.events.follow_on_clocks import follow_on_clocks
from calfeed.events.modifier_months import modifier_months
from calfeed.events.monthly_ordinals import monthly_ordinals
from calfeed.events.month_end_bounds import month_end_bound
from calfeed.events.month_days import days_after_named_days, days_of_named_months
from calfeed.events.nearby_clocks import nearby_clocks, past_holiday_names, standing_clock_items
from calfeed.events.said_day_clocks import said_day_clocks
from calfeed.events.past_day_clocks import clocks_off_past_days
from calfeed.events.spanned_days import spanned_days
from calfeed.events.ordinal_subjects import ORDINAL_NOTE, bare_ordinal, borrowed_title
from calfeed.events.naming import (event_before, fronted_clock_lead, frame_clause, joined_phrase, milestone_phrase_before, named_phrases,
                                  nearest_phrase, previous_owner, sentence_event)
from calfeed.events.open_windows import ACCEPTED_FROM_NOTE, accepted_from, begun_and_ended, accepted_label, opened_over, opened_stretch, plural_name, split_window, window_line
from calfeed.events.not_events import (POSSESSIVE_END, anchors_only, background_year, bare_generic, closing_hour,
                                       conditional_event,
                                       counted_from_condition, dates_a_document, ends_at, letter_date, fronted_clause,
                                       in_condition, introduces_dates, listed_events, names_a_thing, postponed_to,
                                       prefixed_day, compared_day, restated_count, scope_window, reported_news, restated_clocks, scope_bracket,
                                       still_open, times_another, trailing_clause, later_clause, weekday_pairs, weekday_span,
                                       hedged_window, hypothetical_year, cited_iso_day, inside_condition, past_window, ruled_window,
                                       unanchored_week_part)
from calfeed.events.named_bounds import bound_by_named_deadlines
from calfeed.events.offsets import offset_deadlines
from calfeed.events.opening_hours import fold_opening_hours, venue_opening
from calfeed.events.person_acts import person_act
from calfeed.events.performed_acts import performed_act, told_as_past
from calfeed.events.bare_dates import bare_date_sentence
from calfeed.events.bracketed_periods import bracketed_item
from calfeed.events.part_labels import gap_row, heading_named, part_span
from calfeed.events.past_reports import without_past_reports
from calfeed.events.past_stretches import PastStretch, past_stretches
from calfeed.events.reported_headings import without_reported_headings
from calfeed.events.page_dates import without_page_dates
from calfeed.events.day_columns import only_dates, several_days, without_day_column
from calfeed.events.furniture_titles import furniture_title, without_lead_label
from calfeed.events.generic_titles import item_title, names_a_list
from calfeed.events.stretch_weekdays import stretch_weekdays
from calfeed.events.glued_labels import glued_day, glued_label
from calfeed.events.replaced_day_clocks import off_moved_days, off_replaced_days
from calfeed.events.noted_rows import NOTED_ROW_NOTE, noted_deadline_row
from calfeed.events.glossed_days import glossed_days
from calfeed.events.glossed_clocks import glossed_zone
from calfeed.events.header_zones import header_zone
from calfeed.events.possessive_days import possessive_ahead
from calfeed.events.coming_windows import WrittenDays, is_ahead_window, window_dates_occasion
from calfeed.events.reported_present import reported_present
from calfeed.events.title_edges import tidied
from calfeed.events.page_names import named_by_page
from calfeed.events.named_day_lines import NAMED_DAY_NOTE, named_day_line
from calfeed.events.plain_dates import PERIOD_NOTE, PERIOD_TITLE_WORDS, QUOTE_MARKS, day_ahead, plain_day, plain_frame, plain_period, sentence_taken
from calfeed.events.listing_spans import listing_spans
from calfeed.events.listed_closures import listed_closures, without_item_clocks
from calfeed.events.met_sides import MET_SIDES_NOTE, met_sides
from calfeed.events.present_acts import present_act
from calfeed.events.day_off_predicates import DAY_OFF_NOTE, day_off_predicate, day_off_stretch, declared_day_off, fold_days_off
from calfeed.events.played_matches import LineGames
from calfeed.events.phrases import NounPhrase, clause_subject, deadline_label, habitual_hedge, kind_of, label_kind, noun_phrases
from calfeed.events.item_runs import ITEM_NOTE, ItemRun, item_run
from calfeed.events.labelled_runs import RUN_NOTE, labelled_run
from calfeed.events.glossed_periods import GLOSS_NOTE, glossed_period
from calfeed.events.kind_titles import named_kind
from calfeed.events.own_rows import bound_row_title, own_row_title
from calfeed.events.stated_schedules import (BREAK_NOTE, HEDGED_NOTE, MOVED_NOTE, STATED_NOTE, conditioned_after, stated_break,
                                             named_before, stated_schedule, without_restated_moves)
from calfeed.events.unclaimed_dates import Unframed, unclaimed_candidates
from calfeed.events.series_slots import series_hours, series_slot
from calfeed.events.usual_days import without_usual_days
from calfeed.events.untold_anchors import LISTED_ANCHOR_WHY, UNTOLD_ANCHOR_WHY, first_told, listed_anchor, untold_anchor
from calfeed.events.column_headers import day_column_rows, header_named_days
from calfeed.events.unclaimed_periods import unclaimed_periods
from calfeed.events.year_to_months import YEAR_TO_MONTH_WHY, month_after_year
from calfeed.events.year_targets import year_targets
from calfeed.events.told_history import without_told_history
from calfeed.events.narrated_days import without_narrated_days
from calfeed.events.acted_days import without_acted_days
from calfeed.events.enacted_days import without_enacted_days
from calfeed.events.departed_habits import departed_habit
from calfeed.events.departed_usual_days import without_departed_usual_days
from calfeed.events.habitual_weekdays import (habitual_weekdays, standing_state_weekdays, usual_closed_weekdays,
                                             without_usual_closures)
from calfeed.events.year_collections import without_year_collections
from calfeed.events.timeline_headings import TIMELINE_NOTES, over_by, timeline_items
from calfeed.events.vague_spans import own_occasion, past_year, reported_period, restated_spans, target_year, year_deadline
from calfeed.events.venue_titles import venue_retitled
from calfeed.events.venue_clock_lines import VenueClockLines
from calfeed.events.weekday_names import feast_weekdays, named_weekdays
from calfeed.events.generic_weekdays import generic_weekdays
from calfeed.events.quoted_titles import quoted_title
from calfeed.events.places import Place, heading_place, lookup, named_place, places_in
from calfeed.events.programme_runs import in_programme
from calfeed.events.opening_rows import joined_opening_rows
from calfeed.events.outdone_reports import without_outdone_reports
from calfeed.events.programme import absent, clock_led_item, led_absence, no_occurrence, on_series_day, programme_item
from calfeed.events.referred_occasions import without_referred_occasions
from calfeed.events.relative_clauses import ASIDE_SUBJECT_NOTE, antecedent, aside_named_subject
from calfeed.events.row_deadlines import ROW_NOTE, merge_deadlines_apart
from calfeed.events.restated_runs import without_runs_restating_deadlines
from calfeed.events.schedule_headings import schedule_headings
from calfeed.events.slot_headings import without_slot_headings
from calfeed.events.guessed_days import GUESSED_DAY_WHY, on_guessed_day
from calfeed.events.guessed_dates import guessed_page_date
from calfeed.events.intro_clocks import intro_clock_rows
from calfeed.events.block_clocks import (announced_day_clocks, days_above, heading_day_clocks, list_clocks, timed_headings,
                                          timed_list_rows)
from calfeed.events.row_lead_ins import bounds_rows, day_openings, name_lead_in_rows
from calfeed.events.series_lists import listed_day_frame, scheduled_series, series_lists, settle_listed_days
from calfeed.events.series_parts import (aside_clock, bounding_period, every_year, given_as_example, joined_clock, leave_out,
                                         listed_clock, month_names, past_habit, quantified_series, rate_of_a_dated_series,
                                         timed_series, tokens)
from calfeed.events.series_day_names import series_day_names
from calfeed.events.settling import (OffStretch, drop_document_place, extend_to_ends, go_online, items_on_series_days,
                                     one_date_per_phrase, settle_vague, share_places, split_conjoined,
                                     standing_places, without_superseded_mentions)
from calfeed.events.shared_place import PLACELESS_KINDS, day_of
from calfeed.events.with_asides import WITH_ASIDE_NOTE, aside_title
from calfeed.events.semicolon_days import SEMICOLON_DAYS_NOTE, continued_clause
from calfeed.events.signals import read_signals
from calfeed.events.stacked_values import stacked_ranges
from calfeed.events.span_index import FirstStarting, IndexedSpans
from calfeed.events.gapped_subjects import conjunct_frame
from calfeed.events.joined_periods import joined_periods
from calfeed.events.told_ranges import PAUSED_NOTE, PAUSED_RULE, moved_runs, open_month_ranges, told_ranges
from calfeed.events.stretches import Stretches
from calfeed.events.standing_place import standing_place
from calfeed.events.start_bounds import bound_by_event_starts
from calfeed.events.introduced_starts import introduced_starts
from calfeed.events.superseded import (extended_rows, moved_name, moved_ranges, replaced_dates, stacked_moves, superseded_days,
                                       update_stamp)
from calfeed.events.guessed_years import mark_guessed_years
from calfeed.events.guessed_deictics import without_guessed_deictics
from calfeed.events.told_twice import document_names, merge_told_twice
from calfeed.events.same_instants import merge_same_instants
from calfeed.events.vague_retellings import without_vague_retellings
from calfeed.events.updated_rows import without_updated_rows
from calfeed.events.kin_retellings import without_kin_retellings
from calfeed.events.unwritten_windows import without_unwritten_windows
from calfeed.events.doubled_weekdays import doubled_weekdays
from calfeed.events.weekly_occasions import weekly_nouns, weekly_occasions
from calfeed.events.day_runs import merge_day_runs
from calfeed.events.date_cell_rows import DiaryRows
from calfeed.events.table_rows import pipe_line_headings, table_row
from calfeed.events.title_lines import date_badges, titled_date_line
from calfeed.events.timing import (Timing, daily_hours, each_day, every_day_from, last_day, endless_daily, every_few_weeks, names_no_day, series_gap,
                                   series_timing, sub_daily, timing_of)
from calfeed.events.town_headings import place_by_town_headings
from calfeed.events.unanchored import UnanchoredDays
from calfeed.events.anaphoric_clocks import clock_of_told_event
from calfeed.events.habitual_clocks import STANDING_SCHEDULE, habitual_clock
from calfeed.events.sentence_clocks import next_sentence_clock, sentence_clock, series_line
from calfeed.events.foreign_holidays import without_foreign_holidays
from calfeed.events.fronted_clocks import fronted_clocks
from calfeed.events.fronted_series import fronted_frame
from calfeed.events.series_parts import range_line_below, yearly_stretch, yearly_timing
from calfeed.events.vague_words import (attributive_year, day_word_noun, topic_today, lead_in_span, list_title_year, onset_year,
                                        ordinal_weekday, scope_year, trailing_deadline_word)
from calfeed.events.vocabulary import Cue, phrase_list, title_words, word_list
from calfeed.events.series_subjects import (club_name, first_person_series, hosted_pronoun_series, series_line_name,
                                            series_subject,
                                            subjectless_series)
from calfeed.events.schedule_sentences import schedule_sentences
from calfeed.events.weekday_hours import weekday_hours
from calfeed.events.gather_clocks import gathered_clocks, note_gatherings
from calfeed.events.weekday_blocks import weekday_blocks
from calfeed.events.weekly_lines import weekly_slots
from calfeed.events.ranged_rows import ranged_rows
from calfeed.events.window_pronouns import WINDOW_PRONOUN_NOTE, window_pronoun
from calfeed.events.window_labels import bound_label, window_name
from calfeed.events.words import Word, after_past_clause, clause_of, coordinated_clause, coordinated_end, words_in
from calfeed.events.row_lengths import row_lengths
from calfeed.events.fronted_regions import fronted_region
from calfeed.events.restated_headings import restated_heading
from calfeed.events.run_hours_lines import hours_after_runs
from calfeed.events.row_head_towns import RowHead, row_head_towns
from calfeed.events.yearly_dates import joined_to_yearly, one_off_year, weekend_shift, yearly_deadline
from calfeed.events.written_occurrences import listed_occurrence_starts, written_occurrence_starts
from calfeed.model import Document, Event, Interval, ReferenceDate, SourceRef, Timex, Unresolved

if TYPE_CHECKING:
    from calfeed.text import Sentences

RANGE_REACH = 80         # characters after a series within which a range of days bounds it
PLACE_REACH = 300        # characters either side of a date searched for its place
MAX_WINDOW_DAYS = 366   # years named loosely over a wider span ("2026/27") are no calendar entry
MAX_QUOTE = 600          # a "sentence" longer than this (an unsplittable list) is quoted by its clause
YEAR_WIDE_DAYS = 200    # wider than a half year: a horizon ("expected to be completed in 2021"), no dated act
ARRIVAL_WHY = ("an arrival time with no day of its own, and not one timed event day in the document to "
               "give it one: no calendar entry")
UNPLACED_ROW_WHY = ("names one occasion on a weekday that falls more than once in the stretch of days above "
                    "it: which of those days is not written, so no calendar entry")
LinkFn = Callable[[Document, int, int], str]


def _unnamed(text: str, dated: list[Timex]) -> list[tuple[int, int]]:
    """The spans of the dates among ``dated`` that date something, not a year that says which
    one ("the winner of the 2023 chess prize will be announced ...": the subject runs through it)."""
    return [(t.start, t.end) for t in dated if t.type != "DURATION" and not attributive_year(text, t)]


def frame_events(
    doc: Document, timexes: list[Timex], reference: ReferenceDate, link: LinkFn, default_zone: str | None = None,
) -> tuple[list[Event], list[Unresolved]]:
    """The events a document announces, and the expressions a person should look at;
    ``default_zone`` is for clock times nothing in the document places."""
    # Imported here: calfeed.text loads its word list through calfeed.timex, whose
    # package imports calfeed.text; importing it at module level from here would make
    # "import calfeed.events" first (as the pipeline does) hit that cycle half-way.
    from calfeed.text import LineIndex, by_line_start, split_sentences

    found_dateline = find_dateline(doc.text, timexes)
    if found_dateline is not None and found_dateline.story_line is not None:
        # "News / ... Trial To Begin Tuesday / ... / New Haven, Conn., October 15.--": other stories' headlines
        # (the block right over the dateline is the story's own headline and stays)
        timexes = [t for t in timexes if t.start >= found_dateline.story_line]
    menu = menu_stamps(doc.text, doc.title, timexes)
    if menu:      # "Farmers meet on the new levy" / "March 21, 2018" over the page's own title: other stories
        timexes = [t for t in timexes if id(t) not in menu]
    chrome = (site_day_lines(doc.text, doc.title, doc.published, timexes) | related_block_stamps(doc.text, timexes)
              | listing_spans(doc.text, timexes))
    if chrome:    # the site's day over the heading, years after the story; "Related posts" / headline / its day;
        # "BEST BETS: Monday, 4th May – Sunday, 10th May" over items on its days: the listing's span
        timexes = [t for t in timexes if id(t) not in chrome]
    unframed = stamp_clocks(doc.text, timexes) | foreign_quoted_clocks(doc.text, timexes)
    if unframed:  # "Issued at GMT 6:20"; "(\"... le premier samedi de mai à 14:00 ...\")": a notice's stamp, a foreign quotation's clock
        timexes = [t for t in timexes if id(t) not in unframed]
    dateline = found_dateline.place if found_dateline else None
    sentences = _after_dateline(split_sentences(doc.text), found_dateline)
    ordered = programme_days(doc.text, every_few_weeks(doc.text, sorted(timexes, key=lambda t: (t.start, t.end))),
                             lambda t: _page_date(t, reference, found_dateline))   # "1 April 2016" over an advisory: no programme's day
    ordered, gather_notes = gathered_clocks(doc.text, ordered)     # "7.30pm for 8pm": the start is a note
    ordered = days_of_named_months(doc.text, ordered)     # "the meeting for March ... on Saturday 12"
    ordered = days_after_named_days(doc.text, ordered)     # "on March 27, foreign ministers on the 28th"
    ordered = glossed_days(doc.text, ordered)     # "on Thursday next week (October 14)": the written day
    ordered = bracket_bound_weekdays(doc.text, ordered)   # "on lantern Monday ... on lantern Monday (July 17)"
    ordered = clocks_on_bracketed_days(doc.text, ordered)     # "until 5:00 pm Central (Friday, June 12)": that day's
    ordered = stretch_weekdays(ordered)     # "open Sat–Sun 11–12 May ..." / "a concert on Sunday at 6 pm": that Sunday
    ordered = offset_deadlines(doc.text, ordered, reference)
    unmoved = ordered
    ordered, moved = moved_ranges(doc.text, ordered, reference.value)     # "extended from June 30 to December 31": the new date
    ordered = off_moved_days(unmoved, ordered)      # "moved from 3rd May to 10th May, with stalls open from 10 a.m."
    ordered, rows_moved = extended_rows(doc.text, ordered)     # "October 31: Deadline … (extended to November 5)"
    moved |= rows_moved
    ordered, stacked_moved, stacked_new = stacked_moves(doc.text, ordered)   # "January 24, 2019" / "Extended to" / "March 19, 2019"
    moved |= stacked_moved
    listed_series = series_lists(doc.text, ordered)    # "... the 3rd Thursday of each month at 4:00pm" / "November 20, 2025"
    ordered, range_ends = stacked_ranges(doc.text, ordered, listed_series.rule_of)   # "Thanksgiving Recess" / "November 27th" / "December 1st"
    ordered, told_ends = told_ranges(doc.text, ordered)     # "will begin on 15 July, and end on 20 July"
    range_ends |= told_ends
    ordered, paired_ends = paired_weekday_days(doc.text, ordered)     # "on Saturday, March 9th, and Sunday, March 10th, 2030"
    range_ends |= paired_ends
    ordered, run_ends = moved_runs(doc.text, ordered)     # "is being postponed to October 29, 30, 31, 2021"
    range_ends |= run_ends
    ordered, month_ends = open_month_ranges(doc.text, ordered)     # "closed from 8 May until mid-August"
    range_ends |= month_ends
    ordered, period_ends = joined_periods(doc.text, ordered)     # "in the second half of 2024 and first half of 2025"
    range_ends |= period_ends
    ordered = lasting_spans(doc.text, ordered)     # "runs for exactly 30 hours, from 2 June at noon"
    folded_ends: dict[tuple[int, int], tuple[Timex, tuple[int, int]]] = {}     # start's span -> its end and the end's sentence
    ordered = lengths_told_later(doc.text, ordered, sentences)     # "The fair opened on 1 May." ... "The fair will run for 12 days."
    ordered = ends_told_later(doc.text, ordered, sentences, folded_ends)     # "The fair opens on Saturday. The festival runs through Oct. 6"
    ranged = ranged_rows(doc.text, ordered)     # "April 12 to May 14:" / "• Friday 10:00 a.m. – 1:00 p.m."
    ordered = ranged.ordered
    ordered = monthly_ordinals(doc.text, ordered, sentences.at)   # "two walks per month - on the first Tuesday and the third Sunday"
    ordered, weekly_names = weekly_slots(doc.text, ordered, reference.value)   # "run weekly" / "• ... - Monday 10:30am"
    ordered, told_weekly = schedule_sentences(doc.text, ordered, reference.value)   # "Beginning July 7, Sunday Masses will be 9am"
    ordered, listed_weekly = weekday_hours(doc.text, ordered, reference.value)   # "open Monday to Friday from 8.30am to 1pm"
    weekly_names |= listed_weekly
    ordered, block_names = weekday_blocks(doc.text, ordered, reference.value)   # "weekly activities" / "Monday; Art class 10.30-12.30am"
    weekly_names |= block_names
    ordered = series_day_names(doc.text, ordered)     # "... on the first Tuesday and the third Sunday. Tuesday walks are ..."
    weekly_names |= told_weekly
    weekly_names |= ranged.names
    ordered = follow_on_clocks(doc.text, ordered)     # "at 4:30 P.M., following the meeting": the meeting's day
    ordered = final_day_clocks(doc.text, ordered)     # "On the closing day of the fair ... fireworks from 8-10pm": its last day
    ordered = ordered_winters(doc.text, ordered)     # "Fall 2024" / "Winter 2025" / "Spring 2025": the winter before that spring
    ordered = past_holiday_names(doc.text, ordered, sentences)     # "on Friday 3rd April as the Easter holidays start ... from 6pm"
    ordered = announced_day_clocks(doc.text, ordered, None if reference.inferred else reference.value,
                                   lambda t: _page_date(t, reference, found_dateline))   # "Time: 11h30" under a past sentence: the notice's day ahead
    ordered = said_day_clocks(doc.text, ordered, None if reference.inferred else reference.value,
                              lambda t: _page_date(t, reference, found_dateline))   # "..., the ministry said Tuesday. ... at 10 a.m."
    ordered = clocks_off_past_days(ordered)     # "will run tomorrow, 9th June ... called off on 8th June. ... will open at 13:30"
    ordered, heading_clocks = heading_day_clocks(doc.text, ordered, lambda t: _page_date(t, reference, found_dateline))   # "Open Day - Saturday 12 June" / prose / "Time: 10am"
    listed_slots = slot_lists(doc.text, ordered)     # "5:00 PM and 11:00 PM at Holy Cross" under its day: two slots
    ordered, listed = listed_clocks(doc.text, ordered)     # "on 5 May at 10:00 and 14:00": two occasions
    cell_row_spans = cell_rows(doc.text, ordered)
    listed_rows = led_rows(doc.text, ordered)   # "Sept. 03, 2024 Start of Fall Semester Term A" among its like
    ordered = without_row_names(doc.text, ordered, listed_rows)     # "November 22 (Fri.) November Recess Begins, 5:30 p.m."
    day_lines = DayLines(doc.text, ordered)     # the lines that are only a day, read once when a slot asks
    flat_rows = run_on_rows(doc.text, ordered)     # "Clinic Date 1 Harrow Lane Clinic Monday, 12 May 2031 2 ...": each row
    doc_place = dateline or named_place(doc.location)
    unresolved: list[Unresolved] = []
    candidates: list[Candidate] = []
    reported: set[int] = set()        # dates of news told in the past from the document's own day
    stretches: dict[tuple[int, int], PastStretch | None] = {}    # a sentence's stretch told as over, read once
    naming_holidays, dated_holidays = holiday_names(doc.text, ordered, sentences.at)
    naming_seasons = season_names(doc.text, ordered, sentences.at)     # "the library's summer reading program runs from ..."
    naming_holidays, dated_holidays = naming_holidays | naming_seasons, dated_holidays | naming_seasons
    told_feasts = feast_mentions(doc.text, ordered, sentences.at, naming_holidays)   # "Holy Saturday is a day of quiet"
    dates = DateSpans([t for t in ordered if id(t) not in naming_holidays])   # "Canada Day celebrations": a name
    likened = compared_habits(doc.text, sentences, ordered)     # "As every year, the prayers will be held on 8 November"
    likened_ends = sorted(t.end + 1 for t in ordered if id(t) in likened)     # where the clause after each begins
    anchors = _series_anchors(doc.text, sentences, dates,
                              likened | this_year_habits(doc.text, sentences, ordered))   # "Every year ..., held this year on 1 May"
    closed_lists = list_clocks(doc.text, ordered)     # "Lecture Dates:" / "Wednesday, February 4, 2026" / ... / "Time: 7:00 p.m."
    for closed in closed_lists:      # the clock times the list's rows, and a footnote's weekday restates a row
        anchors["consumed"].update({id(closed.clock)} | closed.notes)
    known = named_phrases(doc.text, sentences, dates, doc.title)
    unanchored = UnanchoredDays(doc.text, dates.starts_at)
    schedule_undated = guessed_page_date(reference) and any(t.type == "SET" for t in ordered)
    blocked_all = IndexedSpans((t.start, t.end) for t in ordered if t.type != "DURATION")
    every_date = DateSpans([t for t in ordered if t.type != "DURATION"])
    row_names = [(t.start, t.end) for t in ordered if t.rule in HOLIDAY_RULES]   # "| Labor Day, University closed* |"
    row_clock_spans = IndexedSpans((t.start, t.end) for t in ordered if clock_of(t) is not None and date_not_written(t))
    diary_rows = DiaryRows.of(doc.text, ordered)      # "Thursday 2nd March | All day | World Book Day |"
    series_spans = [(t.start, t.end) for t in ordered if t.type == "SET"]
    label_dated = sorted((t.start, t.end) for t in ordered    # "Labor Day (No classes) Monday, September 2": a row's name
                         if t.type != "DURATION" and t.rule not in HOLIDAY_RULES and not names_its_row(doc.text, t))
    listed_lines = ListedLines(doc.text, label_dated)
    line_games = LineGames(doc.text)

    clocks = attached_clocks(doc.text, [t for t in ordered if id(t) not in anchors["consumed"]
                                         and t.start not in listed_slots])    # a slot's clock is its own entry
    attached = {id(c) for c in clocks.values()}
    place_lines = VenueClockLines(doc.text, ordered)     # a day's block: "... Kite Contest" / "North Beach, 8:00 AM"
    shared = fronted_clocks(doc.text, ordered) | shared_clocks(doc.text, ordered, clocks)   # "6pm - 9pm on Thursdays 4 March, 1 April and 6 May"
    leading = leading_clocks(doc.text, [t for t in ordered if id(t) not in attached])
    attached |= {id(c) for c in leading.values()}
    end_clocks = closing_clocks(doc.text, ordered)      # "from 1:00 p.m. and end approximately at 6:30 p.m."
    attached |= {id(c) for c in end_clocks.values()}
    sessions = later_sessions(doc.text, ordered) | listed    # "10:00-13:00 (webstreamed) 14:30-17:30": two sessions
    framed_at: dict[int, Frame] = {}                 # each frame by where its date ends
    described_at: dict[tuple[int, int], Described | None] = {}   # described_line's answer, by line
    doc_named: list[tuple[str, str] | None] = []     # what the document is about, read when first needed
    days_on_page: list[Timex] | None = None     # the page's days (mentions.page_days): a lone one's bare line names it
    # Readers of a sentence and what is around it (the sentence before, the paragraph's last few), each bound to
    # this document and read once a sentence: the answer is the same for each of its dates, and reading it for
    # each made a sentence of many dates square. Each reader takes only what it reads.
    labelled_run_in = cache(partial(labelled_run, doc.text, dates=dates))
    claim_in = cache(partial(dismissed_claim, doc.text))
    asked_in = cache(partial(asked_sentence, doc.text))
    undecided_in = cache(partial(undecided_sentence, doc.text))
    owner_before = cache(partial(previous_owner, doc.text, sentences, dates=dates))
    event_of_sentence_before = cache(partial(sentence_event, doc.text, sentences, dates=dates))
    event_in_lines_before = cache(partial(event_before, doc.text, sentences, dates=dates))

    # "Monday to Friday", "15th March, 2027 (Monday)", "after Easter, Monday 12th April": no days of their own
    excepted = excepted_days(doc.text, ordered, sentences)
    excepted_timexes = [t for t in ordered if id(t) in excepted]
    hedged_weekdays = habitual_weekdays(doc.text, sentences, ordered)     # "Typically, ... closed on Saturday": every Saturday
    stamps = stamp_lines(doc.text, ordered, reference.value)     # "Apr. 21, 2024 17:33 PM EDT" under a listed post's headline
    not_days = (weekday_pairs(doc.text, ordered) | bracketed_weekdays(doc.text, ordered) | ranged.headings
                | doubled_weekdays(doc.text, ordered)     # "Friday, Friday, 6 June": the day is the second's
                | anchors_only(doc.text, ordered) | restated_clocks(doc.text, ordered) | range_ends
                | date_badges(doc.text, [t for t in ordered if (t.start, t.end) not in stacked_new])   # "Mar" / "12" / "Thu" over a block's own date line; a moved value is no badge of its new one
                | {id(t) for t in ordered if t.rule == HEADING_MONTH}   # "August" over its day rows
                | pipe_line_headings(doc.text, ordered)     # "August 2026" / "|" / "Aug 7" / "|" / "Friday |" / ...
                | modifier_months(doc.text, ordered)     # "the February degree list": which list, no time
                | schedule_headings(doc.text, ordered)     # "2026" / "JANUARY" over "Monday, January 5, 2026 - ..."
                | _heading_year_ids(doc.text, ordered)     # "Term 4, 2024" over its year-less rows: the list's year
                | named_weekdays(doc.text, ordered)     # "Taco Tuesday" over "Tuesday, 9 March 6 pm": a name
                | feast_weekdays(doc.text, ordered)     # "Carnival Monday and Tuesday": a feast's days, not the next
                | generic_weekdays(doc.text, ordered)     # "on a Thursday", "a Saturday fixture": any such day
                | set(hedged_weekdays)
                | standing_state_weekdays(doc.text, sentences, ordered)     # "branches that are closed on Monday and Thursday"
                | stamps
                | category_stamps(doc.text, ordered)     # "14 March 2031 | Burn Ban Notices" over each item's blurb
                | excepted)   # "..., excluding Bank Holiday Mondays 7th and 28th May"
    cancelled: list[OffStretch] = []   # days and stretches a series goes without ("no session in August")
    off_days: list[OffDay] = []       # events the page calls off, by day: no entry names them again
    usual_days: set[date] = set()     # days a table of changed days holds as usual ones (usual_days)
    replaced = replaced_dates(doc.text, ordered)
    ordered = off_replaced_days(ordered, replaced)     # "on Thursday, 9 June, instead of on Monday, 6 June ... at 6:30 pm on the day"
    replacing = {(new.start, new.end): doc.text[start:end] for (start, end), new in replaced.items()} | moved
    mentioned: dict[tuple[str, str | None], Place | None] = {}   # the place each event noun is given elsewhere ("a summit in Tianjin")
    led_lines = Stretches()     # the rest of each line a date opens ("Monday 8 February — ...")
    arrivals: list[Candidate] = []         # "Please arrive by 7.25pm": placed on the event's day at the end
    rules: list[DeadlineClock] = []        # "Every deadline is at 23:59 (11:59pm) AoE", one per section
    about: tuple[str, str] | tuple[()] | None = None      # the event the document is about, found when needed
    heading: list[Place | None] = []       # the heading's place, read once when first needed (a one-line page is all heading)
    openings: dict[int, str] = {}          # a venue's opening hour, by its candidate
    # "Friday August 16" / "A vs B – Kick-off 8pm."; the page's own date above its headline heads no items
    dated_items, framed = _items_under_headings(doc.text, [t for t in ordered if not _page_date(t, reference, found_dateline)
                                                           and id(t) not in stamps],     # a stamp heads no item either
                                                listed_series.rule_of)
    list_clock_starts = sorted(closed.clock.start for closed in closed_lists)
    if list_clock_starts:      # "Time: 7:30 p.m." under a list of days names no item of its last day
        dated_items = {k: item for k, item in dated_items.items()
                       if not _holds_any(list_clock_starts, item.line)}
    occasion_dates = [t for t in ordered    # the days that may date an occasion: not the page's own
                      if not (found_dateline is not None and found_dateline.holds(t))
                      and not (reference.span is not None and reference.span[0] <= t.start
                               and t.end <= reference.span[1])]
    restated = restated_spans(doc.text, ordered, occasion_dates)
    written_days = WrittenDays.of(occasion_dates)     # the days a window ahead may sum up
    row_series = series_over_rows(doc.text, ordered)     # "we split Wednesday evenings in two:" / "Early session 6-7pm"
    row_series_ids = {id(s) for s in row_series.values()}
    recurring_page = weekend_shift(doc.text)     # "Should a due date fall on a weekend ...": year-less days recur
    series_frames: dict[int, Frame] = {}       # each series' frame, by where its rule starts
    plain_days: set[int] = set()               # candidates framed only as a plain day ahead (plain_dates)
    told_from = first_told(ordered)     # where the first date the text tells of its own stands
    hours_of_series = series_hours(ordered)     # "every month from 3-4pm": the slots inside are its programme
    unframed: list[Unframed] = []              # dates no rule named: the last step may still give them an entry
    breaks: list[tuple[Timex, tuple[int, int], str]] = []   # "no sittings between ... and ...": a stretch without
    named_ids = header_named_days(doc.text, ordered)    # "Submission closing date 2021 Meeting date 2021" over rows
    headed_columns = {(t.start, t.end) for t in ordered if id(t) in named_ids}    # by span: a headed item's day is a copy
    day_rows = day_column_rows(doc.text, ordered) if "|" in doc.text else {}    # "Build up | Date | ..." over "Sunday | May 22 | ..."
    sentence_words: dict[tuple[int, int], list[Word]] = {}    # a sentence's words, read once for all its dates
    item_runs: dict[tuple[int, int], ItemRun] = {}            # a sentence's run of named items, likewise
    date_after = FirstStarting(ordered, lambda t: t.start)     # the first date from an offset, by bisection
    lines = LineIndex(doc.text)     # each date's line, found by bisection (a page may be one line)
    day_opens = DayOpens(doc.text, by_line_start(doc.text, ordered))
    shut_days: list[tuple[Timex, tuple[int, int], str]] = []
    part_clocks: list[tuple[Timex, tuple[int, int], str]] = []
    line_parts: dict[int, dict[int, str] | None] = {}
    written_above = days_above(ordered)     # a clock's last written day above it, by bisection
    daily_ends: set[int] = set()     # where a window read as each day's hours ends (daily_hours and its kin)
    for timex in framed:
        written = timex      # the date as the tagger read it, before a clock of its line is joined to it
        lead_in = None
        if id(timex) in attached:
            continue
        row_day = _day_row_day(doc.text, timex, day_rows) if day_rows else None
        if row_day is False:
            continue         # "Sunday | May 22 | ...": the Day column's weekday only restates the row's day
        if (timex.start, timex.end) in headed_columns or row_day:
            # its column's header names it: the last step reads it (column_headers)
            unframed.append(Unframed(timex, sentences.at(timex.start)))
            continue
        if id(timex) in ranged.unplaced:     # "3 June – 12 September" / "Tuesday 7pm Curator talk": which Tuesday?
            unresolved.append(_unresolved(doc, timex, sentences.at(timex.start), UNPLACED_ROW_WHY))
            continue
        session_end = sessions.get(id(timex))     # before the day takes its clock
        dated_item = dated_items.get(id(timex))
        clock = clocks.get(id(timex))
        end_clock = end_clocks.get(id(clock if clock is not None else timex))
        if clock is not None:
            timex = with_clock(doc.text, timex, clock)
        if end_clock is not None and timex.end_interval is None:
            timex = with_end(timex, end_clock)
        sharing = (shared.get(id(timex)) or leading.get(id(timex))) if clock is None else None
        if sharing is not None:   # "on 10 February and 3 March 2027 at 12:30 GMT"
            timex = with_shared_clock(timex, sharing)
        sentence = sentences.at(timex.start) if dated_item is None else (dated_item.heading[0], dated_item.line[1])
        if timex.type == "TIME" and dated_item is None:
            clause = clause_of(doc.text, sentence, timex.start)
            rule = deadline_rule(doc.text, timex, words_in(doc.text, *clause), dates.within(clause), sentence, not_days)
            if rule is not None:
                rules.append(rule)
                continue
        if found_dateline is not None and found_dateline.holds(timex):
            continue         # when the story was filed, not when anything happens
        if (related_link(doc.text, timex, lines) or listing_stamp(doc.text, timex, lines) or embed_stamp(doc.text, timex)
                or byline_stamp(doc.text, timex, lines) or embedded_relative(doc.text, timex, lines)
                or kind_under_stamp(doc.text, timex, lines) or bracketed_stamp(doc.text, timex)):
            continue         # "Also Read  <another story's headline>", "article  // 09 Oct 2024", "(@club) January 18, 2022",
            # "By Ada Moss for the Harbour Gazette June 3, 2016", "04 May 2031" / "Press release", "[14 Feb 2031]": furniture
        if reference.span is not None and reference.span[0] <= timex.start and timex.end <= reference.span[1]:
            continue         # "Issued at 10:12 on Sunday 29 November 2026": when the document was written
        if timex.type == "DATE" and (letter_date(doc.text, timex) or memo_date(doc.text, timex)
                                     or cited_iso_day(doc.text, timex, reference)):
            continue         # "14 October 2026 Dear Shareholder", "June 4, 2031" over "MEMORANDUM": the letter's day
        if (timex.start, timex.end) in replaced or (timex.start, timex.end) in stacked_new:
            moved_thing = (moved_name(doc.text, timex, replaced[(timex.start, timex.end)])
                           if (timex.start, timex.end) in replaced and timex.interval is not None else None)
            if moved_thing:       # "rescheduling the August 1 meeting to July 31": no entry names it on 1 August
                off_days.append(OffDay(timex.interval.start.date(), moved_thing, moved_thing.split()[-1].lower()))
            continue         # "March 15, 2027 (extended to March 22, 2027)": the old date is gone
        if issue_code(doc.text, timex):
            continue         # "HS – 10/2025": the issue a page belongs to
        if update_stamp(doc.text, timex):
            continue         # "Update (April 2, 2028): the deadline has been extended to ...": when the page changed
        if gap_row(doc.text, timex.start):
            continue         # "Expo Interval: Mar. 8 - 11, Mar. 17 - 19": the gaps between the phases
        if timex.problem:
            unresolved.append(_unresolved(doc, timex, sentence, timex.problem))
            continue
        if (timex.raw_value or "").startswith("XXXX-") and month_after_year(doc.text, timex, dates.before(timex)):
            unresolved.append(_unresolved(doc, timex, sentence, YEAR_TO_MONTH_WHY))
            continue         # "shifted from 2031 to November": which year's November, the page does not say
        if timex.type == "DURATION" or id(timex) in anchors["consumed"]:
            continue
        if sentence not in stretches:
            stretches[sentence] = past_stretches(doc.text, dates.within(sentence), reference)
        if stretches[sentence] is not None and id(timex) in stretches[sentence].ids:
            unresolved.append(_unresolved(doc, timex, sentence, stretches[sentence].reason))
            continue         # "The survey was open from 4 June 2031 ... until 30 July 2031": closed
        if timex.value.endswith("_REF") and not (is_ahead_window(timex) and window_dates_occasion(
                doc.text, timex, clause_of(doc.text, sentence, timex.start), dates.within(sentence))
                and not written_days.summed_up_by(timex)):
            continue         # "recently", "in the future": no stretch; "in the coming weeks" has one,
            # unless the sentence dates its occasion otherwise, a notice verb or a hedge governs it,
            # or the page then writes a day inside it (the window sums up the page's dated occasions)
        if id(timex) in row_series_ids:
            continue         # the rows below it are the series' sessions
        if id(timex) in dated_holidays:
            continue         # "Canada Day celebrations will be held on Monday, July 1": the name, not the day
        if id(timex) in told_feasts:
            continue         # "The three days of Holy Thursday, Good Friday and Easter are one celebration"
        if names_its_row(doc.text, timex):
            continue         # "Early May - Monday 4 May": the row's name, its day is the one after the dash
        line_at = lines.start(timex.start)
        if line_at not in line_parts:
            line_parts[line_at] = clock_parts(doc.text, day_opens.by_line.get(line_at, []))
        if line_parts[line_at] is not None:     # "- Friday, June 11: Kelso-Marham at 9:45 a.m., Marham-Kelso at ..."
            if timex.start in line_parts[line_at]:
                part_clocks.append((timex, sentence, line_parts[line_at][timex.start]))
            continue         # the day's line itself: its parts are the entries
        shut_day = closed_day_line(doc.text, timex, day_opens) if dated_item is None else None
        if shut_day is not None:
            if shut_day.title:      # "26 Mar, Good Friday, closed" in a list of such lines: shut that day
                shut_days.append((timex, sentence, shut_day.title))
            continue
        run_item = labelled_run_in(sentence).get(timex.start) if dated_item is None else None
        if run_item is not None and run_item.title is None:
            continue         # "Easter: 18 April to 2 May" in a run of labelled periods: a label, or a day within an item
        if closing_hour(doc.text, timex) or (dated_item is not None and any(
                closing_hour(doc.text, t) for t in dates.within(dated_item.line))):
            continue         # "Bar and Food available until 1am": when serving stops
        if scope_bracket(doc.text, timex):
            continue         # "(for projects taking place January 1st or later)": which projects, not when
        if introduces_dates(doc.text, timex, date_after):
            continue         # "Thursdays, October 8 and October 22": those two Thursdays, no series
        if timex.type == "SET" and timex.text.split()[0].lower() in word_list("rate_words"):
            continue         # "2.2 million barrels per day": a rate, not a series
        if timex.type == "SET" and given_as_example(doc.text, sentence, timex):
            continue         # "groups that meet, for example, on the first Thursday of the month": nobody's series here
        if timex.type == "SET" and past_habit(doc.text, sentence, timex):
            continue         # "The club used to meet every Monday": a habit that is over
        if timex.type == "SET" and rate_of_a_dated_series(timex, [t for t in dates.within(sentence) if t.type == "SET"]):
            continue         # "We meet once a month on the second Tuesday": the rate of the dated series beside it
        if POSSESSIVE_END.search(doc.text, timex.end, timex.end + 2) and not possessive_ahead(doc.text, timex):
            continue         # "this year's conference": names which one, not when
        if led_lines.holds(timex.start):
            continue         # "Thursday 11 February — General debate on Holocaust Memorial Day": what it is about
        if dated_item is None and heading_of_slots(doc.text, timex, day_lines):
            continue         # "## Friday 4 June" over "| 18:00 | Opening reception |": the rows are the events
        if timex.start in listed_series.headings:
            continue         # "2026 meeting dates:" over the days a series' rule lists
        if onset_year(doc.text, timex) or list_title_year(doc.text, timex) or ordinal_weekday(doc.text, timex):
            continue         # "beginning this year, ...", "2024 Calendar with Full Details", "First Friday & ..."
        if ((attributive_year(doc.text, timex) and not (dated_item is not None and dated_item.note in TIMELINE_NOTES))
                or scope_year(doc.text, timex) or day_word_noun(doc.text, timex) or topic_today(doc.text, timex)):
            continue         # "the 2021-2025 Council Plan", "revamped for 2025", "a better tomorrow", "the role of women today"
            # (a timeline's "2027 Milestones" heads its tasks: the year dates them)
        if lead_in_span(doc.text, timex, lambda: dates.each_within((sentence[0], max(sentence[1], _next_line_end(doc.text, timex.end))))):
            continue         # "Author Talks scheduled for the month of January include: Jan. 7 ...": the items are the entries
        if archive_label(doc.text, timex):
            continue         # "2023 Meeting Minutes": the records of a year, no occasion
        if dated_item is None and recorded_occasion(doc.text, timex, reference.value):
            continue         # "A recording of the Oct. 11th information session is available": it has happened
        if weekday_span(timex) or id(timex) in not_days:
            continue         # opening hours, a restated weekday, an anchor of the next date
        if (date_not_written(timex) and timex.tense == "past" and slot_title(doc.text, timex) is None
                and not fronted_clock_lead(words_in(doc.text, sentence[0], timex.start), timex)):
            continue         # "Brent fell 62 cents to $71.40 by 1130 GMT": when a report was made
            #                  ("Kicking off at 12pm, the parade has been described as ...": the lead is no report)
        if untold_anchor(timex, told_from):
            unresolved.append(_unresolved(doc, timex, sentence, UNTOLD_ANCHOR_WHY))
            continue         # "games set for that same day" above the story's first date
        if listed_anchor(timex, ordered, sentences):
            unresolved.append(_unresolved(doc, timex, sentence, LISTED_ANCHOR_WHY))
            continue         # "open Monday (15), Tuesday (16) and Thursday (18)" then "renewed on the same day"
        if series_slot(timex, hours_of_series):
            continue         # "7:30-8:30pm – Talk" under "the first Monday of each month from 7-9pm"
        if dated_item is None and on_guessed_day(timex, reference, dates.within(sentence), written_above(timex)):
            unresolved.append(_unresolved(doc, timex, sentence, GUESSED_DAY_WHY))
            continue         # "the Board will meet at 7:30 PM on the following dates": no day, none to guess
        if dated_item is None and asked_in(sentence):
            continue         # "When will the next exhibition (2027) be held?": asked about, not announced
        if dated_item is None and coarser_than_day(timex) and undecided_in(sentence):
            continue         # "The date of the 2027 exhibition has not been decided": which edition, no time
        clause = (with_label_above(doc.text, clause_of(doc.text, sentence, timex.start), sentence, dates.spans)
                  if dated_item is None else dated_item.line)
        if dated_item is None and reported_present(doc.text, clause, timex):
            continue         # "..., with plenty more arriving today and tomorrow": a report of the day, no occasion
        place_scope = sentence
        if dated_item is None:      # "Abstracts are due on 3 March, and full papers are due on 5 May"
            earlier = [e for s, e in dates.spans(clause) if e <= timex.start and s >= clause[0]]
            own = coordinated_clause(doc.text, clause, timex.start, earlier[-1] if earlier else None)
            if own == clause and not earlier and timex.tense != "past":
                own = after_past_clause(doc.text, clause, timex.start)   # "The party was ... and we plan ... on 3 April"
            if own != clause:      # "... spring meetings in Washington ..., and the G20 will meet in July": not there
                clause, place_scope = own, (max(sentence[0], own[0]), sentence[1])
            later = [s for s, e in dates.spans(clause) if s >= timex.end and e <= clause[1]]
            own = coordinated_end(doc.text, clause, timex.end, later[0] if later else None)
            if own != clause:      # "In May the plan will be published and the hearings will open in July": not the hearings'
                clause, place_scope = own, (place_scope[0], min(place_scope[1], own[1]))
        if dated_item is None:     # "According to the circular, schools stay shut on Monday": not the circular's day
            clause = after_attribution(doc.text, clause, timex.start)
        if dated_item is None and likened:     # "As every year, four prayers will be held ... on 8 November"
            clause = past_likening(clause, likened_ends, timex.start)
        below = named_below(doc.text, timex) if dated_item is None else None
        if below is not None:     # "+/- 18.00" / "Press conference (live streaming)": the row below names it
            clause = (clause[0], max(clause[1], below))
        words = words_in(doc.text, *clause)    # "Final versions due:" / "October 14, 2031": the label's clause
        blocked = dates.spans(clause)
        if dated_item is None and (names_a_thing(words, timex) or times_another(words, timex) or price_rule_scope(words, timex)
                                   or priced_days(words, timex)
                                   or prefixed_day(doc.text, timex) or compared_day(doc.text, timex, sentence)):
            continue
        at_word = next((k for k, w in enumerate(words) if w.start >= timex.start), None)
        if (dated_item is None and at_word is not None and timex.type == "DATE"
                and conditioned_after(words, at_word, blocked)):
            continue         # "The council will launch the scheme in May 2027, unless funding is cut"
        if timex.span is not None and timex.span.granularity == "year" \
                and office_term([w for w in words if w.end <= timex.start]):
            continue         # "to be President 2018-19", "Treasurer (2017-18)": an office's term, no event
        if dated_item is None and age_cutoff(words, timex):
            continue         # "members who turn 21 on 1 March 2031": who qualifies, not when anything happens
        counted_day = dated_item is None and restated_count(words, timex)
        if dated_item is None and scope_window(words, timex, any(s >= timex.end for s, _ in dates.spans(sentence)),
                                               [(t.start, t.end) for t in dates.within(sentence) if t.type == "DURATION"]):
            continue         # "Applications for projects to be delivered between ... are open as of ...": which projects
        if dated_item is None and counted_from_condition(words, timex, [
                t for t in dates.within((clause[0], timex.start))
                if clause[0] <= t.start and t.end <= timex.start and t.type in ("DATE", "TIME")]):
            continue         # "If the deadline falls on a weekend, it moves to the next business day": a rule
        if any(f"{w.lower} {v.lower}" in word_list("embargo_marks") and v.end <= timex.start
               for w, v in zip(words, words[1:])):
            continue         # "embargoed until Monday, 9 December, 15:00 CET": when it may be quoted
        if dated_item is None and (reported_news(timex, doc.text) or speech_setting(doc.text, sentence, timex)):
            reported.add(id(timex))   # "Today the College of Commissioners met in Brussels": the news, done
            #                           ("Speaking at a press conference this morning, the mayor says ...": too)
        if dated_item is None and dates_a_document(words, timex):
            continue         # "the proxy supplement filed with the SEC on April 7": when a document went out
        if dated_item is None and in_claim(claim_in(sentence), timex):
            continue         # "disregard any message stating that the fair has moved to 9 May": a rumour's day
        if dated_item is None and counted_window(words, timex):
            continue         # "her second concert in the city in a month": the count's stretch, no day ahead
        if dated_item is None and learning_bound(words, timex):
            continue         # "hopes to hear by Thursday whether the gala can proceed": when the answer comes
        stopped = (stated_break(doc.text, sentence, timex)
                   if dated_item is None and timex.type == "DATE" and plain_day(timex, reference) else None)
        if stopped is not None:   # "There will be no scheduled sittings between 22 December and 6 January"
            breaks.append((timex, sentence, stopped))
            continue
        gone = no_occurrence(words, timex)
        if gone is not None:      # "No clinic on 14 October because of staff training."
            if timex.interval is not None:
                cancelled.append(_off_stretch(timex, gone))
                off_days.append(OffDay(timex.interval.start.date(), gone, gone.split()[-1]))
            continue
        phrases = noun_phrases(words, blocked, doc.text)
        phrase = joined_phrase(phrases, words, nearest_phrase(phrases, words, timex, blocked))
        phrase = apposed_name(words, phrase, timex, blocked) or phrase    # "the region's biggest fair, the 12th annual X Fest on ..."
        if phrase is not None and trailing_deadline_word(words, phrase, timex.start, timex.end):
            phrase = None          # "submit the paper by 31st May, 2013 deadline": the act is what is due
        signals = read_signals(words, (timex.start, timex.end), blocked, phrase.last if phrase else None)
        if dated_item is not None and _reported_label(doc.text, dated_item.line, signals.not_event):
            signals.not_event = None   # "15 June 2026" / "Results announced": the item's label, no report of the day
        if signals.deadline is not None and not signals.deadline.strong and postponed_to(words, timex):
            signals.deadline = None    # "adjourned the trial until Jan. 12": the trial's new day, no deadline
        if signals.deadline is not None and not signals.deadline.strong and forecast_before(words, timex):
            signals.deadline = None    # "The utility anticipates completion of the repairs by 5 p.m.": no one's deadline
        if (phrase is not None and phrase.first == phrase.head and words[phrase.head].lower in word_list("performed_nouns")
                and timex.tense == "past"):
            phrase = None          # "Sales of shows at Broadway theatres fell on Monday": news, no stage act
            signals = read_signals(words, (timex.start, timex.end), blocked, None)
        if phrase is not None and join_link(words, phrase):
            phrase = None          # "Time: Feb 21, 2020 16:00 CET Join Zoom Meeting https://...": the link's words
            signals = read_signals(words, (timex.start, timex.end), blocked, None)
        if phrase is not None and only_mentioned(words, blocked, phrase, signals):
            phrase = None          # "Documents for the meeting will be circulated by 10 May": no end of the meeting
            signals = read_signals(words, (timex.start, timex.end), blocked, None)
        if ((signals.not_event is not None and scheduled_act(words, _unnamed(doc.text, dates.within(clause)), timex.start, doc.text) is None
             and not (plain_day(timex, reference) and effective_change(doc.text, sentence, timex, dates.within(sentence)))
             and not milestone_phrase_before(words, timex.start))
                or absent(words, phrase)):   # "The report will be published on 3 May": an act ahead, not a dateline
            if absent(words, phrase) and timex.interval is not None:
                cancelled.append(_off_stretch(timex, None))
            continue         # "9 February: no seminar (reading week)"
        if phrase is not None and (fronted_clause(words, phrase, timex) or trailing_clause(words, phrase, timex)
                                   or later_clause(words, phrase, timex, clause_subject(words, blocked))):
            phrase = None          # "After the consultation closes, officers will report in May"
            signals = read_signals(words, (timex.start, timex.end), blocked, None)
        if (dated_item is None and phrase is not None and phrase.kind != "deadline" and ends_at(words, timex)
                and not is_window(words, phrase)):
            continue         # "Sunday, June 20: ...; festival ends at 10 p.m.": when the festival ends
        if dated_item is None and listed_events(words, phrase, timex):
            continue         # "a tentative list of United Nations meetings scheduled to be held in June"
        if dated_item is None and date_constraint(words, timex):
            continue         # "(the last day chosen must be before 30 June)": a bound on a chosen date
        if dated_item is None and phrase is not None and held_before_today(doc.text, sentences, sentence, words, phrase,
                                                                           timex, dates.within):
            continue         # "The opening parade has been staged ..." then "The opening parade today offers ...": over
        if dated_item is None and past_plan_day(words, timex, blocked):
            continue         # "candidates that were scheduled to sit the paper in May/June will ...": the old plan
        if dated_item is None and phrase is not None and (in_condition(words, phrase, timex)
                                                          or conditional_event(words, phrase, timex)
                                                          or inside_condition(words, phrase, timex)):
            continue         # "elections could follow in the spring if no deal is reached by 15 January"
        slot_clock = listed_slots.get(timex.start, timex)     # the clock list a programme line opens with, as one
        slot = slot_title(doc.text, slot_clock)
        if slot is not None and not (dated_item is not None and dated_item.cell) and dated_line(doc.text, timex, every_date):
            continue         # "8.50pm — Date of next meeting: Tuesday 9 February 2027": the day is the next meeting's
        if (phrase is not None and phrase.plural and date_not_written(timex) and slot is None
                and not _headed_row(doc.text, timex, day_lines.by_offset)):
            continue         # "Meetings start at 7pm" is a habit; "Confessions 2:00pm to 4:00pm" under a day heading is that day's
        owner = owner_before(sentence)
        described = antecedent(words, timex.start, phrase, doc.text)
        aside = aside_named_subject(words, timex.start, phrase, doc.text) if described is None else None
        described = described or aside      # "Grieg's Holberg Suite, which often closes the series, will be played on"
        announced = announced_act(words, blocked, signals, timex.start, doc.text) if described is None else None
        acted = (person_act(words, blocked, doc.text, (timex.start, timex.end))
                 if described is None and announced is None and signals.deadline is None else None)
        performed = False
        if (acted is None and described is None and announced is None and signals.deadline is None
                and not told_as_past(timex, reference.value)):
            acted = performed_act(words, blocked, doc.text, (timex.start, timex.end))
            performed = acted is not None     # "Brit Floyd will perform at the Tennessee Theatre on Nov. 21"
        freed = False
        if acted is None and described is None and announced is None and signals.deadline is None:
            acted = free_entry(words, blocked, doc.text, (timex.start, timex.end))
            freed = acted is not None         # "Admission to the galleries at ... will be free on July 4"
        if acted is not None and phrase is not None and acted.named_by(phrase):
            acted = None           # "Commissioner X will address the conference on ...": the conference
        heading_row = HEADING_DAY in timex.rule.split("+")    # "NOVEMBER" / "*11 Veterans' Day": its own line names it
        lined = None if heading_row else (window_line(doc.text, timex, dates.spans, doc.title)
                                          or (labelled_value(doc.text, timex.start, dates)
                                              if dated_item is None else None))   # a heading's item names it, no label above
        if lined is not None:        # "• Applications" / "Close Thursday 8 August 2024, 5PM AEST"
            frame = lined
        elif described is not None:    # "before the summer recess, which begins on 22 July"
            frame = Frame(described.title, "event", (clause[0], described.first),
                          [ASIDE_SUBJECT_NOTE if aside is not None
                           else "the date is in a relative clause about the noun before it"])
        elif announced is not None:  # "Decisions will be sent by February 10"
            frame = Frame(announced[0], "milestone", (clause[0], announced[1]),
                          ["what the organiser will have done by then: a milestone, not the reader's deadline"])
        elif acted is not None:      # "Tomorrow at 10:30 CET, Commissioner Avramopoulos will present ..."
            frame = Frame(acted.title, "event", (clause[0], acted.verb),
                          ["a stage act or rite announced for that day" if performed
                           else "a day a place lets people in for free" if freed
                           else "what a named official is announced to do that day"])
        else:
            referent = event_of_sentence_before(sentence) if phrase is None else None
            closed = window_pronoun(doc.text, sentences, sentence, words, timex.start) if phrase is None else None
            if closed is not None:    # "This consultation seeks views on ... It ends on 1 May."
                frame = Frame(closed, "deadline", (clause[0], 0), [WINDOW_PRONOUN_NOTE])
            else:
                frame = frame_clause(doc.text, words, blocked, phrase, signals, clause, known, owner,
                                     timex.approximate or coarser_than_day(timex), timex.start, referent,
                                     timex.type == "SET")
            ruled = (milestone_pronoun(doc.text, sentences, sentence, words, timex.start)
                     if frame is None and phrase is None else None)
            if ruled is not None:     # "... has passed a parking ban ... It is to take effect on 1 May": the ban's
                frame = Frame(ruled[0], ruled[1], (clause[0], 0), [MILESTONE_PRONOUN_NOTE])
            ordinal = bare_ordinal(words, blocked) if frame is not None and dated_item is None else None
            before = event_of_sentence_before(sentence) if ordinal is not None else None
            if before is not None and frame is not None:   # "The second is scheduled for ... with a presentation at 7pm"
                frame = replace(frame, title=borrowed_title(ordinal, before.title), kind=before.kind,
                                notes=frame.notes + [ORDINAL_NOTE])
            last_one = (last_conjunct_title(doc.text, frame.title, words[phrase.head].end, timex.start,
                                            words[phrase.head].lower)
                        if frame is not None and phrase is not None else None)
            if last_one is not None:   # "sessions on housing in Denver, ..., and health care in Atlanta on April 12"
                frame = replace(frame, title=last_one,
                                notes=frame.notes + ["the date ends a list of conjuncts: the last one's"])
        continued = (continued_clause(doc.text, sentence, clause, dates.spans(sentence))
                     if frame is None and phrase is None and dated_item is None and lined is None
                     and not date_not_written(timex) else None)
        if continued is not None:     # "... will be open Saturday (3) from 9 am; Monday (5) from 8 am": the same opening
            (joined, first), = [continued]
            joined_words, joined_blocked = words_in(doc.text, *joined), dates.spans(joined)
            first_end = next(e for s, e in joined_blocked if s == first)
            frame = frame_clause(doc.text, joined_words, joined_blocked, None,
                                 read_signals(joined_words, (first, first_end), joined_blocked, None),
                                 joined, known, owner, timex.approximate or coarser_than_day(timex), first,
                                 None, timex.type == "SET")
            if frame is not None:     # each listed day its own occasion, no rival telling of the first day
                frame = replace(frame, anchor=(timex.start, -1), notes=frame.notes + [SEMICOLON_DAYS_NOTE])
        aside = (aside_title(words, blocked, timex.start)
                 if phrase is None and dated_item is None and lined is None and not date_not_written(timex) else None)
        if aside is not None:     # "No ferries will sail on 1 May with full sailings from 2 May": the sailings'
            frame = Frame(aside[0], "event", (clause[0], aside[1]), [WITH_ASIDE_NOTE])
        stretch = (opened_stretch(words, blocked, timex, doc.text, clause[0], frame)
                   if phrase is None and dated_item is None else None)
        frame = stretch or frame      # "The first phase will be open from August 27th to October 15th"
        earliest = earliest_mark(words, timex) if dated_item is None else None
        if earliest is not None and frame is None and described is None and announced is None and acted is None:
            frame = frame_clause(doc.text, words, blocked, phrase, replace(signals, deadline=earliest_cue(earliest)), clause,
                                 known, owner, timex.approximate or coarser_than_day(timex), timex.start, None)
        if frame is not None and earliest is not None:
            frame = opening_of(frame, earliest)    # "no later than February 8, 2026, and no earlier than January 9, 2026"
        slotted = None
        if frame is not None and slot is not None:    # "13:15–14:45 Panel: Data ethics in practice"
            slotted = (slot_place(doc.text, slot_clock) if (date_not_written(timex) or slot_clock is not timex)
                       and under_day_heading(doc.text, timex, day_lines) else None)   # "11:00 Poetry dinner — Garden"
            frame = Frame(slotted[0] if slotted is not None else slot, frame.kind, frame.anchor,
                          frame.notes + ["a slot of the programme: the line is its name"])
        if dated_item is not None:    # "Friday August 16" / "Manchester United vs Fulham – Kick-off 8pm."
            frame = Frame(dated_item.title, dated_item.kind or ("deadline" if deadline_label(dated_item.title)   # "Last day to drop"
                                                                else frame.kind if frame is not None else kind_of(dated_item.title)),
                          (_item_anchor(dated_item, timex), -1),
                          (frame.notes if frame is not None else [])
                          + [(dated_item.note or "an item line under its date heading: the line names it")
                             + (f", \"{dated_item.clock.text}\" times it" if dated_item.clock else "")])
        cell_row = cell_row_spans.get(timex.start)      # "Friday, May 3: ... noon. Monday, May 6: closed." in one cell
        led = (date_led_line(doc.text, timex, timex.start in listed_rows, cell_row, lines)
               if under_heading(doc.text, timex, blocked_all) is None else None)
        if led is not None and dated_item is not None and only_dates(led.title):
            led = None       # "8th Jul29th July 11th Aug": the line's other cells, no name; its column names it
        if led is not None and timex.type == "TIME" and runs_colon_items(doc.text, timex, dates.within):
            led = None       # "10h: Lecture on river trade 16h: Final game": each clock's item is its own
        if led is not None and led.bracketed and not plain_day(timex, reference):
            led = None       # "- 10 February - Monday (won 3-1 at home);": a list of what has been, no entry
        if led is not None:
            line_end = doc.text.find("\n", timex.end) if cell_row is None else cell_row[1]
            line_end = len(doc.text) if line_end < 0 else line_end
            # "August 6 (Friday) at 19:00 - dance groups. At 21:00 ... will give a concert": the clock's own entry
            led_lines.add(timex.end, clock_opened_end(doc.text, (timex.end, line_end), sentences,
                                                      dates.within((timex.end, line_end))))
        if led is not None and not led.happens:
            gone = led_absence(words_in(doc.text, *led_lines.last))
            if gone is not None and timex.interval is not None:     # "July - there will be no craft morning in July"
                cancelled.append(_off_stretch(timex, gone))
            continue         # "Friday 12 February — The House will not be sitting."
        if led is not None:       # "Monday 8 February — Second reading of the Water Bill."
            rest = led_lines.last
            clock_in_line = next((t for t in dates.within(rest) if rest[0] <= t.start < rest[1]
                                  and clock_of(t) is not None and t.interval is not None), None)
            if clock_in_line is not None and timex.type == "DATE":     # "- Tue 10 Aug — v Garforth Town (A), 7.45pm"
                timex = with_clock(doc.text, timex, clock_in_line)
                led = replace(led, title=_without_link(led.title.split(clock_in_line.text)[0].rstrip(" ,;(–—-")))
            kind = ("deadline" if frame is not None and frame.kind == "deadline" and not led.opens
                    else led.kind)     # the row's own words
            frame = Frame(led.title, kind, (timex.start, -1),
                          (frame.notes if frame is not None else []) + [LED_LINE_NOTE])
        below_title = (None if led is not None or lined is not None or dated_item is not None
                       else day_row_title(doc.text, timex, dates.spans) if heading_row
                       else title_below(doc.text, timex, dates.spans, dates.timexes))
        if below_title is not None:   # "Wednesday 30th April 2025 - 7 p.m." / "Government support for ..."
            frame = Frame(below_title, kind_of(below_title), (timex.start, -1),
                          (frame.notes if frame is not None else []) + ["named by the line below its date line"])
        described = (_described(doc.text, timex, dates, described_at)
                     if led is None and lined is None and dated_item is None and below_title is None
                     and timex.type in ("DATE", "TIME") else None)
        if described is not None:  # "Wednesday 1st May , Laois Arthouse Stradbally 4pm Free" / "Launch of 'Fiesta' ..."
            if described.clock is not None and timex.interval is not None and timex.type == "DATE":
                timex = with_clock(doc.text, timex, described.clock)
            frame = Frame(described.title, kind_of(described.title), (timex.start, -1),
                          (frame.notes if frame is not None else []) + ["named by the description under its date line"])
        item_title = (colon_clock_title(doc.text, timex, sentence, dates.within)
                      if timex.type == "TIME" and dated_item is None and led is None else None)
        if item_title is not None:    # "... 10h: Lecture on river trade 16h: Final game ...": the item's own words,
            frame = Frame(item_title, kind_of(item_title), (timex.start, -1),     # not the sentence's or the page's name
                          (frame.notes if frame is not None else [])
                          + ["a programme item its clock and a colon open, in a paragraph of such items"])
        shown = venue_first_title(doc.text, timex, sentences.at) if timex.type == "TIME" and dated_item is None else None
        if shown is not None:     # "Tuesday, 7th May at 20h in the chapel of ..., Vallmora. (Free.) Spring Nights ...": the show
            frame = Frame(shown, kind_of(shown), (timex.start, -1), (frame.notes if frame is not None else [])
                          + ["a listing's line that gives its day, clock and venue, named by the show's name after them"])
        bound = bound_label(doc.text, timex, every_date) if timex.type == "DATE" and dated_item is None else None
        window = window_name(doc.text, timex, doc.title) if bound is not None else None
        if window is not None:    # "Start Date 22 August 2018 End Date 17 October 2018 Consultation"
            wording = title_words()
            frame = Frame(f"{window} {wording['closes' if bound else 'opens']}", "deadline" if bound else "event",
                          (timex.start, -1), ["a bound of the window its label names: "
                                              + ("it closes, the last day to answer" if bound else "it opens")])
        lead_in = deadline_lead_in(doc.text, timex, lines) if timex.type == "DATE" else None
        if lead_in is not None and frame is None and not lead_in.subject:
            # "The deadlines for 2027:" / "• Monday 3 May 2027": a bare day of a list of deadlines
            frame = Frame(lead_in.named or _page_deadline(doc.title), "deadline", (timex.start, -1),
                          ["a bare day of a list whose lead-in line names deadlines"])
        elif lead_in is not None:
            # "Bursary forms are due ... on these dates:" / "• May 9 – ..."
            frame = Frame(lead_in.subject or frame.title, "deadline", (timex.start, -1),
                          (frame.notes if frame is not None else [])
                          + ["an item of a list whose lead-in line says what is due on its days"])
        if counted_day:      # "delivered 29 days before the AGM (Thursday 21st September 2017)": the count's day
            frame = Frame(deadline_title(doc.text, clause, ordered), "deadline", (timex.start, -1),
                          (frame.notes if frame is not None else [])
                          + ["the day a span counted back from an event comes to, written in brackets: "
                             "the deadline's, not the event's"])
        row = (table_row(doc.text, timex, blocked_all, row_names, row_clock_spans, diary_rows, series_spans, lines)
               if dated_item is None else None)
        if row is not None and row.skip:
            if timex.interval is not None:
                usual_days.add(timex.interval.start.date())
            continue         # "| Monday 21 December | No change |": no entry of its own on that day
        if row is not None and row.closed and written.type == "DATE":
            timex = written     # "| Saturday 26 December | CLOSED | 10am-4pm |": shut all day; the open place's hours are no entry's
        if row is not None:       # "| 18–22 January 2027 | Executive Board, first regular session | New York |"
            # a title cell worded as a deadline ("Last day to W/D or S/U C session classes") says so
            # whatever event its words name
            sentence_kind = frame.kind if frame is not None and not deadline_label(row.title) else row.kind
            frame = Frame(row.title, row.column_kind or sentence_kind, (row.anchor, -1),
                          (frame.notes if frame is not None else []) + [ROW_NOTE])
        numbered = numbered_row_title(doc.text, timex, blocked_all) if timex.type == "DATE" else None
        if numbered is not None:    # "2025 State School term dates" / "1" / "| Tuesday 28 January – Friday 4 April" / "| 10 weeks"
            frame = Frame(numbered, "event", (timex.start, -1),
                          (frame.notes if frame is not None else []) + [NUMBERED_ROW_NOTE])
        quoted = quoted_title(doc.text, clause) if frame is None and timex.type == "DATE" else None
        if quoted is not None:    # "... will come alive with a projection titled, “Dancing with Light”"
            frame = Frame(quoted, "event", (clause[0], 0), [f"named by its quoted title \"{quoted}\""])
        invited = invited_to(doc.text, sentences, sentence, words) if frame is None else None
        if invited is not None:   # "The litter pick is back! Join us on Saturday 10 April"
            frame = Frame(invited, "event", (sentence[0], 0),
                          [f"an invitation to \"{invited}\", named the sentence before"])
        if frame is None and slot is not None and (date_not_written(timex) or slot_clock is not timex) and (
                under_day_heading(doc.text, timex, day_lines) or in_programme(doc.text, timex, day_lines.by_offset)):
            slotted = slot_place(doc.text, slot_clock)   # "## Sunday 6 June" / "- 11:00 Poetry brunch — Rothe House garden"
            # (or "Media Programme" / "Part Two: ..." / "10h30 – 11h30 Photo opportunity", its day told above)
            frame = Frame(slotted[0], kind_of(slotted[0]), (timex.start, -1),
                          ["a slot of the programme: the line is its name"])
        headed = (under_heading(doc.text, timex, blocked_all) if frame is None
                  else titled_date_line(doc.text, timex, blocked_all) if row is not None and row.place is None
                  else None)      # "Harbour Night Race" / "Sat 3 Feb | Marina Steps": a lone row's cell is the venue
        if headed is not None:    # "## Jazz at Teatime" / "**Sunday 24 October, 4pm** — Studio"
            frame = Frame(headed[0], kind_of(headed[0]), (timex.start, -1),
                          ["named by the heading above its date line"])
        if run_item is not None and row is None:    # "for 2027 they are: Autumn, 6 Sep to 17 Dec, Spring: 10 Jan to ..."
            frame = Frame(run_item.title, label_kind(run_item.title), (timex.start, -1), [RUN_NOTE])
        glued = glued_label(doc.text, timex) if frame is None else None
        if glued is not None:     # "... TWOYEARSCLOSING DATE AND TIME: 17th FEBRUARY, 2020 AT 2.00PM": a lost line break
            frame = Frame(glued, "deadline", (timex.start, -1), ["a capital deadline label glued to the line before it"])
        named = (line_label(doc.text, timex, clause[0], label_dated, listed_lines, line_games)
                 if frame is None or glued_day(doc.text, timex) else None)   # "Public Forum20 May": the label cell names it
        if named is None and frame is None:     # "... Entry to the arena: 21:00 hours (9pm) Friday 14th August. ..."
            named = sentence_label(doc.text, sentence[0], timex)
        if named is None and frame is None:     # "... Kite Contest" / "North Beach, 8:00 AM" / "Sandcastle Contest – North Beach, 1:00 PM"
            named = place_lines.row_name(timex)
        if named is not None:     # "New Year's Day: Friday, 1 January"
            frame = Frame(named, label_kind(named), (timex.start, -1),
                          ["named by its line's label"])      # each date of the line is its own occasion
            thing = heading_named(doc.text, doc.text.rfind("\n", 0, timex.start) + 1, named)
            if thing is not None:   # "2026 Pupil Free Days" / "Term 1: Tue 27 Jan": the heading says what
                frame = Frame(thing, label_kind(thing), (timex.start, -1),
                              ["named by the list's heading, its line's label saying which part of the year"])
            if frame.kind != "deadline" and noted_deadline_row(doc.text, timex.start):
                # "Deadline times are 12:00 noon, CET." / "BandClosing" / "Early birdJanuary 31"
                frame = replace(frame, kind="deadline", notes=frame.notes + [NOTED_ROW_NOTE])
        diary = (diary_label(doc.text, timex, label_dated, frame.title)
                 if frame is not None and named is None and row is None and led is None and dated_item is None
                 and timex.type in ("DATE", "TIME") else None)
        if diary is not None:     # "Last day to trade to be able to vote at the annual general meeting Friday, 16 July"
            frame = Frame(diary, frame.kind if frame.kind == "deadline" else label_kind(diary), (timex.start, -1),
                          frame.notes + ["named by its diary row's whole label"])
        taken_in = accepted_label(named) if named is not None and timex.end_interval is not None else None
        if taken_in is not None:  # "LOIs accepted: 11 February to 10 March 2025": a window that opens and closes
            frame = Frame(taken_in, "event", (timex.start, -1), ["named by its line's label: a window it is taken in"])
        block = None
        if frame is None and (labelled(words, timex, reference) or listed_after_label(doc.text, timex, dates.spans)):
            block = label_block(doc.text, timex.start)   # "What: Launch of the report" / "When: ..." / "Where: ..."
            if block.heads is not None and timex.type == "DATE" and any(
                    date_not_written(t) for t in dates.within((timex.end, block.heads))):
                continue         # "Date: Tuesday 10 March" / "Activity: Field visits" / "Time: 9:00am": its items' day
            if block.what is not None:
                frame = Frame(block.what, kind_of(block.what), (clause[0], 0), ["named by the notice's \"What:\" line"])
            elif block.named is not None:    # "Harbour Lights" / "A night of sea shanties." / "When: ..."
                frame = Frame(block.named, kind_of(block.named), (clause[0], 0),
                              ["named by the name line over its listing item's fields"])
            elif (item_head := _item_heading(doc.text, timex, dates)) is not None:
                frame = Frame(item_head, kind_of(item_head), (clause[0], 0),    # "2. Harbour Kite Day" / blurb / "Date: ..."
                              ["named by the heading of the list item its fields are in"])
        if frame is None and block is None and label_before(words, timex) in word_list("event_date_labels"):
            block = label_block(doc.text, timex.start)   # "Event 2: Monthly Media Briefing" / "Time: 11h30 – 13h30"
            if block.what is not None:
                frame = Frame(block.what, kind_of(block.what), (clause[0], 0), ["named by the notice's \"What:\" line"])
            else:
                block = None
        before = (event_in_lines_before(sentence)
                  if frame is None and (label_before(words, timex) in word_list("event_date_labels")
                                        or bare_date_sentence(doc.text, sentence, timex.start, timex.end,
                                                              dates.spans(sentence))) else None)
        if before is not None:     # "You are invited to attend a WHO press briefing. Time: Feb 21, 2020 16:00 CET"
            frame = Frame(before.title, before.kind, (clause[0], 0),
                          [f"a date label under the sentence naming \"{before.title}\""])
        if frame is None and days_on_page is None:
            days_on_page = page_days(dates.timexes)      # read once a document, when first needed
        if frame is None and (block is not None or heading_dates(doc.text, timex, reference)
                              or days_on_page == [timex] and heading_dates(doc.text, timex, reference, lone=True)):
            if not doc_named:         # once a document: every heading date of a long opening line asks
                named_doc = document_name(doc, sentences)
                if named_doc and any(t.text == named_doc[0] and t.type == "DATE" for t in dates.timexes):
                    named_doc = None      # "Sunday 4 July" over a timetable's rows: a day, no name
                doc_named.append(named_doc)
            named_doc = doc_named[0]
            if named_doc:
                frame = Frame(named_doc[0], named_doc[1], (clause[0], 0),
                              [f"the document's event: \"{named_doc[0]}\""])
        clocked = (clock_led_item(doc.text, timex, lambda: dates.within((timex.start, _next_line_end(doc.text, timex.end))))
                   if frame is None and timex.type == "DATE" and timex.end_interval is None else None)
        if clocked is not None:   # "Performance Dates" / "• Thursday 2 December – 7 pm"
            timex = with_clock(doc.text, timex, clocked.clock)
            led_lines.add(timex.end, clocked.end)
            frame = Frame(clocked.title, kind_of(clocked.title), (timex.start, -1),
                          ["a dated line of a list that gives only its clock, named by "
                           + ("the list's heading" if clocked.headed else "the words after the clock")])
        item = programme_item(doc.text, timex) if frame is None else None
        if item is not None and item.where is not None:   # "hui and online webinars:" / "- Hamilton – Tuesday 23 February"
            frame = Frame(item.text, item.kind, (timex.start, -1), ["a dated item of a list its label names, in its town"])
        elif item is not None and item.place is not None:   # "two drop-in sessions:" / "- Saturday 20 February, ..., Westbury Library"
            frame = Frame(item.text, item.kind, (timex.start, -1), ["a dated item of a list its label names"])
        elif item is not None and item.headed:      # "Lantern Display – Old Rope Works" / ... / "• 13-16 March – 17:00-20:30"
            frame = Frame(item.text, item.kind, (timex.start, -1), ["a dated line of a list that gives only its clocks, "
                                                                     "named by its block's heading"])
        elif item is not None and item.labelled:      # "Upcoming talks:" / "- 12 January 2027: Anna Novak, ..."
            if about is None:
                about = document_event(doc, sentences) or ()
            frame = Frame(f"{about[0]}: {item.text}" if about else item.text, about[1] if about else item.kind,
                          (timex.start, -1), ["a dated item of the document's programme"])
        elif item is not None:                      # "- Mid-2028: evaluation report published"
            frame = Frame(item.text, item.kind, (timex.start, -1), ["a dated item of a list: a milestone of the plan"])
        slot_name = weekly_names.get(timex.start)
        slot_title_ = slot_name.title if slot_name is not None else None
        if slot_name is not None and slot_title_ is None and slot_name.label is not None:
            slot_title_ = doc.text[slot_name.label[0]:slot_name.label[1]]
        if slot_title_:           # "Rhyme Time ..." / "This program is run weekly" / "• ... - Monday 10:30am"
            frame = Frame(slot_title_, kind_of(slot_title_), (timex.start, -1),
                          ["a slot the document says runs weekly, named by "
                           + ("its programme's title line" if slot_name.title else "its row")])
        subject = series_subject(doc.text, sentence, timex, ordered) if frame is None and timex.type == "SET" else None
        if subject is not None:   # "On the first Tuesday of each month, the museum opens late (6-9pm)"
            frame = Frame(subject.title, kind_of(subject.title), (timex.start, -1),
                          ["what the sentence says recurs on the series' days"])
            if subject.clock is not None and id(timex) not in anchors["clock"]:
                anchors["clock"][id(timex)] = subject.clock
                anchors["consumed"].add(id(subject.clock))
        own = first_person_series(doc.text, sentence, timex) if frame is None and timex.type == "SET" else None
        if own is not None:       # "We meet on the 1st and 3rd Saturdays, 10am to 9pm."
            club = club_name(doc.title, doc.text[slice(*sentences.bounds[0])].split("\n", 1)[0])
            frame = Frame(f"{club} {own[0]}" if club else own[0].capitalize(), own[1], (timex.start, -1),
                          ["a group writes of its own series" + (f": \"{club}\"" if club else "")])
        fronted = (fronted_frame(doc.text, words, blocked, timex, clause, known, owner)
                   if frame is None and timex.type == "SET" and dated_item is None else None)
        if fronted is not None:   # "Every Monday, the club meets at 7pm", "Each Tuesday there is a yoga class"
            frame = fronted
        if frame is None and timex.type == "SET" and (subjectless_series(doc.text, sentence, timex)
                                                      or hosted_pronoun_series(doc.text, sentence, timex)):
            if about is None:
                about = document_event(doc, sentences) or ()
            if about:             # "Webinars" / "Usually on First and Fourth Sundays at 7 PM Central Time"
                frame = Frame(about[0], about[1], (timex.start, -1),
                              [f"a line that is only its series, under the document's event \"{about[0]}\""])
        named_above = series_line_name(doc.text, timex, dates) if frame is None and timex.type == "SET" else None
        if named_above is not None:     # "Storytime" / "Dec 1 all-day" / "Every Wednesday on YouTube"
            frame = Frame(named_above, kind_of(named_above), (timex.start, -1),
                          ["a series' own short line, named by the name line above it"])
        scheduled = (scheduled_act(words, _unnamed(doc.text, dates.within(clause)), timex.start, doc.text,
                                   hours=timex.type == "TIME" and timex.end_interval is not None,
                                   clock=timex.type == "TIME" and date_not_written(timex))
                     if frame is None and timex.type != "SET" and not _year_wide(timex) else None)
        if scheduled is not None and last_round_handed_in(words, *scheduled):    # "Final entries will be
            frame = Frame(scheduled[0], "deadline", (clause[0], scheduled[1]),     # accepted on 14 June"
                          ["the last round of what is handed in, accepted then: a deadline"])
        elif scheduled is not None:   # "The new strategy will be published in Q2 2027"
            frame = Frame(scheduled[0], "milestone", (clause[0], scheduled[1]),
                          ["what will be done to the sentence's subject then: a milestone"])
        fronted = (fronted_run_name(doc.text, timex, sentence)     # its own verb tells the tense, read there
                   if frame is None and dated_item is None and row is None
                   and plain_day(replace(timex, tense=None), reference) else None)
        if fronted is not None:    # "From March 3 to 9, Harbour Jazz Nights brings live bands ...": the name's run
            frame = Frame(fronted, "event", (timex.start, -1), [FRONTED_NOTE])
        change = (effective_change(doc.text, sentence, timex, dates.within(sentence)) or headline_change(doc.text, timex)
                  if frame is None and dated_item is None and row is None and plain_day(timex, reference) else None)
        if (change is None and frame is None and dated_item is None and row is None
                and plain_day(replace(timex, tense=None), reference)):
            change = fronted_noun_change(doc.text, sentence, timex)    # its own verb tells the tense, read there
        if change is not None:     # "As of 1 April, fees rise to 40 euros", "New opening hours from 1 June": it holds from then
            frame = Frame(change, "milestone", (timex.start, -1), [EFFECTIVE_NOTE])
        glossed = glossed_period(doc.text, timex) if frame is None and dated_item is None and row is None else None
        if glossed is not None:   # "The nominated exhibition period of six weeks (30 September – 15 November)"
            frame = Frame(glossed, label_kind(glossed), (timex.start, -1), [GLOSS_NOTE])
        bracketed = bracketed_item(doc.text, timex, blocked_all) if frame is None else None
        if bracketed is not None:   # "a new Public Procurement Act (Q2 2026) will be proposed"
            frame = Frame(bracketed[0], "milestone", (bracketed[1], -1),
                          ["an item of a work programme, its quarter in brackets: a milestone of the item"])
        rule_start = listed_series.rule_of.get(timex.start)
        if rule_start is not None and rule_start in series_frames:   # a day listed under its series' rule
            frame = listed_day_frame(doc.text, timex, frame, series_frames[rule_start])
        cued = (frame is not None and phrase is None and frame.kind == "deadline"
                and frame.title.startswith(title_words()["deadline_for"]))    # "Deadline for second term"
        open_day = ((frame is None or cued) and dated_item is None and row is None
                    and timex.type in ("DATE", "TIME")
                    and (plain_day(timex, reference)   # a day no layout holds
                         or (day_told_before(doc.text, timex, sentences, dates, reference)   # "... on 3 April. At 3pm the sale will resume"
                             and not left_to_the_entry_before(timex, sentences, dates, candidates))))
        open_period = (frame is None and dated_item is None and row is None and not open_day
                       and plain_period(timex, reference)      # "in summer 2027", "in the second half of 2027"
                       and not any(q in doc.text[sentence[0]:sentence[1]] for q in QUOTE_MARKS))
        # (a quoted speaker's "... is going to start getting beat up in the spring" is a forecast)
        stated = (stated_schedule(doc.text, sentence, timex, dates.within(sentence),
                                  named_before(doc.text, sentences, sentence))
                  if open_day or open_period else None)
        if stated is not None and frame is not None and not stated.stretch:
            stated = None         # only a stretch's end ("will run until 4 April") is no deadline
        if stated is not None and open_period and (stated.stretch or len(stated.title.split()) > PERIOD_TITLE_WORDS
                                                   or any(w.endswith(("'s", "’s")) for w in stated.title.split())):
            stated = None         # "runs until the summer": no day to end on; "Only McCaw's proposal requires
            # the company to begin an auction process in June 1994": a clause, not a named thing, starts;
            # "South Africa's plans to begin vaccinations next month": a possessive's noun was lost
        if stated is not None:    # "Sittings will resume on 10 March": the subject and its verb name it
            frame = Frame(stated.title, "milestone" if open_period else stated.kind, (timex.start, -1),
                          [STATED_NOTE] + ([HEDGED_NOTE] if stated.hedged else [])
                          + ([PERIOD_NOTE] if open_period else []) + ([MOVED_NOTE] if stated.moved else []))
        run_day = (dated_item is None and row is None and timex.type in ("DATE", "TIME") and plain_day(timex, reference)
                   and (frame is None or (phrase is not None and frame.kind != "deadline" and stated is None)))
        if run_day and sentence not in item_runs:
            item_runs[sentence] = item_run(doc.text, sentence, dates.within(sentence))
        listed = item_runs[sentence].item_of(timex) if run_day else None
        if listed is not None and frame is not None and item_runs[sentence].gives_way:
            listed = None         # "workshops in Leeds (3 February), Bristol (10 February)": the workshops, placed
        # "Major exams include Physics on 21 February, Business Studies on 22 February": each item its
        # own entry, even where the run's lead names an event noun ("exams") for every day
        if listed is not None:    # "The timetable includes the Physics paper on 21 May, Geography on 24 May"
            frame = Frame(listed, kind_of(listed), (timex.start, -1), [ITEM_NOTE])
        if (frame is not None and dated_item is None and row is None and lined is None and led is None
                and phrase is not None and words[phrase.last].end <= timex.start):
            day_off = day_off_predicate(doc.text, clause, timex, reference, blocked, sentence[1])
            if day_off is not None:   # "Owing to the regatta on Saturday 2 May, the 4th of May, a Monday, is a
                #                       day off": the day's own predicate names it, not the fronted clause's noun
                frame = Frame(day_off, "event", (timex.start, -1), [DAY_OFF_NOTE])
        if frame is None and dated_item is None and row is None and timex.type in ("DATE", "TIME"):
            index = sentences.index_at(sentence[0])    # "On Thursday 9th May at 4.15pm ... a puppet workshop"
            frame = plain_frame(doc.text, timex, sentence, reference, dates.spans,
                                sentences.bounds[index - 1] if index > 0 else None, dates.within)
            if frame is None and plain_day(timex, reference) and "\n" not in doc.text[clause[0]:timex.start]:
                frame = present_act(doc.text, clause, timex, blocked)   # "The Ministry takes its turn ... on 24 July"
            if frame is None:
                day_off = (day_off_predicate(doc.text, clause, timex, reference, blocked, sentence[1])
                           or day_off_stretch(doc.text, clause, timex, reference)   # "It is the long holiday from"
                           or declared_day_off(doc.text, clause, timex, reference, blocked))   # "declared Friday as a holiday"
                if day_off is not None:     # "next Friday is to be a holiday": the day is a day off
                    frame = Frame(day_off, "event", (timex.start, -1), [DAY_OFF_NOTE])
            if frame is None:
                rest_days = rest_day_item(doc.text, timex)
                if rest_days is not None:     # "• Days-off from 9 June, 2031 to 12 June, 2031 and transfer ..."
                    frame = Frame(rest_days, "event", (timex.start, -1), [REST_DAY_ITEM_NOTE])
            plain_at = frame is not None
        else:
            plain_at = False
        if frame is None and dated_item is None and row is None:   # "will meet on 3 May, and 10 May": the first's
            earlier = dates.before(timex)
            frame = conjunct_frame(doc.text, timex, earlier, framed_at, sentence)
            plain_at = frame is not None and any(id(c) in plain_days and c.timex.end == earlier.end for c in candidates)
        opening = (accepted_from(doc.text, words, blocked, timex)
                   if (frame is None or frame.kind == "deadline") and timex.type in ("DATE", "TIME") else None)
        if opening is not None:     # "Applications accepted from: 1 March": the window opens, no deadline
            frame = Frame(opening, "milestone", (timex.start, -1), (frame.notes if frame else []) + [ACCEPTED_FROM_NOTE])
        run_title = (open_run_title(doc.text, words, timex, signals.deadline, phrase, blocked,
                                    _item_heading(doc.text, timex, dates))
                     if (frame is None or frame.kind == "deadline") and timex.type == "DATE" else None)
        if run_title is not None and vague_end_ahead(timex):    # "The spring term will run until late April"
            unresolved.append(_unresolved(doc, timex, sentence, f"\"{run_title}\" "
                                          + VAGUE_END_WHY.format(end=" ".join(timex.text.split()))))
            continue
        if run_title is not None:      # "Date: Till Dec 2", "returns from now till Nov 20": on until that day
            frame = Frame(run_title, "event", frame.anchor if frame is not None else (timex.start, -1),
                          [n for n in (frame.notes if frame else []) if not n.startswith("deadline:")] + [OPEN_RUN_NOTE])
            signals.deadline = None
        granted = (granted_act(doc.text, clause, timex)
                   if dated_item is None and row is None and (frame is None or frame.kind == "deadline") else None)
        if granted is not None:     # "the tribunal gave the tenants up to 31 March, to move out": their last day to
            frame = Frame(granted, "deadline", (timex.start, -1), [GRANTED_NOTE])
        step = case_step(doc.text, clause, timex) if frame is None and dated_item is None and row is None else None
        if step is not None:        # "told both sides to come back to court for highlighting on 4 March"
            frame = Frame(step, "event", (timex.start, -1), [CASE_STEP_NOTE])
        permitted = (permitted_window(doc.text, clause, timex, dates.within(clause))
                     if frame is None and dated_item is None and row is None
                     and plain_day(replace(timex, tense=None), reference) else None)   # "may", "can": no past
        if permitted is not None:   # "Lanterns can be lit between 9 pm and 11 pm on 14 August": the window of leave
            frame = Frame(permitted, "event", (timex.start, -1), [PERMITTED_NOTE])
        obliged = (obliged_window(doc.text, clause, timex, dates.within(clause))
                   if frame is None and dated_item is None and row is None
                   and plain_day(replace(timex, tense=None), reference) else None)
        if obliged is not None:     # "Fees must be settled between 2 p.m. on June 4 and 11 a.m. on June 7": due by 11 a.m.
            frame = Frame(obliged, "deadline", (timex.start, -1), [OBLIGED_NOTE])
            timex = window_end(timex)
        kept_on = (observed_holiday(doc.text, timex, dates.within(clause))
                   if (frame is None or frame.kind != "deadline") and dated_item is None and row is None
                   and plain_day(timex, reference) else None)
        if kept_on is not None:     # "Labour Day will be observed on Monday, 5 May": the holiday, that day
            frame = Frame(kept_on, "event", (timex.start, -1), [OBSERVED_NOTE])
        elif timex.type == "DATE" and dated_item is None and kept_on_a_written_day(doc.text, timex, dates.within(clause)):
            continue         # "Eid al-Adha will be celebrated on Monday, June 16": not on its reckoned day
        flat_row = flat_rows.get(timex.start) if frame is None and dated_item is None and row is None else None
        if flat_row is not None:     # "... 2 Pelling Road Health Centre Tuesday, 13 May 2031 3 ...": the row's name
            frame = Frame(flat_row, "event", (timex.start, -1), [RUN_ON_ROW_NOTE])
        met = (met_sides(doc.text, words, timex, blocked)
               if frame is None and dated_item is None and row is None and day_ahead(timex, reference) else None)
        if met is not None:     # "Rovers will then take on Athletic on Sunday in the group's second game"
            frame = Frame(met, "event", (timex.start, -1), [MET_SIDES_NOTE])
        named_line = (named_day_line(doc.text, timex, lines, reference)
                      if frame is None and dated_item is None and row is None and led is None else None)
        if named_line is not None:   # "Quayside Serenade on August 14 at 7 p.m." over the block that describes it
            frame = Frame(named_line.title, kind_of(named_line.title), (timex.start, -1), [NAMED_DAY_NOTE])
        thing = (started_thing(doc.text, clause, timex, blocked)
                 if frame is None and dated_item is None and row is None
                 and plain_day(replace(timex, tense=None), reference) else None)   # "..., the mayor announced"
        if thing is not None:        # "will get free ferry rides starting Jan. 1": the rides start that day
            frame = Frame(thing, "event", (timex.start, -1), [STARTED_THING_NOTE])
        if frame is None:
            unframed.append(Unframed(timex, sentence))
            continue
        off = called_off(words, timex, dates.within(clause), frame.kind, frame.title) if (timex.start, timex.end) not in replacing else None
        if off is None and clause != sentence and (timex.start, timex.end) not in replacing:
            if sentence not in sentence_words:
                sentence_words[sentence] = words_in(doc.text, *sentence)
            off = object_called_off(sentence_words[sentence], timex)   # "postponed March events, including ..., and ... March 29"
        if off is None and row is not None:
            off = row.off        # "| 1 March | NPWG meeting | Review policies – meeting cancelled due to snow |"
        if off is None and row is None and dated_item is None and frame.kind != "deadline":
            off = cancelled_after(doc.text, sentences, sentence, words, timex,
                                  _next_sentence_dated(sentences, sentence, dates))   # "was due to take place on 14 August. ... to call it off."
        if off is None and dated_item is not None:
            # "3 March" / "Talk cancelled", "Saturday 12 June" / "Swimming gala cancelled": any date
            # heading's item line, not only a talk row's, is read like a row's cell (noted_off is strict:
            # "Catch-up day for cancelled fixtures" is a name, no note)
            off = noted_off(doc.text, (dated_item.line, *dated_item.remarks), blocked_all)
        if off is not None:      # "Schmitt is unable to present his lecture on Wednesday, November 10"
            if timex.interval is not None:
                cancelled.append(_off_stretch(timex, words[phrase.head].lower if phrase else None))
                off_days.append(OffDay(timex.interval.start.date(), frame.title, words[phrase.head].lower if phrase else None))
            unresolved.append(_unresolved(doc, timex, sentence, f"\"{frame.title}\" is cancelled or no longer "
                                          f"held (\"{off}\"): no calendar entry"))
            continue
        if dated_item is None and (hedged_window(words, timex) or hypothetical_year(words, timex)):
            continue         # "The AGM is usually held in March": a habit, not an occasion ("would only ... in 2029": neither)
        if dated_item is None and phrase is not None and phrase.kind != "deadline" and ruled_window(words, timex):
            continue         # "must take place between 1 March and 1 June": the law's window, not a day
        # a timeline's "YEAR 1 (2024)" / "Fall 2024" over "• Plan shared publicly" is no history when
        # the page's date is only a guess (from its last year, or from such a headline participle)
        timeline = dated_item is not None and dated_item.note in TIMELINE_NOTES
        guessed_timeline = timeline and guessed_page_date(reference)
        if timeline and not guessed_timeline and over_by(timex, reference):
            continue         # "Spring 2027" / "• Survey the route" on a page of June 2027: its record, done
        if past_window(timex, reference) and not guessed_timeline:
            continue         # "our concert last February", "a virtual festival in 2020 and 2021": history
        if past_year(timex, reference) and not guessed_timeline:
            continue         # "at the 2015 Festival" in a 2016 newsletter: a year already over
        if dated_item is None and (target_year(doc.text, timex) or year_deadline(frame.kind, timex)):
            continue         # "to reach 45 percent by 2020", "with the elections due next year": a horizon
        if dated_item is None and reported_period(doc.text, timex):
            continue         # "press conferences on the results of their work for the first half of 2022"
        if (dated_item is None and id(timex) in restated
                and not own_occasion(doc.text, sentence, frame.title, timex, dates.within(sentence), reference.value)):
            continue         # "I hope more people come along this year" beside "on Sunday, August 20"
        if dated_item is None and unanchored_week_part(timex, dates.within(clause)):
            continue         # "At 2022's festival ... over the course of the weekend": that festival's
        item_head = _item_heading(doc.text, timex, dates) if bare_generic(frame.title) else None
        if item_head is not None:      # "- Harbour Kite Day" / "The event runs from 4 to 5 October"
            frame = replace(frame, title=item_head, notes=frame.notes + [f"\"{frame.title}\" is the list item "
                                                                         f"\"{item_head}\" it stands under"])
        elif bare_generic(frame.title):
            if about is None:
                about = document_event(doc, sentences) or ()
            near = (event_told_before(doc.text, sentences, sentence, dates, paragraphs=0)
                    if dated_item is None and about and not bare_generic(about[0]) else None)
            if near is not None and not bare_generic(near.title) \
                    and normalise_title(near.title) != normalise_title(about[0]):   # "... Festival organisers said ..."
                frame = replace(frame, title=near.title, kind=near.kind if frame.kind == "event" else frame.kind,
                                notes=frame.notes + [f"\"{frame.title}\" stands for \"{near.title}\", "
                                                     "the event its paragraph has just named"])
            elif about and not bare_generic(about[0]):   # "The 2022 event, at Williamson Park, is to be held ..."
                frame = replace(frame, title=about[0], kind=about[1] if frame.kind == "event" else frame.kind,
                                notes=frame.notes + [f"\"{frame.title}\" stands for \"{about[0]}\", "
                                                     "the event the document is about"])
            elif dated_item is None:
                told = event_told_before(doc.text, sentences, sentence, dates)
                if told is not None and not bare_generic(told.title):   # "... Lantern Fair opens ... / With the main event set for"
                    frame = replace(frame, title=told.title, kind=told.kind if frame.kind == "event" else frame.kind,
                                    notes=frame.notes + [f"\"{frame.title}\" stands for \"{told.title}\", "
                                                         "the event told just before"])
        if sharing is not None:
            frame.notes.append(f"time of \"{sharing.text}\", the date it is joined to")
        if (timex.start, timex.end) in replacing:
            frame.notes.append(f"replaces \"{replacing[(timex.start, timex.end)]}\", a date the document supersedes")
        if (frame.kind == "deadline" and not any(n.startswith("deadline:") for n in frame.notes)
                and (_is_slot(timex) or slot is not None)):
            frame.kind = "event"   # "09:00 - 09:30  Registration and coffee": an agenda slot
        if (frame.kind == "deadline" and timex.type == "TIME" and timex.interval is not None
                and timex.interval.start.time() == time(0)
                and (said := _end_of_day_words(timex, dated_item)) is not None):
            timex = _at_end_of_day(timex)
            frame.notes.append(f"\"{said.rstrip(')')}\" on a deadline: the end of that day")
        if (_is_heading(doc.text, sentence) and (timex.approximate or coarser_than_day(timex))
                and not {TASK_BELOW_NOTE, LABEL_BELOW_NOTE} & set(frame.notes)):
            continue         # "Spring 2027" over a page; not "March 2022" / "Business case announced": a timeline's first row
        if background_year(timex, reference):
            continue         # "started under John Key in 2011" in a 2023 page: history, not a calendar entry
        led_why = _led_off(doc.text, timex, reference.value) if dated_item is None else None
        if led_why is not None:      # an ended call, the rest of a period, a rule's effect: no entry of its own
            unresolved.append(_unresolved(doc, timex, sentence, f"\"{frame.title}\" " + led_why))
            continue
        guess = unanchored.guess(sentence, timex, not date_not_written(timex))
        if guess is not None:
            why = f"\"{frame.title}\" is on \"{guess}\", a day counted from something the document does not date"
            unresolved.append(_unresolved(doc, timex, sentence, why))
            continue
        if frame.kind != "deadline" and following_day_end(doc.text, timex):
            unresolved.append(_unresolved(doc, timex, sentence, f"\"{frame.title}\" {NEXT_DAY_END_WHY}"))
            continue         # "held through 05:00 the following day": the end of the night told before
        habit = habitual_clock(doc.text, timex, sentence, dates.within(sentence), reference.value, schedule_undated)
        if habit == STANDING_SCHEDULE and clock_of_told_event(doc.text, sentences, timex, dates):
            habit = None           # "... will on Tuesday inaugurate the conference ... The event is scheduled to commence at 10 am"
        if habit is not None:      # "Our monthly meeting starts at 7.30pm": every meeting's clock, no day told
            why = (f"\"{frame.title}\" is at a time of day of {habit}, but no day is written: no calendar entry"
                   if habit == STANDING_SCHEDULE else
                   f"\"{frame.title}\" recurs (\"{habit}\") at a time of day, but no day is written: "
                   "no calendar entry")
            unresolved.append(_unresolved(doc, timex, sentence, why))
            continue
        if timex.type == "SET" and id(timex) in anchors["yearly"]:
            timing = yearly_timing(anchors["yearly"][id(timex)], reference.value)
        elif timex.type == "SET":
            closing = anchors["closing"].get(id(timex))
            timing = series_timing(timex, anchors["start"].get(id(timex)), anchors["until"].get(id(timex)),
                                   anchors["clock"].get(id(timex)), reference.value,
                                   closing.interval.start.time() if closing is not None and closing.interval else None,
                                   written_day=_written_day(reference))
        elif (timex.start, timex.end) in row_series:     # "Early session 6-7pm" under "... Wednesday evenings ...:"
            timing = series_timing(row_series[(timex.start, timex.end)], None, None, timex, reference.value)
        else:
            timing = month_end_bound(doc.text, timex) or timing_of(timex, reference, signals.forward is not None)
            spanned = part_span(timing, frame.title, timex.text) if timing is not None else None
            if spanned is not None:    # "Phase 1: Mar. 3 - 7, 2029 9:00AM - 06:00PM": the phase, open those hours
                timing = spanned
            daily = (daily_hours(timex, timing) if timing is not None and frame.kind not in PLACELESS_KINDS
                     else None)
            run = (run_of_clocks(timex, dates.within(sentence))
                   if daily is None and timing is not None and frame.kind != "deadline"
                   and isinstance(timing.start, datetime) and isinstance(timing.end, datetime) and not timing.rrule
                   else None)
            if run is not None:        # "On 13-14 October the fair will run from 9 am to 6 pm"
                daily = each_day(timing, run.end_interval.start.date(), f"{run.text} ... {timex.text}")
            season = (run_after_clocks(doc.text, timex, dates.within(sentence))
                      if daily is None and timing is not None and frame.kind != "deadline"
                      and isinstance(timing.start, datetime) and isinstance(timing.end, datetime) and not timing.rrule
                      else None)
            if season is not None:     # "banned from noon to 4 pm between 1 July and 31 August": each day's hours
                first = season.interval.start.date()
                daily = each_day(replace(timing, start=datetime.combine(first, timing.start.time()),
                                         end=datetime.combine(first, timing.end.time())),
                                 season.end_interval.start.date(), f"{timex.text} ... {season.text}")
            if (daily is None and timing is not None and frame.kind != "deadline"
                    and isinstance(timing.start, datetime) and isinstance(timing.end, datetime) and not timing.rrule):
                daily = _onward_or_kept(doc.text, sentences, sentence, timex, timing, dates, anchors["consumed"])
            if daily is not None:      # "3-5 May from 10am to 4pm": those hours each day
                timing = daily
                daily_ends.add(timex.end)
            now = from_now(doc.text, timex, ordered) if frame.kind != "deadline" else None
            run = run_from(reference.value, timex, now) if now is not None and reference.value else None
            if run is not None:     # "From now till Oct. 30": from the document date to that day
                timing, signals.deadline = run, None
            elif run_title is not None and timing is not None and reference.value:
                opened = opened_day(doc.text, sentences, dates.timexes, dates.starts, timex, frame.title, reference.value)
                timing = running_to(opened or reference.value, timing, timex.bare_weekday)    # "You can catch it until 6 May": on already
                if opened is not None and timing.start == opened:    # "On Saturday 12 May ... gave the opening speech
                    timing = replace(timing, precision="exact", window=None,   # of the 9th edition ...": from then
                                     notes=[n for n in timing.notes if "start is not written" not in n]
                                     + [f"runs from {opened.isoformat()}, the day the page says it opened"])
        if timing is not None and timex.type == "SET" and anchors["start"].get(id(timex)) is None \
                and endless_daily(timing.rrule):
            if _after_daily_window(doc.text, timex, daily_ends):
                continue         # "on 12 and 13 May from 9am to 4pm daily": the window's own series says it
            timing = None        # "call 0344 811 0141 (daily, 07:00 to 22:00)": standing hours
            why = "repeats every day with no first or last day written: standing hours, not put on the calendar"
        elif timing is not None and timing.window is not None and timing.precision == "approximate" \
                and (timing.window[1] - timing.window[0]).days > MAX_WINDOW_DAYS and timex.span is not None \
                and GRANULARITY_ORDER.index(timex.span.granularity) <= GRANULARITY_ORDER.index("month"):
            timing = None        # "2026/27", "a contract from January 2022 to December 2026": years say nothing of when
            why = "spans more than a year: too vague for a calendar entry"
        elif timing is None:
            why = (series_gap(timex, anchors["start"].get(id(timex)), reference.value)
                   if timex.type == "SET" else None) or "has no time a calendar can hold"
        if timing is None:
            unresolved.append(_unresolved(doc, timex, sentence, f"\"{frame.title}\" {why}"))
            continue
        if HEDGED_NOTE in frame.notes:     # "The House is expected to sit on ...": a plan, a tentative entry
            timing = replace(timing, precision="approximate", notes=timing.notes + [HEDGED_NOTE])
        hedge = (habitual_hedge(words) or quantified_series(doc.text, timex)) if timing.rrule else None
        departure = departed_habit(doc.text, sentence, timex, dates) if hedge is not None else None
        if departure is not None:     # "normally barred on Thursdays, but also on Tuesday": the background
            unresolved.append(_unresolved(doc, timex, sentence, f"\"{frame.title}\" is the usual pattern the "
                                          f"sentence departs from (\"{departure}\"): no calendar entry"))
            continue
        if hedge is not None:      # "Generally, the board will meet the first Saturday of ...": the usual pattern
            timing = replace(timing, precision="approximate",
                             notes=timing.notes + [f"\"{hedge}\": the series is the usual pattern, not a promise"])
        excepted = anchors["except"].get(id(timex), [])
        months = {m for other in excepted if (m := every_year(other)) is not None} if timing.rrule else set()
        if months:                # "(except the fourth Tuesday in December)": every December, not one
            timing = leave_out(timing, months)
            frame.notes.append(f"the series leaves out {month_names(months)} every year, as the document says")
        skipped = [held for other in excepted if other.interval is not None and every_year(other) is None
                   and (held := _occurrence_on(_in_series_year(other, day_of(timing.start)), timing)) is not None]
        if timex.type != "SET":     # "from 3 May to 30 June, except 31 May": the stretch's own gaps
            left_out = _left_out_of_stretch(timex, sentence, excepted_timexes)
            held_out = [held for day in left_out if (held := _occurrence_on(day, timing)) is not None]
            skipped += held_out
            if left_out and not held_out:
                frame.notes.append("the stretch leaves out " + ", ".join(d.isoformat() for d in left_out)
                                   + ", as the document says")
        if skipped:
            frame.notes.append("the series skips " + ", ".join(str(d)[:10] for d in skipped)
                               + ", as the document says")
        recurs = recurring_page or joined_to_yearly(doc.text, timex, dates.before(timex))
        cue_text = doc.text[sentence[0]:sentence[1]]
        if lead_in is not None:       # "Our annual deadlines are:" / "• 1 March"
            cue_text = doc.text[lead_in.span[0]:lead_in.span[1]] + " " + cue_text
        yearly = (yearly_deadline(timex, cue_text, timing, reference.value, recurs)
                  if frame.kind == "deadline" and reference.value is not None
                  and not one_off_year(timex, dates.within(sentence)) else None)
        if yearly is not None:    # "two annual deadlines: January 25 and September 25": every year
            timing = yearly
            frame.notes.append("a year-less day the document gives as recurring every year: a yearly deadline "
                               "from its next occurrence")
        declared = (declared_yearly(doc.text, sentence, timex, dates.within(sentence), timing, reference.value)
                    if yearly is None and reference.value is not None else None)
        if declared is not None:    # "declares the last Sunday of March ... as Barangay Assembly Days": every year
            timing = declared
            frame.notes.append(DECLARED_NOTE)
        if frame.kind == "deadline" and _passed(timex, timing, reference) and not dated_deadline_noun(words, timex.start):
            frame.kind = "milestone"
            frame.notes.append(f"told in the past tense, on or before the document date "
                               f"{reference.value.isoformat()}: a deadline that had already passed, not one to meet")
        place_words = words
        if dated_item is not None and dated_item.note == TALK_ROW_NOTE:
            # "Dr. Ana Ruiz," / "Hollins Institute (Lisbon campus)" / "\"Tides\"": where the speaker comes from
            place_scope = dated_item.line
            place_words = [w for w in words if place_scope[0] <= w.start and w.end <= place_scope[1]]
        if named is not None or led is not None or described is not None:
            # "27,28 Kaizer Sebothelo Stadium 14th Sep 2016 16H00", "Wednesday 27 March - Easter service at
            # St Peter's Church": a row's place is on its row, not on the list's other rows
            place_scope = _line_of(doc.text, timex.start, place_scope)
            place_words = [w for w in words if place_scope[0] <= w.start and w.end <= place_scope[1]]
        place = _place_for(doc.text, place_words, place_scope, timex, frame.kind, doc_place, dates,
                           words[phrase.head].lower if phrase else None)
        if (place is not None and place is doc_place and phrase is not None and row is None and item is None
                and frame.kind not in PLACELESS_KINDS):      # a dateline names the newsroom, not the venue
            noun = (words[phrase.head].lower, words[phrase.head - 1].lower if phrase.head > phrase.first else None)
            if noun not in mentioned:
                mentioned[noun] = mentioned_place(doc.text, *noun, dates)
            place = mentioned[noun] or place    # "The leaders will meet at a summit in Tianjin. The summit will open ..."
        if row is not None and row.place is not None and frame.kind not in PLACELESS_KINDS:
            place = row.place
        if block is not None and block.where is not None and frame.kind not in PLACELESS_KINDS:
            place = block.where          # "Venue: Village Hall, Church Lane, Little Haddon"
        if dated_item is not None and dated_item.place is not None and frame.kind not in PLACELESS_KINDS:
            a, b = dated_item.place      # "16 May-3 June" / "Committee on the Rights of the Child, ..., Geneva"
            place = written_place(doc.text, a, b, doc.text[a:b])
        if described is not None and described.place is not None and frame.kind not in PLACELESS_KINDS:
            a, b = described.place       # "Saturday 4th May Laois Shopping Centre 2pm – 5pm"
            place = written_place(doc.text, a, b, doc.text[a:b])
        if headed is not None and headed[1] is not None and frame.kind not in PLACELESS_KINDS:
            a, b = headed[1]
            place = written_place(doc.text, a, b, doc.text[a:b])
        if slotted is not None and slotted[1] is not None and frame.kind not in PLACELESS_KINDS:
            a, b = slotted[1]
            place = written_place(doc.text, a, b, doc.text[a:b])
        if slot_name is not None and slot_name.title and slot_name.label and frame.kind not in PLACELESS_KINDS:
            a, b = slot_name.label
            place = written_place(doc.text, a, b, doc.text[a:b])    # "• Woollahra Library at Double Bay - Monday 2:30pm"
        if item is not None and item.where is not None:
            place = item.where
        if item is not None and item.place is not None:
            at = doc.text.find(item.place, timex.end)
            place = written_place(doc.text, at, at + len(item.place), item.place) if at >= 0 else place
        place_note = None
        if (place is None and frame.kind not in PLACELESS_KINDS
                and not (phrase is not None and words[phrase.head].lower in word_list("unvenued_nouns"))):
            if about is None:
                about = document_event(doc, sentences) or ()
            if about and normalise_title(about[0]) == normalise_title(frame.title):
                if not heading:
                    heading.append(heading_place(doc.text, blocked_all))    # "Co-located with ICWSM 2027, Copenhagen, Denmark"
                place = heading[0]
                place_note = f"place \"{place.name}\" from the document's heading" if place else None
        listed = listed_place(words, timex, doc.text) if frame.kind not in PLACELESS_KINDS else None
        if listed is not None:        # "in Leeds (3 February), Bristol (10 February)": one entry per place
            frame.anchor = (timex.start, -1)
            place = listed if isinstance(listed, Place) else None
        if session_end is not None:      # "10:00-13:00 (probably webstreamed)(*) 14:30-17:30 (webstreamed)"
            frame = session_frame(frame, framed_at.get(session_end), timex.start)
        if frame.kind == "deadline" and PAUSED_RULE in timex.rule.split("+"):
            frame = replace(frame, kind="event", notes=frame.notes + [PAUSED_NOTE])   # "close on 23 December and reopen on 4 January"
        later = dates.after(timex) if dated_item is None else None
        qualified = parallel_qualifiers(doc.text, timex, later) if later is not None else None
        if qualified is not None and not frame.title.lower().endswith(qualified[0].lower()):
            frame = replace(frame, title=f"{frame.title} {qualified[0]}")   # "its decision in physics on 3 May and ..."
        framed_at[timex.end] = frame
        if timex.type == "SET":
            series_frames[timex.start] = frame
        ends = (phrase is not None and signals.deadline is not None and not signals.deadline.strong
                and frame.kind != "deadline" and (timex.start, timex.end) not in replacing
                and announced is None)    # "..., with decisions sent by 15 July": the day they go out
        found = Candidate(timex, frame, timing, place, _quotable(sentence, clause), place_note,
                          head=words[phrase.head].lower if phrase else frame.head, ends=ends or frame.closes,
                          running=(ends and signals.deadline.place == "before" and frame.kind != "milestone"   # "Notification: by 30 April": a point
                                   and " ".join(signals.deadline.words) not in word_list("point_bounds")),   # "released by 11 December"
                          online=_online(listed, words, phrase, timex, frame.kind),
                          item=item is not None or row is not None, exdates=list(skipped))
        if arrival_clock(words, timex):
            arrivals.append(found)     # "Please arrive by 7.25pm.": when to come to the event, no deadline
        elif (stretch is not None or opened_over(words, phrase) or taken_in is not None) \
                and not begun_and_ended(doc.text, timex):
            candidates.extend(split_window(found, phrase.plural if phrase is not None else plural_name(frame.title)))   # "The call will be open from ... to ..."
        else:
            candidates.append(found)
            if plain_at:
                plain_days.add(id(found))
            for clock in anchors["more"].get(id(timex), []) if timex.type == "SET" else []:
                again = series_timing(timex, anchors["start"].get(id(timex)), anchors["until"].get(id(timex)),
                                      clock, reference.value, written_day=_written_day(reference))
                if again is not None:      # "every Saturday at 11am and 3pm": a series for each start time
                    candidates.append(replace(found, timing=again, frame=replace(frame, anchor=(clock.start, -1))))
            opening = venue_opening(words, blocked, phrases, timex, doc.text) if dated_item is None else None
            if opening is not None:     # "The Berlaymont will be open from 13:30 CET"
                openings[id(found)] = opening

    for timex, sentence, title in part_clocks:     # "Kelso-Marham at 9:45 a.m.": a departure at its clock
        timing = timing_of(timex, reference, False)
        if timing is not None:
            candidates.append(Candidate(timex, Frame(title, "event", (timex.start, -1), [CLOCK_PARTS_NOTE]), timing, None,
                                        sentence, item=True))
    for timex, sentence, title in shut_days:     # "27 Mar, closed": the place's state, whatever tense "closed" told
        timing = timing_of(timex, reference, False)
        if timing is not None:
            candidates.append(Candidate(timex, Frame(title, "event", (timex.start, -1), [CLOSED_DAY_NOTE]), timing, None,
                                        sentence, item=True))
    for timex, sentence, title in breaks:     # a stretch of days without something: one entry over it
        timing = timing_of(timex, reference, False)
        if timing is not None:
            candidates.append(Candidate(timex, Frame(title, "event", (timex.start, -1), [BREAK_NOTE]), timing, None, sentence))
    listed_items = listed_closures(doc.text, dates, reference,      # "the following stations will be closed:" / "- ... – closed"
                                   lambda: sorted(c.timex.start for c in candidates if not date_not_written(c.timex)))
    candidates = without_item_clocks(candidates, listed_items) + listed_items
    candidates = sentence_taken(candidates, plain_days, doc.text)    # a sentence another rule framed was read
    split_conjoined(candidates, doc.text)
    candidates = without_announcing_days(candidates, reference, doc.text)     # "Tonight (March 2), ... announced the date as April 14"
    chosen = settle_vague(extend_to_ends(one_date_per_phrase(candidates, doc.text), reference), doc_place, doc.text)
    chosen = without_headed_vague(chosen, doc.text)      # "during October 2027" over a "Booster Clinics 2027" heading and its rows
    chosen = without_referred_occasions(chosen, doc.text)     # "After the band's May 3 launch, it will tour ..."
    chosen = without_superseded_mentions(chosen, superseded_days(replaced, ordered))   # "moved to June 8 instead of June 1"
    chosen = without_page_dates(chosen, doc.text, dates, doc.published, doc.title)      # "25 August 2004" over a release about 8-10 September
    chosen, guessed = without_guessed_deictics(chosen, reference, dates.timexes)    # "this weekend" on a page whose date is a guess
    unresolved.extend(_unresolved(doc, c.timex, c.sentence, why) for c, why in guessed)
    chosen = [c for c in chosen if id(c.timex) not in reported or still_open(c.frame)]   # its phrase taken, no other date names it
    chosen = without_past_reports(doc.text, chosen, reference, dates.timexes)     # "met on 3 October ... will decide on 13 December": the news
    chosen = without_reported_headings(doc.text, chosen, dates.timexes)   # "Presentation of Credentials, 19 July 2022" / "... today"
    chosen = without_told_history(doc.text, chosen, reference)   # "The first talk took place on September 15th": done
    chosen = without_history_years(chosen, reference)     # "fishers won a vote of their own in 1899": background
    chosen = without_narrated_days(doc.text, chosen, reference)   # "Friday 1st June was our first meeting": a day over
    chosen = without_acted_days(doc.text, chosen, reference)    # "The board on Thursday extended the deadline": the news
    chosen = without_enacted_days(doc.text, chosen)    # "the Act received royal assent on 2 May": how a rule was made, over
    chosen = without_usual_closures(chosen, doc.text, usual_closed_weekdays(doc.text, sentences, hedged_weekdays))   # closed on a usual closed day
    chosen, departed = without_departed_usual_days(doc.text, chosen, sentences)   # "is normally October 15. Since ..., however, ..."
    unresolved.extend(_unresolved(doc, c.timex, c.sentence, f"\"{c.frame.title}\" is the usual day the page turns from "
                                  f"(\"{turn}\"): no calendar entry") for c, turn in departed)
    chosen = without_year_collections(doc.text, chosen)     # "the schedule of regular 2025 Council meetings": no day
    opening_clocks = [(c.timex.start, c.timex.end) for c in chosen if id(c) in openings]
    opening_clocks += [(closed.clock.start, closed.clock.end) for closed in closed_lists]
    opening_clocks += [(rule.source.start, rule.source.end) for rule in rules]   # "Each deadline closes at 23:59 UTC-12": deadlines' only
    chosen = fold_opening_hours(chosen, openings)      # "The Berlaymont will be open from 13:30 CET"
    note_gatherings(chosen, gather_notes)      # "7.30pm for 8pm: starts 8pm"
    counted, uncounted = counted_deadlines(doc.text, sentences, ordered, chosen)   # "at least one week before the AGM"
    chosen.extend(counted)
    unresolved.extend(_unresolved(doc, t, s, why) for t, s, why in uncounted)
    arrived, unplaced = on_event_day(arrivals, chosen)
    chosen.extend(arrived)
    unresolved.extend(_unresolved(doc, c.timex, sentences.at(c.timex.start), ARRIVAL_WHY) for c in unplaced)
    chosen = settle_listed_days(chosen, listed_series)
    opens_with_day = day_openings(doc.text, every_date.timexes)
    chosen = [c for c in chosen if c.timing.rrule is not None or not bounds_rows(doc.text, c.timex, opens_with_day)]
    name_lead_in_rows(chosen, doc.text, every_date.timexes, opens_with_day, listed_series)   # "we add some extra classes:" over bare rows
    # a day ahead no rule named, on a line that gave nothing: a tentative entry named by the nearest evidence
    chosen.extend(unclaimed_candidates(doc.text, doc.title, unframed, chosen, unresolved, reference,
                                       every_date.timexes, dates.spans, day_rows))
    # a month ahead no rule named, in a clause stating a subject's future act then: a tentative month entry
    chosen.extend(unclaimed_periods(doc.text, unframed, chosen, reference, dates.spans))
    # a year ahead that a target word governs ("a commitment to net zero by 2030"): a tentative deadline at its end
    chosen.extend(year_targets(doc.text, unframed, chosen, reference, every_date.timexes))
    chosen, usual = without_usual_days(chosen, usual_days)    # "New Year's Day" over "| Thursday, 1 January | Saturday, 3 January |"
    unresolved.extend(_unresolved(doc, c.timex, c.sentence, f"\"{c.frame.title}\" would be on a day the page's table "
                                  "lists as a usual one: no calendar entry") for c in usual)
    chosen, again = without_called_off(chosen, off_days, document_names(doc))    # "has been cancelled" ... "the agenda for November 18"
    unresolved.extend(_unresolved(doc, c.timex, c.sentence, f"\"{c.frame.title}\" is called off on this day "
                                  "elsewhere in the document: no calendar entry") for c in again)
    page_off = heading_off(doc)
    chosen, headed_off = without_cancelled_page(chosen, page_off)     # "Flower Carpet 2020 (cancelled)" over its days
    unresolved.extend(_unresolved(doc, c.timex, c.sentence, f"\"{c.frame.title}\" is on a page whose heading calls its "
                                  f"event off (\"{page_off.cue}\"): no calendar entry") for c in headed_off if page_off)
    chosen, past_calls = without_closed_calls(chosen, closed_calls(doc.text), doc.text)   # "Submissions now closed" over its closing days
    unresolved.extend(_unresolved(doc, c.timex, c.sentence, f"\"{c.frame.title}\" closes a call the page says is over "
                                  f"(\"{call.line}\"): no calendar entry") for c, call in past_calls)
    chosen = without_restated_moves(chosen)     # "the clash has been brought forward to Monday, 1 May", told twice
    chosen = scheduled_series(chosen)       # "in general, ... the third Tuesday" over a table of dated sessions
    chosen = run_weekdays(chosen, doc.text, ordered)     # "7 to Saturday 9 February at 8 pm" / "Matinees both Saturdays at 2 pm"
    chosen = pair_clocks(chosen, doc.text, ordered)     # "On 5 & 6 March ... will close at 10pm": one entry a night
    chosen = both_days_clocks(chosen, doc.text, sentences)     # "staffed on Tuesday and Friday" ... "On both days, ... from 9 am to 12 noon"
    chosen = timetable_days(chosen, doc.text, sentences, reference.value)     # "two shows on Friday the 12th and Saturday 13th" ... "17:00: Doors open."
    chosen = nearby_clocks(chosen, doc.text, ordered, sentences, opening_clocks)    # "party night on Friday 3rd April ... the bar will be open from 6pm"
    chosen = windows_on_days(chosen, doc.text, ordered, opening_clocks)    # "the clean-up will take place on Saturday" ... "on Saturday, from 8.00 am to 11.00 am"
    chosen = spanned_days(chosen, ordered, sentences)     # "a strike on 12 and 13 May" ... "between 0001 hours on 12 May and 2359 hours on 13 May"
    chosen = standing_clock_items(chosen, doc.text, ordered)     # "The meetings officially start at 19:00" over dated club meetings
    chosen = intro_clock_rows(chosen, doc.text, ordered, sentences)     # "talks on the first Tuesday of most months / ... at 7.30 p.m." over dated rows
    chosen = timed_list_rows(chosen, closed_lists)     # "Lecture Dates:" / days / "Time: 7:00 p.m.": each day at the clock
    chosen = timed_headings(chosen, heading_clocks)     # "Open Day - Saturday 12 June" / prose / "Time: 10am - 3pm"
    chosen = introduced_starts(chosen, doc.text, ordered, reference.value)   # "a summer of fun ... starting June 6!" over weekly lines
    chosen = rule_hours(chosen, doc.text, [u.timex for u in unframed])    # "the second Sunday of each month from 6AM to 9AM" ... "this Sunday, 11 May"
    chosen = written_occurrence_starts(chosen, guessed_page_date(reference))     # "meetings are held every first Tuesday ... Our next meeting ... on Tuesday, September 1"
    chosen = listed_occurrence_starts(chosen, ordered, guessed_page_date(reference))     # "third Saturday of each month" over "21st March - ..."
    chosen = without_slot_headings(chosen, doc.text)     # "## Tentative schedule (15 May)" over its day's timed slots
    chosen = with_end_clocks(chosen, doc.text, every_date)      # "begins at 4:30 pm and lasts till 4:40 pm": one entry, 4:30 to 4:40
    at_new_day_midnights(chosen, every_date.timexes, doc.text)      # the fireworks "at midnight" on 31 December: 1 January, 00:00
    items_on_series_days(chosen, cancelled, doc.title)
    place_by_town_headings(chosen, doc.text, sorted((t.start, t.end) for t in timexes))      # "CORK" / "Starting at 2pm, the town's march ..."
    share_places(chosen, doc_place)
    standing_places(chosen, standing_place(doc.text, sentences, {sentences.index_at(t.start) for t in ordered}))
    drop_document_place(chosen, doc_place)
    go_online(chosen)
    chosen, qualifying = without_qualified_hours(chosen, doc.text, sorted(t.start for t in timexes))
    unresolved.extend(_unresolved(doc, c.timex, c.sentence, why) for c, why in qualifying)   # "The hours ... will vary as follows:"
    zones = document_zones(doc.text, sentences, ordered, dates.spans, default_zone, doc.url, doc.footer, doc.title,
                           reference.value)
    chosen, foreign = without_foreign_holidays(chosen, zones.page_zone)
    unresolved.extend(_unresolved(doc, f.candidate.timex, f.candidate.sentence, f.why) for f in foreign)   # 4 July on a Gambian page
    glosses = {t.start: t for t in ordered if t.tz is not None and t.type == "TIME"}    # "(10:30 GMT)"
    chosen = with_edition_owners(doc.text, sentences, chosen)     # "Feast of Lanterns, ... festival ..." / "The 10th edition ..."
    chosen = runs_named_by_subject(chosen)     # "The lantern walk begins on 2 March and it'll go to 9 April": "Lantern walk"
    events = _build_events(doc, chosen, reference, link, doc_place, zones, [(t.start, t.end) for t in timexes],
                           glosses, dates.spans)
    zone_floating(events, zones.passing, zones.disagreeing, doc.text, zones.stamped)
    bound_by_named_deadlines(events)
    events = hours_after_runs(events, doc.text, timexes)     # "... from Tuesday, March 7, to Thursday, March 9." / "Works will take place from 9am to 4pm."
    events = apply_deadline_rules(events, rules, doc.timezone or (doc_place.tz if doc_place else None))
    events = merge_told_twice(merge_deadlines_apart(events), dates, doc)
    events = fold_days_off(events)     # "... included today, May 9, as a civic holiday" / "Friday, May 9, will be observed as ..."
    events = fold_one_day_occasions(events)     # "the presidential election ... the senate election also ... on the same day"
    events = merge_same_instants(events)     # "PC – 3 p.m. PT" / "PC – 6 p.m. ET" / ...: one launch, zone by zone
    events = without_runs_restating_deadlines(events)     # "the new deadline is May 29" ... "will now continue until May 29"
    events = without_vague_retellings(events)     # "The Harbour Fair is Nov. 18-21" ... "The Harbour Fair returns mid-November"
    events = without_updated_rows(events, doc.text)     # "2pm - Senior heats" ... "UPDATE: ... as follows:" / "2.30pm - Senior heats"
    events = without_kin_retellings(events)     # "An annual crafts fair opens later this week" ... "The Varn Crafts Fair ... on Thursday"
    events = without_unwritten_windows(events)     # "Mill Lane will be closing next weekend" / "... shut from Saturday 12 May until ..."
    bound_by_named_runs(events)     # "The Harbour Fair ... from June 8 to July 14" ... "9 AM to 10 PM on Saturdays": its hours
    events = without_timed_nights(events, doc.text)     # "On the night of May 3-4 ..." then "from 2 am to 6 am"
    weekly_occasions(events, weekly_nouns(doc.text, ordered))     # "the market opens Saturday" ... "weekly Saturday market"
    events = merge_day_runs(events, dates, doc.text)     # "Monday 6 April" / "Easter break" ... "Friday 10 April" / "Easter break"
    events = with_day_entry_named(events)     # "power outages for Tuesday, 4 May" over "Northfield" / "Elm Row, from 9am – 3pm"
    events = joined_opening_rows(events)     # "10:00 AM / Fair Opens" ... "9:00 PM / Fair Closes": the fair's hours
    events = without_outdone_reports(events)     # "... a blog had claimed the show would be held on 9 May": corrected
    bound_by_event_starts(events)       # "received before the start of the meeting on 10th November": its 9pm
    events = row_lengths(events, doc.text, timexes)     # "Sept. 11 Three-Day Family Camp": the row runs three days
    mark_guessed_years(events, timexes, reference, doc.text, ranged.yearless)     # a page nothing dates: "July 2" is in a guessed year
    quote_folded_ends(events, folded_ends, doc, link)     # "The book fair opens on 12 June. It runs until 15 June.": both read
    without_backward_ends(events)      # the last guard: an end before its start is dropped, with a note
    return events, unresolved


def _items_under_headings(text: str, ordered: list[Timex], series_days: Container[int] = ()
                          ) -> tuple[dict[int, HeadedItem], list[Timex]]:
    """The dates to frame: each date heading with item lines below it stands once for every
    item (its own copy, timed by the item's clock), and the dates inside item lines go."""
    under, inside = headed_items(text, ordered)
    columns, clocks = column_days(text, ordered)
    for day_id, day in columns.items():     # "Board Meeting Dates ... Reports due" over a run of bare days
        under[day_id] = [HeadedItem(day.title, day.line, day.timex, day.clock, day.line, kind=day.kind)]
    inside |= clocks
    cells, cell_clocks = header_cell_days(text, ordered)
    for day_id, cell in cells.items():     # "Work Sessions - 7:00 a.m. | Board Meetings - 6:30 p.m." over day cells
        under[day_id] = [HeadedItem(cell.title, cell.line, cell.timex, cell.clock, cell.line, kind=cell.kind, cell=True,
                                    note="a day cell under its column's header: the header names and times it")]
    inside |= cell_clocks
    grouped, header_dates = grouped_days(text, ordered)
    for day_id, cell in grouped.items():   # "Last day of classes |" over "November 30 |" / "January 24 |" / "May 8 |"
        under[day_id] = [HeadedItem(cell.title, cell.line, cell.timex, None, cell.line, kind=cell.kind, cell=True,
                                    note="a date cell under its row's description, one column of a term table")]
    inside |= header_dates
    series_listed = {id(t) for t in ordered if t.start in series_days}    # the days of a series rule's list: its meetings
    listed, day_clocks = listed_meetings(text, ordered, inside | set(under),
                                         {k: [i.line for i in v] for k, v in under.items()}, series_listed)
    for day_id, day in listed.items():     # "Upcoming meetings" over bare days; "Board meetings are held at 6:00 pm"
        under[day_id] = [HeadedItem(day.title, day.line, day.timex, day.clock, day.line, place=day.place,
                                    kind=day.kind, note=day.note)]
    inside |= day_clocks
    timeline, timeline_dates = timeline_items(text, ordered, inside | set(under))
    for day_id, tasks in timeline.items():   # "YEAR 2 (2027)" / "• Pick the actions for each goal"
        under[day_id] = tasks
    inside |= timeline_dates
    for headed in headed_ranges(text, ordered, inside | set(under)):   # "Northfield" / "Elm Row, from 9am – 3pm"
        under[id(headed.clock)] = [HeadedItem(headed.title, headed.line, headed.placed, None, headed.heading,
                                              kind="event", note=HEADED_RANGE_NOTE, repeat=True)]
    items: dict[int, HeadedItem] = {}
    framed: list[Timex] = []
    for timex in ordered:
        if id(timex) in inside:
            continue
        if id(timex) not in under:
            framed.append(timex)
        for item in under.get(id(timex), []):
            copy = replace(item.timex)
            items[id(copy)] = item
            framed.append(copy)
    return items, framed


def _heading_year_ids(text: str, ordered: list[Timex]) -> set[int]:
    """The years heading a section of year-less rows (section_years.heading_years): named once over
    the list to give its rows their year, no year-long event."""
    spans = heading_years(ordered, text)
    return {id(t) for t in ordered if (t.start, t.end) in spans} if spans else set()


def _holds_any(starts: list[int], line: tuple[int, int]) -> bool:
    """One of the sorted offsets ``starts`` lies in ``line`` (its start included, its end not)."""
    k = bisect_left(starts, line[0])
    return k < len(starts) and starts[k] < line[1]


def _headed_row(text: str, timex: Timex, dates: DatesByOffset) -> bool:
    """A clock on a row under a day heading that dates it ("MONDAY, April 3, 2023" / "Confessions
    2:00pm to 4:00pm"): the row is an occasion of that day."""
    heading = heading_day_above(text, timex, dates)
    return (heading is not None and timex.interval is not None and heading.interval is not None
            and timex.interval.start.date() == heading.interval.start.date())


def _day_row_day(text: str, timex: Timex, day_rows: dict[int, str]) -> bool | None:
    """On a timetable row under a header naming the table (day_column_rows): True for the row's
    written day, False for the weekday of its Day column; None for anything else."""
    if timex.type != "DATE" or text.rfind("\n", 0, timex.start) + 1 not in day_rows:
        return None
    return any(c.isdigit() for c in timex.text)


def _page_date(timex: Timex, reference: ReferenceDate, dateline: Dateline | None) -> bool:
    """The date the page was written (its heading's or its dateline's): never an event's."""
    return ((reference.span is not None and reference.span[0] <= timex.start and timex.end <= reference.span[1])
            or (dateline is not None and dateline.holds(timex)))


def _next_sentence_dated(sentences: Sentences, sentence: tuple[int, int], dates: DateSpans) -> bool:
    """Whether the sentence after ``sentence`` writes a day of its own ("now" is none)."""
    index = sentences.index_at(sentence[0])
    return index + 1 < len(sentences.bounds) and any(
        t.interval is not None and t.interval.granularity in ("day", "hour", "minute") and "REF" not in (t.value or "")
        for t in dates.within(sentences.bounds[index + 1]))


def _after_dateline(sentences: Sentences, dateline: Dateline | None) -> Sentences:
    """Sentences with the dateline cut off the first one, so that "GENEVA, 3 May - The Board
    meets" has "The Board" as its subject and the dateline's date no clause of its own."""
    cut = dateline.cut if dateline is not None else None
    if cut is None:
        return sentences
    index = sentences.index_at(cut)
    start, end = sentences.bounds[index]
    if not start < cut < end:
        return sentences
    bounds = sentences.bounds[:index] + ((start, cut), (cut, end)) + sentences.bounds[index + 1:]
    return type(sentences)(sentences.text, bounds)


def _passed(timex: Timex, timing: Timing, reference: ReferenceDate) -> bool:
    """A date told in the past tense that is not after the document's date ("Applications
    closed on 1 March", "The deadline was 26 February"): it has happened. calfeed keeps past
    events (an archive's calendar shows what happened when), but such a deadline is no longer
    one anybody can meet."""
    if timex.tense != "past" or reference.value is None or timing.rrule is not None:
        return False
    return day_of(timing.end or timing.start) <= reference.value


def _page_deadline(title: str | None) -> str:
    """A deadline named by the page's title ("Travel bursaries: deadline"), or the word alone."""
    word = title_words()["deadline"]
    return f"{title}: {word}" if title else word[:1].upper() + word[1:]


NEXT_DAY_END_WHY = "only ends a stretch told before it (a clock on the next day): no calendar entry"


def _onward_or_kept(text: str, sentences: Sentences, sentence: tuple[int, int], timex: Timex, timing: Timing,
                    dates: DateSpans, consumed: set[int]) -> Timing | None:
    """A timed stretch's hours as a daily series: from the day a list's lead-in says they hold "as
    of" on, with no last day, or up to the day the next sentence keeps them "in force until"
    (onward_hours.py); that day is then no entry of its own."""
    onward = onward_item_day(text, timex, dates.within)
    if onward is not None:      # "amended the curfew as of 6 May. The following now apply:" / "• 21:00-05:00: ..."
        return every_day_from(timing, f"{onward.text} ... {timex.text}")
    if (timing.end - timing.start).days >= 1:
        return None             # a day's hours (or one night's) only
    kept = kept_until(text, sentences, sentence, timing.start.date(), dates.within)
    if kept is None:
        return None
    consumed.add(id(kept.date))      # "The lane closure will stay in force until 30 May."
    return each_day(timing, kept.last, f"{timex.text} ... {kept.date.text}")


def _after_daily_window(text: str, timex: Timex, daily_ends: set[int]) -> bool:
    """Whether only blanks or a comma part ``timex`` (an endless daily rule) from the end of a window
    already read as each day's hours ("from 9am to 4pm daily"): the rule restates that series."""
    k = timex.start
    while k > 0 and text[k - 1] in " \t,":
        k -= 1
    return k in daily_ends


def _led_off(text: str, timex: Timex, today: date | None) -> str | None:
    """Why the words around a date keep it from an entry, as the report says it, or None: an aside
    saying it ended ("Call for bursary entries (Ended 7 May 2031)": an earlier call, over), the rest
    of a period counted from now ("will only sail to Oslo for the remainder of the season"), or a
    lead saying when a rule holds from ("the new fee is effective from March 2031")."""
    ended = ended_aside(text, timex)
    if ended is not None:
        return ENDED_ASIDE_WHY.format(word=ended.lower())
    rest = rest_of_period(text, timex, today)
    if rest is not None:
        return REST_PERIOD_WHY.format(lead=rest, said=" ".join(timex.text.split()))
    effect = effect_lead(text, timex)
    return EFFECT_MONTH_WHY.format(lead=effect) if effect is not None else None


def _is_slot(timex: Timex) -> bool:
    """A clock range ("09:00 - 09:30"): a slot of a programme."""
    return (timex.type == "TIME" and timex.end_interval is not None
            and timex.end_interval.granularity in ("hour", "minute", "second"))


def _end_of_day_words(timex: Timex, item: HeadedItem | None) -> str | None:
    """The words that put a deadline's midnight at the end of its day: its own ("by midnight"), else
    those of the clock on its item line under the day ("by midnight PST"); None when neither says so."""
    if ends_the_day(timex.text):
        return timex.text
    if item is not None and item.clock is not None and ends_the_day(item.clock.text):
        return item.clock.text
    return None


def _at_end_of_day(timex: Timex) -> Timex:
    day = timex.interval.start.date()
    start = datetime.combine(day, END_OF_DAY)
    return replace(timex, value=start.isoformat(timespec="minutes"),
                   interval=Interval(start, start + timedelta(minutes=1), "minute"))


def _online(listed: Place | str | None, words: list[Word], phrase: NounPhrase | None, timex: Timex,
            kind: str) -> str | None:
    """The word that makes the entry online, if any (deadlines and milestones are never online)."""
    if isinstance(listed, str):
        return listed
    return online_word(words, phrase, timex) if kind not in PLACELESS_KINDS else None


def _in_series_year(excepted: Timex, first: date) -> date:
    """An excepted day written without its year falls in the year of the series or stretch that
    starts on ``first`` ("from 1 to 20 December 2027, except 12 December"), not the year the
    document date would give it."""
    day = excepted.interval.start.date()
    if not (excepted.raw_value or excepted.value).startswith("XXXX"):
        return day            # its year is written (or the tagger fixed it from the text)
    try:
        held = day.replace(year=first.year)
        return held if held >= first else day.replace(year=first.year + 1)
    except ValueError:        # 29 February
        return day


def _occurrence_on(day: date, timing: Timing) -> date | datetime | None:
    """The series' occurrence on ``day`` (its start, in the form DTSTART takes), if it meets then:
    an exception can only take out a day the series holds."""
    if timing.rrule is None:
        return None
    if not timing.all_day:
        held = on_series_day(datetime.combine(day, time()), timing)
        return held.start if held is not None else None
    at = datetime.combine(day, time())
    rule = rrulestr(timing.rrule, dtstart=datetime.combine(day_of(timing.start), time()))
    return day if rule.between(at, at, inc=True) == [at] else None


def _left_out_of_stretch(timex: Timex, sentence: tuple[int, int], excepted: list[Timex]) -> list[date]:
    """The days an exception later in the sentence takes out of a written stretch of days: its
    entry still spans them, so it says which are not held (or a daily series drops them)."""
    if timex.interval is None:
        return []
    first = timex.interval.start.date()
    last = last_day((timex.end_interval or timex.interval).end)
    if last <= first:
        return []
    days = set()
    for other in excepted:
        if other.interval is None or not timex.end <= other.start < sentence[1]:
            continue
        day = _in_series_year(other, first)
        if first <= day <= last:
            days.add(day)
    return sorted(days)


def _is_heading(text: str, sentence: tuple[int, int]) -> bool:
    """A title line: a markdown heading, or a first line with no closing punctuation."""
    line = text[sentence[0]:sentence[1]]
    if line.startswith("#"):
        return True
    return sentence[0] == len(text) - len(text.lstrip()) and "\n" not in line and line[-1:] not in ".!?"


def _without_link(title: str) -> str:
    """"Gates open at" (its clock cut off): the title without the word that led to the clock."""
    words = title.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in word_list("bare_label_stops") else title


def _year_wide(timex: Timex) -> bool:
    """A whole year (or decade): "expected to be completed in 2021" is a horizon, too wide for
    a calendar entry of an act; "by the end of 2027" or "in H2 2027" is not."""
    return timex.interval is not None and (timex.interval.end - timex.interval.start).days > YEAR_WIDE_DAYS


def _listed_after(text: str, before: Timex, other: Timex) -> bool:
    """Whether ``other`` follows ``before`` in one list ("except for August and December"):
    only list words (day_list_links) between them, so an exception's list is all excepted."""
    if other.type != "DATE" or before.type != "DATE":
        return False        # "except August, 7pm": the clock is the series' own
    between = tokens(text[before.end:other.start])
    links = word_list("day_list_links")
    return bool(between) and all(word in links for word in between)


def _off_stretch(timex: Timex, noun: str | None) -> OffStretch:
    """The day of ``timex`` a series goes without, or the stretch when it is wider than a day ("no
    session in August"): each of its days is taken out of a series. ``timex`` has an interval."""
    if not coarser_than_day(timex):
        return OffStretch(timex.interval.start, noun, None)
    until = timex.end_interval.end if timex.end_interval is not None else timex.interval.end
    return OffStretch(timex.interval.start, noun, until)


def _written_day(reference: ReferenceDate) -> date | None:
    """The page's date when the page writes it (front matter, a dateline, "today (17 July)"), not
    one guessed from its tenses or the build: a firm line for what is over."""
    return reference.value if not reference.inferred or reference.day_written else None


def _series_anchors(text: str, sentences: Sentences, dates: DateSpans, likened: set[int] = frozenset()) -> dict:
    """Dates that bound a recurring event in the same clause ("every Tuesday ... starting on
    12 January"): they become the series' first day or end, not events of their own. A frequency
    that only likens the sentence's occasion to the others (``likened``) bounds none."""
    found: dict = {"start": {}, "until": {}, "clock": {}, "more": {}, "closing": {}, "except": {},
                   "yearly": {}, "consumed": set(likened)}
    exceptions = phrase_list("series_exceptions")
    item_openers = word_list("item_list_openers")
    for series in (t for t in dates.timexes if t.type == "SET" and id(t) not in likened):
        if sub_daily(series.rrule):     # "every hour ..., with the last talk at 3pm": its last clock ends it
            later = [t for t in dates.within(sentences.at(series.start))
                     if t.start > series.end and date_not_written(t) and t.interval is not None]
            if later:
                found["closing"][id(series)] = later[-1]
                found["consumed"].add(id(later[-1]))
        clause = clause_of(text, sentences.at(series.start), series.start)
        words = words_in(text, *clause)
        blocked = dates.spans(clause)
        openers = [w.start for w in words if w.is_word and w.lower in item_openers]   # in order
        for other in dates.within(clause):
            if (other is series or other.type not in ("DATE", "TIME") or other.interval is None
                    or other is found["closing"].get(id(series))):
                continue
            if not (clause[0] <= other.start < clause[1]):
                continue
            lead_words = tokens(text[max(clause[0], other.start - 24):other.start])     # "(except the ..."
            excepted = found["except"].get(id(series), [])
            if other.start > series.end and (any(lead_words[-len(e):] == e for e in exceptions)
                                             or (excepted and _listed_after(text, excepted[-1], other))):
                found["except"].setdefault(id(series), []).append(other)    # "every Sunday, except on 27 December"
                found["consumed"].add(id(other))
                continue
            if id(series) not in found["yearly"] and yearly_stretch(text, series, other):
                found["yearly"][id(series)] = other     # "every year in the first week of July": which days of each year
                found["consumed"].add(id(other))
                continue
            parts = [found[k][id(series)] for k in ("start", "until") if id(series) in found[k]]
            ends = [series.end] + [p.end for p in parts + found["except"].get(id(series), [])]
            prior = (found["more"].get(id(series)) or [found["clock"].get(id(series), series)])[-1]
            if other.type == "TIME" and date_not_written(other) and aside_clock(text, prior.end, other):
                found["consumed"].add(id(other))      # "every Thursday at 2pm (doors open 1.30pm)"
                continue
            if other.type == "TIME" and date_not_written(other) and (prior is not series or timed_series(series)) \
                    and listed_clock(text, prior, other):
                found["more"].setdefault(id(series), []).append(other)   # "every Saturday at 11am and 3pm"
                found["consumed"].add(id(other))
                continue
            if other.type == "TIME" and date_not_written(other) and (
                    _adjacent(text, series, other) or any(joined_clock(text, end, other) for end in ends)
                    or _bracketed_after(text, series, other)):
                found["clock"][id(series)] = other     # "every Tuesday" + "from 14:00 to 16:00"
                found["consumed"].add(id(other))
                continue
            lead = text[max(clause[0], other.start - 8):other.start].split()
            if (other.type == "TIME" and date_not_written(other) and other.start > series.end and lead
                    and lead[-1].lower() in word_list("closing_clock_marks") and id(series) not in found["clock"]):
                found["closing"][id(series)] = other   # "Late opening every Thursday until 9pm"
                found["consumed"].add(id(other))
                continue
            if (id(series) not in found["start"] and id(series) not in found["until"]
                    and bounding_period(text, series, other, clause[0])):
                found["start"][id(series)] = other     # "every Friday during Lent": its first and last day
                found["until"][id(series)] = other
                found["consumed"].add(id(other))
                continue
            if other.end <= series.start and _opener_between(openers, other.end, series.start):
                continue       # "Changes from 15 December include ... services on Sundays": one listed item of
                #                what changes from the day, which the day does not bound
            signals = read_signals(words, (other.start, other.end), blocked, None)
            if signals.series_start is not None and other.type == "TIME" and date_not_written(other) \
                    and names_no_day(series.rrule):
                continue       # "our weekly quiz starts at 8pm": a clock starts no series that writes no day
            if signals.series_start is not None and other.type == "TIME" and date_not_written(other) \
                    and endless_daily(series.rrule):
                found["clock"].setdefault(id(series), other)    # "The sessions will start at 10:00 a.m. daily":
                found["consumed"].add(id(other))                # the hours of each day, no first day
                continue
            if signals.series_start is not None:
                current = found["start"].get(id(series))
                if current is not None and date_not_written(other) and not date_not_written(current):
                    found["clock"].setdefault(id(series), other)   # "from 17 to 19 March, from 2pm to 4pm"
                else:
                    found["start"][id(series)] = other
                found["consumed"].add(id(other))
            elif signals.series_end is not None and other.type == "TIME" and date_not_written(other):
                found["consumed"].add(id(other))   # "open daily from 2pm to 1am and on Fridays until 2am": a closing
                #                                    clock, no last day (its day is only the one the tagger carried)
            elif signals.series_end is not None:
                found["until"][id(series)] = other
                found["consumed"].add(id(other))
            elif (other.end_interval is not None and other.type == "DATE" and id(series) not in found["until"]
                  and other.end_interval.granularity in ("day", "month") and other.start > series.end
                  and other.start - series.end <= RANGE_REACH):
                ranged = other      # "each afternoon of the strikes (17–19 March) from 2pm": the days it runs
                start = found["start"].get(id(series))
                if start is None or date_not_written(start):
                    found["start"][id(series)] = ranged
                    if start is not None:
                        found["clock"].setdefault(id(series), start)
                found["until"][id(series)] = ranged
                found["consumed"].add(id(ranged))
    for series in (t for t in dates.timexes if t.type == "SET"):
        if id(series) in found["start"] or id(series) in found["until"] or sub_daily(series.rrule):
            continue
        ranged = range_line_below(text, series, dates)
        if ranged is not None and id(ranged) not in found["consumed"]:
            found["start"][id(series)] = ranged     # "Every Wednesday on YouTube" / "September 29th to December 1st"
            found["until"][id(series)] = ranged
            found["consumed"].add(id(ranged))
            continue
        ranged = run_before(text, sentences.at(series.start), series, dates) if endless_daily(series.rrule) else None
        if ranged is not None and id(ranged) not in found["consumed"]:
            found["start"][id(series)] = ranged     # "... from 4 to 8 June." / "Stalls open from 9 am to 5 pm daily."
            found["until"][id(series)] = ranged
            found["consumed"].add(id(ranged))
    taken = found["consumed"] | {id(s) for s in dates.timexes if s.type == "SET"}
    for series in (t for t in dates.timexes if t.type == "SET"):
        if (id(series) in found["clock"] or timed_series(series) or sub_daily(series.rrule)
                or endless_daily(series.rrule)):
            continue      # "begin at 10.30 am each day": hours of every day, left to their own reading
        sentence = sentences.at(series.start)
        clock = (sentence_clock(text, sentence, series, dates.within(sentence), taken)
                 or next_sentence_clock(text, sentences, series, dates, taken))
        if clock is not None:     # "Every Monday the book club meets at 7pm": the series' time
            found["clock"][id(series)] = clock     # (shared by the sentence's series: "the weekly quiz every Thursday")
            found["consumed"].add(id(clock))
            continue
        hours = bare_hours(text, series_line(text, sentence, series), series, dates.within(sentence))
        if hours is not None:     # "Every Friday our group meets from 10-2": its hours, 10:00-14:00
            found["clock"][id(series)] = hours
    return found


def _opener_between(openers: list[int], start: int, end: int) -> bool:
    """Whether a word opening a run of items (``openers``: their starts, in order) stands between
    ``start`` and ``end``."""
    at = bisect_left(openers, start)
    return at < len(openers) and openers[at] < end


MAX_LABEL_WORDS = 6     # "Results announced", "Winners of the photo competition announced"


def _reported_label(text: str, line: tuple[int, int], cue: Cue | None) -> bool:
    """Whether the item line under a date is a short label ending in the reporting verb the
    signals found ("Results announced", "Shortlist confirmed"): what happens on the day the
    list sets it under, not a clause reporting what was said then."""
    if cue is None or cue.place != "reporting":
        return False
    said = [w.lower for w in words_in(text, line[0], line[1]) if w.is_word]
    return 1 < len(said) <= MAX_LABEL_WORDS and tuple(said[-len(cue.words):]) == cue.words


def _item_anchor(item: HeadedItem, timex: Timex) -> int:
    """Where an item line's entry is anchored: its line, or for the item again on another day or
    at another clock of its line ("(also 4 July-5 August)", "2.30-3.30 and 5.30-6.30") that date's words."""
    if not item.repeat:
        return item.line[0]
    return item.clock.start if item.clock is not None else timex.start


def _line_of(text: str, at: int, scope: tuple[int, int]) -> tuple[int, int]:
    """The part of ``scope`` on the line holding ``at``: a labelled line is a row of its own."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return max(scope[0], start), min(scope[1], end)


# what may stand between a series and its clock in brackets: a word or two naming what recurs
# ("every Sunday evening service (6pm to 6.30pm)"), then the opening bracket
_BRACKET_GAP = re.compile(r"(?:[ \t]{1,3}[A-Za-z][\w'’-]{0,30}){0,2}[ \t]{0,3}\([ \t]{0,3}")


def _bracketed_after(text: str, series: Timex, clock: Timex) -> bool:
    """A clock alone in brackets right after the series' words, or after a word or two naming
    what recurs: "after every Sunday evening service (6pm to 6.30pm)" is that series' time, no
    one-off entry of its own."""
    return (clock.start > series.end and _BRACKET_GAP.fullmatch(text, series.end, clock.start) is not None
            and text[clock.end:clock.end + 1] == ")")


def _adjacent(text: str, first: Timex, second: Timex) -> bool:
    gap = text[first.end:second.start].lower().split()
    return second.start >= first.end and len(gap) <= 1 and all(w in word_list("clock_joiners") for w in gap)


def _place_for(text: str, words: list[Word], sentence: tuple[int, int], timex: Timex, kind: str,
               doc_place: Place | None, dates: DateSpans, head: str | None = None) -> Place | None:
    """The place nearest the date in its clause, then in its sentence; for events (not
    deadlines, milestones, or votes and decisions, which are taken, not attended) the
    dateline or front-matter place after that. No date is a place ("in March")."""
    around = (max(sentence[0], timex.start - PLACE_REACH), min(sentence[1], timex.end + PLACE_REACH))
    spans = [(t.start, t.end) for t in dates.within(around)]
    for scope in (words, words_in(text, *around)):
        every = places_in(scope, text, spans)
        every = [p for p in every if not in_affiliation(p, text)]     # "Dr Roe, Professor of Art, University of X at Y"
        found = ([p for p in every if not after_post(p, scope)]     # "a fellow at the University of Leeds"
                 or [p for p in every if not after_post(p, scope, described=True)])   # "with the curator at the Leeds Art Gallery"
        if found:
            return min(found, key=lambda p: min(abs(p.start - timex.end), abs(timex.start - p.end)))
    if kind in PLACELESS_KINDS or (head is not None and head in word_list("unvenued_nouns")):
        return None
    return doc_place


def _near_zones(place: Place | None, doc: Document, doc_place: Place | None, zones: DocumentZones) -> list[str | None]:
    """The zones of the event's place, the document's own and what the whole document says, for
    a glossed clock to choose among (glossed_clocks)."""
    place = in_country(place, zones.country, zones.mentioned, zones.named)
    return [place.tz if place is not None else None, doc.timezone, doc_place.tz if doc_place is not None else None,
            zones.stated and zones.stated[0], zones.places and zones.places[0],
            zones.contacts and zones.contacts[0], zones.body and zones.body[0]]


def _described(text: str, timex: Timex, dates: DateSpans, known: dict[tuple[int, int], Described | None]
               ) -> Described | None:
    """described_line once a line: it reads the line's dates and words, the same for every date on
    it, and asking it for each date of a line of many dates made the line square."""
    from calfeed.text import line_end, start_of_line      # at call time, as split_sentences above
    key = (start_of_line(text, timex.start), line_end(text, timex.end))
    if key not in known:
        known[key] = described_line(text, timex, _line_dates(text, timex, dates))
    return known[key]


def _line_dates(text: str, timex: Timex, dates: DateSpans) -> list[Timex]:
    """The dates (not durations) on ``timex``'s line and the next two lines, in order."""
    from calfeed.text import line_end, start_of_line      # at call time, as split_sentences above
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    for _ in range(2):
        if end < len(text):
            end = line_end(text, end + 1)
    return [t for t in dates.within((start, end)) if t.type != "DURATION"]


def _next_line_end(text: str, offset: int) -> int:
    """The end of the line after the one holding ``offset``."""
    from calfeed.text import line_end      # at call time, as split_sentences above
    return line_end(text, min(len(text), line_end(text, offset) + 1))


def _days_held(timing: Timing) -> tuple[date, date]:
    """The first and last day an entry covers. A series is taken to cover a whole week (its rule's
    days are not read), so a Day column before a series' title is always dropped."""
    if timing.window is not None:
        return timing.window
    first = timing.start.date() if isinstance(timing.start, datetime) else timing.start
    if timing.rrule is not None:
        return first, first + timedelta(days=6)
    end = timing.end if timing.end is not None else timing.start
    return first, end.date() if isinstance(end, datetime) else end


SCAN_BACK = 4000      # characters above a date's line read for the heading of the list item it is in


def _item_heading(text: str, timex: Timex, dates: DateSpans) -> str | None:
    """The heading of the marked list item the line of ``timex`` stands in (item_headings)."""
    from calfeed.text import start_of_line      # at call time, as split_sentences above
    line_start = start_of_line(text, timex.start)
    return item_heading(text, line_start, dates.dated_spans((max(0, line_start - SCAN_BACK), line_start)))


def _build_events(doc: Document, candidates: list[Candidate], reference: ReferenceDate, link: LinkFn,
                  doc_place: Place | None, zones: DocumentZones = DocumentZones(),
                  dated: list[tuple[int, int]] | None = None, glosses: dict[int, Timex] | None = None,
                  spans=None) -> list[Event]:
    """One entry a candidate, twins folded; ``dated`` are the spans of every date on the page,
    ``glosses`` its clocks that name a zone (by start) and ``spans(clause)`` its dates' spans in a clause."""
    events: list[Event] = []
    by_identity: dict[tuple[str, str], list[Event]] = {}
    framed = [(c.timex.start, c.timex.end) for c in candidates]
    dated = framed if dated is None else dated
    in_order = sorted(dated)       # line_defers finds a line's dates by bisection
    heads = row_head_towns(doc.text)
    deferring_lines: dict[int, bool] = {}     # line_defers' answers by line start
    for cand in candidates:
        timex, frame, timing = cand.timex, cand.frame, cand.timing
        source = SourceRef(
            doc=doc.path, url=link(doc, timex.start, timex.end), expr=timex.text,
            sentence=doc.text[cand.sentence[0]:cand.sentence[1]], start=timex.start, end=timex.end,
            sentence_start=cand.sentence[0])
        frame.title = " ".join(frame.title.translate(WITHOUT_EMPHASIS).split())   # "**Lego Club** (6–12 years)"
        frame.title = frame.title.strip(TABLE_EDGES) or frame.title    # "Final grades due | |": a flattened row's empty cells
        frame.title = own_row_title(frame.title, doc.text, timex.start, in_order)   # "Conference" of "- May 2nd 2031: Conference schedule published"
        frame.title = bound_row_title(frame.title, doc.text, timex.start)     # "Starts" under "Daylight Savings Ends | ..."
        frame.title = named_by_page(frame.title, doc.title)     # "Conference" on "IGEC 2024 Important Dates"
        frame.title = item_title(frame.title, doc.text, timex.start, framed, dated, doc.title)   # "Date and time" under "Free Tai Chi in London Fields"
        frame.title = without_lead_label(frame.title)      # "Event: Annual Chili Cook-Off & Game Night"
        deferring = without_deferral(tidied(frame.title)) != tidied(frame.title)
        frame.title = named_kind(frame.title, doc.text, timex.start, in_order)    # "Inaugural lecture" under "UCT Inaugural Lecture: Professor ..."
        venue = venue_retitled(frame.title, doc.text, timex.start, dated)
        if venue is not None:      # "Coal and Climate - N. Mullins" / "8:00 PM – Great Hall, Memorial Union"
            frame.title = venue[0]
            at = doc.text.find(venue[1], doc.text.rfind("\n", 0, timex.start) + 1)
            if cand.place is None and at >= 0:
                cand = replace(cand, place=Place(venue[1], None, at, at + len(venue[1]), venue=True))
        frame.title = tidied(frame.title)       # "Fall term courses start on:", "49 sitting days"
        kept = without_deferral(frame.title)
        if (deferring or kept != frame.title or line_defers(doc.text, timex.start, in_order, deferring_lines)) and DEFERRED_NOTE not in frame.notes:
            frame.title = tidied(kept)    # "Christmas Meeting - TBA": the day is set, what fills it is to come
            frame.notes = frame.notes + [DEFERRED_NOTE]
        frame.title = without_day_column(frame.title, *_days_held(timing))   # "Friday–Sunday Enrollment": the Day column
        if several_days(frame.title):
            continue         # "14th Apr5th May26th May": a row of days run together names nothing
        if furniture_title(frame.title, doc.text, timex.start):
            continue         # "SA News on Facebook" with no heading to name it: the page's furniture, no occasion
        if timing.precision == "approximate" and names_a_list(frame.title):
            continue         # "Best events this month": a list's heading, no occasion of its own
        head = heads.holding(timex.start)
        if head is not None:      # "* Ballarat - the gathering ... starts at 5:40am": that town's gathering
            cand = replace(cand, place=_headed_place(cand.place, head, zones))
            if head.place.name.lower() not in frame.title.lower():
                frame.title = f"{frame.title} – {head.place.name}"
        site = restated_heading(doc.text, cand.sentence[0], timex.start, frame.title, dated)
        if site is not None:      # "R-101 Ashby to Marston" / "Resurfacing works will shut R-101 Ashby to Marston ..."
            frame.title = f"{frame.title} – {site}"
        region = fronted_region(doc.text, cand.sentence[0], dated)
        if region is not None and region.lower() not in frame.title.lower():
            frame.title = f"{frame.title} – {region}"     # "In Essex, schools will observe winter holidays ...": Essex's
        identity = (normalise_title(frame.title), frame.kind)
        same = by_identity.setdefault(identity, [])
        twin = next((e for e in same if e.start == timing.start and e.end == timing.end and e.rrule == timing.rrule
                     and (cand.place is None or same_place(e.location, cand.place.name))), None)   # Ennis and Ennistymon, both 11:00
        if twin is not None:
            twin.sources.append(source)
            if twin.location is None and cand.place is not None:
                twin.location = cand.place.name
            continue
        glossed = (glossed_zone(doc.text, timex, glosses, _near_zones(cand.place, doc, doc_place, zones), spans)
                   if glosses and spans is not None and not timing.all_day and timex.type == "TIME" else None)
        if glossed is None and not timing.all_day and not timex.tz_text:
            headed = header_zone(doc.text, timex)     # "| Date | Match | Time (BST) |" over the row
            if headed is not None:
                glossed = headed[0], f"time zone {headed[0]} from the table's header (\"{headed[1]}\")"
        tz, tz_note = (glossed if glossed is not None      # "at 11:30 local time (10:30 GMT) ... in Geneva"
                       else event_zone(timex, timing, cand.place, doc, doc_place, zones, cand.place_note is not None))
        notes = frame.notes + timing.notes + ([tz_note] if tz_note else [])
        if cand.place_note:
            notes.append(cand.place_note)
        elif cand.place is not None and (cand.place.start < 0 or cand.place is doc_place):
            notes.append(f"place \"{cand.place.name}\" taken from the document, not the sentence")
        event = Event(
            uid=event_uid(doc.path, frame.title, frame.kind, len(same) + 1),
            title=frame.title, kind=frame.kind, start=timing.start, end=timing.end,
            all_day=timing.all_day, precision=timing.precision,
            location=cand.place.name if cand.place else None, tz=tz, window=timing.window,
            rrule=timing.rrule, sources=[source], notes=notes, exdates=sorted(set(cand.exdates)))
        same.append(event)
        events.append(event)
    return events


def _headed_place(place: Place | None, head: RowHead, zones: DocumentZones) -> Place:
    """The place of an entry on a list item a town leads: a venue the item names ("at the old
    cenotaph in Jubilee Gardens") in that town's zone, else the town; the town read as the page's
    namesake where the page's country or other places pick one (in_country)."""
    town = in_country(head.place, zones.country, zones.mentioned, zones.named) or head.place
    if place is not None and head.line[0] <= place.start < head.line[1]:
        return Place(place.name, town.tz, place.start, place.end, city=lookup(head.place.name) or head.place.name,
                     venue=True, pinned=True)
    return replace(town, pinned=True)


def _quotable(sentence: tuple[int, int], clause: tuple[int, int]) -> tuple[int, int]:
    return sentence if sentence[1] - sentence[0] <= MAX_QUOTE else clause


def _unresolved(doc: Document, timex: Timex, sentence: tuple[int, int], reason: str) -> Unresolved:
    sentence = _quotable(sentence, clause_of(doc.text, sentence, timex.start))
    return Unresolved(doc=doc.path, expr=timex.text, sentence=doc.text[sentence[0]:sentence[1]],
                      start=timex.start, end=timex.end, reason=reason, sentence_start=sentence[0])

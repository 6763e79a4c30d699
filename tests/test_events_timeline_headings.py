"""Milestone timelines under year, season, quarter or phase headings (round 28 pages 10 and 11's
class: strategy papers, annual plans, project timelines): each bullet is an entry titled by its
own words, dated by the period it writes itself or else by its heading's; the heading gives no
entry of its own, and the line above a heading never titles it."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

from calfeed.events.timeline_headings import timeline_items
from calfeed.timex import tag

YEARS = """Delivering the Library Plan

How the plan will be put to work over four years:

STAGE 1 (2028)

  • Form a delivery board for the plan
  • Agree the measures for each aim

STAGE 2 (2029)

  • Pilot the new lending service
  • Report progress to members

STAGE 3 (2030)

  • Evaluate the pilots and renew the plan
"""


def _entries(events):
    return sorted((e.title, e.start, e.end) for e in events)


def test_each_bullet_under_a_year_heading_is_an_entry_in_that_year():
    got = _entries(tagged_events(YEARS))
    assert ("Form a delivery board for the plan", date(2028, 1, 1), date(2028, 12, 31)) in got
    assert ("Agree the measures for each aim", date(2028, 1, 1), date(2028, 12, 31)) in got
    assert ("Pilot the new lending service", date(2029, 1, 1), date(2029, 12, 31)) in got
    assert ("Evaluate the pilots and renew the plan", date(2030, 1, 1), date(2030, 12, 31)) in got
    assert len(got) == 5
    assert all(e.precision == "approximate" for e in tagged_events(YEARS))


SEASONS = """Campus Master Plan: Schedule

Updates will follow as the work goes on.

Autumn 2027

Listening
  • Hold open forums for students and staff
Winter 2027

Phase A - Options

  • Workshops throughout January and February
Spring 2028

Phase B - Draft
  • Circulate the draft plan
  • Present the draft to the board

Summer 2028
  • Final plan goes to the trustees
"""


def test_season_headings_title_their_own_bullets_not_the_line_above():
    got = _entries(tagged_events(SEASONS))
    titles = {title: (start, end) for title, start, end in got}
    assert titles["Hold open forums for students and staff"][0] == date(2027, 9, 1)
    assert titles["Circulate the draft plan"][0] == date(2028, 3, 1)
    assert titles["Present the draft to the board"][0] == date(2028, 3, 1)
    assert titles["Final plan goes to the trustees"][0] == date(2028, 6, 1)
    # "throughout January and February": the bullet's own stretch, both months
    assert titles["Workshops"] == (date(2028, 1, 1), date(2028, 2, 29))
    assert "Updates will follow as the work goes on." not in titles


PHASES = """Harbour Path Project

Phase 1: Scoping
May – July 2027

  • Survey the route (May 2027)
  • Meet landowners along the path (June 2027)

Phase 2: Design
August – November 2027

  • Publish concept drawings (September 2027)
  • Public exhibition of the design (October/November 2027)
"""


def test_a_bullet_that_writes_its_month_is_dated_by_it_and_the_phase_is_its_own_entry():
    got = _entries(tagged_events(PHASES, published=date(2027, 3, 1)))
    starts = {title: start for title, start, _ in got}
    assert starts["Survey the route"] == date(2027, 5, 1)
    assert starts["Meet landowners along the path"] == date(2027, 6, 1)
    assert starts["Publish concept drawings"] == date(2027, 9, 1)
    assert starts["Public exhibition of the design"] == date(2027, 10, 1)
    # round 29 class D: "Phase 1: Scoping" over "May – July 2027" is the phase's own span
    assert ("Phase 1: Scoping", date(2027, 5, 1), date(2027, 7, 31)) in got
    assert ("Phase 2: Design", date(2027, 8, 1), date(2027, 11, 30)) in got
    assert len(got) == 6


QUARTERS = """Roadmap

2028 Milestones
Q1
- Launch the volunteer portal
Q3
- Open the second depot
2029 Milestones
Q2
- Review the fleet
"""


def test_quarters_under_a_year_heading_take_its_year():
    got = _entries(tagged_events(QUARTERS, published=date(2027, 11, 2)))
    assert ("Launch the volunteer portal", date(2028, 1, 1), date(2028, 3, 31)) in got
    assert ("Open the second depot", date(2028, 7, 1), date(2028, 9, 30)) in got
    assert ("Review the fleet", date(2029, 4, 1), date(2029, 6, 30)) in got


RECORD = """Our Progress

What we achieved in 2026
  • Opened two new reading rooms
  • Trained forty volunteers

What we achieved in 2027
  • Digitised the map archive
  • Hosted the county book fair
"""


def test_headings_that_tell_of_work_done_give_no_entries():
    assert tagged_events(RECORD, published=date(2025, 12, 1)) == []
    tagged = tag(RECORD, date(2025, 12, 1))
    assert timeline_items(RECORD, tagged, set()) == ({}, set())
    planned = RECORD.replace("What we achieved in", "Plans for")     # the same list as a plan: read
    assert len(timeline_items(planned, tag(planned, date(2025, 12, 1)), set())[0]) == 2


HORIZON = """Strategic Plan 2027-2033

  • Grow membership by a fifth
  • Halve our energy use

Strategic Plan 2034-2040

  • Become carbon neutral
"""


def test_a_plans_own_horizon_heads_no_bullets():
    events = tagged_events(HORIZON, published=date(2026, 11, 2))
    assert not any(e.title in ("Grow membership by a fifth", "Halve our energy use", "Become carbon neutral")
                   for e in events)


HEDGED = """Depot Rebuild Schedule

Early 2028
  • Clear the old depot
  • Residents' newsletter as needed

Late 2028
  • Open the new depot
  • Add a café if funding allows
"""


def test_a_bullet_with_a_condition_or_hedge_is_no_task():
    titles = {e.title for e in tagged_events(HEDGED, published=date(2027, 10, 4))}
    assert {"Clear the old depot", "Open the new depot"} <= titles
    assert not any("newsletter" in t or "café" in t for t in titles)


YEARLESS = """Planning Process

Phase 1 - Listening (August - November)
- Survey members and partners
- Hold listening sessions

Phase 2 - Drafting (January - March)
- Write the first draft
"""


def test_year_less_phases_follow_one_another():
    found, _ = timeline_items(YEARLESS, tag(YEARLESS, date(2027, 3, 1)), set())   # "August" read as 2027
    starts = {item.title: item.timex.span.start for items in found.values() for item in items}
    assert starts["Survey members and partners"] < starts["Write the first draft"]
    assert starts["Write the first draft"].month == 1
    assert starts["Survey members and partners"].month == 8


def test_on_a_dated_page_a_period_gone_by_is_a_record():
    events = tagged_events(PHASES, published=date(2027, 8, 10))
    titles = {e.title for e in events}
    assert "Survey the route" not in titles and "Meet landowners along the path" not in titles
    assert {"Publish concept drawings", "Public exhibition of the design"} <= titles


ARCHIVE = """Parish Council Papers

2027
  • January minutes
  • Agendas for the spring meetings

2028
  • February minutes
"""


def test_year_headings_over_records_are_an_archive():
    assert tagged_events(ARCHIVE, published=date(2026, 12, 1)) == []
    assert timeline_items(ARCHIVE, tag(ARCHIVE, date(2026, 12, 1)), set())[0] == {}


NUMBERED = """Trail Network Plan

Year One (2028)
1. Map the existing trails
2. Agree the route priorities

Year Two (2029)
1. Build the river link
"""


def test_numbered_items_are_tasks_too():
    got = _entries(tagged_events(NUMBERED))
    assert ("Map the existing trails", date(2028, 1, 1), date(2028, 12, 31)) in got
    assert ("Agree the route priorities", date(2028, 1, 1), date(2028, 12, 31)) in got
    assert ("Build the river link", date(2029, 1, 1), date(2029, 12, 31)) in got


DESCRIBED = """New rules for landlords

I. Taking effect in March 2028
1. Deposit Protection Order
This caps deposits at five weeks' rent and sets a new penalty for late protection.
2. Smoke Alarm Regulations 2026
These extend the duty to every storey of a rented home.

II. Taking effect in September 2028
1. Licensing fees review
The fees for a licence will be set by each council.

Contact us
  • Phone the helpline on weekdays
"""


def test_numbered_items_with_descriptions_and_no_section_after_them():
    starts = {e.title: e.start for e in tagged_events(DESCRIBED, published=date(2027, 12, 1))}
    assert starts["Deposit Protection Order"] == date(2028, 3, 1)
    assert starts["Smoke Alarm Regulations 2026"] == date(2028, 3, 1)      # a name's year, not its date
    assert starts["Licensing fees review"] == date(2028, 9, 1)
    assert "Phone the helpline on weekdays" not in starts


PAPERS = """Dr Ruth Pike - Selected Papers

2024
- Pike R. and Shaw T. Winter roosts of town starlings. Garden Birds 7.
- Pike R. Starling numbers in four parks. Park Ecology 3.

2023
- Shaw T. and Pike R. Nest sites under bridges. Garden Birds 6.
- Pike R. A count of roof nests. City Nature 12.
"""


def test_year_headings_kept_newest_first_are_a_record():
    assert tagged_events(PAPERS) == []                    # the page's date guessed from its years
    assert tagged_events(PAPERS, published=date(2024, 11, 5)) == []
    backwards = PAPERS.replace("2024\n", "2028\n").replace("2023\n", "2027\n")
    assert tagged_events(backwards, published=date(2026, 11, 5)) == []   # no year ahead is a plan's either


ANNALS = """Our Society Through the Years

2025
- The society moved into the old library.
- Our first exhibition was opened by the mayor.

2026
- We marked our fortieth anniversary.
- The youth branch was founded.
"""


def test_bullets_told_in_the_past_are_no_tasks():
    assert tagged_events(ANNALS) == []
    assert tagged_events(ANNALS, published=date(2026, 11, 20)) == []
    assert timeline_items(ANNALS, tag(ANNALS, date(2026, 11, 20)), set())[0] == {}
    steps = ANNALS.replace("- The society moved into", "- Move into").replace("- Our first exhibition was opened", "- Open the first exhibition")
    titles = {e.title for e in tagged_events(steps)}       # the plan's headline steps are still read
    assert {"Move into the old library", "Open the first exhibition by the mayor"} <= titles


# Review 22 S4: month headings written from the latest back keep the years they are read in, and
# a season word that opens a bullet before its noun ("Spring tidy of the ponds") qualifies it.
RAMBLES = """Rambles programme

April
- Ridge walk to the trig point
- Spring tidy of the village ponds

March
- Riverside walk to the mill

February
- Heath walk from the chapel
"""


def test_months_written_backwards_keep_their_years():
    events = tagged_events(RAMBLES, published=date(2026, 11, 20))
    by_title = {e.title: (e.start.year, e.start.month) for e in events}
    assert by_title.get("Riverside walk to the mill") == (2027, 3)
    assert by_title.get("Ridge walk to the trig point") == (2027, 4)
    assert by_title.get("Heath walk from the chapel") == (2027, 2)


def test_a_season_word_opening_a_bullet_before_its_noun_is_no_period():
    events = tagged_events(RAMBLES, published=date(2026, 11, 20))
    by_title = {e.title: (e.start.year, e.start.month, e.end.month) for e in events}
    assert by_title.get("Spring tidy of the village ponds") == (2027, 4, 4)
    assert "tidy of the village ponds" not in by_title

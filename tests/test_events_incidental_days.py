"""Days a page mentions that are no entry of its own: a stamp over a note of change, a photo's
day, the notice's own day, a year of history. Each test page is a made-up notice of the shape the
R56 development round showed (session 43)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import BUILD_DAY

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document


def _entries(page: str) -> list[tuple[date | datetime, str]]:
    doc = parse_document(page.encode(), "page.md")
    events = process_document(doc, Options(today=BUILD_DAY)).events
    return sorted(((e.start, e.title) for e in events), key=lambda pair: (str(pair[0]), pair[1]))


LIBRARY = """---
title: Reopening of the Harbour Library
---
Update 14 May
This Thursday, May 16, in consultation with the city archive, the Harbour Library will welcome readers back to its refurbished reading rooms on the quay.
The celebration that had been set for last Sunday was dropped by the board. "We are glad to share these rooms with our neighbours again," says Mira Holt, head librarian.
The Harbour Library on the quay will open its doors to readers on Thursday, May 16, at 9 a.m. After that it is open every day from 9 a.m. to 6 p.m.
Update 6 May
Update May 6, 2024: The board has just learned that the printing works next door will close for good. This is a large change for the quarter.
Statement 5 May
The Harbour Library has chosen to keep its reading rooms shut until further notice.
"""


def test_an_update_stamp_alone_on_its_line_is_no_entry_and_in_consultation_with_names_none():
    # On the parent: a 'Reopening of the Harbour Library' entry on 6 May from the line "Update 6 May"
    # (the stamp's tail wanted a colon or a bracket), and a 'Consultation' all-day entry on 16 May
    # from "in consultation with the city archive".
    assert _entries(LIBRARY) == [(datetime(2024, 5, 16, 9, 0), "Harbour Library on the quay")]


FERRY_RACE = """---
title: Harbour swim race called off for a day because of fog
published: 2023-07-12
---
By Coast News Service

PORT ELLIS - The town's summer swim race across the harbour has been put off because of thick fog.

The 58th Port Ellis Harbour Swim was meant to start this morning at the old ferry steps.

Race secretary Dana Whitlow said the organisers will meet once more on Thursday morning at 6:15 a.m. to look at the fog forecast and decide whether the swimmers can go.

Swimmers warm up beside the Port Ellis Swim Gala clubhouse near Gannet Point in Port Ellis, Saturday, May 14, 2022. The town's summer swim race has been put off because of fog.
"""


def test_a_photo_caption_s_past_day_is_no_entry():
    # On the parent: a second entry on 14 May 2022, the day the caption's photo was taken.
    assert [start for start, _ in _entries(FERRY_RACE)] == [datetime(2023, 7, 13, 6, 15)]


GAZETTE = """---
title: Easter Parade Street Closure
published: 2021-03-25
---
Northern Districts Public Notices

Notices published by the Northern Districts Board

Easter Parade Street Closure

Thursday, March 25, 2021

Street Closure Parade 2021

Notice is given that at a sitting of the Board held on Tuesday 9th March 2021 the Shire of Marlow resolved under By-law 12 that Quarry Road between Elm Lane and the old mill remain shut between 9.30am and 1pm on Saturday 3rd April 2021 so that the town's Easter parade and fair can be held.

Dated: 9 March 2021

Tom Arlen
Shire Clerk
"""


def test_a_notice_s_own_day_under_its_headline_and_a_feast_in_its_headline_give_no_entry():
    # On the parent: an entry on 25 March 2021 (the notice's own date line under its headline,
    # read as a key date's row) and one on Easter Sunday, 4 April 2021, from the headline's
    # "Easter" (its own line, over the date line that names it).
    days = {start if isinstance(start, date) and not isinstance(start, datetime) else start.date()
            for start, _ in _entries(GAZETTE)}
    assert date(2021, 3, 25) not in days and date(2021, 4, 4) not in days


PROGRAMME = """---
title: Side events - 5th Coastal Libraries Forum
---
Side events

Harbour walk

Tuesday 14th May.

18:00 – 20:00
A guided walk along the old harbour wall.

Letters of the Lighthouse Keepers

May 13th – 17th

Free entry to the exhibition in the Town Library. Opening hours: 9-17

The Town Library joins a display of the keepers' letters. In 2019 it is widely noted
that the fishermen of the town won the chance to vote in 1899.
"""


def test_a_year_of_history_cited_in_passing_is_no_year_long_entry():
    # On the parent: a year-long 'Vote' entry over 1899 (the tagger reads the infinitive as
    # ahead, so no past-tense rule took it).
    assert all(start.year == 2019 for start, _ in _entries(PROGRAMME))


def test_a_past_sitting_on_a_notice_that_writes_a_later_day_is_no_entry():
    # On the parent: 'Sitting of the Board' on 9 March 2021 stayed, as no entry lay ahead (the
    # closure's window "between 9.30am and 1pm on Saturday 3rd April 2021" gives none), so the
    # page looked like a record with nothing ahead; a later day written with its year is ahead too.
    days = {start if isinstance(start, date) and not isinstance(start, datetime) else start.date()
            for start, _ in _entries(GAZETTE)}
    assert date(2021, 3, 9) not in days


FESTIVAL_STAMP = """---
title: Harbour festival confirmed for this Saturday
published: 2014-05-07
---
The harbour festival will go ahead this Saturday, the organisers said on Wednesday.

UPDATE 8/5/14- The town hall has today backed the report, with the note below.

"The harbour festival opens on Saturday, 10/05/14, on the quay."
"""


def test_an_update_stamp_with_a_hyphen_after_its_day_is_no_entry():
    # On the parent: an entry on 8 May 2014 named by the rest of the stamp's line (the stamp's
    # tail took a colon, a long dash or a bracket, not a hyphen glued to a day-first date with a
    # two-digit year); the development round R65 showed the shape.
    days = {start if isinstance(start, date) and not isinstance(start, datetime) else start.date()
            for start, _ in _entries(FESTIVAL_STAMP)}
    assert date(2014, 5, 8) not in days and date(2014, 5, 10) in days

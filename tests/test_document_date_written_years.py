"""An undated page's written years (session 19, class D part 2: undated pages).

A listing that writes its days without a year and tells no tense ("Beetle Safari" / "14 June" /
"2pm, Meadow Gate") was counted from the day of the build, so its days landed in the build's
next year. Its footer ("© 2019 Meadow Trust", "Copyright 2016-2019") says when the page was
current: its days are read from that year on, still a guess, so the entries stay approximate.
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 12, 1)
LISTING = "Beetle Safari\n14 June\n2pm, Meadow Gate\n\nBring a magnifying glass and boots.\n\n"


def _run(text: str):
    return process_document(Document("listing.md", text), Options(today=BUILD_DAY))


def test_a_copyright_year_dates_an_undated_listing() -> None:
    for footer in ("© 2019 Meadow Trust", "Copyright 2019 Meadow Trust. All rights reserved.",
                   "Copyright © 2016-2019 Meadow Trust", "(c) 2017-2019 Meadow Trust"):
        result = _run(LISTING + footer + "\n")
        assert result.reference.value == date(2019, 1, 1), footer
        assert [(e.start.date(), e.precision) for e in result.events] == [(date(2019, 6, 14), "approximate")], footer


def test_a_year_without_a_copyright_mark_is_no_copyright() -> None:
    result = _run(LISTING + "Meadow Trust, founded 2019\n")
    assert result.reference.value != date(2019, 1, 1)


def test_a_copyright_year_after_the_build_is_not_taken() -> None:
    result = _run(LISTING + "© 2031 Meadow Trust\n")
    assert result.reference.value == BUILD_DAY


def test_a_bills_year_dates_a_page_an_enacted_laws_does_not() -> None:
    story = ("The coastal access forum proposed last month will begin on July 15, the governor says.\n"
             "He spoke at the signing into law of the Harbour Authority Amendment Bill of 2022.\n")
    result = _run(story)
    assert result.reference.value == date(2022, 1, 1)
    assert [e.start for e in result.events] == [date(2022, 7, 15)]
    cited = _run("Memoranda on the county plan may be sent to the Clerk on or before 7th March.\n"
                 "Pursuant to Article 35 of the Constitution of Vanua, 2010, the committee invites the public.\n")
    assert cited.reference.value == BUILD_DAY


def test_a_plans_span_dates_a_page_by_its_first_year() -> None:
    result = _run("The county invites comments on the Integrated Development Plan 2022-2026.\n"
                  "Memoranda may be sent to the Clerk on or before 7th March.\n")
    assert result.reference.value == date(2022, 1, 1)
    assert [e.start for e in result.events] == [date(2022, 3, 7)]


def test_a_target_year_ahead_is_no_pages_year() -> None:
    result = _run(LISTING + "Our trust aims to double the meadow by 2024.\n")
    assert result.reference.value != date(2024, 1, 1)


def test_history_and_look_backs_are_no_pages_year() -> None:
    for line in ("See the 2019 annual report on the board.", "Minutes of the 2019 annual meeting are on the board.",
                 "Apples have grown here since 2019.", "The hall shows paintings made between 1700 and 1800."):
        result = _run(LISTING + line + "\n")
        assert "writes the year" not in result.reference.reason, (line, result.reference.reason)

"""A listing block of a title line, a lone row "<day> | <venue>" under it and a blurb ("Harbour
Night Market" / "Sat 14 Feb | Frank Kitts Park" / "Food trucks ..."): the title line names the
event and the row's cell is where, not the event's name. A diary of several rows keeps reading
each row's own cell as its name."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

LISTING = """# What's on in the city this summer

Harbour Night Market

Sat 14 Feb | Frank Kitts Park

Food trucks, live music and local makers line the waterfront from dusk.

Lantern Parade Rehearsals

3-5 March | Civic Square

Volunteers bring their lanterns for three evenings of practice before the parade.

Open Air Cinema

Friday 20 February | Botanic Garden Lawn

Bring a blanket; the film starts when the sun goes down.
"""

DIARY = """School diary for February

Monday 9 February | Swimming carnival
Wednesday 11 February | Parent information evening
Friday 13 February | Class photos
"""


def _by_day(text: str, published: str) -> dict[date, tuple[str, str | None]]:
    return {(e.start.date() if hasattr(e.start, "date") else e.start): (e.title, e.location)
            for e in page_events(text, published)}


def test_the_title_line_names_a_lone_row_and_its_cell_is_the_venue() -> None:
    days = _by_day(LISTING, "2026-01-20")
    assert days[date(2026, 2, 14)] == ("Harbour Night Market", "Frank Kitts Park")
    assert days[date(2026, 2, 20)] == ("Open Air Cinema", "Botanic Garden Lawn")


def test_a_lone_row_s_range_takes_the_title_line_too() -> None:
    days = _by_day(LISTING, "2026-01-20")
    assert days[date(2026, 3, 3)] == ("Lantern Parade Rehearsals", "Civic Square")


def test_a_diary_s_rows_keep_their_own_names() -> None:
    titles = {title for title, _ in _by_day(DIARY, "2026-02-02").values()}
    assert titles == {"Swimming carnival", "Parent information evening", "Class photos"}

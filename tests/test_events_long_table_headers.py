"""A pipe table's header names every row's cells however long the table (ev28b; a leftover seen
on a real page: in a table of 1,994 rows the 1,795 rows below row 200 lost their Venue column, as
the header was looked for at most 200 lines up). The rows' table top is found from an index of
the page's runs of pipe lines, made once a page, so a long table stays linear."""
# Provenance: session 28, ev28b; a fixture list generated in the shape of a league's page.

from datetime import date

from events_helpers import tagged_events


def _fixtures(rows: int) -> str:
    lines = ["| Date | Kick-off | Fixture | Venue |", "|---|---|---|---|"]
    for k in range(rows):
        day = date(2027, 1, 2).toordinal() + k // 10
        when = date.fromordinal(day)
        lines.append(f"| {when.day} {when.strftime('%B')} {when.year} | {9 + k % 10}:00 "
                     f"| Row {k} Rovers v Row {k + 1} Rangers | Ground {k % 7} |")
    return "Fixtures 2027\n\n" + "\n".join(lines) + "\n"


def test_rows_far_below_the_header_keep_their_venue():
    events = tagged_events(_fixtures(230), published=date(2027, 1, 1))
    assert len(events) == 230
    assert all(e.location is not None for e in events)
    last = max(events, key=lambda e: e.start)
    assert last.title == "Row 229 Rovers v Row 230 Rangers" and last.location == "Ground 5"

"""The town that leads a list item ("* Bendigo - the march ... at 6am") is looked up for every entry
of the page. The lookup read back from each date to its line's start, so a long line of many dates
on a page with such items cost its length per date. The heads are now found by bisection over their
line starts, reading no text at all; a count of the characters looked through proves it."""

from __future__ import annotations

from calfeed.events.row_head_towns import row_head_towns

ITEMS = ("Services across the state\n"
         "* Bendigo - the march sets off from the town hall at 6am\n"
         "* Geelong - a wreath laying at the waterfront at 7am\n")


def _page(days: int) -> tuple[str, list[int]]:
    text, found = ITEMS + "Earlier services this year were held on ", []
    for k in range(days):
        found.append(len(text))
        text += f"{1 + k % 28} April, "
    return text + "and more.\n", found


class _CountingText(str):
    """A page that counts the characters its searches and slices run over."""

    looked = 0

    def rfind(self, sub, start=0, end=None):
        stop = len(self) if end is None else end
        found = str.rfind(self, sub, start, stop)
        _CountingText.looked += stop - (start if found < 0 else found)
        return found

    def find(self, sub, start=0, end=None):
        stop = len(self) if end is None else end
        found = str.find(self, sub, start, stop)
        _CountingText.looked += (stop if found < 0 else found) - start
        return found


def test_each_item_line_has_its_town_and_other_lines_none():
    text, days = _page(5)
    heads = row_head_towns(text)
    bendigo, geelong = text.index("Bendigo"), text.index("the waterfront")
    assert heads.holding(bendigo).place.name == "Bendigo"
    assert heads.holding(geelong).place.name == "Geelong"
    assert heads.holding(0) is None
    assert all(heads.holding(at) is None for at in days)


def test_the_lookup_for_many_dates_reads_no_line_back():
    text, days = _page(400)
    heads = row_head_towns(_CountingText(text))
    _CountingText.looked = 0
    assert all(heads.holding(at) is None for at in days)
    assert _CountingText.looked == 0

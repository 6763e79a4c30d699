"""A holiday (or season) opening an occasion's name is no date of its own when another date
stands in its sentence (holiday_names.holiday_names, season_names). Each such holiday walked all
of the page's dates to find one in its sentence: a page of many named occasions cost their
number times its dates. The dates that can date a sentence are now picked once per page and
looked up by start. The quoted-title check looked back for the holiday's line start over the
whole page before it (a page on one line): it now looks no further than the quote can reach."""

from __future__ import annotations

from datetime import date

from calfeed.events.holiday_names import HOLIDAY_RULES, QUOTE_REACH, _in_quoted_title, holiday_names, season_names
from calfeed.text import split_sentences
from calfeed.timex import tag
from call_counts import SteppedList

TODAY = date(2029, 2, 1)
OCCASIONS = ("The Christmas fair will be held in the hall.", "The summer fair will be held on the green.",
             "The Easter egg hunt will be held on 14 April.", "The autumn lecture will be held on 3 October.")


def _page(sentences: int) -> str:
    return " ".join(OCCASIONS[k % 4] for k in range(sentences))


def _dates_walked(sentences: int) -> int:
    text = _page(sentences)
    found = SteppedList(sorted(tag(text, TODAY), key=lambda t: t.start))
    at = split_sentences(text).at
    holiday_names(text, found, at)
    season_names(text, found, at)
    return found.stepped


def test_each_named_occasion_does_not_walk_all_the_page_dates():
    """On the parent 4x the page walked the dates some 16 times as often (every holiday, every date)."""
    small, large = _dates_walked(20), _dates_walked(80)
    assert large <= 6 * small


def test_a_date_in_the_sentence_still_dates_a_named_occasion():
    text = _page(4)
    found = sorted(tag(text, TODAY), key=lambda t: t.start)
    at = split_sentences(text).at
    naming, dated = holiday_names(text, found, at)
    christmas = next(t for t in found if t.text == "Christmas")
    easter = next(t for t in found if t.text == "Easter")
    assert {id(christmas), id(easter)} <= naming
    assert id(easter) in dated and id(christmas) not in dated      # only the Easter sentence writes a day
    seasons = season_names(text, found, at)
    assert [t.text for t in found if id(t) in seasons] == ["autumn"]


class _SearchedText(str):
    """A text that adds up, in ``searched``, the characters its ``rfind`` calls may look through."""

    searched = 0

    def rfind(self, sub, start=0, end=None):
        stop = len(self) if end is None else end
        _SearchedText.searched += max(0, stop - start)
        return super().rfind(sub, start, end)


def test_the_quoted_title_check_reads_back_no_further_than_a_quote_reaches():
    text = "Notes on one line: " + "a Christmas fair and " * 150 + "“The Nightmare Before Christmas” plays."
    holidays = [t for t in tag(text, TODAY) if t.rule in HOLIDAY_RULES]
    counted = _SearchedText(text)
    _SearchedText.searched = 0
    found = [_in_quoted_title(counted, t) for t in holidays]
    assert found[-1] and not any(found[:-1])
    assert _SearchedText.searched <= 2 * QUOTE_REACH * len(holidays)

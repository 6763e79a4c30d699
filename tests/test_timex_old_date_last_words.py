"""old_dates.old_date_start looks at the last characters before a day for one of the words an
old-date phrase ends with before it reads the words back: at every place of texts of our own
wording, with the phrase's words in any case, cut by the window's start or glued to others, it
answers as the full reading it spares."""

from __future__ import annotations

from calfeed.timex import old_dates
from calfeed.timex.old_dates import OLD_DATE_REACH, _WORD, old_date_start, old_date_words


def _full_reading(text: str, low: int, start: int) -> int:
    """old_date_start as it read before the look at the last characters: every word of the window."""
    window_start = max(low, start - OLD_DATE_REACH)
    found = list(_WORD.finditer(text, window_start, start))
    if not found or text[found[-1].end():start].strip():
        return start
    count = old_date_words([m.group().lower() for m in found])
    if not count:
        return start
    return found[-count].start()


_TEXTS = [
    "The Marlow lantern fair moved from its original date 4 May to 18 May, and the Quenby regatta "
    "from the initially planned date of 9 June to 23 June; an update 7 July, a birthday 3 Aug.",
    "Tickets for the Orlen Street market (rescheduled from their first Day 12 March) stay valid. "
    "The council set a new date: 20 April. Its planned DATE OF  2 May was dropped, the Day\n14 May too.",
    "A long run of words before the day so that the window cuts a word in two: "
    + "x" * 55 + "date 9 Sep; " + "y" * 57 + "of 10 Sep; \u212aday 1 Oct; caf\u00e9 date 2 Oct; day\u00b2 3 Oct.",
]


def test_the_last_characters_answer_as_the_full_reading():
    kept = 0
    for base in _TEXTS:
        for text in (base, base.upper(), base.lower()):
            for start in range(len(text) + 1):
                for low in (0, max(0, start - 20), start):
                    answer = _full_reading(text, low, start)
                    assert old_date_start(text, low, start) == answer, (text[max(0, start - 40):start], low)
                    kept += answer != start
    assert kept > 10        # the texts hold old-date phrases the reading finds


def test_the_last_words_are_the_links_and_the_nouns():
    endings, longest = old_dates._last_words()
    assert {"of", "date"} <= set(endings)
    assert longest == max(map(len, endings))

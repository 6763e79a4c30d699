"""A month or day a figure is measured against: one already seen, not one ahead.

"The rate fell to 5.1 percent, down from 5.3 percent in December" and "sales were $4 million,
compared with $3 million in December" name the month of an observed figure, the yardstick of the
one reported. Said in October, that December is last year's; a past verb elsewhere in the sentence
is no sure governor of it (the comma or the comparison word stands between), so the resolver let the
near December ahead win, and a present one ("the rate is 5.1 percent, up from 4.9 percent in August",
"prices are 3 percent higher than in August") chose next year's outright. A date right after a
comparison word of ``comparison_markers.txt`` ("from", "than", "compared" and a short word after it),
a figure (a digit or a currency sign and at most three words of its unit) or nothing, and a
preposition that opens a date's phrase is read as past; a sentence told in the future ("is expected
to fall from 5.1 percent in November") keeps its tense (tense.tense_at asks only when no future cue
governs).
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.lexicon import load_list, load_table
from calfeed.timex.marked_lookback import marked_search

_LOOKBACK = 72      # characters read back from the date: the marker, the figure and its unit words


@lru_cache(maxsize=None)
def _compared_figure(lang: str) -> re.Pattern[str]:
    markers = "|".join(sorted((re.escape(w) for w in load_list(lang, "comparison_markers")), key=len, reverse=True))
    leads = "|".join(re.escape(r["word"]) for r in load_table(lang, "date_prepositions") if r["firm"] == "yes")
    figure = r"[\d$\u00a2-\u00a5\u20a0-\u20cf]"     # a digit or a currency sign ("$", "\u00a3", "\u20ac")
    return re.compile(
        rf"(?<![\w'])(?:{markers})(?:(?:\s{{1,3}}[a-z]{{2,5}})?\s{{1,3}}{figure}\d{{0,4}}(?:[.,]\d{{1,3}}){{0,4}}"
        rf"[A-Za-z%]{{0,3}}(?:\s{{1,3}}[A-Za-z%]{{1,10}}){{0,3}})?\s{{1,3}}(?:{leads})\s{{1,3}}\Z",
        re.IGNORECASE)


def compared_figure_before(text: str, s_start: int, start: int, lang: str = "en") -> bool:
    """Whether the date at ``start`` closes a figure measured against ("down from 5.3 percent in").
    Every match holds a comparison marker: an ASCII look back whose lower case holds none (most) is
    not searched, as the pattern, which opens with a look-behind, is tried at each of its characters."""
    return marked_search(_compared_figure(lang), _markers(lang), text, max(s_start, start - _LOOKBACK), start)


@lru_cache(maxsize=None)
def _markers(lang: str) -> tuple[str, ...]:
    """The comparison markers in lower case (the pattern reads them case-blind)."""
    return tuple(word.lower() for word in load_list(lang, "comparison_markers"))

"""A month written before the noun of a degree, an exam, a term or a list names which one: "the
February degree list", "petition for the December Advanced Standing Exam", "Thesis due for May
doctoral degrees". The month tells no time of its own, so it gives no month-long entry. A month
after a word that dates by it ("in December exams begin", "by May") stays a time."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

MAX_BETWEEN = 3          # words between the month and its noun ("December Advanced Standing Exam")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BLANKS = re.compile(r"[ \t]{1,3}")


def modifier_months(text: str, ordered: Sequence[Timex]) -> set[int]:
    """The months (by id) that only name a degree, exam, term or list (see the module's text)."""
    nouns, vetoes = word_list("month_modified_nouns"), word_list("month_modifier_vetoes")
    found: set[int] = set()
    for timex in ordered:
        if (timex.type != "DATE" or timex.interval is None or timex.interval.granularity != "month"
                or any(c.isdigit() or c.isspace() for c in timex.text.strip())):
            continue
        before = _WORD.findall(text[max(0, timex.start - 30):timex.start])
        if before and before[-1].lower() in vetoes:
            continue
        after = text[timex.end:timex.end + 80]
        cursor = 0
        for count, word in enumerate(_WORD.finditer(after)):
            if count > MAX_BETWEEN or not _BLANKS.fullmatch(after[cursor:word.start()]):
                break         # only words and blanks between: no comma, stop or line break
            if word.group().lower() in nouns:
                found.add(id(timex))
                break
            cursor = word.end()
    return found

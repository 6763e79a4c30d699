"""The effective-change readers ask, for each date of a sentence or line, whether an effective lead
alone fronts it ("As of 2 May, ...") and whether it ends a headline line ("New hours from 2 May").
The first split the sentence from its start up to every date; the second looked for the line's end
and copied the rest of the line for every date. A sentence or page of many days cost its length per
day. Both now read only as far as their answer needs: counts of the words split and of the
characters looked through prove it, and the readers still title a change."""

from __future__ import annotations

from calfeed.events.effective_changes import effective_change, headline_change
from calfeed.model import Timex
from call_counts import count_words


class _CountingText(str):
    """A page that counts the characters its searches and slices run over."""

    looked = 0

    def find(self, sub, start=0, end=None):
        stop = len(self) if end is None else end
        found = str.find(self, sub, start, stop)
        _CountingText.looked += (stop if found < 0 else found) - start
        return found

    def rfind(self, sub, start=0, end=None):
        stop = len(self) if end is None else end
        found = str.rfind(self, sub, start, stop)
        _CountingText.looked += stop - (start if found < 0 else found)
        return found

    def __getitem__(self, key):
        part = str.__getitem__(self, key)
        _CountingText.looked += len(part)
        return part


def _listed_days(days: int) -> tuple[str, list[Timex]]:
    found, text = [], "The parish fees go up by a tenth on "
    for k in range(days):
        written = f"{1 + k % 28} May"
        found.append(Timex(len(text), len(text) + len(written), written, "DATE", "2031-05-01"))
        text += written + ", "
    return text + "the council says.", found


def _words_split(days: int, monkeypatch) -> int:
    text, found = _listed_days(days)
    counter = count_words(monkeypatch)
    for timex in found:
        effective_change(text, (0, len(text)), timex, [timex])
    return counter.count


def _characters_looked(days: int) -> int:
    text, found = _listed_days(days)
    page = _CountingText(text)
    _CountingText.looked = 0
    for timex in found:
        headline_change(page, timex)
    return _CountingText.looked


def test_a_sentence_of_many_days_is_not_split_to_each(monkeypatch):
    small, large = _words_split(100, monkeypatch), _words_split(400, monkeypatch)
    assert large <= 5 * small


def test_a_line_of_many_days_is_not_read_to_its_end_for_each():
    small, large = _characters_looked(100), _characters_looked(400)
    assert large <= 5 * small


def _dated(text: str, written: str) -> Timex:
    start = text.index(written)
    return Timex(start, start + len(written), written, "DATE", "2031-05-02")


def test_the_readers_still_title_a_change():
    text = "As of 2 May, the parish hall opens on weekday evenings."
    assert effective_change(text, (0, len(text)), _dated(text, "2 May"), []) == "Parish hall opens on weekday evenings"
    line = "Notices\n\n**Longer library hours as of 2 May**\n\nThe library adds two evenings."
    assert headline_change(line, _dated(line, "2 May")) == "Longer library hours"

"""The referred-occasion reader asks, of every dated candidate whose event noun another candidate
shares, whether its day stands in a fronted time clause ("After the club's 4 June gala, ..."). It
split the sentence from its start up to the day, and copied it on to the comma after the day, for
each such candidate: a sentence listing many days of one noun cost its length per day. It now reads
the few words the opener needs first and looks for the comma only when they hold one."""

from __future__ import annotations

from types import SimpleNamespace

from calfeed.events.referred_occasions import _referred_clause_end
from calfeed.model import Timex
from call_counts import count_words


def _gala_list(days: int, opener: str = "After") -> tuple[str, list[SimpleNamespace]]:
    """One long sentence: a fronted clause, then a gala on each of ``days`` days, a comma after each."""
    text, found = f"{opener} the club's 4 June gala, the galas run on ", []
    head = text.index("4 June")
    found.append(Timex(head, head + len("4 June"), "4 June", "DATE", "2031-06-04"))
    for k in range(days):
        written = f"{1 + k % 28} July"
        found.append(Timex(len(text), len(text) + len(written), written, "DATE", "2031-07-01"))
        text += written + " gala, "
    text += "and the hall closes."
    return text, [SimpleNamespace(timex=t, sentence=(0, len(text)), head="gala") for t in found]


def _words_split(days: int, monkeypatch) -> int:
    text, cands = _gala_list(days)
    counter = count_words(monkeypatch)
    for cand in cands:
        _referred_clause_end(text, cand)
    return counter.count


def test_a_sentence_of_many_days_is_not_split_whole_for_each(monkeypatch):
    """On the parent 400 days split some 15 times the words of 100 (the sentence up to each day)."""
    small, large = _words_split(100, monkeypatch), _words_split(400, monkeypatch)
    assert large <= 5 * small


def test_the_fronted_clause_is_still_found():
    text, cands = _gala_list(3)
    assert _referred_clause_end(text, cands[0]) == text.index(",")
    assert all(_referred_clause_end(text, c) == -1 for c in cands[1:])
    plain, plain_cands = _gala_list(3, opener="At")
    assert _referred_clause_end(plain, plain_cands[0]) == -1

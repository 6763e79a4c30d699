"""What the words of a line before each of its dates say, read from the line's words split once:
whether any word that could name something stands before the date (outside its dates, brackets
and weekdays), and the capitalised name right before a copula and the date ("Founders Day falls
on 3 May", "... in which case Eid Al Fitr will be on Wednesday July 6th").

Every unframed date of a line asks, and a page written on one line is one line holding every
date: splitting the line up to each date and testing each word against each of the line's dates
was cubic in its dates (a 20 KB one-line page of clock slots took 143 s to build).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import accumulate

from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import Word, start_free, words_in


def bracket_step(word: Word, depth: int) -> tuple[int, bool]:
    """The bracket depth after ``word`` and whether the word is a bracket or inside one: a
    bracketed remark is no part of a name ("Chair Yoga (limited places)")."""
    opened = word.text.count("(") + word.text.count("[")
    depth += opened - word.text.count(")") - word.text.count("]")
    if depth > 0 or opened or word.text in (")", "]"):
        return max(depth, 0), True
    return depth, False


def nameless(word: Word) -> bool:
    """A weekday or a mark: never a word of a name."""
    return word.lower.rstrip(".") in weekday_words() or not any(c.isalnum() for c in word.text)


@dataclass
class _Spans:
    """Sorted spans, asked whether an offset starts inside one (as words.start_free sweeps)."""

    spans: list[tuple[int, int]]
    starts: list[int] = field(init=False)
    reach: list[int] = field(init=False)      # the furthest end of the spans up to each

    def __post_init__(self) -> None:
        self.spans.sort()
        self.starts = [a for a, _ in self.spans]
        self.reach = list(accumulate((b for _, b in self.spans), max))

    def outside(self, offset: int) -> bool:
        at = bisect.bisect_right(self.starts, offset)
        return at == 0 or self.reach[at - 1] <= offset


@dataclass
class LineNames:
    """One line's words, with what the readers of the name before a date need of them, so that
    each date reads back from itself instead of splitting the line up to it."""

    text: str
    tokens: list[Word]       # every word and mark of the line
    dates: _Spans            # the line's dates
    named: _Spans            # the dates that stay out of a name ("July:", not "spring")
    token_ends: list[int] = field(init=False)
    free: list[Word] = field(init=False)        # the words starting in none of the line's dates
    free_ends: list[int] = field(init=False)
    run_start: list[int] = field(init=False)    # where the run of stop words ending at each free word begins
    last_copula: list[int] = field(init=False)  # the last copula's index up to each free word (-1: none)
    depth_before: list[int] = field(init=False)  # the bracket depth before each word, up to the first name word
    first_name: int | None = field(init=False)   # the index of the line's first name word

    def __post_init__(self) -> None:
        self.token_ends = [w.end for w in self.tokens]
        self.free = [w for w, free in zip(self.tokens, start_free(self.tokens, self.dates.spans)) if free]
        self.free_ends = [w.end for w in self.free]
        stops, copulas = copula_run_stops(), word_list("named_day_copulas")
        self.run_start, self.last_copula = [], []
        for k, word in enumerate(self.free):
            lower = word.lower
            stop = lower in stops or hedged_run(lower, self.free[k + 1].lower if k + 1 < len(self.free) else None)
            self.run_start.append(k + 1 if not stop else (self.run_start[-1] if k else 0))
            self.last_copula.append(k if lower in copulas else (self.last_copula[-1] if k else -1))
        self.depth_before = []
        self.first_name = self._first_name(self.tokens, start_free(self.tokens, self.named.spans), 0, self.depth_before)

    @classmethod
    def of_line(cls, text: str, begin: int, stop: int, dates: list[tuple[int, int]],
                named: list[tuple[int, int]]) -> LineNames:
        return cls(text, words_in(text, begin, stop), _Spans(list(dates)), _Spans(list(named)))

    def name_before(self, start: int) -> bool:
        """Whether a word that can be part of a name stands before ``start`` on the line, outside
        the named dates, brackets and weekdays: the first word the line's name would keep."""
        at = bisect.bisect_right(self.token_ends, start)
        if self.first_name is not None and self.first_name < at:
            return True
        tail = self._cut_word(at, start)      # no name word before the word ``start`` cuts
        free = [self.named.outside(w.start) for w in tail]
        return self._first_name(tail, free, self.depth_before[at] if tail else 0, []) is not None

    def copula_name(self, start: int, most: int) -> list[Word] | None:
        """The words a copula run before ``start`` follows, as the line's words from its start to
        ``start`` outside its dates give them: at most ``most`` words in capitals after a
        lower-case word, a break or the line's start, an article left off; None when the words
        before ``start`` end in no copula run, or no such name stands before it."""
        kept = bisect.bisect_right(self.free_ends, start)
        tail = [w for w in self._cut_word(bisect.bisect_right(self.token_ends, start), start)
                if self.dates.outside(w.start)]
        count = kept + len(tail)

        def at(k: int) -> Word:
            return self.free[k] if k < kept else tail[k - kept]

        stops = copula_run_stops()
        k = count
        while k > kept and (tail[k - kept - 1].lower in stops or hedged_run(
                tail[k - kept - 1].lower, tail[k - kept].lower if k < count else None)):
            k -= 1
        if k == kept and kept:
            k = self.run_start[kept - 1]      # the run of stop words before the cut word, read once a line
        copulas = word_list("named_day_copulas")
        if k == count or not (any(w.lower in copulas for w in tail[max(k - kept, 0):])
                              or (k < kept and self.last_copula[kept - 1] >= k)):
            return None
        first = k
        while first > 0 and at(first - 1).is_word and at(first - 1).is_capitalised and k - first < most:
            first -= 1
        if first == k or (first > 0 and at(first - 1).is_word and at(first - 1).is_capitalised):
            return None        # no name, or a longer run of capitals (a heading run into the line)
        while first < k and at(first).lower in word_list("articles"):
            first += 1
        return [at(j) for j in range(first, k)]

    def _cut_word(self, at: int, start: int) -> list[Word]:
        """The words the line's word ``at`` leaves before ``start`` when it runs over it ("Forum20
        May"): splitting the line only up to ``start`` reads them, not the whole word."""
        if at == len(self.tokens) or self.tokens[at].start >= start:
            return []
        return words_in(self.text, self.tokens[at].start, start)

    @staticmethod
    def _first_name(words: list[Word], free: list[bool], depth: int, depths: list[int]) -> int | None:
        """The index of the first of ``words`` a name keeps, from the bracket ``depth`` before them;
        ``depths`` gets the depth before each word read."""
        for k, (word, outside) in enumerate(zip(words, free)):
            depths.append(depth)
            if not outside:
                continue
            depth, inside = bracket_step(word, depth)
            if not inside and not nameless(word):
                return k
        depths.append(depth)
        return None


def hedged_run(word: str, following: str | None) -> bool:
    """A forecast word inside a copula run ("the feast likely to fall on", "the fair is expected to
    be on"): only as "likely to" / "expected to"; "Strong winds are expected on Sunday" is a
    forecast of weather, no name of the day (named_day_hedges)."""
    return following is not None and following in word_list("named_day_hedge_links") and word in word_list("named_day_hedges")


def copula_run_stops() -> frozenset[str]:
    """The words a copula run before a date is made of ("will be on", "falls on", "is"), read back
    over to the name before them."""
    return word_list("bare_label_stops") | word_list("named_day_copulas")

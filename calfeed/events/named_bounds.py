"""A series that runs "until the LOI deadline": the document names its end by a deadline it
dates elsewhere ("LOIs are due on Friday, January 15"). The series then ends on that day;
when nothing in the document dates that deadline, it stays open (and stays what it is: office
hours, a clinic, not a deadline).
"""

from __future__ import annotations

from calfeed.events.vocabulary import cues, ending_phrase, phrase_at, phrase_list, word_list
from calfeed.events.words import Word, compared_stem, words_in
from calfeed.model import Event

MAX_NAME_WORDS = 4      # words between "until the" and "deadline" ("the full proposal deadline")


def bound_by_named_deadlines(events: list[Event]) -> None:
    """Give each open series that runs until a named deadline the day of that deadline."""
    deadlines = [e for e in events if e.kind == "deadline" and e.rrule is None]
    for event in events:
        rule = event.rrule
        if not rule or "UNTIL=" in rule or "COUNT=" in rule or event.kind == "deadline":
            continue
        name = _named_deadline(event)
        if name is None:
            continue
        days = {(e.end or e.start) for e in deadlines if name <= _stems(e.title)}
        days = {d.date() if hasattr(d, "date") else d for d in days}
        if len(days) != 1:
            continue
        (day,) = days
        timed = not event.all_day
        event.rrule = f"{rule};UNTIL={day:%Y%m%d}T235959" if timed else f"{rule};UNTIL={day:%Y%m%d}"
        event.notes.append(f"runs until the deadline the document dates {day.isoformat()}")


def bounds_series(words: list[Word], first: int) -> bool:
    """Whether the phrase opening at ``words[first]`` follows a series' end cue, articles between
    ("every second Wednesday from 6 January until the paper deadline"): it is what ends the series,
    so it never names it."""
    k = first
    articles = word_list("articles")
    while k > 0 and words[k - 1].lower in articles:
        k -= 1
    lowered = [w.lower for w in words[max(0, k - 3):k]]
    return ending_phrase(lowered, [c.words for c in cues() if c.role == "series_end"]) is not None


def _named_deadline(event: Event) -> set[str] | None:
    """The words naming the deadline after the series' bound ("until the LOI deadline" -> {"loi"});
    an empty set for a plain "until the deadline"; None when no deadline bounds it."""
    source = event.sources[0]
    text = source.sentence
    words = words_in(text, source.end - source.sentence_start, len(text))
    lowered = [w.lower for w in words]
    ends = tuple(c.words for c in cues() if c.role == "series_end")
    nouns = phrase_list("bound_deadline_nouns")
    articles = word_list("articles")
    for k in range(len(lowered)):
        end = phrase_at(lowered, k, ends)
        if end is None:
            continue
        first = k + len(end)
        while first < len(lowered) and lowered[first] in articles:
            first += 1
        for last in range(first, min(len(lowered), first + MAX_NAME_WORDS + 1)):
            noun = phrase_at(lowered, last, nouns)
            if noun is not None:
                return {compared_stem(lowered[j]) for j in range(first, last) if words[j].is_word}
            if not words[last].is_word:
                break
        return None
    return None


def _stems(title: str) -> set[str]:
    """A title's words as names are compared: "LOIs" and "LOI" name the same thing."""
    return {compared_stem(w.lower) for w in words_in(title, 0, len(title)) if w.is_word}

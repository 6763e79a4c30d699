"""A stage act or rite announced for a day, told by its verb: "Brit Floyd will perform at the
Tennessee Theatre on Tuesday, Nov. 21", "Country star Jason Aldean will be performing at the old
ballpark on Oct. 11", "We will be celebrating World Book Day on Friday 2nd March", "They are to
receive the Sacrament of Confirmation on Sunday, October 6th". News round-ups and newsletters name
no event noun for these: the performer names the entry ("Brit Floyd", "Lizzo headlines"), or,
for a rite or an occasion kept (``named`` "object" in the table), the occasion in title case
("World Book Day", ending in an occasion's word: "celebrating Record Revenue" is no occasion).
Only an act still to come counts (``performing_futures``; a bare "are performing" with its venue
or date right after it): "performed on Monday", a date before the page's, is narration.
"""

from __future__ import annotations

import datetime

from calfeed.model import Timex
from calfeed.events.person_acts import PersonAct, future_before, inside, verb_rows
from calfeed.events.quote_marks import ENGLISH, quote_marks
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word

MAX_NAME_WORDS = 6        # "The Shippensburg University Brass Ensemble"
MAX_GAP_WORDS = 12        # words from the verb (or its object) to the date ("at the old ballpark on")
QUOTES = quote_marks(ENGLISH, double=True)


def _announced_at(words: list[Word], lowered: list[str], verb: int, date: tuple[int, int], named: str) -> int | None:
    """Index of the words announcing the act before the verb: a future ("will be", "are to"),
    or a bare present ("are performing", performing_presents); a performer's bare present only
    when the verb is followed by its venue ("at", "in") or by the date ("are performing on June 6
    at the Leadmill"): "Shares of Acme are performing strongly ahead of earnings" is how a market
    moves, not a show. (An occasion's verb is checked by its named occasion instead.)"""
    future = future_before(lowered, verb, "performing_futures")
    if future is not None:
        return future
    present = future_before(lowered, verb, "performing_presents")
    if present is None or named == "object":
        return present
    if verb + 1 >= len(words):
        return None
    if lowered[verb + 1] in word_list("performing_venue_links"):
        return present
    leads = word_list("person_act_date_leads")
    k = verb + 1
    while k < len(words) and lowered[k] in leads and words[k].end <= date[0]:
        k += 1
    return present if k < len(words) and words[k].start >= date[0] else None


def _capital_run(words: list[Word], first: int, blocked: list[tuple[int, int]], step: int, limit: int) -> int:
    """The far end of a run of capitalised words from ``first`` going ``step`` (names may hold
    "of", "and", "&" between capitalised words: "Sacrament of Confirmation"); ``first`` - step
    when the run is empty."""
    joins = word_list("name_joiners")
    k, last = first, first - step
    while 0 <= k < len(words) and abs(k - first) < limit and not inside(words[k], blocked):
        word = words[k]
        if word.is_word and word.is_capitalised and word.lower not in word_list("pronouns"):
            last = k
        elif not (word.lower in joins or word.text == "&"):
            break
        k += step
    return last


def _performer(words: list[Word], end: int, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name right before word ``end`` ("Heavy metal icons Mercyful Fate": Mercyful Fate; a
    quoted title: “Daniel Tiger’s Neighborhood Live”), without a pronoun or a lone article."""
    if end > 0 and words[end - 1].text in QUOTES:
        opening = next((k for k in range(end - 2, max(-1, end - 2 - 2 * MAX_NAME_WORDS), -1)
                        if words[k].text in QUOTES), None)
        return (opening + 1, end - 2) if opening is not None and opening + 1 <= end - 2 else None
    first = _capital_run(words, end - 1, blocked, -1, MAX_NAME_WORDS)
    if first > end - 1:
        return None
    while first < end and not (words[first].is_word and words[first].is_capitalised):
        first += 1        # "& John Oates": a name opens with a word
    if first >= end or all(w.lower in word_list("articles") for w in words[first:end]):
        return None
    return first, end - 1


def _written(text: str, words: list[Word], first: int, last: int) -> str:
    return " ".join(text[words[first].start:words[last].end].split())


def told_as_past(timex: Timex, page: datetime.date | None) -> bool:
    """Whether a stage act's date is history: told in the past tense, or all before the page's
    date ("Queen are to perform at Wembley on July 13, 1985" in a 2026 article)."""
    if timex.tense == "past":
        return True
    span = timex.span
    return page is not None and span is not None and (span.end - datetime.timedelta(microseconds=1)).date() < page


def performed_act(words: list[Word], blocked: list[tuple[int, int]], text: str,
                  date: tuple[int, int]) -> PersonAct | None:
    """The stage act or rite announced in the clause for the date at ``date``, if any."""
    lowered = [w.lower for w in words]
    verbs = verb_rows("performing_verbs")
    for verb, word in enumerate(lowered):
        if word not in verbs or inside(words[verb], blocked) or words[verb].end > date[0]:
            continue
        present, named = verbs[word]["present"], verbs[word]["named"]
        future = _announced_at(words, lowered, verb, date, named)
        if future is None:
            continue
        content = verb + 1
        while content < len(words) and lowered[content] in word_list("articles") | word_list("possessives"):
            content += 1       # "the Sacrament of Confirmation", "their First Holy Communion"
        if named == "object":
            last = _capital_run(words, content, blocked, 1, MAX_NAME_WORDS)
            if last < content or words[last].end > date[0]:
                continue       # "will receive a letter": no named occasion
            if lowered[last] not in word_list("occasion_heads") | word_list("performed_occasions"):
                continue       # "will be celebrating Record Revenue": a result, no occasion
            title, after = _written(text, words, content, last), last + 1
        else:
            person = _performer(words, future, blocked)
            if person is None:
                continue
            title, after = f"{_written(text, words, *person)} {present}".rstrip(), verb + 1
        between = [w for w in words[after:] if w.end <= date[0]]
        if len(between) > MAX_GAP_WORDS or any(w.text in ",;" for w in between):
            continue           # "will perform ..., and on Monday ...": the date is another clause's
        return PersonAct(title[:1].upper() + title[1:], verb, content, verb)
    return None

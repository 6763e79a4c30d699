"""A stage act or rite announced for a day, told by its verb: "Brit Floyd will perform at the
Tennessee Theatre on Tuesday, Nov. 21", "Country star Jason Aldean will be performing at the old
ballpark on Oct. 11", "We will be celebrating World Book Day on Friday 2nd March", "They are to
receive the Sacrament of Confirmation on Sunday, October 6th". News round-ups and newsletters name
no event noun for these: the performer names the entry ("Brit Floyd", "Lizzo headlines"), or,
for a rite or an occasion kept (``named`` "object" in the table), the occasion in title case
("World Book Day"). Only an act still to come counts (``performing_futures``): "performed on
Monday" is narration.
"""

from __future__ import annotations

from functools import lru_cache

from calfeed.events.person_acts import PersonAct
from calfeed.events.vocabulary import phrase_list, table, word_list
from calfeed.events.words import Word

MAX_NAME_WORDS = 6        # "The Shippensburg University Brass Ensemble"
MAX_GAP_WORDS = 12        # words from the verb (or its object) to the date ("at the old ballpark on")
QUOTES = "\"“”"


@lru_cache(maxsize=None)
def _verbs() -> dict[str, tuple[str, str]]:
    return {row["verb"].lower(): (row["present"], row["named"]) for row in table("performing_verbs")}


def _inside(word: Word, blocked: list[tuple[int, int]]) -> bool:
    return any(s < word.end and word.start < e for s, e in blocked)


def _future_before(lowered: list[str], verb: int) -> int | None:
    """Index of the first announcing word ("will be", "are to") before the verb, past fillers."""
    k = verb
    while k > 0 and lowered[k - 1] in word_list("person_act_fillers"):
        k -= 1
    for future in sorted(phrase_list("performing_futures"), key=len, reverse=True):
        if k >= len(future) and tuple(lowered[k - len(future):k]) == future:
            return k - len(future)
    return None


def _capital_run(words: list[Word], first: int, blocked: list[tuple[int, int]], step: int, limit: int) -> int:
    """The far end of a run of capitalised words from ``first`` going ``step`` (names may hold
    "of", "and", "&" between capitalised words: "Sacrament of Confirmation"); ``first`` - step
    when the run is empty."""
    joins = word_list("name_joiners")
    k, last = first, first - step
    while 0 <= k < len(words) and abs(k - first) < limit and not _inside(words[k], blocked):
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


def performed_act(words: list[Word], blocked: list[tuple[int, int]], text: str,
                  date: tuple[int, int]) -> PersonAct | None:
    """The stage act or rite announced in the clause for the date at ``date``, if any."""
    lowered = [w.lower for w in words]
    verbs = _verbs()
    for verb, word in enumerate(lowered):
        if word not in verbs or _inside(words[verb], blocked) or words[verb].end > date[0]:
            continue
        future = _future_before(lowered, verb)
        if future is None:
            continue
        present, named = verbs[word]
        content = verb + 1
        while content < len(words) and lowered[content] in word_list("articles") | word_list("possessives"):
            content += 1       # "the Sacrament of Confirmation", "their First Holy Communion"
        if named == "object":
            last = _capital_run(words, content, blocked, 1, MAX_NAME_WORDS)
            if last < content or words[last].end > date[0]:
                continue       # "will receive a letter": no named occasion
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

"""A date in a relative clause belongs to the noun the clause describes: "A decision is
expected before the summer recess, which begins on 22 July" dates the recess, not the
decision, even though "decision" is the nearest event word before the date.
"""

from __future__ import annotations

from dataclasses import dataclass

from calfeed.events.phrases import NounPhrase, month_words, phrase_text
from calfeed.events.vocabulary import cues, event_nouns, find_phrase, phrase_list, word_list
from calfeed.events.words import Word

MAX_GAP_WORDS = 4        # words between "which" and the date ("which begins on")
MAX_HELD_GAP = 14        # words between "which" and the date when the clause says the noun is held
MAX_NOUN_WORDS = 5       # words of the noun before the comma


@dataclass(frozen=True)
class Antecedent:
    title: str           # "Summer recess begins"
    first: int           # its first word's index in the clause


def antecedent(words: list[Word], at: int, phrase: NounPhrase | None, text: str) -> Antecedent | None:
    """The noun a relative clause holding the date at offset ``at`` describes, when it is not
    ``phrase`` (the nearest event phrase) and the clause says it begins or ends then: it
    names the entry, with that verb."""
    before = [k for k, w in enumerate(words) if w.end <= at]
    marks = word_list("relative_marks")
    mark = next((k for k in reversed(before[-(MAX_HELD_GAP + 1):]) if words[k].lower in marks), None)
    if mark is None or mark < 2:
        return None
    bare = words[mark - 1].text != ","     # "the Submission Page which will be available on ..."
    if bare and (words[mark].lower not in word_list("bare_relative_marks") or not words[mark - 1].is_word):
        return None
    near = mark in before[-(MAX_GAP_WORDS + 1):]
    last = mark - 1 if bare else mark - 2
    while last > 0 and (words[last].is_number or words[last].lower in month_words()):
        last -= 1             # "a call for evidence in January 2027, which will close": the call's
    if last < mark - (1 if bare else 2) and words[last].lower in word_list("fronted_date_leads"):
        last -= 1
    stops = word_list("phrase_breaks") | word_list("phrase_links") | word_list("place_prepositions")
    first = _noun_start(words, last, stops | word_list("possessives"))
    if not words[last].is_word or words[last].lower in stops:
        return None
    head = last
    whole = _of_phrase_start(words, first, stops)
    if whole is not None:     # "the oral part of the test, which will run from ...": the part
        first, head = whole
    held = _holds(words, mark, at)
    if held and (phrase is None or not (phrase.first <= head <= phrase.last and phrase.head == head)):
        named = phrase_text(words, first, last, text)        # "applications for its fifth summer school,
        if any(tuple(w.lower for w in words[k:last + 1]) in event_nouns() for k in range(first, last + 1)):
            return Antecedent(named, first)                   # which will be held ...": the school is held
        name = _held_name(words, first, last, mark, at)
        if name is not None:     # "the Midnight Giggle, which will take place at ... on ...": the name is held
            return Antecedent(phrase_text(words, name, last, text), name)
    if not near or (phrase is not None and phrase.first <= last <= phrase.last):
        return None                          # the clause describes the event phrase itself
    turns = {c.words[0] for c in cues() if len(c.words) == 1 and c.role in ("opening", "deadline")
             and c.place == "after_noun"}
    cue = next((words[k] for k in before if k > mark and words[k].lower in turns), None)
    if cue is None:
        return None         # "the report, which was published on 3 May": left to the usual reading
    return Antecedent(f"{phrase_text(words, first, last, text)} {cue.lower}", first)


ASIDE_SUBJECT_NOTE = "the clause's named subject: its event noun stands in a relative aside about something else"
MAX_ASIDE_WORDS = 8      # words of a relative aside between its "which" and its closing comma
MAX_VERB_WORDS = 8       # words between the aside's closing comma and the date ("will be heard on the usual date of")


def aside_named_subject(words: list[Word], at: int, phrase: NounPhrase | None, text: str) -> Antecedent | None:
    """The name opening a clause whose nearest event noun stands in a relative aside between
    commas before the date ("Grieg's Holberg Suite, which often closes the concert series, will
    be played on 14 June"): the aside tells of the series, the date is the main clause's, and the
    named work is what takes place. None unless the clause opens with a capitalised name, the
    aside closes before the date and a future auxiliary follows its comma."""
    if phrase is None:
        return None
    marks = word_list("relative_marks")
    mark = next((k for k in range(phrase.first - 1, max(phrase.first - 1 - MAX_ASIDE_WORDS, 0), -1)
                 if not words[k].is_word or words[k].lower in marks), None)
    if mark is None or mark < 2 or words[mark].lower not in marks or words[mark - 1].text != ",":
        return None
    close = next((k for k in range(phrase.last + 1, min(phrase.last + 1 + MAX_ASIDE_WORDS, len(words)))
                  if not words[k].is_word), None)
    if close is None or words[close].text != "," or close + 1 >= len(words):
        return None
    between = [w for w in words[close + 1:] if w.end <= at]
    if (not between or len(between) > MAX_VERB_WORDS or not all(w.is_word for w in between)
            or between[0].lower not in word_list("clause_future_auxiliaries")):
        return None
    first = 0
    while first < mark - 1 and (not words[first].is_word or words[first].lower in word_list("articles")):
        first += 1
    name = words[first:mark - 1]
    if not name or len(name) > MAX_NOUN_WORDS or not all(w.is_word and w.is_capitalised for w in name):
        return None
    if name[-1].lower in word_list("venue_heads") | word_list("building_heads") | word_list("pronouns"):
        return None
    return Antecedent(phrase_text(words, first, mark - 2, text), first)


def _held_name(words: list[Word], first: int, last: int, mark: int, at: int) -> int | None:
    """The first word of a proper name of two words or more ending the run ``first``..``last``
    ("the Midnight Giggle, which will take place ...", "the Feast of the Lanterns, which will be
    held ..."): a named show is what is held. None when
    the run is no such name, when it names a venue or a building ("the Grand Hall, which is
    scheduled to reopen") or follows a place preposition ("at the Old Mill"), or when an
    infinitive in the clause tells another act."""
    start = last
    fillers = word_list("name_particles") | word_list("articles")
    k = start - 1
    while k >= first and words[k].is_word and (words[k].is_capitalised or words[k].lower in fillers):
        if words[k].is_capitalised:
            start = k        # "the Feast of the Lanterns": a name's particles between its capitals
        k -= 1
    if not words[last].is_capitalised or start == last:
        return None
    if words[last].lower in word_list("venue_heads") | word_list("building_heads"):
        return None
    lead = start - 1
    while lead >= 0 and words[lead].lower in word_list("articles"):
        lead -= 1
    if lead >= 0 and words[lead].lower in word_list("place_prepositions"):
        return None          # "the dinner is at the Old Mill, which ...": a place, not the show
    marks = word_list("infinitive_marks")
    if any(w.lower in marks for w in words[mark + 1:] if w.end <= at):
        return None
    return start


def _holds(words: list[Word], mark: int, at: int) -> bool:
    """Whether the relative clause says its noun is held ("which will be held", "which takes place")."""
    lowered = [w.lower for w in words[mark + 1:] if w.end <= at]
    verbs = phrase_list("event_verbs")
    return find_phrase(lowered, verbs) is not None


MAX_ACT_GAP = 3          # modal words between "which" and its passive verb ("which must be submitted")


def relative_object(words: list[Word], verb_index: int, text: str) -> str | None:
    """What a relative clause's passive act is done to: "there is provision for proxy and postal
    votes, which must be submitted ... by Friday September 18" submits the votes; "the enrolment
    form, which must be returned by 3 March" returns the form. The noun run before the comma, with
    "and" or "or" inside it, up to a preposition, an article or a verb; None when no "which" stands
    right before the verb past modal words only."""
    modals = word_list("modal_words")
    mark = verb_index - 1
    while mark >= 0 and verb_index - mark <= MAX_ACT_GAP and words[mark].lower in modals:
        mark -= 1
    if mark < 2 or mark == verb_index - 1 or words[mark].lower not in word_list("bare_relative_marks") \
            or words[mark - 1].text != ",":
        return None
    joins = word_list("noun_run_joins")
    stops = ((word_list("phrase_breaks") - joins) | word_list("phrase_links") | word_list("place_prepositions")
             | word_list("possessives"))
    last = mark - 2
    if not words[last].is_word or words[last].lower in stops:
        return None
    first = _noun_start(words, last, stops)
    while first <= last and words[first].lower in joins:
        first += 1
    if first > last or words[last].lower in joins:
        return None
    return phrase_text(words, first, last, text)


def _of_phrase_start(words: list[Word], first: int, stops: frozenset[str]) -> tuple[int, int] | None:
    """(first word, head word) of the noun a part of the thing is named by, when the run starting at
    ``first`` is the object of "of" ("the closing lap of the race"; of_part_links): the part is
    what the clause after the comma describes. None when no such part stands before it."""
    k = first - 1
    if k >= 0 and words[k].lower in word_list("articles"):
        k -= 1
    if k < 1 or words[k].lower not in word_list("of_part_links") or not words[k - 1].is_word \
            or words[k - 1].lower in stops or words[k - 1].lower in word_list("articles"):
        return None
    return _noun_start(words, k - 1, stops | word_list("articles")), k - 1


def _noun_start(words: list[Word], last: int, stops: frozenset[str]) -> int:
    """The first word of the noun run that ends on word ``last``: read back over words, at most
    MAX_NOUN_WORDS of them, up to a mark or a word of ``stops``."""
    first = last
    while first - 1 >= 0 and last - first + 1 < MAX_NOUN_WORDS and words[first - 1].is_word \
            and words[first - 1].lower not in stops:
        first -= 1
    return first

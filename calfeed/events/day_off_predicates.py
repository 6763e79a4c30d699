"""A day whose predicate is a day off: "next Friday is to be a holiday", "Mayor Hale said
that 4 May is a holiday", "Friday 27 March marks the Orla holiday".

The bare noun "holiday" names no event ("during the holiday", "holiday homes"), so no event noun
frames such a day, and "next Friday" is no plain day (no number written). Yet a day that is
the subject of a copula (day_off_copulas: "will be", "is", "marks"; day_off_declared_copulas: "has
been declared", whose past is the declaring's, so the day's past tense is no veto there) whose
predicate is a day-off noun (day_off_nouns) with at most TITLE_MODIFIERS words before it says what
the day is: a day off, the entry titled by the noun and its modifiers ("Holiday", "Orla holiday").
The day must open its clause (after a fronted phrase, or right after another date and its comma)
or follow a complementizer ("announced that ..."), and be one day ahead of the page's date; an
aside that restates its weekday may stand before the copula ("the 4th of May, a Monday, is a
holiday": weekday_aside_links); the noun must end its phrase (a link, a break or a clause opener
after it: not "a holiday camp"). Such a predicate names the day over a noun of a fronted clause
before it. A day-off noun right before "from" or "on" and a day or a stretch ahead, after an article
that opens the clause or follows "it is" / "there will be" ("It is the long holiday from Friday
onwards until the 20th"), names those days likewise (day_off_stretch).
"""

from __future__ import annotations

from functools import lru_cache

from calfeed.events.phrases import fronted_end
from calfeed.events.candidates import coarser_than_day
from calfeed.events.vocabulary import merged_lists, phrase_at, phrase_list, word_list
from calfeed.events.weekday_words import weekday_numbers
from calfeed.events.words import Word, starts_inside, words_in
from calfeed.model import Event, ReferenceDate, Timex

DAY_OFF_NOTE = "a day ahead the sentence says is a day off (the day is its subject, the day-off noun its predicate)"
TITLE_MODIFIERS = 2      # "the Orla holiday", "a school holiday"
PREDICATE_READ = 160     # characters read after the day: copula, article, modifiers, noun and one word more
VERB_READ = 24           # characters read before a declared day: its verb
_DAY_GRAINS = ("day",)


@lru_cache(maxsize=None)
def _ends() -> frozenset[str]:
    """Words that may follow the day-off noun: a link or a word that opens a clause of its own."""
    return (word_list("phrase_links") | word_list("act_date_prepositions") | word_list("act_subject_breaks")
            | word_list("fronted_object_stops") | word_list("day_off_noun_ends"))


def day_off_predicate(text: str, clause: tuple[int, int], timex: Timex, reference: ReferenceDate,
                      blocked: list[tuple[int, int]] = (), sentence_end: int = 0) -> str | None:
    """The title of the day off the clause says ``timex`` is, or None; ``blocked``: the
    clause's dates (a day right after another's words opens a clause without a comma);
    ``sentence_end``: how far the predicate may be read past a relative aside that ends the
    day's clause ("the 3rd of May, which is a Monday, is a holiday")."""
    span = timex.interval
    if (timex.type != "DATE" or span is None or reference.value is None
            or timex.approximate or span.granularity not in _DAY_GRAINS or coarser_than_day(timex)
            or timex.end_interval is not None or span.start.date() < reference.value):
        return None
    after = words_in(text, timex.end, min(max(clause[1], sentence_end), timex.end + PREDICATE_READ))
    lowered = [w.lower for w in after]
    aside = _weekday_aside(lowered, span.start.isoweekday())     # "3 June, which is a Monday, is a holiday"
    if not aside and lowered[:1] == [","] and _written_year_last(timex):
        aside = 1            # "Tuesday, May 9, 2031, will also be observed as ...": the comma closes the year
    after, lowered = after[aside:], lowered[aside:]
    copula = phrase_at(lowered, 0, phrase_list("day_off_copulas"))
    if copula is None:
        declared = phrase_at(lowered, 0, phrase_list("day_off_declared_copulas"))
        if declared is None:
            return None      # cheapest question first: most days are no copula's subject
        copula = declared    # "6 March has been declared a holiday": the declaring is past, not the day
    # no veto for a past tense here: the copula is the day's own verb, present or future, and the day
    # lies after the page's date; a past the tagger read off the sentence's announcing verb ("has
    # announced that ... the 4th of May is a holiday") is the announcing's
    before = words_in(text, clause[0], timex.start)
    last = before[-2] if len(before) > 1 and before[-1].text == "," else before[-1] if before else None
    if before and not (before[-1].lower in word_list("complementizers") or fronted_end(before) == len(before)
                       or starts_inside(last, blocked) or before[-1].text == ","):
        return None          # "The office closes on Thursday, which is a holiday": not the subject
        #                      (a day right after another date, its comma or none, opens a clause of its own:
        #                      "Owing to the regatta on Saturday 2 May, the 4th of May is a day off"; so does a
        #                      day after any comma: "So that staff can rest with their families, Friday, May 9,
        #                      2031, will be observed as a holiday")
    link = phrase_at(lowered, len(copula), phrase_list("day_off_observance_links"))   # "will be observed as"
    return _day_off_noun(after, lowered, len(copula) + (len(link) if link else 0))


def _day_off_noun(after: list[Word], lowered: list[str], k: int) -> str | None:
    """The day-off noun phrase at word ``k`` of ``after`` (an article, at most TITLE_MODIFIERS
    modifiers, a day-off noun that ends its phrase) as a title ("Orla holiday"), or None."""
    if k < len(after) and lowered[k] in word_list("articles"):
        k += 1
    first = k
    for _ in range(TITLE_MODIFIERS + 1):
        noun = phrase_at(lowered, k, phrase_list("day_off_nouns"))
        if noun is not None:
            end = k + len(noun)
            if end < len(after) and after[end].is_word and lowered[end] not in _ends():
                return None  # "a holiday camp": the noun is another's modifier
            name = " ".join(w.text for w in after[first:end])
            return name[:1].upper() + name[1:]
        if k >= len(after) or not after[k].text.isalpha() or lowered[k] in word_list("title_modifier_stops"):
            return None
        k += 1
    return None


def _written_year_last(timex: Timex) -> bool:
    """Whether the day's words end in its year ("Tuesday, May 9, 2031"): a comma after it closes
    the year's aside, as the comma before the year opened it."""
    last = timex.text.split()[-1] if timex.text.split() else ""
    return len(last) == 4 and last.isdigit()


def declared_day_off(text: str, clause: tuple[int, int], timex: Timex, reference: ReferenceDate,
                     blocked: list[tuple[int, int]] = ()) -> str | None:
    """The title of the day off a declaring verb makes ``timex`` its object ("the mayor has declared
    Friday, May 9, as a civic holiday", "has also included today, May 9, as a holiday", "declared
    Friday a bank holiday"; day_off_object_verbs), or None. The verb stands right before the day;
    after it may come its comma and a date restating it ("today, May 9,"), then "as"
    (declared_day_links) or none, and the day-off noun phrase. The declaring is past, the day is
    not: no veto for a past tense; the day may be the page's own (a notice of the day off)."""
    span = timex.interval
    if (timex.type != "DATE" or span is None or reference.value is None or timex.approximate
            or span.granularity not in _DAY_GRAINS or coarser_than_day(timex) or timex.end_interval is not None
            or span.start.date() < reference.value):
        return None
    before = words_in(text, max(clause[0], timex.start - VERB_READ), timex.start)
    if not before or before[-1].lower not in merged_lists(("declaring_verbs", "day_off_object_verbs")):
        return None          # cheapest question first: most days follow no declaring verb
    after = words_in(text, timex.end, min(clause[1], timex.end + PREDICATE_READ))
    lowered = [w.lower for w in after]
    k = 0
    if lowered[:1] == [","]:
        k = 1
        while k < len(after) and starts_inside(after[k], blocked):
            k += 1           # "today, May 9, as ...": the date restating the day
        if k > 1 and lowered[k:k + 1] == [","]:
            k += 1
    if k < len(after) and lowered[k] in word_list("declared_day_links"):
        k += 1
    return _day_off_noun(after, lowered, k)


def _weekday_aside(lowered: list[str], weekday: int) -> int:
    """How many words an aside right after the day takes that restates its own weekday ("which is
    Monday", ", which is a Monday,", "(Monday)"; weekday_aside_links): 0 when none stands there."""
    k = 1 if lowered[:1] == [","] else 0
    if lowered[k:k + 1] == ["("]:
        k += 1
    else:
        link = phrase_at(lowered, k, phrase_list("weekday_aside_links"))
        if link is None:
            return 0
        k += len(link)
        if k < len(lowered) and lowered[k] in word_list("articles"):
            k += 1
    if k >= len(lowered) or weekday_numbers().get(lowered[k]) != weekday:
        return 0
    k += 1
    return k + 1 if k < len(lowered) and lowered[k] in (",", ")") else k


def day_off_stretch(text: str, clause: tuple[int, int], timex: Timex, reference: ReferenceDate) -> str | None:
    """The title of a day off that the words right before ``timex`` name as what the days are:
    "It is the long holiday from Friday onwards until the 20th", "There will be a school holiday
    on 3 May" (a day-off noun and at most TITLE_MODIFIERS words before it, then "from" or "on" and the
    day; before the noun's article, the clause's start or a copula after "it", "there" or "this"); a
    day or a stretch of days ahead of the page's date; else None."""
    span = timex.interval
    if (timex.type != "DATE" or span is None or reference.value is None or timex.approximate
            or span.granularity not in _DAY_GRAINS or span.start.date() <= reference.value
            or timex.tense == "past"):
        return None
    before = words_in(text, max(clause[0], timex.start - PREDICATE_READ), timex.start)
    lowered = [w.lower for w in before]
    k = len(lowered) - (1 if lowered[-1:] and lowered[-1] in word_list("day_off_stretch_leads") else 0)
    noun = next((n for n in phrase_list("day_off_nouns") if tuple(lowered[max(0, k - len(n)):k]) == n), None)
    if noun is None:
        return None      # cheapest question first: most days follow no day-off noun
    end = k
    k -= len(noun)
    for _ in range(TITLE_MODIFIERS):
        if k == 0 or not before[k - 1].text.isalpha() or lowered[k - 1] in word_list("articles") \
                or lowered[k - 1] in word_list("title_modifier_stops"):
            break
        k -= 1
    first = k
    if k == 0 or lowered[k - 1] not in word_list("articles"):
        return None      # "during the school holiday from ...": the noun is no subject nor predicate
    k -= 1
    if k > 0:
        copula = next((c for c in phrase_list("day_off_copulas") if tuple(lowered[max(0, k - len(c)):k]) == c), None)
        if copula is None or k - len(copula) != 1 or lowered[0] not in word_list("expletive_subjects"):
            return None
    name = " ".join(w.text for w in before[first:end])
    return name[:1].upper() + name[1:]


def fold_days_off(events: list[Event]) -> list[Event]:
    """``events`` (one document's) with the tellings of one day off folded into the first: two
    all-day entries of the same one day and place whose titles both end in a day-off noun
    ("the mayor has also included today, May 9, as a civic holiday" and "Friday, May 9, is observed
    as part of a Founders Day holiday") are one day off told twice."""
    first: dict[tuple, Event] = {}
    folded: set[int] = set()
    for event in events:
        if not (event.all_day and event.precision == "exact" and event.rrule is None and event.end == event.start
                and _day_off_title(event.title)):
            continue
        key = (event.start, event.location)
        if key not in first:
            first[key] = event
            continue
        first[key].sources.extend(s for s in event.sources if s not in first[key].sources)
        folded.add(id(event))
    return [e for e in events if id(e) not in folded] if folded else events


def _day_off_title(title: str) -> bool:
    """Whether the title ends in a day-off noun ("Civic holiday", "Founders Day holiday")."""
    lowered = tuple(title.lower().split())
    return any(lowered[-len(noun):] == noun for noun in phrase_list("day_off_nouns"))

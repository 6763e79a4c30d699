"""Dates that frame no event, or whose nearest event word is not theirs.

A rate ("barrels per day"), opening hours ("Monday to Friday 9am to 5pm"), a possessive year
("this year's conference"), a year inside a name ("TIPD 2027"), and a date whose event word
stands in another clause (a fronted "After the consultation closes, ...", a condition "if no
deal is reached by 15 January") or after a postponing verb ("adjourned ... until") each say
something other than "this happens then". The framer asks these before naming an event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from calfeed.events.announced_acts import past_participle
from calfeed.events.candidates import GRANULARITY_ORDER, Frame, date_not_written
from calfeed.events.phrases import NounPhrase, habitual_hedge, participle
from calfeed.events.quote_marks import EVERY_STYLE, opening_marks
from calfeed.events.span_index import FirstStarting
from calfeed.events.untold_anchors import counted_from_last
from calfeed.events.vocabulary import ending_tuple, event_nouns, find_phrase, merged_phrase_list, phrase_list, table, title_words, word_list
from calfeed.events.words import Word
from calfeed.model import BARE_WEEKDAY_VALUE, ReferenceDate, Timex
from calfeed.rrules import WEEKDAY_CODES
from calfeed.timex.lexicon import load_list, load_table
from calfeed.timex.name_years import cited_year
from calfeed.timex.rawvalue import ANCHORED, parse
from calfeed.text import start_of_line


POSSESSIVE_END = re.compile(r"['’]s\b")


def weekday_pairs(text: str, ordered: list[Timex]) -> set[int]:
    """Bare weekdays joined as a range ("Monday" "to" "Friday 9am to 5pm"), by id."""
    found: set[int] = set()
    for first, second in zip(ordered, ordered[1:]):
        if (first.type != "SET" and second.type != "SET" and first.bare_weekday
                and second.bare_weekday
                and text[first.end:second.start].strip().lower() in ("to", "-", "–", "through", "until")):
            found |= {id(first), id(second)}
    return found


_LOWER_WORD = re.compile(r"[a-z]+")


def weekday_span(timex: Timex) -> bool:
    """"Monday to Friday": a range of bare weekdays, the days something is open every week. A range that a
    direction word leads ("from next Monday to Wednesday", "next Monday and Tuesday") or whose end one
    leads ("from Friday to next Monday": weekday_range_directions) is those days once, and so is one
    whose two ends each carry their own clock ("from Friday, 08:30, until Sunday, 19:00"): one window
    from a moment on the first day to one on the last, where weekly hours give one clock range for
    every day ("Monday to Friday, 9am to 5pm")."""
    raw = timex.raw_value or ""
    if timex.type == "SET" or not timex.bare_weekday or f";to={BARE_WEEKDAY_VALUE}" not in raw or parse(raw).get("dir"):
        return False
    if any(w in word_list("weekday_range_directions") for w in _LOWER_WORD.findall(timex.text.lower())):
        return False
    first, last = raw.split(";to=", 1)
    day = len(BARE_WEEKDAY_VALUE) + 1
    if _clock_at(first, day) and _clock_at(last, day):
        return False
    return first[:day] != last[:day]      # "Friday from 10am to 2pm" is one day's clock range


def _clock_at(value: str, day: int) -> bool:
    """Whether a weekday's value written with its clock ("XXXX-WXX-6T09:00") carries the clock right
    after its ``day`` characters."""
    return value[day:day + 1] == "T" and value[day + 1:day + 2].isdigit()


def fronted_clause(words: list[Word], phrase: NounPhrase, timex: Timex) -> bool:
    """The phrase sits in a clause opened by a subordinator and closed by a comma, all before
    the date: that clause sets the scene; the main clause's date is for something else."""
    first = next((k for k, w in enumerate(words) if w.is_word), None)
    if first is None or words[phrase.last].end > timex.start:
        return False
    opener = next((s for s in merged_phrase_list(("subordinators", "fronted_subordinators"))
                   if tuple(w.lower for w in words[first:first + len(s)]) == s), None)
    if opener is None and purpose_clause(words, first):
        opener = (words[first].lower,)     # "To receive a link to this event, email ... by ...": why, not what
    if opener is None or phrase.first < first + len(opener):
        return False
    return any(w.text == "," and words[phrase.last].end <= w.start < timex.start for w in words)


def purpose_clause(words: list[Word], first: int) -> bool:
    """The clause opens with an infinitive of purpose ("To book a seat, ..."): a purpose mark, then
    a lower-case word that is no article (a verb), and a comma later closes it."""
    if words[first].lower not in word_list("purpose_marks") or first + 1 >= len(words):
        return False
    verb = words[first + 1]
    return (verb.is_word and verb.text[:1].islower() and verb.lower not in word_list("articles")
            and any(w.text == "," for w in words[first + 2:]))


def trailing_clause(words: list[Word], phrase: NounPhrase, timex: Timex) -> bool:
    """A clause with its own verb opens between the event's phrase and the date ("The hearing
    comes after the House voted last week"): the date is that verb's. A phrase without a verb
    ("after the summer break on 3 September") leaves the date to the event."""
    between = [w for w in words if words[phrase.last].end <= w.start and w.end <= timex.start and w.is_word]
    openers = phrase_list("subordinators")
    lowered = [w.lower for w in between]
    k = find_phrase(lowered, openers)
    if k is None:
        return False
    rest = between[k + 1:]
    return len(rest) >= 2 and any(not w.is_capitalised and past_participle(w) for w in rest[1:])


def later_clause(words: list[Word], phrase: NounPhrase, timex: Timex, subject: tuple[int, int] | None) -> bool:
    """The event's phrase stands in a clause of its own opened after the date (later_clause_openers),
    while the date's clause names its own subject before the date: "Resurfacing of the
    bridge is set for Sunday 15th, since the fair was due to be held there" dates the works, not the fair:
    the later clause speaks of another thing's day."""
    if subject is None or words[phrase.first].start < timex.end or words[subject[1]].end > timex.start:
        return False
    if words[subject[0]].lower in word_list("pronouns"):
        return False
    openers = word_list("later_clause_openers")
    return any(timex.end <= w.start and w.end <= words[phrase.first].start and w.lower in openers for w in words)


def in_condition(words: list[Word], phrase: NounPhrase, timex: Timex) -> bool:
    """A condition opens between the event's phrase and the date: the date is the condition's."""
    marks = word_list("condition_marks")
    return any(words[phrase.last].end <= w.start and w.end <= timex.start and w.lower in marks for w in words)


def conditional_event(words: list[Word], phrase: NounPhrase, timex: Timex) -> bool:
    """The sentence opens with a condition and the event and its date follow the comma that ends
    it ("If enough people sign up, the Harvest Supper will be on 7 November"): the event may not
    happen at all. A condition on the reader ("If you would like a seat, ...") does not touch it."""
    comma = _condition_comma(words)
    return comma is not None and comma <= phrase.first and words[comma].start <= timex.start


def opened_by_condition(words: list[Word], verb: int) -> bool:
    """The sentence opens with a condition that ends with a comma before the verb at ``verb``
    ("If funding is approved, the council will launch the scheme in May"): the act may not
    happen at all. A condition on the reader leaves it as real as it was."""
    comma = _condition_comma(words)
    return comma is not None and comma < verb



def in_habit_frame(words: list[Word], verb: int) -> bool:
    """Whether a word of ``habit_words`` followed by "for" or "to" stands before the act at ``verb``
    ("it is our custom for the guild to show new work in April"): the act is what
    someone does as a rule, not a step dated once."""
    habits = word_list("habit_words")
    links = word_list("habit_links")      # "a tradition for the maker to ...", "customary to ..."
    return any(words[k].lower in habits and words[k + 1].lower in links for k in range(min(verb, len(words) - 1)))


def _condition_comma(words: list[Word]) -> int | None:
    """The comma that ends a condition opening the sentence, when the condition is not the reader's."""
    opening = next((k for k, w in enumerate(words) if w.is_word), None)
    if opening is None or words[opening].lower not in word_list("condition_marks"):
        return None
    comma = next((k for k in range(opening, len(words)) if words[k].text == ","), None)
    if comma is None or any(w.lower in word_list("reader_words") for w in words[opening:comma]):
        return None
    return comma


def inside_condition(words: list[Word], phrase: NounPhrase, timex: Timex) -> bool:
    """A condition opens before the event's phrase and runs on past its date with no comma
    ("... usually after 4pm if the Court is sitting the next day") and its day is only counted
    ("the next day", "tomorrow"): the event is only supposed. A written day ("if the vote passes
    on 3 May 2027") is the event's, whatever its outcome; a condition on the reader ("if you would
    like to come to the AGM ...") leaves the event as real as it was."""
    if ANCHORED.match(parse(timex.raw_value or timex.value).core) is None:
        return False
    head = words[phrase.first]
    marks = [k for k, w in enumerate(words) if w.lower in word_list("enclosing_condition_marks") and w.end <= head.start]
    if not marks or words[phrase.last].end > timex.start:
        return False
    opening = marks[-1]
    between = [w for w in words[opening + 1:] if w.end <= timex.start]
    if any(w.text in ",;:" or w.lower in word_list("reader_words") for w in between):
        return False
    return _condition_holds(words[opening + 1:phrase.first])


def _condition_holds(lead: list[Word]) -> bool:
    """The words from a condition's mark to the event's phrase keep the phrase inside the
    condition: only determiners ("if the hearing is adjourned"), or a subject and the
    auxiliaries that lead into the phrase ("if the tribunal is sitting", "if there is a
    hearing"). A clause that ends before the phrase ("If it rains the fete will be held") is a
    condition on a real event that only a comma was left out of."""
    determiners, links = word_list("articles"), word_list("condition_subject_links")
    k = 0
    while k < len(lead) and lead[k].lower in determiners:
        k += 1
    if k == len(lead):
        return True
    subject = k
    while k < len(lead) and lead[k].lower not in links | determiners:
        k += 1
    if k == subject or k == len(lead) or lead[k].lower not in links:
        return False
    while k < len(lead) and lead[k].lower in links:
        k += 1
    return all(w.lower in determiners for w in lead[k:])


def counted_from_condition(words: list[Word], timex: Timex, earlier: list[Timex]) -> bool:
    """"If the deadline falls on a weekend, it moves to the next business day": a day counted
    from the day before it ("the next business day", "the following working day"), in a clause
    a condition opens, counts from the day the condition supposes when no real day is written
    before it (``earlier``: the clause's dates before it): a rule, no date. So is a day the
    condition names with "a" ("falls on a Sunday"). A rule quoted whole opens after its quotation
    mark ("The notice said, “Where a holiday falls on a Sunday, ...")."""
    opening = next((w for w in words if w.is_word), None)
    if opening is not None and opening.lower not in word_list("rule_condition_openers"):
        quoted = _quoted_opening(words, timex)      # "The bulletin said, “Where a holiday falls on a Sunday ..."
        if quoted is not None:
            opening = quoted
            words = [w for w in words if w.start >= quoted.start]
            earlier = [t for t in earlier if t.start >= quoted.start]
    if opening is None or opening.end > timex.start or opening.lower not in word_list("rule_condition_openers"):
        return False
    if _any_such_day(words, timex):
        return True
    anchored = ANCHORED.match(parse(timex.raw_value or timex.value).core)
    if anchored is None or anchored.group("anchor") != "LAST":
        return False
    # "Whenever the due date (normally 10 April) falls on the weekend, ... until the following
    # business day": a condition on every such day counts from none of the days it writes
    return opening.lower in word_list("universal_condition_openers") or _all_such_days(words, earlier)


OPENING_QUOTES = frozenset(opening_marks(EVERY_STYLE, double=True))     # a rule quoted from another language too


def _quoted_opening(words: list[Word], timex: Timex) -> Word | None:
    """The first word after the last opening quotation mark before ``timex`` in the clause: a rule
    quoted whole ("said, “Where a holiday falls on a Sunday, the following day ...") opens there,
    whatever words of the reporting clause stand before it."""
    found = None
    for k, w in enumerate(words):
        if w.start >= timex.start:
            break
        if w.text in OPENING_QUOTES:
            found = k
    if found is None:
        return None
    return next((w for w in words[found + 1:] if w.is_word), None)


def _all_such_days(words: list[Word], days: list[Timex]) -> bool:
    """Every day is "a Sunday", or listed after one ("a Saturday, Sunday, or a national holiday"):
    the days a condition supposes, none of them written."""
    links = word_list("day_list_links")
    previous: Timex | None = None
    for day in days:
        if not _any_such_day(words, day) and not counted_from_last(day):  # supposed too where the day before is
            gap = [w.lower for w in words if previous is not None and previous.end <= w.start and w.end <= day.start]
            if previous is None or any(c.isdigit() for c in day.text) or any(g not in links for g in gap):
                return False
        previous = day
    return True


def _any_such_day(words: list[Word], timex: Timex) -> bool:
    """"a Sunday": a day with no digits after an indefinite article."""
    before = [w for w in words if w.end <= timex.start]
    return (bool(before) and not any(c.isdigit() for c in timex.text)
            and before[-1].lower in load_list("en", "indefinite_articles"))


def postponed_to(words: list[Word], timex: Timex) -> bool:
    """A postponing verb before the date in its clause ("adjourned ... until", "postponed to")."""
    before = [w.lower for w in words if w.end <= timex.start]
    verbs = [tuple(v.split()) for v in load_list("en", "forward_verbs")]
    return any(tuple(before[k:k + len(v)]) == v for v in verbs for k in range(len(before)))


MAX_DOCUMENT_GAP = 8      # words between a document's participle and its date ("filed with the Securities ... on")


def dates_a_document(words: list[Word], timex: Timex) -> bool:
    """"For details, see the proxy supplement filed with the SEC on April 7, 2020": a participle
    describing the noun before it, also set off by a comma (no auxiliary: a reduced relative) dates that document, not
    the meeting the sentence names. "dated 3 May" and "filed ... on 3 May" read so; a limit
    ("submitted on or before 3 May") or an event noun before the participle ("the meeting held
    on") is another matter."""
    before = [k for k, w in enumerate(words) if w.end <= timex.start]
    prepositions = word_list("document_date_prepositions")
    if not before or words[before[-1]].lower not in prepositions | word_list("document_date_participles"):
        return False
    participles, stops = word_list("document_participles"), word_list("document_date_stops")
    lead = before[-1] if words[before[-1]].lower in prepositions else before[-1] + 1
    for k in reversed(before[max(0, len(before) - MAX_DOCUMENT_GAP - 1):]):
        word = words[k]
        if k < lead and (not word.is_word or word.lower in stops):
            return False
        if word.lower in participles and k > 0:
            noun = words[k - 1]
            if noun.text == "," and k > 1:
                noun = words[k - 2]     # "the accord on the weirs, signed on behalf of both towns on": set off
            verbs = word_list("passive_auxiliaries") | word_list("clause_verbs") | word_list("modal_words")
            return noun.is_word and noun.lower not in verbs and (noun.lower,) not in event_nouns()
    return False


GREETING_REACH = 40       # characters of the greeting compared
LETTER_BREAKS = 2         # line breaks between a letter's date and its greeting (a blank line between)


def letter_date(text: str, timex: Timex) -> bool:
    """Whether a greeting of ``letter_salutations`` follows the date, past a comma and at most a
    blank line ("14 October 2026 Dear Shareholder", "6 March 2026" / "" / "Dear members"): the
    day the letter was written, which nobody attends."""
    at = timex.end
    while at < len(text) and text[at] in " \t,":
        at += 1
    breaks = 0
    while at < len(text) and text[at] in " \t\r\n":
        breaks += text[at] == "\n"
        at += 1
    if breaks > LETTER_BREAKS:
        return False
    if at >= len(text) or not text[at].isupper():
        return False      # "dear" inside a sentence greets nobody
    rest = text[at:at + GREETING_REACH].lower()
    return any(rest.startswith(greeting + " ") or rest.startswith(greeting + ",")
               for greeting in word_list("letter_salutations"))


REPORTED_LEAD_CHARS = 8      # characters read back from a bare weekday for its preposition


def reported_news(timex: Timex, text: str = "") -> bool:
    """"Today the College of Commissioners met in Brussels", "the council met yesterday": a
    past tense counted from the document's own day (today, this morning, yesterday, last night)
    reports what has just happened, the news itself; nobody can attend it. So does a bare weekday
    after "on" ("On Tuesday, the studio posted its opening hours"): the last such day before the
    page's; "attended a Sunday evening vigil" names the occasion, which stays. Past days written
    out ("held its meeting on 8 March") are kept, as an archive's calendar keeps them. A day
    counted back from the page's own ("yesterday", "last night") is over whatever tense its sentence
    is read in ("hosted a press conference yesterday to brief the press on the coming festival":
    the purpose clause's future is not the day's)."""
    if timex.type not in ("DATE", "TIME"):
        return False
    if timex.tense != "past":
        anchored = ANCHORED.match(parse(timex.raw_value or timex.value).core)
        return (anchored is not None and anchored.group("anchor") == "REF" and anchored.group("unit") == "D"
                and anchored.group("sign") == "-" and anchored.group("n") == "1")
    if timex.type == "DATE" and timex.bare_weekday:
        before = text[max(0, timex.start - REPORTED_LEAD_CHARS):timex.start].split()
        return bool(before) and before[-1].lower() in word_list("reported_day_prepositions")
    anchored = ANCHORED.match(parse(timex.raw_value or timex.value).core)
    return (anchored is not None and anchored.group("anchor") == "REF" and anchored.group("unit") == "D"
            and anchored.group("n") in ("0", "1") and (anchored.group("sign") == "-" or anchored.group("n") == "0"))


def still_open(frame: Frame) -> bool:
    """"The Commission today launched a public consultation": what was opened today is still
    open, so its opening stays an entry even though it is news."""
    wording = title_words()
    return frame.title.endswith((" " + wording["opens"], " " + wording["open"]))


def background_year(timex: Timex, reference: ReferenceDate) -> bool:
    """A bare year told in the past that ended before the document's year ("started under John
    Key in 2011", in a 2023 bulletin): background, whose year-long window no subscriber can use.
    A front-matter date makes any such year past, whatever tense the sentence was read in."""
    return (timex.type == "DATE" and timex.span is not None and timex.span.granularity == "year"
            and reference.value is not None and timex.span.end.year <= reference.value.year
            and (timex.tense == "past" or not reference.inferred))


def past_window(timex: Timex, reference: ReferenceDate) -> bool:
    """A stretch coarser than a day (a week, month, season or year) told in the past tense
    that had begun by the document's date ("our concert last February", "a virtual festival in
    2020 and 2021", "Last week, the band confirmed ..."): what happened then is background.
    An archive's calendar keeps a past day, but a window of weeks or months round something
    already over tells no reader when to be anywhere."""
    span = timex.span
    if (timex.type != "DATE" or not (timex.tense == "past" or counted_back(timex)) or span is None
            or reference.value is None
            or GRANULARITY_ORDER.index(span.granularity) > GRANULARITY_ORDER.index("week")):
        return False
    return span.start.date() <= reference.value


def hedged_window(words: list[Word], timex: Timex) -> bool:
    """A month, season or year (not a week) in a clause that gives it as a habit ("The AGM is
    usually held in March", "Our open day generally takes place in June") or as a time the
    occasion might be left out ("Monthly meetings may be omitted during July and August"), or
    says it comes round every year ("The June talk each year is preceded by the AGM"): it
    says what tends to happen, not when something will; a dated sentence elsewhere on the page
    gives the occasion itself. Series keep their hedge as an approximate rule (framing); days are
    left alone; a possible occurrence ("elections could follow in the spring") stays."""
    span = timex.span
    if (timex.type != "DATE" or span is None
            or GRANULARITY_ORDER.index(span.granularity) > GRANULARITY_ORDER.index("month")):
        return False      # "may be resolved at a hearing the week of March 6": a week is a schedule
    # the modal written in lower case ("by the end of May, 2024" holds none), an omission within
    # OMISSION_REACH words after it
    modals = [k for k, w in enumerate(words) if w.text in word_list("possibility_modals")]
    return habitual_hedge(words) is not None or (_yearly_habit(words) and _unwritten_year(timex)) or any(
        w.lower in word_list("omission_participles") for k in modals for w in words[k + 1:k + 1 + OMISSION_REACH])


def hypothetical_year(words: list[Word], timex: Timex) -> bool:
    """A bare year in a clause a conditional modal of ``hypothetical_modals`` governs before it ("In any
    case, the change would only be felt in 2029"): when something would happen if a condition held,
    no occasion anybody can plan for; its year-long window gave an entry titled by the clause's
    filler. Days and months are left alone."""
    if timex.type != "DATE" or timex.span is None or timex.span.granularity != "year" or not timex.bare_year:
        return False
    modals = word_list("hypothetical_modals")
    return any(w.text in modals for w in words if w.end <= timex.start)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CITED_OPENING = re.compile(r"([^\W\d_]+)[ \t]{1,3}\([ \t]{0,2}\Z")


def cited_iso_day(text: str, timex: Timex, reference: ReferenceDate) -> bool:
    """An ISO day alone in brackets right after a word of prose ("the new rules on harbour dues
    (2029-05-19)", "the minister resigned (2030-03-02)"), before the page's own day: a commentary's
    reference to when something it names was decided or happened, the background of the story, not
    an occasion. A preposition before the bracket ("on (2031-05-04)") makes no such citation."""
    if timex.type != "DATE" or reference.value is None or timex.interval is None \
            or _ISO_DAY.fullmatch(timex.text) is None or timex.interval.start.date() >= reference.value:
        return False
    opening = _CITED_OPENING.search(text, max(0, timex.start - 40), timex.start)
    if opening is None or text[timex.end:timex.end + 1] != ")":
        return False
    return opening.group(1).lower() not in {row["word"] for row in load_table("en", "date_prepositions")}


WINDOW_REACH = 6     # words from "between" on to the "and" before a window's second day


def ruled_window(words: list[Word], timex: Timex) -> bool:
    """A year-less day that bounds a window "between" it and another ("must take place between
    1 March and 1 June", "between 1st March and 1st June each year") in a clause that gives the
    window as a rule or a yearly habit (window_rule_marks, yearly_habit_marks): when a one-off
    occasion may fall, not a day it falls on; the page dates the occasion itself elsewhere. The
    framer asks it of occasions only: "Proposals must be submitted between August 27th and
    October 15th" is an act's window, which opens and closes."""
    if not parse(timex.raw_value or timex.value).core.startswith("XXXX"):
        return False        # "between 4 May 2021 and ...": that year's days
    lowered = [w.lower for w in words]
    first = next((k for k, w in enumerate(words) if w.start >= timex.start), None)
    if not first:
        return False
    lead, openers = lowered[first - 1], word_list("window_openers")
    if lead not in openers and not (lead in word_list("window_joins")
                                    and any(w in openers for w in lowered[max(0, first - 1 - WINDOW_REACH):first - 1])):
        return False
    return _yearly_habit(words) or find_phrase(lowered, phrase_list("window_rule_marks")) is not None


def _yearly_habit(words: list[Word]) -> bool:
    """"each year", "annually" (``yearly_habit_marks``) in the clause: what happens every year."""
    lowered = [w.lower for w in words]
    return find_phrase(lowered, phrase_list("yearly_habit_marks")) is not None


def _unwritten_year(timex: Timex) -> bool:
    """A month or season that writes no year and is not told ahead ("The June talk each year"):
    only such a one can be the habit. "held every year since 1990, will take place in June 2027"
    dates this year's occasion, whatever the clause says of the others."""
    return parse(timex.raw_value or timex.value).core.startswith("XXXX") and timex.tense != "future"


OMISSION_REACH = 3     # words from a modal to its participle ("may well be omitted")


def unanchored_week_part(timex: Timex, others: list[Timex]) -> bool:
    """"At 2022's festival, guests can expect ... over the course of the weekend": a weekend
    that names no week of its own is read next to the document's date, but when the
    clause dates something else (2022's festival) the words mean that occasion's weekend, which
    the reader already has from where the occasion is dated."""
    core = parse(timex.raw_value or timex.value).core
    if timex.type != "DATE" or not (core.startswith("XXXX-WXX") and core.endswith("-WE")) or timex.span is None:
        return False
    moment = timex.span.start
    return any(o is not timex and o.type == "DATE" and o.span is not None
               and not o.span.start <= moment < o.span.end for o in others)


def bare_generic(title: str) -> bool:
    """A title that is only a word saying something happens ("Event"), perhaps after a word saying
    it was changed ("Revised event") or ranks it ("Main event"): it stands for the occasion the document names elsewhere
    ("next year's event", "the 2022 event", "walkers should know the revised event gets going at 6:30pm")."""
    words = title.strip().lower().split()
    modifiers = word_list("changed_event_modifiers") | word_list("standin_event_modifiers")
    while len(words) > 1 and words[0] in modifiers:
        words = words[1:]
    return " ".join(words) in word_list("empty_title_nouns")


def counted_back(timex: Timex) -> bool:
    """A date counted backward from the document's own day ("last March", "last week"): before
    the page was written, whatever the tense of the sentence ("you will remember our quiz night
    last March")."""
    raw = parse(timex.raw_value or timex.value)
    return raw.annotations.get("dir") == "last" or raw.core.startswith("REF-")


def names_a_thing(words: list[Word], timex: Timex) -> bool:
    """A bare year that is part of a name or modifies a noun: right after a capitalised word
    ("TIPD 2027", "COP 21"), between a determiner and a noun ("the 2026 fellowship", "its
    2027 budget"), after a noun and "for" ("subscriptions for 2027") or in a law's citation
    ("Amendment Bill of 2017", :mod:`calfeed.timex.name_years`). A year before an event
    noun dates it ("the 2026 elections")."""
    year_start = _bare_year_start(words, timex)
    if year_start is None:
        return False
    before = [w for w in words if w.end <= year_start]
    while (len(before) >= 3 and before[-1].lower in word_list("year_pair_links") and before[-2].text.isdigit()
           and len(before[-2].text) == 4):
        before = before[:-2]            # "the 2026 and 2027 rounds": the second year as the first
    if cited_year(before):
        return True            # "Municipal Structures Amendment Bill of 2017", "Act 32 of 2000": the law's name
    if not before or not before[-1].is_word:
        return False
    if (before[-1].lower in word_list("coverage_links") and len(before) >= 2 and before[-2].is_word
            and before[-2].lower not in word_list("phrase_breaks") and not before[-2].lower.endswith(ending_tuple("participle_endings"))):
        return True            # "Subscriptions for 2027 are now due": what the subscriptions cover
    if before[-1].lower in word_list("articles"):
        rest = [w for w in words if w.start >= timex.end]
        while (len(rest) >= 3 and rest[0].lower in word_list("year_pair_links") and rest[1].text.isdigit()
               and len(rest[1].text) == 4):
            rest = rest[2:]             # "the 2026 and 2027 rounds": the first year as the last
        after = rest[0] if rest else None
        end = timex.end if after is None or after is next((w for w in words if w.start >= timex.end), None) \
            else _start_before(words, after)
        return (after is not None and after.is_word and after.start - end <= 1
                and after.lower not in word_list("phrase_breaks") and (after.lower,) not in event_nouns())
    if not before[-1].is_capitalised:
        return False
    return before[-1].lower not in word_list("phrase_breaks") and before[-1].lower not in word_list("place_prepositions")


def _bare_year_start(words: list[Word], timex: Timex) -> int | None:
    """Where the bare year of ``timex`` starts: at its start ("2027"), or after the words the
    tagger took in before an article and the year ("about the 2020 Lantern Festival": the topic's
    "about" read as a hedge); None when the timex is no bare year."""
    if timex.bare_year:
        return timex.start
    if not (timex.text[-4:].isdigit() and timex.text[-5:-4].isspace()):
        return None               # the words are read only for a timex that ends in a spaced year
    year_start = timex.end - 4
    inside = [w for w in words if timex.start <= w.start and w.end <= year_start]
    if not (inside and inside[-1].is_word
            and inside[-1].lower in word_list("articles") and parse(timex.raw_value or timex.value).core == timex.text[-4:]):
        return None
    return year_start


def compared_day(text: str, timex: Timex, sentence: tuple[int, int]) -> bool:
    """"on the same day as the fund's closing date": the anaphor compares two days and dates neither
    (the tagger reads it as the last day written before it, which the phrase after "as" is not),
    nor does an anaphor after it in its sentence that points back to it ("... cannot be handled on
    that day"; compared_day_words, day_anaphors)."""
    if _compares(text, timex.start, timex.end):
        return True
    said = " ".join(text[timex.start:timex.end].lower().split())
    if said not in word_list("day_anaphors"):
        return False
    lowered = text[sentence[0]:timex.start].lower()
    for phrase in word_list("compared_day_words"):
        at = lowered.find(phrase)
        while at >= 0:
            if _compares(text, sentence[0] + at, sentence[0] + at + len(phrase)):
                return True
            at = lowered.find(phrase, at + 1)
    return False


def _compares(text: str, start: int, end: int) -> bool:
    if " ".join(text[start:end].lower().split()) not in word_list("compared_day_words"):
        return False
    after = text[end:end + 4]
    return after[:1].isspace() and after.split()[:1] == ["as"]


def prefixed_day(text: str, timex: Timex) -> bool:
    """A day joined by a hyphen to a prefix ("post-Christmas dinner", "pre-Easter break"): the
    words are about a time around that day, never on it."""
    at = timex.start
    if at < 2 or text[at - 1] != "-":
        return False
    first = at - 1
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    return text[first:at - 1].lower() in word_list("day_prefixes")


MAX_COUNTED_ANCHOR_WORDS = 5   # words of the event a span is counted from ("before the Annual General Meeting (")


def restated_count(words: list[Word], timex: Timex) -> bool:
    """A date in brackets right after a span counted from an event ("delivered twenty-nine days
    before the AGM (Thursday 21st September 2017)"): the bracket writes out the day the count
    comes to, the deadline's, not the event's own day. ``words``: the clause's words, marks
    included."""
    before = [w for w in words if w.end <= timex.start]
    if not before or before[-1].text != "(":
        return False
    name = before[:-1]
    units, links = _count_words()
    for k in range(len(name) - 1, max(-1, len(name) - 2 - MAX_COUNTED_ANCHOR_WORDS), -1):
        if not name[k].is_word:
            return False
        for link in links:
            first = k - len(link) + 1
            if first >= 1 and tuple(w.lower for w in name[first:k + 1]) == link and k + 1 < len(name) \
                    and name[first - 1].lower in units:
                return True
    return False


@lru_cache(maxsize=None)
def _count_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """(the units a span is counted in, the links that need nothing before the anchor event)."""
    units = frozenset(row["word"] for row in load_table("en", "units"))
    links = tuple(tuple(row["link"].split()) for row in table("counted_links") if row["needs"] == "-")
    return units, links


MAX_SCOPE_NOUN_WORDS = 4     # words of the noun a reduced relative clause qualifies ("projects/events")
MAX_SCOPE_VERB_WORDS = 3     # words of its verb group ("to be delivered")


def scope_window(words: list[Word], timex: Timex, later_date: bool,
                 lengths: Sequence[tuple[int, int]] = ()) -> bool:
    """A date in a reduced relative clause that says which things a "for" phrase covers
    ("Applications for projects to be delivered between April 1 and March 31 are open as of
    October 5", "Funding for events taking place from May to July closes on 3 March"): the days
    qualify the noun, so the sentence's other, later date is its event's and this one is none.
    With no later date in the sentence the days are kept (they may be all it tells). A length
    after "for" (``lengths``: the sentence's durations; "extended for two weeks now closing on
    March 28") measures something and covers no things."""
    if not later_date:
        return False
    before = [w for w in words if w.end <= timex.start and w.is_word]
    if not before or before[-1].lower not in word_list("scope_window_starts"):
        return False
    k = len(before) - 2
    verbs = 0
    while k >= 0 and verbs < MAX_SCOPE_VERB_WORDS and (
            before[k].lower in word_list("scope_window_verb_words") or participle(before[k].lower)
            or before[k].lower.endswith(ending_tuple("gerund_endings"))):
        verbs += 1
        k -= 1
    group = [w.lower for w in before[k + 1:k + 1 + verbs]]
    if not verbs or (group[0] in word_list("scope_window_verb_words")
                     and group[0] not in word_list("scope_window_group_openers")) or not any(participle(w) or w.endswith(ending_tuple("gerund_endings")) for w in group):
        return False          # "will be held on": a finite verb, the clause's own predicate
    nouns = 0
    while k >= 0 and nouns < MAX_SCOPE_NOUN_WORDS and before[k].lower not in word_list("coverage_links"):
        if before[k].lower in word_list("clause_verbs"):
            return False      # "Webinars for applicants will be held on ...": the sentence's verb
        nouns += 1
        k -= 1
    if not (0 < nouns and k > 0 and before[k].lower in word_list("coverage_links")):
        return False
    covered = before[k + 1]
    return not any(start <= covered.start and covered.end <= end for start, end in lengths)


def _start_before(words: list[Word], word: Word) -> int:
    """The end of the word before ``word`` (the year a pair of years ends with)."""
    before = [w for w in words if w.end <= word.start]
    return before[-1].end if before else word.start


def times_another(words: list[Word], timex: Timex) -> bool:
    """A clock naming another happening the event is placed after or before ("held after the
    10am service on Sunday 25 April"): the service is at 10am, the meeting is not."""
    if not date_not_written(timex):
        return False
    before = [w for w in words if w.end <= timex.start]
    after = next((w for w in words if w.start >= timex.end), None)
    return (len(before) >= 2 and before[-1].lower in word_list("articles")
            and before[-2].lower in word_list("anchor_prepositions")
            and after is not None and after.is_word and after.lower not in word_list("phrase_breaks"))


def anchors_only(text: str, ordered: list[Timex]) -> set[int]:
    """Dates that only anchor the date written right after them ("after Easter, Monday 12th
    April"), by id."""
    found: set[int] = set()
    marks = word_list("anchor_prepositions")
    for first, second in zip(ordered, ordered[1:]):
        before = text[max(0, first.start - 12):first.start].split()
        if before and before[-1].lower() in marks and text[first.end:second.start].strip() in (",", "—", "–", "-"):
            found.add(id(first))
    return found


def restated_clocks(text: str, ordered: list[Timex]) -> set[int]:
    """A clock in brackets right after another, the same moment in another zone ("12:30 BST
    (11:30 UTC)", "11:00 EST (17:00 CET)"), by id."""
    found: set[int] = set()
    for first, second in zip(ordered, ordered[1:]):
        if (first.type == "TIME" and second.type == "TIME" and text[first.end:second.start].strip() == "("
                and text[second.end:second.end + 2].lstrip().startswith(")")):
            found.add(id(second))
    return found


_WEEKLY_ON = "FREQ=WEEKLY;BYDAY="
SERIES_LIST_GAPS = (",", ":", "")   # between "on Thursdays" and the first day it introduces


def plural_weekday(timex: Timex) -> int | None:
    """The ISO weekday of a plain weekly series ("on Thursdays", "Fridays"), else None: a series
    with an end of its own is a series, never a word that introduces days."""
    rule = timex.rrule or ""
    if timex.type != "SET" or not rule.startswith(_WEEKLY_ON) or "UNTIL=" in rule:
        return None
    code = rule[len(_WEEKLY_ON):len(_WEEKLY_ON) + 2]
    return WEEKDAY_CODES.index(code) + 1 if code in WEEKDAY_CODES else None


def introduces_dates(text: str, timex: Timex, after: FirstStarting[Timex]) -> bool:
    """"Evening clinics: Thursdays, October 8 and October 22, 4:30 p.m.": the plural weekday
    introduces the days that follow it, all on that weekday; it is no weekly series. ``after``
    finds the page's first date from an offset (a page of weekly rows asks it for each row)."""
    day = plural_weekday(timex)
    if day is None:
        return False          # asked of every date: only a weekly series looks for the dates after it
    following = after.at_or_after(timex.end)
    return (following is not None and following.type in ("DATE", "TIME")
            and text[timex.end:following.start].strip() in SERIES_LIST_GAPS
            and following.interval is not None and following.interval.start.isoweekday() == day)


def ends_at(words: list[Word], timex: Timex) -> bool:
    """A bare clock right after an ending verb and "at" ("festival ends at 10 p.m."), or a
    clock on a day told from the one before ("the following day by 11am", ``next_day_leads``)
    right after the verb ("to have the march finished the following day by 9am"): the end of
    an event the document has dated, not a one-hour entry starting then."""
    before = [w.lower for w in words if w.end <= timex.start and w.is_word]
    if not before:
        return False
    if not date_not_written(timex):
        lead = tuple(timex.text.lower().split())
        if timex.type != "TIME" or not any(lead[:len(p)] == p for p in phrase_list("next_day_leads")):
            return False
        return any(tuple(before[-len(v):]) == v for v in phrase_list("end_verbs"))
    if before[-1] not in word_list("ending_clock_links"):
        return False
    return any(tuple(before[-1 - len(v):-1]) == v for v in phrase_list("end_verbs"))


def scope_bracket(text: str, timex: Timex) -> bool:
    """A date inside a bracket that says which things the words before it cover ("the August
    1st full proposal deadline (for projects taking place January 1st or later)"): it bounds
    the projects, no day of the deadline or of anything to attend."""
    line_start = start_of_line(text, timex.start)
    opening = text.rfind("(", line_start, timex.start)
    if opening < 0 or ")" in text[opening:timex.start]:
        return False
    line_end = text.find("\n", timex.end)
    closing = text.find(")", timex.end, len(text) if line_end < 0 else line_end)
    if closing < 0 or "(" in text[timex.end:closing]:
        return False
    first = text[opening + 1:timex.start].split(None, 1)
    return bool(first) and first[0].lower() in word_list("scope_bracket_openers")


_LAST_WORDS = re.compile(r"([\w'’]+)\W+([\w'’]+)\W*\Z")


def closing_hour(text: str, timex: Timex) -> bool:
    """A clock with no day of its own after "available until" ("Bar and Food available until
    1am"): when something stops being served, no entry of its own."""
    if timex.type != "TIME" or not (timex.raw_value or timex.value).startswith(("T", "XXXX-XX-XXT")):
        return False
    start = start_of_line(text, timex.start)
    last = _LAST_WORDS.search(text, max(start, timex.start - 40), timex.start)
    if last is None or last.group(2).lower() not in word_list("closing_clock_marks"):
        return False
    return last.group(1).lower() in word_list("availability_marks") or _kept_open(text, start, timex.start)


OPEN_STATE_GAP = 4        # words between "stay open" and "until" ("stay open along the seafront until 9 p.m.")
_OPEN_STATE_REACH = 80    # characters before the clock read for them


def _kept_open(text: str, line_start: int, clock: int) -> bool:
    """The "until" before a day-less clock ends a stretch something stays open ("will stay open along
    the seafront until 9 p.m."): the hour it shuts that day, no deadline to meet. At most
    OPEN_STATE_GAP words, and no clause's mark, stand between "stay open" and "until"."""
    stretch = text[max(line_start, clock - _OPEN_STATE_REACH):clock].lower()
    words = list(_WORD.finditer(stretch))[:-1]      # the last is "until"
    lead = words[-OPEN_STATE_GAP - 2:]
    for first, second in zip(lead, lead[1:]):
        if (f"{first.group(0)} {second.group(0)}" in word_list("open_state_leads")
                and _CLAUSE_MARK.search(stretch, second.end()) is None):
            return True
    return False


_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_CLAUSE_MARK = re.compile(r"[.;:!?]")


def listed_events(words: list[Word], phrase: NounPhrase | None, timex: Timex | None = None) -> bool:
    """A plural event phrase after "list of" or "schedule of" ("a tentative list of United Nations
    meetings scheduled to be held in June"), or counted vaguely over a month or longer ("offers a
    few special events in December", "several workshops this spring"): the date introduces the
    events, told one by one elsewhere, and is no entry of its own."""
    if phrase is None or not phrase.plural:
        return False
    if (phrase.first >= 2 and words[phrase.first - 1].lower in word_list("list_intro_links")
            and words[phrase.first - 2].lower in word_list("list_intro_nouns")):
        return True
    span = timex.span if timex is not None else None
    if span is None or span.granularity in SHORTER_THAN_MONTH:
        return False
    for k in range(phrase.head - 1, max(-1, phrase.first - 1 - VAGUE_REACH), -1):
        if not words[k].is_word or (words[k].is_capitalised and k < phrase.first):
            return False
        if words[k].lower in word_list("vague_quantifiers"):
            return True
    return False


VAGUE_REACH = 3           # words between a vague count and its plural noun ("a few special events")
SHORTER_THAN_MONTH = ("week", "day", "partofday", "hour", "minute", "second")   # a vague count over these dates

LINK_MAX_WORDS = 8        # a link's or a button's words: more is a sentence


def link_line(line: str) -> bool:
    """"Download the Draft Agenda", "Read More About the Council", "Share this event", "Register here",
    "Book a place": a line that opens as a web page's link or button does (``link_labels``), or a
    short one opened by a link's verb (``link_verbs``) and one of ``link_followers``, is page
    furniture, never an event, whatever date stands above it."""
    words = [w.lower() for w in _LINK_WORD.findall(line)]
    if any(tuple(words[:len(label)]) == label for label in phrase_list("link_labels")):
        return True
    if not 1 < len(words) <= LINK_MAX_WORDS or any(c.isdigit() for c in line):
        return False
    return words[0] in word_list("link_verbs") and words[1] in word_list("link_followers")


_LINK_WORD = re.compile(r"[^\W\d_]+")

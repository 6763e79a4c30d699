"""Numbers and names that only look like dates.

"Ordinance No. 2027-04" is a document's number, not April 2027; "Orthodox Christmas" and
"Lunar New Year" are other days than the holiday their last words name; "the Trans March"
and "the Women's March" are events, not the month. All are told by the word just before the
match, read from the resource lists ``number_labels``, ``holiday_openers`` and
``month_openers``; a look back of a few dozen characters keeps the check linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from calfeed.rrules import WEEKDAY_CODES, byday, rule_parts
from calfeed.text import same_sentence
from calfeed.timex.lexicon import load_list, load_words
from calfeed.timex.rawvalue import BARE_WEEKDAY
from calfeed.timex.tense import past_form, reporting_verbs
from calfeed.timex.trailing_words import EndsWithWord, last_words
from calfeed.timex.vocabulary import norm, vocabulary

_LOOKBACK = 40
_NUMBER = re.compile(r"\d{1,4}[-/.]\d{1,4}(?:[-/.]\d{1,4})?")
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][A-Za-z'’]{0,30})[^\S\n]{1,2}$")
_WORD_AFTER = re.compile(r"[^\S\n]{1,2}(?P<w>[A-Za-z]{1,30})")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
# A dash to another month word right after a month: "March-May", "June – September".
_DASHED_WORD_AFTER = re.compile(r"[^\S\n]?[-–][^\S\n]?(?P<w>[A-Za-z]{3,12})\b")
# What may stand before a sentence's first word: nothing, a sentence or line end, a bullet, a quote.
_OPENING = re.compile(r"(?:^|[.!?:;\n\"“‘'(\[—–•*#|>-])[^\S\n]*$")


@lru_cache(maxsize=None)
def _label(lang: str) -> re.Pattern[str]:
    """A number label ("Ordinance", "No.", "Case No."), or "#", right before the number."""
    words = sorted(load_list(lang, "number_labels"), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]{1,2}") for w in words)
    sign = "|".join(re.escape(w) for w in words if w.endswith("."))
    return re.compile(rf"(?:(?<![\w])(?:{body})(?:[^\S\n]{{1,2}}(?:{sign}))?[.:]?[^\S\n]{{0,2}}#?|#)[^\S\n]{{0,2}}$",
                      re.IGNORECASE)


def numbered(text: str, start: int, end: int, lang: str) -> bool:
    """Digits with separators ("2027-04") written as the number a label introduces, or a
    match that is only the head of a longer identifier ("2011/429/EXC", "2019-CV-0012")."""
    number = _NUMBER.fullmatch(text, start, end) is not None
    joined = _JOINED.match(text, end)
    if not number and joined is None:
        return False        # (most matches: a year, a plain day) the label would decide nothing
    labelled = _label(lang).search(text[max(0, start - _LOOKBACK):start]) is not None
    if number and labelled:
        return True
    return _identifier(text, start, joined, labelled)


def _month_range_after(text: str, end: int, lang: str) -> bool:
    """A dash to another month word right after the month: "March-May", "June – September"."""
    found = _DASHED_WORD_AFTER.match(text, end)
    return found is not None and norm(found.group("w")) in vocabulary(lang).months


# Groups joined on after a match: "/429", "/EXC", "-CV", "-0012" (a few, each short: linear).
_JOINED = re.compile(r"(?:[-/](?![-/])[A-Za-z0-9]{1,12}){1,6}(?![\w])")
_GROUP = re.compile(r"[A-Za-z0-9]+")


def _identifier(text: str, start: int, joined: re.Match[str] | None, labelled: bool) -> bool:
    """Further groups joined on by slashes or dashes make a reference number: after a number
    label any at all ("Ref. 2027/0142"); else a group no date has (three digits, five or more,
    a leading zero on four: "Regulation 2016/679", "2027/0142") or, in three groups or more,
    one with a capital letter joined on ("Decision 2011/87/EU"). "2011/12", "2011-2012",
    "2027-04-17" and "2 May-3 June" stay dates. ``joined``: _JOINED's match at the match's end."""
    if joined is None:
        return False
    if labelled:
        return True
    groups = _GROUP.findall(text[start:joined.end()])
    if any(_undated_digits(g) for g in groups):
        return True
    # The capital must be joined on: in "2 May-3 June" it is the match's own month word.
    added = _GROUP.findall(joined.group(0))
    return len(groups) >= 3 and any(not g.isdigit() and not g.islower() for g in added)


def _undated_digits(group: str) -> bool:
    if not group.isdigit():
        return False
    return len(group) == 3 or len(group) > 4 or (len(group) == 4 and group.startswith("0"))


def in_longer_name(text: str, start: int, lang: str) -> bool:
    """A holiday's name after a capitalised word, inside a sentence, that is no opener
    ("Orthodox Christmas"): the words together name another day. An all-capitals word
    ("US Independence Day") qualifies rather than renames; a capital that only opens the
    sentence ("Celebrate Christmas") is no name."""
    window = text[max(0, start - _LOOKBACK):start]
    match = _WORD_BEFORE.search(window)
    if match is None:
        return _named_by_calendar(text, start, lang)
    word = match.group("w")
    if _calendar_qualifier(word, window[match.start() - 1:match.start()], lang):
        return True       # "Lunar New Year" opening a heading: the lunar calendar's, not 1 January
    if _named_by_calendar(text, start, lang):
        return True
    if not word[0].isupper() or word.isupper() or norm(word) in load_list(lang, "holiday_openers"):
        return False
    before = window[:match.start()]
    if start - _LOOKBACK <= 0 and not before.strip():
        return False
    return _OPENING.search(before) is None


_SHORTEST_TAILED = 3     # a calendar word this short ("Lao") is not told by its tail: two letters name nothing


def _calendar_qualifier(word: str, before: str, lang: str) -> bool:
    """Whether ``word`` names another calendar (``holiday_calendar_words``: "Lunar", "Saka"), in
    any case; a word right after a letter or sign outside ASCII ("€aka") is such a word whose first
    letter ("Śaka") the page's encoding lost, when the rest of a calendar word matches it."""
    key = norm(word)
    words = load_list(lang, "holiday_calendar_words")
    if key in words:
        return True
    return bool(before) and not before.isascii() and any(w[1:] == key for w in words if len(w) > _SHORTEST_TAILED)


_HOLIDAY_NAME_END = re.compile(r"[A-Za-z'’ ]{1,30}?(?![\w'’])")


def _named_by_calendar(text: str, start: int, lang: str) -> bool:
    """Whether the page names this holiday with a calendar word before it elsewhere ("Lunar New Year"
    in the heading, then "drums will greet the New Year"): the bare name means that calendar's day."""
    name = _holiday_name_at(text, start, lang)
    if name is None:
        return False
    return _calendar_named(text, lang).get(name.lower(), False)


def _holiday_name_at(text: str, start: int, lang: str) -> str | None:
    """The name of the holiday ``holiday_calendar_names`` knows that opens at ``start``, or None."""
    for name in _calendar_holiday_names(lang):
        if text[start:start + len(name)].lower() == name.lower():
            end = start + len(name)
            if end == len(text) or not (text[end].isalnum() or text[end] in "'’"):
                return name
    return None


@lru_cache(maxsize=None)
def _calendar_holiday_names(lang: str) -> tuple[str, ...]:
    """Holiday names another calendar may own (``holiday_calendar_names``), longest first."""
    return tuple(sorted(load_list(lang, "holiday_calendar_names"), key=len, reverse=True))


_CALENDAR_CACHE: dict[int, tuple[str, dict[str, bool]]] = {}


def _calendar_named(text: str, lang: str) -> dict[str, bool]:
    """Which of ``holiday_calendar_names`` the text writes after a calendar word somewhere (read
    once a text, as each holiday of the page asks)."""
    cached = _CALENDAR_CACHE.get(id(text))
    if cached is not None and cached[0] is text:
        return cached[1]
    found = {}
    for match in _calendar_pattern(lang).finditer(text):
        found[" ".join(match.group("name").split()).lower()] = True
    _CALENDAR_CACHE.clear()
    _CALENDAR_CACHE[id(text)] = (text, found)
    return found


@lru_cache(maxsize=None)
def _calendar_pattern(lang: str) -> re.Pattern[str]:
    """A calendar word ("Lunar"), or one whose first letter was lost in encoding ("€aka"), then a
    holiday name another calendar may own."""
    words = load_list(lang, "holiday_calendar_words")
    calendars = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    tails = "|".join(sorted((re.escape(w[1:]) for w in words if len(w) > _SHORTEST_TAILED), key=len, reverse=True))
    names = "|".join(re.escape(n).replace(r"\ ", r"[^\S\n]{1,2}") for n in _calendar_holiday_names(lang))
    return re.compile(rf"(?:(?<![\w])(?:{calendars})|(?<=[^\x00-\x7f])(?:{tails}))[^\S\n]{{1,2}}(?P<name>{names})(?![\w'’])",
                      re.IGNORECASE)


_NEXT_CAPITAL = re.compile(r"[ \t]{1,3}([A-Z][a-z]+)")


def holiday_place_name(text: str, end: int, lang: str) -> bool:
    """A holiday's name right before a capitalised place noun (``holiday_place_heads.txt``: "Easter
    Island", "Christmas Creek"): the words name a place, not the holiday's day."""
    found = _NEXT_CAPITAL.match(text, end)
    return found is not None and found.group(1) in load_list(lang, "holiday_place_heads")


def month_in_name(text: str, start: int, end: int, lang: str) -> bool:
    """A capitalised bare month after a capitalised word that is no opener ("the Trans March",
    "Dyke March", "Theresa May") or after a capitalised possessive ("the Women's March"): the
    words name an event or a person. After a possessive only a month word that is also a thing
    one owns (``owned_month_nouns.txt``) can be a name, and a noun a month dates ("the Fed's March
    meeting") or a range to another month keeps even that a month; an all-capitals word or month
    ("IN MARCH") tells nothing."""
    month = text[start:end]
    if not month[:1].isupper() or month.isupper():
        return False
    found = _WORD_BEFORE.search(text[max(0, start - _LOOKBACK):start])
    if found is None:
        return False
    word = found.group("w")
    if not word[0].isupper() or word.isupper():
        return False
    possessive = _POSSESSIVE.search(word) is not None
    key = norm(_POSSESSIVE.sub("", word) if possessive else word)
    if key in load_list(lang, "month_openers") or _calendar_word(key, lang):
        return False
    if possessive:
        if norm(month) not in load_list(lang, "owned_month_nouns") or _month_range_after(text, end, lang):
            return False       # "Brazil's June exports", "Kenya's March-May rains": the month
        after = _WORD_AFTER.match(text, end)
        if after is not None and norm(after.group("w")) in load_list(lang, "month_modified_nouns"):
            return False
    return True


# An all-capitals short name right before, on the same line or the line above (wire copy breaks its
# lines anywhere): "USA Today", "VOA Today".
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])(?P<w>[A-Z]{2,6})(?:[^\S\n]{1,2}|[^\S\n]{0,2}\n[^\S\n]{0,8})$")


_DAY_WORD_AFTER = re.compile(r"[^\S\n]{0,2}(?:(?P<w>[A-Za-z]{2,12})\b|[\d!])")


def day_word_in_name(text: str, start: int, end: int, lang: str) -> bool:
    """A capitalised day word ("Today", "Tonight") straight after an all-capitals short name
    that is no time zone ("USA Today", the newspaper; "VOA Today", the programme): running text
    writes the day word in lower case, so the capital joins it to the name. "at 9 GMT Today" keeps it,
    and so does a notice's day followed by a time ("BBQ Tomorrow from 5pm", "AGM Today at 7pm!")."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    found = _ACRONYM_BEFORE.search(text, max(0, start - 16), start)
    if found is None:
        return False
    if norm(found.group("w")) in load_list(lang, "day_word_occasions"):
        return False           # "AGM Tomorrow in the village hall": the occasion the day word dates
    timed = _DAY_WORD_AFTER.match(text, end)
    if timed is not None and (timed.group("w") is None or norm(timed.group("w")) in load_list(lang, "day_word_timers")):
        return False           # "BBQ Tomorrow from 5pm", "AGM Today at 7pm": a notice's day, no name
    return vocabulary(lang).zone(found.group("w")) is None


# What a person's name stands between where it is a clause's subject: a sentence or clause opening
# before it ("... she said. May became", ", May must win"), a verb after it.
_SUBJECT_OPENING = re.compile(r"(?:^|[.!?;,\n\"“”'‘’(—–])[^\S\n]{0,3}$")
_REPORTED_BEFORE = re.compile(r"(?P<w>[a-z]{2,20})[^\S\n]{1,2}$")
# Up to three lower-case words after the month ("must win", "has been elected", "was the wettest").
_VERB_GROUP = re.compile(r"[^\S\n]{1,2}(?P<a>[a-z][a-z'’-]{0,20})(?![\w'’])"
                         r"(?:[^\S\n]{1,2}(?P<b>[a-z][a-z'’-]{0,20})(?![\w'’]))?"
                         r"(?:[^\S\n]{1,2}(?P<c>[a-z][a-z'’-]{0,20})(?![\w'’]))?")
# A clause's end right after the word: "said May, who ...", "..., said May."
_CLAUSE_END_AFTER = re.compile(r"[^\S\n]{0,2}(?:[,.;:!?)\"”’—–]|\n|$)")


def _person_verb(text: str, end: int, lang: str) -> bool:
    """A person's verb right after the word: an auxiliary or modal ("must win", "did not"), a verb
    of saying or a past form ("May said", "May became"), or a copula before a past participle ("May
    was elected", "May has been criticised"). A copula before anything else ("May was the wettest
    month"), "has"/"had" before a noun phrase ("May had the highest rainfall") and a noun ("May
    sales") are no sign of a person."""
    group = _VERB_GROUP.match(text, end)
    if group is None:
        return False
    words = [norm(w) for w in group.group("a", "b", "c") if w]
    auxiliaries, copulas = load_list(lang, "named_subject_verbs"), load_list(lang, "copulas")
    at = 1 if len(words) > 1 and words[0] in auxiliaries and words[1] in copulas else 0
    if words[at] in copulas:
        return at + 1 < len(words) and past_form(words[at + 1], lang)
    if words[0] in load_list(lang, "named_subject_perfects"):
        return any(_verb_after_having(word, lang) for word in words[1:])
    return words[0] in auxiliaries or words[0] in reporting_verbs(lang) or past_form(words[0], lang)


def _verb_after_having(word: str, lang: str) -> bool:
    """A word in the two after "has"/"had" that makes it an auxiliary: a participle ("had also
    backed"), a copula ("has been praised") or an infinitive's marker ("had to resign")."""
    return (past_form(word, lang) or word in reporting_verbs(lang) or word in load_list(lang, "copulas")
            or word in load_list(lang, "infinitive_markers"))


def month_as_named_person(text: str, start: int, end: int, lang: str) -> bool:
    """A bare month word where the document already wrote it as a name after a given name
    ("Prime Minister Theresa May ... May became prime minister", "... said May, who"): the later
    capitalised word is that person when it stands as a clause's subject (an opening before it, a
    person's verb after it: _person_verb) or right after a verb of saying with a clause's end or such
    a verb after it. "by May", "in May", "last May", "May was the wettest month", a month before a
    noun it dates ("said May sales rose") and a month in a document that names no one stay months."""
    month = text[start:end]
    if not month[:1].isupper() or month.isupper():
        return False
    before = text[max(0, start - _LOOKBACK):start]
    said = _REPORTED_BEFORE.search(before)
    reported = said is not None and norm(said.group("w")) in reporting_verbs(lang)
    if not (_SUBJECT_OPENING.search(before) is not None or reported):
        return False
    if not (_person_verb(text, end, lang) or (reported and _CLAUSE_END_AFTER.match(text, end) is not None)):
        return False
    return any(other != start for other in _written_as_names(text, month, lang))


@lru_cache(maxsize=16)
def _written_as_names(text: str, month: str, lang: str) -> tuple[int, ...]:
    """Where the document writes ``month`` as part of a name, found once per document and
    month word: asked for every bare month, a scan of the whole text each time made a long
    document with many months square in its length."""
    return tuple(found.start() for found in re.finditer(rf"(?<![\w]){re.escape(month)}(?![\w])", text)
                 if month_in_name(text, found.start(), found.end(), lang))


def weekday_in_name(text: str, start: int, end: int, lang: str) -> bool:
    """A capitalised weekday before a capitalised noun that names a programme or a paper with
    it ("Friday Lates, held on the last Friday of the month", "The Sunday Times"):
    ``weekday_name_heads.txt``."""
    weekday = text[start:end]
    if not weekday[:1].isupper() or weekday.isupper():
        return False
    after = _WORD_AFTER.match(text, end)
    return (after is not None and after.group("w")[0].isupper() and not after.group("w").isupper()
            and norm(after.group("w")) in load_list(lang, "weekday_name_heads"))


# An opening quotation mark right before a match: straight, curly, or typed as two marks (``, '').
_QUOTE_OPENS = re.compile(r"(?:^|(?<=[\s(]))(?:\"|“|‘|``|'')[^\S\n]?$")
_QUOTE_MARKS = frozenset("\"“‘`'")     # every match of _QUOTE_OPENS holds one of these
_YEAR_IN = re.compile(r"(?<!\d)\d{4}(?!\d)")
_LATER_WORD = re.compile(r"[^\S\n]+([A-Za-z]+)")


def quoted_title(text: str, start: int, end: int, lang: str) -> bool:
    """A match that opens a quotation and capitalises a calendar unit after its first word, as
    running text never does ("ABC's \"This Week,\"", "''60 Minutes''"): the title of a programme
    or a work. Weekdays and months are capitalised anyway ("Next Tuesday"), and an all-capitals
    match tells nothing (a shouted line or a heading writes every word so). A match holding a
    year, or one a colon follows, is a labelled date, which pages quote too."""
    if _QUOTE_MARKS.isdisjoint(text[max(0, start - 4):start]) \
            or _QUOTE_OPENS.search(text, max(0, start - 4), start) is None:
        return False    # (the plain test first: most matches have no quotation mark before them)
    if _YEAR_IN.search(text, start, end) or text[end:end + 1] == ":":
        return False     # "\"First Quarter 2013\" report", "\"Next Week: Budget Hearing\"": a date labelled, no title
    units = vocabulary(lang).units
    return any(w[0].isupper() and not w.isupper() and norm(w) in units
               for w in (m.group(1) for m in _LATER_WORD.finditer(text, start, end)))


_POSSESSED = re.compile(r"['’]s[^\S\n]{1,2}([a-z]{1,20})(?![\w'’-])[^\S\n]*([A-Za-z]*)")


def generic_possessor(text: str, end: int, lang: str) -> bool:
    """A day word's possessive before a lower-case noun of an age that ends its phrase ("for
    today's youth", "in today's world,", "tomorrow's leaders will", ``age_nouns.txt``): the words
    name the times in general, not a day. A noun that opens a longer name keeps the day
    ("Tomorrow's World Cup qualifier", "tomorrow's world premiere"): only a mark, the line's end
    or a function word of ``age_noun_followers.txt`` may follow it."""
    found = _POSSESSED.match(text, end)
    if found is None or norm(found.group(1)) not in load_list(lang, "age_nouns"):
        return False
    after = found.group(2)
    return not after or norm(after) in load_list(lang, "age_noun_followers")


# "<noun> of " right before a day word, searched only where "of" ends the window (trailing_words)
_OF_BEFORE = EndsWithWord(re.compile(r"(?<![\w'’-])([a-z]{1,20})[^\S\n]{1,2}of[^\S\n]{1,2}$"), ("of",), folded=False)


def generic_of(text: str, start: int, lang: str) -> bool:
    """A day word after "of" and a lower-case noun of an age ("the people of tomorrow", "the
    world of today", ``age_nouns.txt``): the mirror of "tomorrow's people", the times in general."""
    found = _OF_BEFORE.search(text, max(0, start - 28), start)
    return found is not None and norm(found.group(1)) in load_list(lang, "age_nouns")


_NAME_WORD = re.compile(r"[A-Z][\w'’&.-]{0,30}")
_NAME_WORDS = 3          # capitalised words a name may run to before its year


def year_in_called_name(text: str, start: int, lang: str) -> bool:
    """A bare year at ``start`` ending a name a naming word introduces ("a joint venture called Orion
    1980", "a plan dubbed Vision 2030"): one to three capitalised words, none a month or weekday,
    right after a word of ``name_callers.txt``. The year is the name's, not a date."""
    words = text[max(0, start - _LOOKBACK - 20):start].split()
    capitalised = 0
    for word in reversed(words[-(_NAME_WORDS + 1):]):
        if capitalised and norm(word) in load_words(lang, "name_callers"):
            return True
        if capitalised == _NAME_WORDS or _NAME_WORD.fullmatch(word) is None or _calendar_word(norm(word), lang):
            return False
        capitalised += 1
    return False


def _calendar_word(key: str, lang: str) -> bool:
    """A month or weekday name ("February March", "Friday May") is a list, not a name."""
    vocab = vocabulary(lang)
    return key in vocab.months or key in vocab.weekdays


# --- a weekday and part of day used as a noun's attribute ---------------------------------

_ATTRIBUTE_RULES = frozenset({"weekday_alone"})
_NEXT_WORD = re.compile(r"[^\S\n]{1,2}(?P<w>[A-Za-z][A-Za-z'’-]{0,30})(?![\w])")
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]{0,2})(?:\s|$)|\n[^\S\n]{0,8}\n")
_SENTENCE_REACH = 300   # characters a sentence's other date is looked for on either side


@lru_cache(maxsize=None)
def _weekday_pod(lang: str) -> re.Pattern[str]:
    from calfeed.timex.vocabulary import word_alternation

    vocab = vocabulary(lang)
    weekdays = [w for w, row in vocab.weekdays.items() if row.get("bare") == "yes"]
    days, parts = word_alternation(weekdays, dispatched=True), word_alternation(list(vocab.parts_of_day), dispatched=True)
    return re.compile(rf"(?P<wd>{days})[^\S\n]{{1,3}}(?P<pod>{parts})", re.IGNORECASE)


@lru_cache(maxsize=None)
def _attribute_lead(lang: str) -> EndsWithWord:
    """A determiner, then maybe an ordinal ("our first "), right before the weekday; searched only where
    one of those words ends the window (trailing_words)."""
    from calfeed.timex.vocabulary import word_alternation

    vocab = vocabulary(lang)
    ordinals = [w for w, row in vocab.numbers.items() if row.get("kind") == "ordinal"]
    lead_words = list(load_list(lang, "attribute_leads"))
    leads = word_alternation(lead_words, dispatched=True)
    ordinal = word_alternation(ordinals, dispatched=True)
    pattern = re.compile(rf"(?<![\w])(?:{leads})[^\S\n]{{1,3}}(?:(?:{ordinal})[^\S\n]{{1,3}})?$", re.IGNORECASE)
    return EndsWithWord(pattern, last_words(lead_words + ordinals))


@lru_cache(maxsize=None)
def _not_nouns(lang: str) -> frozenset[str]:
    """Words that after "Friday night" show the weekday is the date: function words, verbs."""
    words = load_list(lang, "month_openers") + load_list(lang, "clause_marks") + load_list(lang, "attribute_stops")
    return frozenset(norm(w) for w in words)


def _qualified_noun(text: str, end: int, capitalised: bool, lang: str) -> bool:
    """The word after ``end`` is a noun the weekday qualifies, in the case asked for."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group("w")
    if word[0].isupper() != capitalised or (capitalised and word.isupper()):
        return False
    key = norm(word)
    return key not in _not_nouns(lang) and not _calendar_word(key, lang) and key not in vocabulary(lang).parts_of_day


def _full_date(atom) -> bool:
    from calfeed.timex.rawvalue import CALENDAR

    match = CALENDAR.match(atom.core)
    return bool(match and match.group("month") not in (None, "XX") and match.group("day") not in (None, "XX"))


def _same_sentence(text: str, left: int, right: int) -> bool:
    return same_sentence(text, left, right, _SENTENCE_REACH, _SENTENCE_END)


def _sentence_neighbours(atoms: list, index: int, text: str) -> Iterator:
    """The other atoms of the sentence of ``atoms[index]``, nearest first on each side."""
    atom = atoms[index]
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(atoms):
            near = atoms[other]
            left, right = (near.end, atom.start) if step < 0 else (atom.end, near.start)
            if not _same_sentence(text, left, right):
                break
            yield near
            other += step


def _dated_elsewhere(atoms: list, index: int, text: str) -> bool:
    """Another atom of the sentence names a full day ("... it's on Sunday 27 June")."""
    return any(_full_date(near) for near in _sentence_neighbours(atoms, index, text))


def attributive_weekdays(atoms: list, text: str, lang: str) -> list:
    """A weekday and part of day that qualify the noun after them are no date: inside a
    capitalised name ("Royal Institution Friday Evening Discourses", "Saturday Night Live"),
    or after a determiner when the sentence names its real day elsewhere ("our Sunday
    afternoon concert ... it's on Sunday 27 June"). News keeps its "Friday night" (a date
    alone, or before a verb: "said Friday night the talks ...", "his Sunday night address")."""
    out = []
    for index, atom in enumerate(atoms):
        if atom.rule in _ATTRIBUTE_RULES:
            found = _weekday_pod(lang).fullmatch(text, atom.start, atom.end)
            if found is not None and _attributive(atoms, index, found, text, lang):
                continue
            if found is None and _names_its_series(atoms, index, text, lang):
                continue
        out.append(atom)
    return out


_PHRASE_OPENERS = "\n.!?:;•*(\"'“‘-–—"     # what may stand right before a noun phrase that opens its clause


def _opens_noun_phrase(text: str, start: int, lang: str) -> bool:
    """The weekday at ``start`` opens its noun phrase: at the start of its clause ("Sunday Mass is
    ...") or after a determiner ("Our Friday prayers"). After a preposition ("On Saturday members
    will meet") the weekday is the day the clause is dated by, whatever noun follows it."""
    before = text[max(0, start - _LOOKBACK):start].rstrip(" \t")
    if not before or before[-1] in _PHRASE_OPENERS:
        return True
    return _attribute_lead(lang).search(text, max(0, start - _LOOKBACK), start) is not None


def _names_its_series(atoms: list, index: int, text: str, lang: str) -> bool:
    """"Sunday Mass is celebrated every Sunday at 10am", "Friday prayers are held each Friday":
    a weekday that qualifies the noun after it names the series its sentence states, not the
    next such day (a one-off beside the series)."""
    atom = atoms[index]
    own = BARE_WEEKDAY.fullmatch(atom.core)
    if own is None or not _opens_noun_phrase(text, atom.start, lang) or not (
            _qualified_noun(text, atom.end, True, lang) or _qualified_noun(text, atom.end, False, lang)):
        return False
    code = WEEKDAY_CODES[int(own.group(1)) - 1]
    for near in _sentence_neighbours(atoms, index, text):
        parts = rule_parts(near.rrule)
        if near.type == "SET" and parts.get("FREQ") == "WEEKLY" and code in byday(parts):
            return True
    return False


def _attributive(atoms: list, index: int, found: re.Match[str], text: str, lang: str) -> bool:
    atom = atoms[index]
    weekday, pod = found.group("wd"), found.group("pod")
    if weekday[0].isupper() and pod[0].isupper() and not pod.isupper():
        return _qualified_noun(text, atom.end, True, lang)
    lead = _attribute_lead(lang).search(text, max(0, atom.start - _LOOKBACK), atom.start)
    return (lead is not None and _qualified_noun(text, atom.end, False, lang)
            and _dated_elsewhere(atoms, index, text))

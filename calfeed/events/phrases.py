"""Event noun phrases and clause subjects: where a calendar entry's title comes from.

No parser is used. A phrase grows from an event noun (from the table) leftwards over
its modifiers (capitalised names, numbers, a few lower-case words) until a function
word, and rightwards over a short prepositional tail ("on regional cooperation",
"for new members") that is not a place or a date. That is enough for the noun phrases
of notices and press releases and keeps titles faithful to the words of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.notice_addresses import after_notice_address
from calfeed.events.places import lookup
from calfeed.events.quote_marks import ENGLISH, WITH_ANGLES, closing_marks, closing_word, opening_marks, quote_marks
from calfeed.events.run_in_headings import after_colon_lead_in, after_run_in_heading
from calfeed.events.vocabulary import (cues, ending_tuple, event_nouns, idiom_at, longest_noun, merged_lists, merged_phrase_list,
                                       phrase_at, phrase_list, phrase_matches, plural_nouns, singular_nouns,
                                       table, verb_nominals, word_list)
from calfeed.events.words import Word, free_words, starts_inside, words_in
from calfeed.timex.lexicon import load_list, load_table, ordinal_ending

MAX_LOWER_MODIFIERS = 3     # "open office hours", "annual forum"; more is usually a clause
MAX_TAIL_WORDS = 6          # "on Temporal Information in Public Documents"
MAX_SUBJECT_WORDS = 8
MAX_PURPOSE_WORDS = 12        # "For a paper to appear in the schedule," / "In order to be considered for the award,"
MAX_FRONTED_WORDS = 4         # a short fronted clause ("Once registered,"); a longer one may hold the subject's own news
MAX_ADVERBIAL_WORDS = 8       # a fronted phrase of circumstance ("For the first time in his Presidency,")
MAX_NAME_ALLOWANCE = 4       # words a subject's names add to its reach ("the Larkmoor Harbour 10 Kilometre Loop")
MAX_REASON_WORDS = 28         # a fronted reason ("Due to a film shoot with ... behind the wheel,"): it may run long
NAME_FIELDS = 6             # words of the fields a body's name lists before "and" ("of Sport, Arts and ...")
ROLE_REACH = 2              # words from an event noun to the office it is part of ("Conference Executive Director")
MAX_MODIFIER_GAP = 2        # "Workshop Proposal Submission", "Conference Full Paper Deadline"
COMPOUND_HEAD_KINDS = ("deadline", "milestone")
POSSESSIVE_MARKS = ("’", "'")       # a word ending so owns the next one   # nouns that head a compound an event noun modifies


@dataclass(frozen=True)
class NounPhrase:
    first: int      # index of its first word in the clause's words
    head: int       # index of the event noun's last word
    last: int       # index of its last word
    kind: str       # the head noun's kind from the table
    plural: bool = False

    def span(self, words: list[Word]) -> tuple[int, int]:
        return words[self.first].start, words[self.last].end


def kind_of(name: str) -> str:
    """The calendar kind of the first event noun in a name written apart from a sentence (a
    heading, a label, a table cell); "event" when it holds none."""
    words = words_in(name, 0, len(name))
    phrases = noun_phrases(words, [], name)
    if not phrases:
        return "event"
    if phrases[0].kind == "deadline" and opened_by_head(words, phrases[0]):
        return "event"
    return phrases[0].kind


def opened_by_head(words: list[Word], phrase: NounPhrase) -> bool:
    """"Commencement of Registration", "Start of online enrolment": a noun of a first moment and
    "of" before the deadline noun (inside the phrase or right before it) name the day it opens."""
    heads, links = word_list("opened_deadline_heads"), word_list("act_part_links")
    return any(words[k].lower in heads and words[k + 1].lower in links
               for k in range(max(0, phrase.first - 2), phrase.head - 1))


def label_kind(label: str) -> str:
    """The kind of the entry a label names on its own (a table cell, a label line): a deadline
    when it is worded as one, else the kind of its event noun."""
    return "deadline" if deadline_label(label) else kind_of(label)


def deadline_label(label: str) -> bool:
    """A label that makes its date a deadline: it opens "Last day ...", "Deadline ..." ("Last day
    to add", "Last day to withdraw without academic penalty") or ends "... Due" ("Grades Due");
    "Last day of classes" ends a teaching period, no deadline."""
    words = [w.strip(".,;:()").lower() for w in label.split()]
    if len(words) > 3 and words[2] in word_list("period_end_links") and words[3] in word_list("period_end_nouns"):
        return False
    lowered = label.lower()
    return (any(lowered.startswith(w) for w in word_list("deadline_label_starts"))
            or bool(words) and words[-1] in word_list("deadline_label_ends") or _obliged_end(words)
            or _due_with_place(words))


def _due_with_place(words: list[str]) -> bool:
    """"Failure warnings due in the Registrar's Office", "Residency petitions due to Tuition
    Classification Officer": the due word after the row's subject, then where it is handed in;
    "exams postponed due to inclement weather" gives a cause after a participle."""
    ends, links = word_list("deadline_label_ends"), word_list("due_place_links")
    return any(words[k] in ends and words[k + 1] in links and not participle(words[k - 1])
               for k in range(1, len(words) - 1))


def _obliged_end(words: list[str]) -> bool:
    """"Sessions must be finalized", "Panels should be confirmed by organizers": a row that
    ends in an obligation on its subject says by when it must be done, a deadline."""
    for k in range(len(words) - 1, 1, -1):
        if words[k - 1] in word_list("obligation_copulas") and words[k - 2] in word_list("obligation_modals") and participle(words[k]):
            return all(w not in word_list("obligation_stops") for w in words[k + 1:])
    return False


def participle(word: str) -> bool:
    """A past participle ("submitted", "sent"), regular or from the irregular lists."""
    return (word.endswith(ending_tuple("participle_endings")) or word in load_list("en", "irregular_past")
            or word in word_list("irregular_participles"))


def phrase_text(words: list[Word], first: int, last: int, text: str) -> str:
    """The words ``first..last`` as written, leading articles dropped, first letter capitalised."""
    articles = word_list("articles")
    while first < last and words[first].lower in articles:
        first += 1
    start = words[first].start
    if words[first].text.isdigit():
        joined = _PLUS_FORMAT.search(text, max(0, start - PLUS_FORMAT_REACH), start)
        start = joined.start() if joined is not None else start    # "5+1 informal meeting", not "1 informal meeting"
    written = " ".join(text[start:words[last].end].split())
    return written[:1].upper() + written[1:]


def singular_name(words: list[Word], first: int, head: int, text: str) -> str | None:
    """The name of one of a plural phrase's events: its words from ``first`` (past its count) as
    written, the head made singular ("two drop-in sessions" -> "Drop-in session"); None when the
    table gives the head no singular."""
    single = singular_nouns().get((words[head].lower,))
    if single is None or first > head:
        return None
    name = f"{phrase_text(words, first, head - 1, text) if head > first else ''} {single}".strip()
    return name[:1].upper() + name[1:]


_PLUS_FORMAT = re.compile(r"(?<![\w+])[A-Za-z]?\d{1,2}\+$")   # "5+", "P5+" right before a number: "5+1", "P5+1"
PLUS_FORMAT_REACH = 4


@lru_cache(maxsize=None)
def _day_number() -> re.Pattern[str]:
    return re.compile(rf"\d{{1,2}}{ordinal_ending()}?")


@lru_cache(maxsize=None)
def month_words() -> frozenset[str]:
    """Month names and abbreviations, as the tagger's table gives them."""
    return frozenset(row["word"] for row in load_table("en", "months"))


DOCUMENT_REACH = 8     # words between a document noun's "for"/"of" and the event noun it is about


def _document_about(words: list[Word], lowered: list[str], i: int) -> bool:
    """The event noun at ``i`` is what a document is about ("the datesheet for the upcoming class
    10 and 12 board exam"; ``event_document_nouns``): a day in its sentence is when the document
    comes out, not when the event is held. "on schedule for launch" is an idiom of timing
    (``schedule_idiom_leads``), no document. Only words may stand between the link and the noun,
    so a clause break ends the look-back."""
    for k in range(i - 1, max(0, i - DOCUMENT_REACH) - 1, -1):
        if not words[k].is_word:
            return False
        if lowered[k] in word_list("event_document_links"):
            return (k > 0 and lowered[k - 1] in word_list("event_document_nouns")
                    and not (k > 1 and lowered[k - 2] in word_list("schedule_idiom_leads")))
    return False


RELEASE_REACH = 12    # words after "exam schedule" searched for what is done with the document


def _released_after(words: list[Word], lowered: list[str], first: int) -> bool:
    """"A revised exam schedule will be announced later": what the sentence does with the
    schedule is put it out (``document_release_words``), so it is a document. "The board set a
    meeting schedule to be on the first Tuesday of each month" puts nothing out: the schedule is
    the meetings' own, and the meeting noun stays."""
    for k in range(first, min(len(words), first + RELEASE_REACH)):
        if not words[k].is_word and words[k].text in ".!?;":
            return False
        if lowered[k] in word_list("document_release_words"):
            return True
    return False


def _records_dated(lowered: list[str], freedom: list[bool], tail: int) -> bool:
    """A record of the occasion followed by the occasion's date ("Special Election Results from March
    22, 2016"): record_tails + record_date_links + a date, so the event noun before them stays."""
    return (lowered[tail] in word_list("record_tails") and tail + 2 < len(lowered)
            and lowered[tail + 1] in word_list("record_date_links") and not freedom[tail + 2])


def noun_phrases(words: list[Word], blocked: list[tuple[int, int]], text: str) -> list[NounPhrase]:
    """Every event noun phrase among ``words``; ``blocked`` spans (dates) are never part of one."""
    lowered = [w.lower for w in words]
    freedom = free_words(words, blocked)

    def free(k: int) -> bool:
        return freedom[k]

    nouns = event_nouns()
    plurals = plural_nouns()
    longest = longest_noun()
    tails = word_list("compound_tails")
    matches: list[tuple[int, int, str, bool]] = []     # (first, last, kind, plural) of each noun as written
    i = 0
    while i < len(words):
        hit = None
        for size in range(min(longest, len(words) - i), 0, -1):
            key = tuple(lowered[i:i + size])
            if key in nouns and all(freedom[i:i + size]):
                hit = (i, i + size - 1, nouns[key], key in plurals)
                break
        if hit is None:
            i += 1
            continue
        after = hit[1] + 1
        if after < len(words) and lowered[after] in tails and not _records_dated(lowered, freedom, after):
            i = after
            continue
        if (after + 1 < len(words) and lowered[after] in word_list("running_compound_tails")
                and words[after + 1].is_word and words[after + 1].text[:1].islower()
                and _released_after(words, lowered, after + 1)):
            i = after         # "the exam schedule will be announced": a document; "Meeting Schedule:" or
            continue          # "Meeting Schedule 2026" heads a list
        if _document_about(words, lowered, i):
            i = after         # "the schedule for the class 10 board exams will be announced": a document's day
            continue
        if (hit[0] == hit[1] and lowered[i] in word_list("verb_like_nouns") and after < len(words)
                and lowered[after] in word_list("complementizers")):
            i = after         # "Figures show that prices rose": the verb
            continue
        if (hit[0] == hit[1] and i > 0 and lowered[i - 1] in word_list("announcing_modals") and after < len(words)
                and lowered[after] in word_list("articles")):
            i = after         # "the Trust will launch a call for evidence": the verb, and its object
            continue
        if hit[0] == hit[1] and _after_auxiliary(lowered, i):
            i = after         # "The portal will launch early next year", "will not review": the verb
            continue
        if hit[0] == hit[1] and i > 0 and lowered[i] in month_words() and _day_number().fullmatch(lowered[i - 1]):
            i = after         # "31st march 2008": a month written small, not a march
            continue
        if (hit[0] == hit[1] and lowered[i] in word_list("treaty_heads") and words[i].text[:1].isupper()
                and after + 1 < len(words) and lowered[after] in word_list("treaty_links")
                and words[after + 1].text[:1].isupper()):
            i = after         # "the UN Convention against Transnational Organized Crime": a treaty
            continue
        if (hit[0] == hit[1] and lowered[i] in word_list("bare_nouns") and not _standing_alone(words, i, freedom)
                and not _title_case_name(words, i, freedom)):   # "the Solemn Mass will begin": a name in title case
            i = after         # "mass layoffs", "critical mass", "places of worship": no service
            continue
        if hit[0] == hit[1] and lowered[i] in word_list("performed_nouns") and not _performed(words, i, after, freedom):
            i = after         # "the bank's performance", "figures show": no stage act named
            continue
        if _house_numbered(words, lowered, i, hit[1], freedom):
            i = after         # "Mercer House, 17 The Parade, Port Ellery": a street of an address
            continue
        if _role_follows(words, lowered, after) or _role_before(words, lowered, i):
            i = after         # "said Conference Executive Director J. Thomas Cochran": a person's title
            continue          # "Controller of Examinations Dr B. Singh": so is this
        if _report_topic(lowered, i):
            i = after         # "Chief Executive Report on Submissions": the report's topic, no deadline
            continue
        if hit[0] == hit[1] and _in_set_idiom(lowered, i, "span_idioms"):
            i = after         # "meet over the course of two days": a stretch of time, no course
            continue
        if hit[0] == hit[1] and _in_set_idiom(lowered, i, "partner_idioms"):
            i = after         # "in consultation with the archive, the library will open": with whom, no consultation
            continue
        if hit[0] == hit[1] and _in_adverb_idiom(words, lowered, i):
            i = after         # "with Christmas Eve, of course on Sunday": an adverb, no course
            continue
        if hit[0] == hit[1] and i > 0 and lowered[i - 1] in word_list("rate_words"):
            i = after         # "£3 per session", "$10 a class": a price's unit, not an event
            continue
        if i > 0 and words[i - 1].text in "/.@" and words[i - 1].end == words[i].start:
            i = hit[1] + 1    # "watertownlib.org/events": part of an address, not an event
            continue
        if (hit[0] == hit[1] and lowered[i].endswith(ending_tuple("gerund_endings")) and i > 0 and words[i - 1].text == ","
                and after < len(words) and lowered[after] in word_list("place_prepositions")):
            i = after         # "Join us on Saturday, meeting at the park gates": a verb, not a meeting
            continue
        if matches and (matches[-1][1] + 1 == hit[0] or _modifier_gap(words, matches[-1][1], hit, freedom)
                        or _bracketed_acronym(words, matches[-1][1], hit[0])):
            matches[-1] = (matches[-1][0], hit[1], hit[2], hit[3])   # "submission deadline": one phrase
        else:
            matches.append(hit)
        i = hit[1] + 1
    return [
        NounPhrase(_grow_left(words, first, free), last,
                   _performer_end(words, last, freedom)
                   or _quoted_name(words, _grow_right(words, last, free, text), free), kind, plural)
        for first, last, kind, plural in matches
    ]


def _bracketed_acronym(words: list[Word], last: int, first: int) -> bool:
    """Whether only a bracketed acronym of the name before stands between two event nouns
    ("Student Poster Tracks (SPTs) submission window"): the name and what it qualifies are
    one phrase, as with no brackets."""
    if first != last + 4 or words[last + 1].text != "(" or words[last + 3].text != ")":
        return False
    short = words[last + 2].text
    capitals = sum(c.isupper() for c in short)
    return short.isalpha() and capitals >= 2 and capitals >= len(short) - 1 and words[last].is_capitalised


def building_name(words: list[Word], phrase: NounPhrase) -> bool:
    """The phrase is a building's name whose last part is an event noun ("the Hall of Concerts",
    "the Palace of Assemblies"): a capitalised venue or building head and a link of
    venue_name_links stand right before its capitalised head. Such a name says where, not what."""
    head = phrase.head
    return (head > 1 and phrase.first <= head - 2 and words[head].is_capitalised
            and words[head - 1].lower in word_list("venue_name_links")
            and words[head - 2].is_capitalised
            and words[head - 2].lower in merged_lists(("venue_heads", "building_heads")))


def _report_topic(lowered: list[str], i: int) -> bool:
    """The noun at ``i`` is the topic of a written output before it ("Report on Submissions",
    "Summary of the consultation"): a report_links word, perhaps an article, then the noun."""
    k = i - 1
    if k >= 0 and lowered[k] in word_list("articles"):
        k -= 1
    if k < 1 or lowered[k] not in word_list("report_links") or lowered[k - 1] not in word_list("report_nouns"):
        return False
    verb_marks = word_list("modal_words") | word_list("pronouns") | word_list("obligation_adverbs")
    return k < 2 or lowered[k - 2] not in verb_marks     # "The secretariat will report on the launch": a verb


def _house_numbered(words: list[Word], lowered: list[str], first: int, last: int, freedom: list[bool]) -> bool:
    """An event noun written as the last word of a numbered street's name ("41 The Parade, St Helier",
    "at 22 Marine Parade."): a short house number (free of any date) after a comma, a place preposition
    or the clause's start, then capitalised words up to the noun, and a comma or the clause's end
    after it. The address names where, never what."""
    if not words[first].is_capitalised or (last + 1 < len(words) and words[last + 1].is_word):
        return False
    k = first - 1
    while k >= 0 and first - k <= ADDRESS_NAME_WORDS and words[k].is_word and words[k].is_capitalised \
            and not _HOUSE_NUMBER.fullmatch(words[k].text):
        k -= 1
    if k < 0 or k == first - 1 - ADDRESS_NAME_WORDS or not freedom[k] or not _HOUSE_NUMBER.fullmatch(words[k].text):
        return False
    return k == 0 or words[k - 1].text == "," or lowered[k - 1] in word_list("place_prepositions")


ADDRESS_NAME_WORDS = 3      # capitalised words between a house number and the street noun: "41 The Parade"
_HOUSE_NUMBER = re.compile(r"\d{1,3}[A-Za-z]?")


def _role_before(words: list[Word], lowered: list[str], i: int) -> bool:
    """An office (person_roles) or an organisation's head word (organisation_heads) in capitals,
    then "of" (and "the"), right before a capitalised noun ("Controller of Examinations", "Director
    of Conferences", "The Board of Elections will have the official count"): the noun is part of a
    person's title or a body's name."""
    k = i - 1
    if k >= 0 and lowered[k] in word_list("articles"):
        k -= 1
    if k >= 1 and lowered[k] in word_list("name_joiners") and lowered[k] not in word_list("role_links"):
        k = _joined_name_link(words, lowered, k)     # "Ministry of Education and Training": the last of its fields
    return (k >= 1 and lowered[k] in word_list("role_links") and words[i].is_capitalised and words[k - 1].is_capitalised
            and (lowered[k - 1] in word_list("person_roles") or lowered[k - 1] in word_list("organisation_heads")))


def _joined_name_link(words: list[Word], lowered: list[str], joiner: int) -> int:
    """Back from a joiner ("and", "&") over the capitalised fields a body's name lists before it
    ("Ministry of Education and Training", "Department of Sport, Arts and Training"), at most
    NAME_FIELDS words: the role link ("of") before the first field, else -1."""
    k = joiner - 1
    while k >= 1 and joiner - k <= NAME_FIELDS and (words[k].is_capitalised or words[k].text == ","):
        k -= 1
    return k if lowered[k] in word_list("role_links") and words[k + 1].is_capitalised else -1


def _role_follows(words: list[Word], lowered: list[str], after: int) -> bool:
    """An office (person_roles) right after the noun, or after one more capitalised word of the
    same title ("Festival Director", "Conference Executive Director"): the noun is part of a
    person's title, no event."""
    for k in range(after, min(len(words), after + ROLE_REACH)):
        if lowered[k] in word_list("person_roles"):
            return True
        if not words[k].is_word or not words[k].is_capitalised:
            return False
    return False


def _after_auxiliary(lowered: list[str], i: int) -> bool:
    """The event noun at ``i`` is a verb after a modal auxiliary (verb_auxiliaries): one the
    verb readers name (verb_nominals: "will launch the portal"), or one only possible or denied
    ("may vote", "could launch", "will not launch"), which must not stand as an occasion the page
    announces, or one whose subject right before the auxiliary is itself an occasion ("the race will
    parade"). A permission ("everyone can visit from 5 March") leaves the noun."""
    if i == 0:
        return False
    auxiliaries = word_list("verb_auxiliaries")
    if lowered[i - 1] in word_list("negations"):
        return i > 1 and lowered[i - 2] in auxiliaries
    if lowered[i - 1] not in auxiliaries:
        return False
    verb = verb_nominals().get(lowered[i])
    if verb is None and i > 1 and (lowered[i - 2],) in event_nouns():
        return True       # "The parade will march along ...": the occasion is the subject, the noun its verb
    return lowered[i - 1] in word_list("possibility_modals") or (verb is not None and lowered[i - 1] in verb.after)


def _in_set_idiom(lowered: list[str], i: int, idioms: str) -> bool:
    """The word at ``i`` is the noun, last word but one, of a set phrase of the list ``idioms``:
    one that measures time (span_idioms: "over the course of") or says with whom
    (partner_idioms: "in consultation with")."""
    for idiom in phrase_list(idioms):
        first = i - (len(idiom) - 2)
        if first >= 0 and tuple(lowered[first:first + len(idiom)]) == idiom:
            return True
    return False


def _in_adverb_idiom(words: list[Word], lowered: list[str], i: int) -> bool:
    """The word at ``i`` ends an adverb idiom (adverb_idioms: "of course") standing as an adverb:
    opening its clause, after a mark, or after a verb, a pronoun or a conjunction."""
    for idiom in phrase_list("adverb_idioms"):
        first = i - len(idiom) + 1
        if first >= 0 and tuple(lowered[first:i + 1]) == idiom:
            return (first == 0 or not words[first - 1].is_word
                    or lowered[first - 1] in word_list("adverb_idiom_leads"))
    return False


def _modifier_gap(words: list[Word], before: int, hit: tuple[int, int, str, bool], freedom: list[bool]) -> bool:
    """An event noun a few plain words before a deadline or milestone noun modifies it, as in
    "Workshop Proposal Submission" or "Conference Paper Deadline": the later noun is the head,
    and the date is a submission's, not a workshop's. Only nouns of one compound: no function
    word, cue, punctuation or date between them, save one dash inside a label in title case."""
    gap = range(before + 1, hit[0])
    dashes = [k for k in gap if words[k].text in word_list("label_dashes")]
    if dashes and (len(dashes) > 1 or not all(words[k].is_capitalised for k in range(before, hit[0] + 1)
                                              if k not in dashes)):
        return False        # "Workshop Fast Track - Submission": one dash inside a label in title case
    plain = [k for k in gap if k not in dashes]
    if hit[2] not in COMPOUND_HEAD_KINDS or not 0 < len(gap) or len(plain) > MAX_MODIFIER_GAP:
        return False
    stops = _stops()
    return all(words[k].is_word and freedom[k] and words[k].lower not in stops
               and words[k].lower not in word_list("phrase_links") for k in plain)


def _title_case_name(words: list[Word], k: int, freedom: list[bool]) -> bool:
    """Word ``k`` ends a name in title case: it and the word before are capitalised, and a word
    stands before them ("the Solemn Mass will begin") or, at the start of a line or item, the
    name is closed after it by a function word, a linking preposition, punctuation or a date
    ("- Diocesan Mass for the Holy Father, Saturday at 4pm"; not "Critical Mass reached")."""
    if not (words[k].is_capitalised and k > 0 and words[k - 1].is_word and words[k - 1].is_capitalised):
        return False
    if k > 1 and words[k - 2].is_word:
        return True
    after = words[k + 1] if k + 1 < len(words) else None
    return (after is None or not after.is_word or not freedom[k + 1] or after.lower in word_list("phrase_breaks")
            or after.lower in word_list("phrase_links"))


def _performed(words: list[Word], noun: int, after: int, freedom: list[bool]) -> bool:
    """A stage act's noun followed by its performer or venue: a link ("by", "at"), an article
    at most, then a capitalised name ("a performance by Bastille", "a show at the Giant Center").
    A grade or an owner before the noun makes it a result ("a strong performance by Nvidia",
    "the fund's performance at Vanguard"), no stage act. A part of the day right before a singular
    noun (day_part_words: "a dawn performance", "the evening show") times one stage act as well, and a
    year owning it ("next year's show": edition_possessives) makes it an edition of a yearly occasion;
    "three matinee shows at 2pm and 2.45pm from Monday to Friday" is a standing schedule,
    left to the schedule readers."""
    before = words[noun - 1] if noun > 0 else None
    if (before is not None and before.is_word and before.text.islower() and before.lower in _day_parts()
            and (words[noun].lower,) not in plural_nouns()):
        return True
    if before is not None and before.lower in word_list("edition_possessives"):
        return True      # "this year's show opens on Friday 9 July": an edition of a yearly occasion
    if before is not None and (before.lower in word_list("performance_grades")
                               or before.lower in word_list("possessives")
                               or before.lower.endswith(("'s", "’s", "s'", "s’"))):
        return False
    if _starts_as_act(words, after):
        return True
    if after >= len(words) or words[after].lower not in word_list("performed_links"):
        return False
    k = after + 1
    if k < len(words) and words[k].lower in word_list("articles"):
        k += 1
    return k < len(words) and freedom[k] and words[k].is_word and words[k].is_capitalised


def _starts_as_act(words: list[Word], after: int) -> bool:
    """A stage act's noun that is the subject of a starting verb timed right after it ("the puppet shows will
    begin at 1pm on Sunday", "the performance starts at 8pm"): the act itself begins then. A future
    auxiliary may stand before the verb (clause_future_auxiliaries), the verb is one of begin_verbs, and a word
    leading its time (started_act_links) follows it, so "figures show" or "will start to rise" name no act."""
    k = after
    if k < len(words) and words[k].lower in word_list("clause_future_auxiliaries"):
        k += 1
    return (k + 1 < len(words) and words[k].lower in word_list("begin_verbs")
            and words[k + 1].lower in word_list("started_act_links"))


@lru_cache(maxsize=None)
def _day_parts() -> frozenset[str]:
    return frozenset(row["word"] for row in table("day_part_words"))


def _performer_end(words: list[Word], last: int, freedom: list[bool]) -> int | None:
    """The last word of the performer a stage act's noun names after "by" ("a performance by Two
    Door Cinema Club"), which belongs in its title; None for any other phrase."""
    if words[last].lower not in word_list("performed_nouns") or last + 2 >= len(words):
        return None
    if words[last + 1].lower not in word_list("performer_links") or not (freedom[last + 2] and words[last + 2].is_capitalised):
        return None
    end = last + 2
    joins = word_list("name_joiners")
    while end + 1 < len(words) and freedom[end + 1] and (
            words[end + 1].is_word and words[end + 1].is_capitalised
            or (words[end + 1].lower in joins and end + 2 < len(words) and words[end + 2].is_capitalised)):
        end += 1
    return end


def _standing_alone(words: list[Word], k: int, freedom: list[bool]) -> bool:
    """Word ``k`` heads its phrase alone: a function word, a lead ("next"), a verb taking the rite
    as its object ("celebrate Mass"; bare_noun_verb_leads) or nothing before it, and a function
    word, a date, punctuation, a follower ("confession times") or nothing after it ("the next mass
    will")."""
    breaks = word_list("phrase_breaks")
    before = words[k - 1] if k > 0 else None
    after = words[k + 1] if k + 1 < len(words) else None
    alone_before = (before is None or not before.is_word or before.lower in breaks
                    or before.lower in word_list("bare_noun_leads") or before.lower in word_list("bare_noun_verb_leads"))
    alone_after = (after is None or not after.is_word or after.lower in breaks or not freedom[k + 1]
                   or after.lower in word_list("bare_noun_followers"))
    return alone_before and alone_after


QUOTES = frozenset(quote_marks(WITH_ANGLES, double=True))


def _quoted_name(words: list[Word], last: int, free) -> int:
    """A quoted name right after the phrase belongs to it: the exhibition "Paper Trails"."""
    k = last + 1
    if k >= len(words) or words[k].text not in QUOTES:
        return last
    for end in range(k + 2, min(len(words), k + MAX_TAIL_WORDS + 2)):
        if not free(end):
            return last
        if words[end].text in QUOTES:
            return end
    return last


@lru_cache(maxsize=None)
def _stops() -> frozenset[str]:
    """Words that end a phrase: function words, one-word cues ("opens", "due") and the verbs
    that imply events ("meets"), which are never part of the name before or after them."""
    return (word_list("phrase_breaks") | single_cues() | frozenset(verb_nominals())
            | frozenset(h for h in word_list("habitual_hedges") if " " not in h))


def habitual_hedge(words: list[Word]) -> str | None:
    """The adverb (habitual_hedges) by which a clause says its dates are the usual pattern."""
    hedges = _hedges()
    said = {parts for _, parts in phrase_matches([w.lower for w in words], tuple(parts for _, parts in hedges))}
    return next((hedge for hedge, parts in hedges if parts in said), None)    # the first in _hedges' order


@lru_cache(maxsize=None)
def _hedges() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """habitual_hedges with their words, longest first by letters, then by spelling: "generally"
    and "typically" are of one length, and the set's order (the process's hash seed) chose which
    one the note quoted. Not phrase_list's order (most words first), which would quote "often"
    before "usually" where a clause says both."""
    return tuple((hedge, tuple(hedge.split())) for hedge in sorted(word_list("habitual_hedges"), key=lambda h: (-len(h), h)))


def phrase_stops() -> frozenset[str]:
    """The words that end a phrase or a subject (function words, cues, event verbs)."""
    return _stops()


@lru_cache(maxsize=None)
def _left_stops() -> frozenset[str]:
    """Leftwards only function words, links and event verbs stop: "next meeting" and "opening
    session" keep their cue words; "Abstracts for talks" is no phrase of "talks"."""
    return word_list("phrase_breaks") | word_list("phrase_links") | frozenset(verb_nominals())


def _name_bridge(words: list[Word], k: int, free) -> int:
    """How many words left of ``k`` join a capitalised word there to the capitalised name
    that starts at ``k``: "Committee of the | Whole Session" (3: "of the" + "Committee"),
    "Council and | Committee" (2); 0 when none does, so a name is never cut inside."""
    if not words[k].is_capitalised:
        return 0
    j = k - 1
    if j >= 0 and words[j].lower in word_list("articles") and free(j):
        j -= 1
        if j < 0 or words[j].lower not in word_list("name_bridges"):
            return 0           # "the" alone opens the phrase; only "of the" continues a name
    if j < 1 or words[j].lower not in word_list("name_joiners") or not free(j):
        return 0
    before = words[j - 1]
    if not (before.is_word and before.is_capitalised and free(j - 1)) or before.lower in _left_stops():
        return 0
    if before.lower in _bridge_stops() or before.text in word_list("speaker_titles"):
        return 0               # "Speaker of the National Assembly", "Postponement of AGM": no name
    return k - (j - 1)


@lru_cache(maxsize=1)
def _bridge_stops() -> frozenset[str]:
    return word_list("name_bridge_stops") | word_list("person_roles") | word_list("notice_heads")


def _version_dot(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is the dot of a version or decimal number glued between two digits' words ("PUBG 1.0
    unlock time", "Windows 3.1 launch"): part of the name, no sentence's end."""
    return (0 < k < len(words) - 1 and words[k].text == "." and words[k - 1].is_number and words[k + 1].is_number
            and words[k - 1].end == words[k].start and words[k].end == words[k + 1].start)


def _grow_left(words: list[Word], first: int, free) -> int:
    breaks = _left_stops()
    lower_taken = 0
    k = first
    while k > 0:
        word = words[k - 1]
        if k >= 2 and _version_dot(words, k - 1) and free(k - 1):
            k -= 1
            continue
        if word.is_word and word.lower in breaks and free(k - 1):
            bridge = _name_bridge(words, k, free)
            if bridge:
                k -= bridge
                continue
        if not word.is_word or word.lower in breaks or not free(k - 1):
            break
        if not (word.is_capitalised or word.is_number):
            if lower_taken == MAX_LOWER_MODIFIERS:
                break
            lower_taken += 1
        k -= 1
    return k


def _grow_right(words: list[Word], head: int, free, text: str) -> int:
    """Extend over "<link> [article] words..." while the words are not a date or place."""
    links, breaks, articles = word_list("phrase_links"), _stops(), word_list("articles")
    joiners = word_list("name_joiners")
    last = head
    k = head + 1
    taken = 0
    while k < len(words) and (words[k].lower in links or noun_link(words, k)) and free(k):
        j = k + 1
        if j < len(words) and (words[j].lower in articles or (
                words[j].lower in word_list("all_quantifiers") and j + 1 < len(words) and free(j + 1)
                and words[j + 1].is_word and words[j + 1].lower not in _stops())):
            j += 1            # "Deadline for all Workshop Track papers": "all" opens the tail as an article does
        opening = j
        end = None
        while j < len(words) and taken < MAX_TAIL_WORDS and free(j) and (
                words[j].is_word or abbreviation_dot(words, j)):
            word = words[j]
            if not word.is_word:
                j += 1                         # "Talks between Mr. Smith and ...": the dot of "Mr."
                continue
            if (word.lower in links or noun_link(words, j)) and j > k + 1:
                break                          # next link: handled by the outer loop
            if word.lower in joiners and (_joins_names(words, j) or (end is not None and _joins_nouns(words, j, free))):
                j += 1                         # "Trade and Development", "on business and human rights"
                continue
            idiom = idiom_at([w.lower for w in words[j:j + MAX_TAIL_WORDS]], 0) if word.lower in breaks else None
            if idiom is not None and idiom[1] == "noun" and all(free(k) for k in range(j, min(len(words), j + idiom[0]))):
                end = j + idiom[0] - 1          # "on due diligence": a set phrase, not the cue "due"
                taken += idiom[0]
                j = end + 1
                continue
            if (word.lower in breaks and not _name_continues(words, j, text)
                    and not (j == opening and word.lower in single_cues() and j + 1 < len(words)
                             and free(j + 1) and words[j + 1].is_word and words[j + 1].lower not in breaks)):
                break                          # but "on open budget data": a cue word opening the tail is no cue
            if word.lower in breaks:
                j += 1                         # "in Public Documents": part of a name
                continue
            end = j
            taken += 1
            j += 1
        if end is None:
            break
        if (words[end].text.endswith(POSSESSIVE_MARKS) and end + 1 < len(words) and free(end + 1)
                and words[end + 1].is_word and words[end + 1].lower not in breaks):
            end += 1          # "... and speakers’ sign-up": a possessive ends no phrase
        last = end
        k = end + 1
    return last


def _opens_sentence(word: str) -> bool:
    from calfeed.text import opens_sentence     # calfeed.text loads through calfeed.timex (see framing)

    return opens_sentence(word)


def abbreviation_dot(words: list[Word], j: int) -> bool:
    """Whether the word at ``j`` is the dot of an abbreviation glued to the word before it, a word
    after it ("St. Mary's Church"): no sentence's end, so no clause or phrase ends there."""
    from calfeed.text import is_abbreviation     # calfeed.text loads through calfeed.timex (see framing)

    return (words[j].text == "." and j > 0 and words[j - 1].end == words[j].start and is_abbreviation(words[j - 1].text)
            and j + 1 < len(words) and words[j + 1].is_word)


def noun_link(words: list[Word], k: int) -> bool:
    """"to" between two noun phrases ("reforms to local bus franchising", "access to
    archives") continues a phrase; before a verb ("a meeting to discuss funding") it ends it."""
    if k == 0 or k + 1 >= len(words) or words[k].lower not in word_list("noun_links"):
        return False
    after = words[k + 1]
    return (words[k - 1].lower in word_list("link_nouns") and after.is_word
            and after.lower not in word_list("infinitive_verbs"))


def _joins_names(words: list[Word], j: int) -> bool:
    """"and"/"of" between capitalised words belongs to a name ("Trade and Development")."""
    return (0 < j < len(words) - 1 and words[j - 1].is_capitalised
            and words[j + 1].is_word and words[j + 1].is_capitalised)


def _joins_nouns(words: list[Word], j: int, free) -> bool:
    """"and" between two lower-case nouns of a topic ("on water and sanitation"): the word
    after it is a free content word, not a function word, an article or an event noun
    ("on water and the ministers", "on data and workshops on ...": a new phrase)."""
    if j + 1 >= len(words) or not free(j + 1):
        return False
    following = words[j + 1]
    return (following.is_word and not following.is_capitalised and following.lower not in _stops()
            and following.lower not in word_list("articles") and (following.lower,) not in event_nouns())


def _name_continues(words: list[Word], j: int, text: str) -> bool:
    """"in" + capitalised words that are not a known place continue a name; so does a
    capitalised cue word inside a title-case name ("Workshop on Open Government Data")."""
    if j + 1 >= len(words):
        return False
    following = words[j + 1]
    if not (following.is_word and following.is_capitalised):
        return False
    if words[j].is_capitalised and words[j].lower not in word_list("phrase_breaks"):
        return True
    return words[j].lower in word_list("place_prepositions") and lookup(following.text) is None


def fronted_end(words: list[Word], at: int | None = None) -> int:
    """The index of the first word after a short clause a subordinator opens and a comma closes
    at the start ("Once pre-registered, the credentials ...", "When complete, forms must ..."; at most
    MAX_FRONTED_WORDS words, so "After the closing date for nominations, ballot papers ..." is left whole),
    0 when there is none; with ``at``, only one that closes before that offset."""
    first = next((k for k, w in enumerate(words) if w.is_word), None)
    if first is None:
        return 0
    lowered = [w.lower for w in words]
    opener = phrase_at(lowered, first, merged_phrase_list(("subordinators", "fronted_subordinators")))
    reach = MAX_FRONTED_WORDS
    if opener is None:
        opener = _purpose_opener(lowered, first)
        reach = MAX_PURPOSE_WORDS
    if opener is None:
        return _adverbial_end(words, lowered, first, at)
    for k in range(first + len(opener), min(len(words), first + len(opener) + reach + 1)):
        if words[k].text == ",":
            return k + 1 if at is None or words[k].start < at else 0
    return 0


def _adverbial_end(words: list[Word], lowered: list[str], first: int, at: int | None) -> int:
    """The index of the first word after a fronted phrase of circumstance ("For the first time
    in his Presidency, President Bush will meet ...", adverbial_openers), 0 when the clause opens
    with none. The phrase holds no number, so a date's comma ("On Thursday, April 5, ...") is
    no close."""
    opener = phrase_at(lowered, first, phrase_list("adverbial_openers"))
    if opener is None:
        return 0
    for k in range(first + len(opener), min(len(words) - 1, first + len(opener) + MAX_ADVERBIAL_WORDS + 1)):
        if words[k].is_number or any(c.isdigit() for c in words[k].text):
            return 0
        if words[k].text == ",":
            after = words[k + 1]
            if not after.is_word or after.is_number or (at is not None and words[k].start >= at):
                return 0
            return k + 1
    return 0


def _purpose_opener(lowered: list[str], first: int) -> tuple[str, ...] | None:
    """"For a paper to appear in the schedule, at least one author must register ...": a clause
    of purpose ("for ... to <verb>", purpose_openers) sets the scene; the subject follows its comma."""
    for opener in phrase_list("purpose_openers"):
        if tuple(lowered[first:first + len(opener)]) != opener:
            continue
        if opener[-1] in word_list("infinitive_marks"):
            return opener
        stop = next((k for k in range(first + len(opener), min(len(lowered), first + MAX_PURPOSE_WORDS))
                     if lowered[k] == ","), None)
        if stop is not None and "to" in lowered[first + len(opener):stop]:
            return opener
    return None


MAX_RANGE_LEAD_WORDS = 3     # words of a fronted range's lead ("starting at", "beginning on")


def _past_fronted_date(words: list[Word], i: int, blocked: list[tuple[int, int]]) -> int:
    """The index of the first word after the dates fronted before the subject ("In March the
    committee will meet", "On Friday the club ...", "Next week the library will ...", "This Saturday
    (September 23) and next Saturday (September 30) replacement buses will run ..."): a lead word
    (fronted_date_leads), a range's lead (_range_lead: "Beginning at T1 on D1 until T2 on D2, ...") or none, then only the words of dates, their determiners
    (fronted_date_determiners) and list joiners, then the word opening the subject; else ``i``."""
    if i >= len(words):
        return i
    k = i + 1 if words[i].lower in word_list("fronted_date_leads") else i + _range_lead(words, i, blocked)
    if k >= len(words) or not (starts_inside(words[k], blocked) or words[k].lower in word_list("fronted_date_determiners")):
        return i
    fillers = word_list("fronted_date_determiners") | word_list("date_list_joiners")
    dated = False
    while k < len(words) and (starts_inside(words[k], blocked) or words[k].lower in fillers):
        dated = dated or starts_inside(words[k], blocked)
        k += 1
        k = _past_bracketed_length(words, k)     # "... until 06:00 on 5 May (2 days), the lane ..."
    if not dated or k >= len(words) or not words[k].is_word or words[k - 1].lower in word_list("fronted_date_determiners"):
        return i
    return k


def _past_fronted_reason(words: list[Word], i: int, blocked: list[tuple[int, int]]) -> int:
    """The index of the first word after a reason fronted at ``i`` before a clause with a modal
    (reason_openers, verb_auxiliaries: "Due to filming linked with a video shoot starring ... behind
    the wheel, the quay roads will be closed ..."): the reason tells why, never who, however long it
    runs (up to MAX_REASON_WORDS words, names and numbers inside it). It closes at the last comma
    before the modal that is outside a date and that a word outside a date follows ("Due to works on
    Elm Road, Mill Lane and Quay Street, the bus will ...": its list's commas are the reason's). ``i``
    when no reason opens there, no modal follows it in reach, or no such comma stands before the
    modal (a comma after the main clause, "..., the club said", closes no reason); a short reason
    before some other verb is fronted_end's."""
    opener = phrase_at([w.lower for w in words[i:i + 4]], 0, phrase_list("reason_openers"))
    if opener is None:
        return i
    modals = word_list("verb_auxiliaries")
    closes: list[int] = []
    reach = i + len(opener) + MAX_REASON_WORDS + 1     # the comma's reach; the modal may stand a subject beyond
    for k in range(i + len(opener), min(len(words) - 1, reach + MAX_SUBJECT_WORDS + MAX_NAME_ALLOWANCE + 1)):
        if words[k].lower in modals:
            return closes[-1] if closes else i
        if words[k].text != "," or starts_inside(words[k], blocked) or k >= reach:
            continue
        after = words[k + 1]
        if after.is_word and not after.is_number and not starts_inside(after, blocked):
            closes.append(k + 1)
    return i


def _past_bracketed_length(words: list[Word], k: int) -> int:
    """The index after a bracket at ``k`` that holds only a length, a count and its unit
    (bracketed_length_units: "(4 days)", "(12 hours)"); else ``k``."""
    if k + 3 >= len(words) or words[k].text != "(" or words[k + 3].text != ")":
        return k
    count, unit = words[k + 1], words[k + 2]
    if not (count.is_number or count.text.isdigit()) or unit.lower not in word_list("bracketed_length_units"):
        return k
    return k + 4


def _range_lead(words: list[Word], i: int, blocked: list[tuple[int, int]]) -> int:
    """How many words at ``i`` lead a fronted range ("Beginning at 22:00 on Monday 3 May until 06:00 on
    Wednesday 5 May, the east lane ...", "Starting on 3 May through 9 May, ..."): a phrase of
    fronted_range_leads right before a date whose words hold a range's closing link
    (fronted_range_closers), read as a fronted "from" is; 0 otherwise. A lone start ("Beginning 3 May,
    the lane ...") is left to what reads it now (a change that holds from that day)."""
    lowered = [w.lower for w in words[i:i + MAX_RANGE_LEAD_WORDS]]
    lead = phrase_at(lowered, 0, phrase_list("fronted_range_leads"))
    if lead is None or i + len(lead) >= len(words) or not starts_inside(words[i + len(lead)], blocked):
        return 0
    span = next(((s, e) for s, e in blocked if s <= words[i + len(lead)].start < e), None)
    closers = word_list("fronted_range_closers")
    k = i + len(lead)
    while k < len(words) and words[k].start < span[1]:
        if words[k].lower in closers:
            return len(lead)
        k += 1
    return 0


def clause_subject(words: list[Word], blocked: list[tuple[int, int]], past_date: bool = False
                   ) -> tuple[int, int] | None:
    """First and last word index of the clause's opening noun phrase ("Full papers", "Proposals");
    with ``past_date``, after a date fronted without a comma ("In March the committee ...").

    The subject runs from the first word to the first function word or verb from the
    break list (articles and links inside it are kept: "Written comments on the draft agenda").
    """
    articles = word_list("articles")
    i = 0
    while i < len(words) and not words[i].is_word:
        i += 1                                  # bullets, markdown marks
    if i + 1 < len(words) and words[i].is_number and words[i + 1].text in (".", ")"):
        i += 2                                  # "3. Completed nomination papers must ..."
    elif i > 0 and _item_mark(words, i - 1):
        i += 2                                  # "(a) provisions set out in ... shall apply from ..."
    elif i + 1 < len(words) and words[i + 1].text == ")" and _mark_text(words[i].lower):
        i += 2                                  # "b) The board to send its remarks by ...": no word of it
    heading = after_run_in_heading(words)
    if heading is None:
        heading = after_colon_lead_in(words, blocked)      # "This matters most to owners who ...: Reservations close ..."
    if heading is not None:
        i = heading                             # "**Consumer protection.** A new standard will be ..."
    reason = _past_fronted_reason(words, i, blocked)   # "Owing to a long shoot ... on the quay, the roads ..."
    i = reason if reason > i else max(i, fronted_end(words))     # "Once registered, you must ..."
    if past_date:
        i = _past_fronted_date(words, i, blocked)    # "In March the committee will meet ...": no comma after it
    lowered = [w.lower for w in words]
    opener = phrase_at(lowered, i, phrase_list("subject_openers"))
    if opener is not None:
        i += len(opener)                        # "Please note the theatre will be closed ..."
        i += fronted_end(words[i:])             # "Likewise, in Eastham, the libraries will be shut ..."
    i = after_notice_address(lowered, i)        # "The public is notified that Elm Road will be closed ...": the road
    if i + 1 < len(words) and words[i].text in word_list("contrast_clause_openers") and words[i + 1].is_word:
        i += 1                                  # "... while older pupils will write ...": a clause split off
        #                                         mid-sentence (words.clause_of); "While the fair is on, ..." leads in
    hedge = phrase_at(lowered, i, phrase_list("habitual_hedges"))
    if hedge is not None:
        i += len(hedge) + (1 if i + len(hedge) < len(words) and words[i + len(hedge)].text == "," else 0)
        # "Usually the committee meets ...", "As a rule, the choir ...": the subject follows
    if i + 1 < len(words) and words[i].lower.endswith(ending_tuple("adverb_endings")) and words[i + 1].text == ",":
        i += 2                                  # "Finally, membership renewals are due ..."
        if i + 2 < len(words) and words[i].lower in articles and words[i + 2].lower in word_list("noun_clause_marks"):
            i += 3                              # "Finally, a reminder that membership renewals ..."
    if i + 1 < len(words) and words[i].lower in word_list("subject_quantifiers") and words[i + 1].is_word:
        i += 1                                  # "All notice of motions to the AGM must be ..."
    while i < len(words) and words[i].lower in articles:
        i += 1
    limit = MAX_SUBJECT_WORDS
    last, stopped = noun_run(words, i, blocked, _stops(), limit)
    if last is not None and stopped < len(words) and stopped - i >= limit:
        named = MAX_SUBJECT_WORDS + _name_allowance(words, i, blocked)
        longer, ended = noun_run(words, i, blocked, _stops(), named)
        if longer is not None and ended < len(words) and ended - i < named \
                and words[ended].lower in word_list("verb_auxiliaries"):
            limit, last, stopped = named, longer, ended    # "the lanes forming the Larkmoor Harbour 10 Kilometre Loop will"
    if last is not None and stopped == last + 1:
        stopped = _past_other_name(words, stopped)     # "Bombay/Mumbai: The ... will be held": the label's two names
    if last is not None and _label_colon(words, stopped, blocked):
        after = stopped + 1      # "Notice of works: water supply ... will be interrupted": the label's clause
        while after < len(words) and words[after].lower in articles:
            after += 1
        told, told_stop = noun_run(words, after, blocked, _stops(), MAX_SUBJECT_WORDS)
        if told is not None and told_stop < len(words) and words[told_stop].is_word:
            return after, told
    if last is None or (stopped < len(words) and stopped - i >= limit):
        return None
    return i, _quoted_goal(words, last, blocked)


def _name_allowance(words: list[Word], first: int, blocked: list[tuple[int, int]]) -> int:
    """How many more words a subject opening at ``first`` may run to for the names in it: each
    capitalised word or number right after another inside a name ("the roads around the Larkmoor
    Harbour 10 Kilometre Loop") is no further word of the subject's own, so a long name does not
    make the subject a clause (at most MAX_NAME_ALLOWANCE words). clause_subject grants it only to a
    run that a modal ends ("... Loop will be closed"): a long run broken off by a comma ("A spokesman
    for the operator PT Harbour Lines, Ana Reyes, said ...") or a bracket stays a clause."""
    extra, j = 0, first + 1
    while j < len(words) and j - first - extra < MAX_SUBJECT_WORDS and extra < MAX_NAME_ALLOWANCE:
        word, before = words[j], words[j - 1]
        if not (word.is_word and before.is_word) or starts_inside(word, blocked):
            break
        if (word.is_capitalised or word.is_number) and (before.is_capitalised or before.is_number):
            extra += 1
        j += 1
    return extra


_OPENING_QUOTES = frozenset(opening_marks(ENGLISH))
_CLOSING_QUOTES = closing_marks(ENGLISH)
MAX_GOAL_WORDS = 4


def _quoted_goal(words: list[Word], last: int, blocked: list[tuple[int, int]]) -> int:
    """The subject's last word, reaching through a link and a quoted name right after it ("Districts
    going to 'Tier B'": the name is where the districts go, so the title keeps it); ``last`` unchanged
    when no such name follows or a date stands in it."""
    k = last + 1
    if k + 2 >= len(words) or words[k].lower not in word_list("quoted_goal_links") \
            or words[k + 1].text not in _OPENING_QUOTES:
        return last
    end = closing_word(words, k + 2, k + 2 + MAX_GOAL_WORDS, _CLOSING_QUOTES)
    if end is None or any(s < word.end and word.start < e for word in words[k + 2:end + 1] for s, e in blocked):
        return last
    return end if words[end].is_word else end - 1


def _past_other_name(words: list[Word], at: int) -> int:
    """Where a label's colon stands when the run stopped at a slash giving the same thing's other name
    ("Bombay/Mumbai:", "Notice/Update:"): past the slash and that one word; else ``at``."""
    if (at + 2 < len(words) and words[at].text == "/" and words[at + 1].is_word
            and words[at + 2].text == ":" and words[at].end == words[at + 1].start):
        return at + 2
    return at


def _label_colon(words: list[Word], at: int, blocked: list[tuple[int, int]]) -> bool:
    """A colon right after a clause's opening noun run that a word outside any date follows: the
    run may be a label ("Notice of works:", "Update:") over a clause of its own, whose subject
    names what it tells (clause_subject takes it when a word ends that subject: "water supply
    will ..."); "Deadline: 3 May" (a date) is a label's value."""
    if at + 1 >= len(words) or words[at].text != ":":
        return False
    word = words[at + 1]
    return word.is_word and not any(s < word.end and word.start < e for s, e in blocked)


def _item_mark(words: list[Word], i: int) -> bool:
    """A bracketed list item mark opening a clause: "(a)", "(iv)", "(3)" (a letter, a number or
    a short roman numeral), which is no word of the subject."""
    if i + 2 >= len(words) or words[i].text != "(" or words[i + 2].text != ")":
        return False
    return words[i + 1].is_number or _mark_text(words[i + 1].lower)


def _mark_text(mark: str) -> bool:
    """A list item's letter or short roman numeral ("b", "iv")."""
    return len(mark) == 1 or (len(mark) <= 4 and set(mark) <= set("ivxl"))


def noun_run(words: list[Word], first: int, blocked: list[tuple[int, int]], stops: frozenset[str],
             limit: int) -> tuple[int | None, int]:
    """Walk a noun phrase from word ``first``: (its last content word, where the walk stopped).

    It stops at a non-word, a word inside another expression, a stop word, or after ``limit``
    words; articles and links ("of", "on") are kept inside but never end it.
    """
    inside = word_list("articles") | word_list("phrase_links")
    last, j = None, first
    while j < len(words) and j - first < limit:
        word = words[j]
        if _initialism_stop(words, j):
            j += 1                       # "the U.S. Flag stamp": the stops of initials part no phrase
            continue
        if (last is not None and abbreviation_dot(words, j) and words[j + 1].is_capitalised
                and not _opens_sentence(words[j + 1].text)):
            j += 1                       # "Calle Dr. Ruiz Lema will be closed": a title's stop ends no name
            continue                     # ("on Mill St. The new hall": a sentence's end)
        if not word.is_word or any(s < word.end and word.start < e for s, e in blocked):
            break
        if word.lower in inside or (word.lower in word_list("name_joiners") and last is not None
                                    and _joins_names(words, j)):
            j += 1                       # "The Trade and Development Board"
            continue
        if word.lower in stops and not _acronym(words, j) and not _verb_as_noun(words, j, first):
            break
        if last is not None and _date_cue_at(words, j, blocked):
            break                        # "send your slides no later than 12 May": the cue, not the slides'
        last = j
        j += 1
    return last, j


def _initialism_stop(words: list[Word], j: int) -> bool:
    """A full stop between two single capitals written close up ("U.S.", "E.U."): the initials
    are one word of a name, not the end of a phrase. The stop after the last initial counts
    only when a word of the phrase goes on after it; at the end of the text it ends the sentence."""
    if words[j].text != "." or j == 0 or not _initial(words[j - 1]) or words[j - 1].end != words[j].start:
        return False
    after = words[j + 1] if j + 1 < len(words) else None
    if after is not None and _initial(after) and after.start == words[j].end:
        return True                      # the stop inside "U.S."
    closes = j >= 2 and words[j - 2].text == "." and words[j - 2].end == words[j - 1].start
    return closes and after is not None and after.is_word and after.start > words[j].end


def _initial(word: Word) -> bool:
    """One capital letter, as an initial of a name is written."""
    return len(word.text) == 1 and word.text.isupper()


def _verb_as_noun(words: list[Word], j: int, first: int) -> bool:
    """An event verb that doubles as a noun, used as one: right after an article, a possessive
    or a word that stands before nouns ("copies of her new book", "the annual meet"), where a
    verb cannot stand. Function words and cues stay stops, but for the cues that double as the
    happening's noun (noun_cues: "the grand opening")."""
    word = words[j].lower
    if j <= first or word in word_list("phrase_breaks"):
        return False
    if word not in word_list("noun_cues") and (word not in verb_nominals() or word in single_cues()):
        return False
    before = words[j - 1].lower
    return before in word_list("articles") or before in word_list("possessives") or before in word_list("noun_modifiers")


def _acronym(words: list[Word], j: int) -> bool:
    """A function word written as an organisation's acronym before a name ("WHO Member States",
    "IT Department"): capitals, and a capitalised word in ordinary case after it (a heading in
    capitals goes on in capitals)."""
    word = words[j]
    if len(word.text) < 2 or not word.text.isupper() or j + 1 >= len(words):
        return False
    following = words[j + 1]
    return following.is_word and following.is_capitalised and not following.text.isupper()


DATE_CUE_GAP = 2     # words a cue set before its date may stand from it (cues.en.tsv: "before")


@lru_cache(maxsize=None)
def _date_cues() -> tuple[tuple[str, ...], ...]:
    """Cues of several words set right before a date ("no later than", "as from")."""
    return tuple(sorted({c.words for c in cues() if len(c.words) > 1 and c.place == "before"}, key=len, reverse=True))


@lru_cache(maxsize=None)
def _date_cue_firsts() -> frozenset[str]:
    return frozenset(cue[0] for cue in _date_cues())


def _date_cue_at(words: list[Word], j: int, blocked: list[tuple[int, int]]) -> bool:
    """A cue of several words starts at ``j`` and a date follows it within DATE_CUE_GAP words."""
    if words[j].lower not in _date_cue_firsts():
        return False
    for cue in _date_cues():
        end = j + len(cue)
        if tuple(w.lower for w in words[j:end]) == cue:
            return any(starts_inside(w, blocked) for w in words[end:end + DATE_CUE_GAP + 1])
    return False


@lru_cache(maxsize=None)
def single_cues() -> frozenset[str]:
    """One-word cues ("opening", "closing"): gerunds that also modify a noun ("closing parade")."""
    return frozenset(c.words[0] for c in cues() if len(c.words) == 1)

"""What a named official is announced to do on a day: "Tomorrow at 10:30 CET, Commissioner
Avramopoulos will present the Commission's contribution to the European Council". News
items and daily briefings name no event noun for such appearances, only the person and
the act, so the entry is named by them ("Commissioner Avramopoulos presents the
Commission's contribution to the European Council"). Only an act still to come counts
("will", "is to"): "presented on Monday" is narration.

A group of officials counts too: "On 4 November, some 70 government ministers will review the
framework" is the ministers' act ("Government ministers review the framework"): a plural office
(person_roles with an "s") after a few modifiers, its count and an amount word before it
(official_group_counters) left out of the title.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.phrases import NounPhrase, noun_run, phrase_stops
from calfeed.events.vocabulary import ending_phrase, phrase_list, table, word_list
from calfeed.events.words import Word, plural_stems

MAX_OBJECT_WORDS = 12     # "the Commission's contribution to the debate on the EU's next long-term budget"
MAX_NAME_WORDS = 6        # "EU High Representative Federica Mogherini"
MAX_FRONTED_WORDS = 5     # words between a fronted date and the person ("On Monday 25 June in Luxembourg, ...")


@dataclass(frozen=True)
class PersonAct:
    """The entry's title, the verb's index and the words its object spans (first > last: none)."""

    title: str
    verb: int
    object_first: int
    object_last: int

    def named_by(self, phrase: NounPhrase) -> bool:
        """Whether an event noun opens the act's object, and so names the entry ("will address
        the conference on Monday": the conference); one deeper in the object ("will cover the
        Commission's contribution to the debate") or in another clause leaves the act to name it."""
        return phrase.first == self.object_first and phrase.first != self.verb


@lru_cache(maxsize=None)
def verb_rows(name: str) -> dict[str, dict[str, str]]:
    """The rows of an act-verb table (person_act_verbs, performing_verbs) by their verb."""
    return {row["verb"].lower(): row for row in table(name)}


def inside(word: Word, blocked: list[tuple[int, int]]) -> bool:
    """Whether the word overlaps one of the ``blocked`` spans (a date's words)."""
    return any(s < word.end and word.start < e for s, e in blocked)


def future_before(lowered: list[str], verb: int, futures: str = "person_act_futures") -> int | None:
    """Index of the first word of the announcing words (a ``futures`` table: "will", "is due
    to") before the verb, past any filler adverbs ("will also present")."""
    k = verb
    while k > 0 and lowered[k - 1] in word_list("person_act_fillers"):
        k -= 1
    future = ending_phrase(lowered, phrase_list(futures), end=k)
    return None if future is None else k - len(future)


def _named_person(words: list[Word], end: int, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The capitalised name with an office right before word ``end`` ("Commissioner
    Avramopoulos", "Foreign Minister Lavrov", "the Prime Minister"), without an article."""
    roles = word_list("person_roles")
    joins = word_list("name_particles") - word_list("phrase_links")
    stops = phrase_stops() | word_list("articles")

    def name_word(j: int) -> bool:
        word = words[j]
        if not word.is_word or inside(word, blocked):
            return False
        if word.lower in roles or word.lower in joins:
            return True
        if not word.is_capitalised:
            return False
        # "Theresa May": a capitalised function word after a first name is a surname
        return word.lower not in stops or (j > 0 and words[j - 1].is_capitalised and words[j - 1].is_word
                                           and words[j - 1].lower not in stops)

    k = end
    while k > 0 and end - k < MAX_NAME_WORDS and name_word(k - 1):
        k -= 1
    if k == end or words[k].lower in joins:
        return None
    honorific = words[k].text in word_list("speaker_titles") or words[k].lower in word_list("speaker_titles")
    if not honorific and not any(w.lower in roles for w in words[k:end]):
        return None      # "The Commission will present": an institution, no one's appearance
    return k, end - 1


MAX_GROUP_MODIFIERS = 2   # "government ministers", "EU foreign ministers"


def _officials(words: list[Word], end: int, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A group of officials right before word ``end`` ("some 70 government ministers", "the
    mayors", "Ministers"), as the span of its office and the modifiers before it; its count,
    amount word and article stay out. The group opens the clause: only a comma, the clause's
    start or its count and article stand before it."""
    last = end - 1
    role = words[last].lower if last >= 0 else ""
    if last < 0 or inside(words[last], blocked) or not any(stem in word_list("person_roles") for stem in plural_stems(role)):
        return None
    first = last
    stops = phrase_stops() | word_list("articles")
    while (first > 0 and last - first < MAX_GROUP_MODIFIERS and words[first - 1].is_word
           and not inside(words[first - 1], blocked) and words[first - 1].lower not in stops
           and not words[first - 1].text.isdigit() and words[first - 1].lower not in word_list("count_words")):
        first -= 1
    k = first
    if k > 0 and (words[k - 1].text.isdigit() or words[k - 1].lower in word_list("count_words")):
        k -= 1
        if k > 0 and words[k - 1].lower in word_list("official_group_counters"):
            k -= 1
    if k > 0 and words[k - 1].lower in word_list("articles"):
        k -= 1
    if k > 0 and words[k - 1].text not in ",;:":
        return None       # "the report on ministers will ...": the group is no clause's subject
    return first, last


def _object(words: list[Word], first: int, blocked: list[tuple[int, int]]) -> int:
    """The last word of the act's object from word ``first`` (first - 1 when there is none)."""
    links = word_list("person_act_links")
    stops = phrase_stops()
    last, stopped = None, first
    if stopped < len(words) and words[stopped].lower in links:
        stopped += 1       # "will travel to Beijing", "will speak at the conference"
    while stopped < len(words) and stopped - first < MAX_OBJECT_WORDS:
        more, after = noun_run(words, stopped, blocked, stops, MAX_OBJECT_WORDS - (stopped - first))
        if more is None:
            break
        last, stopped = more, after
        if (words[last].lower.endswith(("'s", "’s")) and stopped == last + 1 and stopped + 1 < len(words)
                and words[stopped].is_word and not inside(words[stopped], blocked)):
            stopped += 1       # "the EU's next long-term budget": a possessive ends no object
            continue
        if not (stopped + 1 < len(words) and words[stopped].lower in links and words[stopped + 1].is_word
                and not inside(words[stopped + 1], blocked)):
            break
        stopped += 1       # "the Commission's contribution to the European Council"
    return first - 1 if last is None else last


def _title(words: list[Word], person: tuple[int, int], verb: str, acted_on: tuple[int, int], text: str) -> str:
    """"Commissioner Avramopoulos presents the Commission's contribution ...", first letter capital."""
    title = " ".join(text[words[person[0]].start:words[person[1]].end].split()) + " " + verb
    if acted_on[1] >= acted_on[0]:
        title += " " + " ".join(text[words[acted_on[0]].start:words[acted_on[1]].end].split())
    return title[:1].upper() + title[1:]


def _owns(words: list[Word], person: tuple[int, int], last: int, date: tuple[int, int]) -> bool:
    """Whether the date belongs to this person's act: it follows the act with no comma between
    ("will visit Berlin on Monday"), or it is fronted and a comma sets it off right before the
    person ("Tomorrow at 10:30 CET, Commissioner Avramopoulos will present"); in "..., and on
    Monday 25 June, Commissioner Oettinger will cover" the 25th is Oettinger's, not the act before."""
    if date[0] >= words[last].end:
        return not any(w.text in ",;" for w in words[last + 1:] if w.end <= date[0])
    between = [w for w in words[:person[0]] if w.start >= date[1]]
    return bool(between) and between[-1].text == "," and len(between) <= MAX_FRONTED_WORDS + 1


def person_act(words: list[Word], blocked: list[tuple[int, int]], text: str,
               date: tuple[int, int]) -> PersonAct | None:
    """The act a named official is announced to do in the clause on the date at ``date``, if any."""
    lowered = [w.lower for w in words]
    verbs = {verb: row["present"] for verb, row in verb_rows("person_act_verbs").items()}
    for verb, word in enumerate(lowered):
        if word not in verbs or inside(words[verb], blocked):
            continue
        future = future_before(lowered, verb)
        if future is None:
            continue
        person = _named_person(words, future, blocked)
        group = person is None
        person = person or _officials(words, future, blocked)
        if person is None:
            continue
        act = word if group else verbs[word]     # "Government ministers review", "Commissioner X presents"
        last = _object(words, verb + 1, blocked)
        lead = verb + 1 + (verb + 1 < len(words) and lowered[verb + 1] in word_list("person_act_date_leads"))
        if last == verb and lead < len(words) and inside(words[lead], [date]):
            after = lead           # "is expected to announce this week the updated classifications"
            while after < len(words) and inside(words[after], blocked):
                after += 1
            later = _object(words, after, blocked)
            if later >= after:
                return PersonAct(_title(words, person, act, (after, later), text), verb, after, later)
        if not _owns(words, person, max(last, verb), date):
            continue
        content = verb + 1
        while content < last and lowered[content] in word_list("articles") | word_list("possessives"):
            content += 1       # "will address the conference": the conference is the object's first noun
        return PersonAct(_title(words, person, act, (verb + 1, last), text), verb, content, last)
    return None

"""How a clause mentions an event: as what it is about, as a part of it ("Opening of the
meeting"), as something launched or online, or only in passing ("Documents for the meeting
will be circulated by 10 May"), and the event a notice's "Date:" line belongs to.

Word knowledge comes from the resource lists; these helpers only read a clause's words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from typing import TYPE_CHECKING

from calfeed.events.furniture_titles import furniture_title
from calfeed.events.column_headers import CELL_MARKS
from calfeed.events.date_cell_rows import time_cell
from calfeed.events.deadline_names import is_actor
from calfeed.events.places import Place, lookup, most_place_words, opening_lines, place_ending_at
from calfeed.events.phrases import NounPhrase, clause_subject, kind_of, noun_phrases, phrase_text
from calfeed.events.signals import Signals
from calfeed.events.title_lines import titled_date_line
from calfeed.events.vocabulary import (VerbNominal, act_nominals, ending_tuple, part_words, phrase_at, phrase_list,
                                       phrased_verb_nominals, verb_nominals, word_list)
from calfeed.events.slug_dates import name_start
from calfeed.events.trailing_remarks import remark_start
from calfeed.events.words import Word, starts_inside, words_in
from calfeed.events.written_days import DAY_OR_FINER
from calfeed.model import Document, ReferenceDate, Timex
from calfeed.text import forward_over, line_end, only_marks, start_of_line

if TYPE_CHECKING:
    from calfeed.text import Sentences

CLAUSE_ENDS = (".", ";", ",", "!", "?")   # what may follow an online word that closes the clause
MAX_THEN_WORDS = 3       # words a verb_nominals row may ask to follow its verb ("out" + "of service")
ONLINE_REACH = 4         # words after an event's name that may say it is online ("will be held online")


def verb_nominal(words: list[Word], blocked: list[tuple[int, int]], skip: int = 0,
                 acts: bool = False) -> tuple[int, VerbNominal] | None:
    """The first verb of the clause that implies an event ("meets", "submit"), outside dates,
    from word ``skip`` on (past a fronted clause: "Once registered, the credentials ..."); None
    when that verb is denied ("will not meet"); with ``acts``, an announced act of act_nominals
    counts too ("will table the revised Budget")."""
    table = act_nominals() if acts else verb_nominals()
    phrased = phrased_verb_nominals()
    first = next((k for k, w in enumerate(words) if w.is_word), 0)
    for index, word in enumerate(words):
        if index < skip:
            continue
        entry = table.get(word.lower) or phrased.get(word.lower)
        if (entry is not None and not any(s < word.end and word.start < e for s, e in blocked)
                and (index == first or not word.is_capitalised)     # "the Met Office" is no meeting
                and (not entry.after or _word_before(words, index) in entry.after)
                and entry.followed([w.lower for w in words[index:index + MAX_THEN_WORDS + 1]], 0)):
            if index > 0 and words[index - 1].lower in word_list("negations"):
                return None      # "The committee will not meet on 3 August": the verb denies the event
            if (index > 2 and words[index - 1].lower in word_list("infinitive_marks")
                    and words[index - 3].lower in word_list("schedule_past_auxiliaries")):
                return None      # "The minister was scheduled to table it on 21 October": a plan of the past
            if index + 1 < len(words) and words[index + 1].lower in word_list("complementizers"):
                continue         # "we are proud to announce that the pool reopens": what is told names it, not the telling
            if word.lower in word_list("bare_event_verbs") and not _used_bare(words, blocked, index):
                continue         # "will be celebrating its record sales": what is celebrated, no celebration of the day
            return index, entry
    return None


def _used_bare(words: list[Word], blocked: list[tuple[int, int]], index: int) -> bool:
    """The verb at ``index`` acts on nothing: a date, a place preposition ("at", "in") or "on" and a
    date follow it right away ("the Scouts are celebrating on Friday, 3 May by the river")."""
    def dated(k: int) -> bool:
        return k < len(words) and starts_inside(words[k], blocked)
    after = index + 1
    if after >= len(words) or dated(after) or words[after].lower in word_list("place_prepositions"):
        return after < len(words)
    return words[after].lower in word_list("bare_event_verb_links") and dated(after + 1)


def _word_before(words: list[Word], index: int) -> str | None:
    """The word before the verb at ``index``, past one adverb between ("plans to gradually
    suspend": "to") that is no habitual hedge and follows an infinitive mark or a modal (adverb_skip_leads;
    "is currently closed" is a state), that a verb_nominals row's ``after`` words are checked against;
    None at the start."""
    k = index - 1
    if (k > 0 and words[k].is_word and words[k].lower.endswith(ending_tuple("adverb_endings"))
            and words[k].lower not in word_list("habitual_hedges") and words[k - 1].lower in word_list("adverb_skip_leads")):
        k -= 1      # ("is traditionally held over three days each spring": a habit, no occasion of the day)
    return words[k].lower if k >= 0 else None


def other_verb_between(words: list[Word], start: int, end: int) -> bool:
    """An infinitive between ``start`` and ``end`` whose verb does not hold an event: "to avert",
    "refused to order" (but "to hold", "to continue"; "to the embassy" is no infinitive)."""
    between = [k for k, w in enumerate(words) if start <= w.start and w.end <= end]
    marks, holding = word_list("infinitive_marks"), word_list("holding_verbs")
    determiners = word_list("articles") | word_list("possessives")
    for k in between:
        if words[k].lower not in marks or k + 1 >= len(words):
            continue
        verb = words[k + 1]
        if (not verb.is_word or verb.is_capitalised or verb.is_number or verb.lower in determiners
                or verb.lower.endswith(ending_tuple("gerund_endings"))):
            continue      # "to the U.S. mission", "to bombing victims": a preposition
        if verb.lower not in holding:
            return True
    return False


def is_window(words: list[Word], phrase: NounPhrase) -> bool:
    """The phrase names something open for a while that closes (a consultation, a call)."""
    lowered = tuple(w.lower for w in words[phrase.first:phrase.head + 1])
    return any(lowered[-len(w):] == w for w in phrase_list("window_nouns"))


def launched(words: list[Word], phrase: NounPhrase) -> str | None:
    """"launched a public consultation": the phrase names something that closes and the verb
    right before it opens it. The verb, else None."""
    k = phrase.first - 1
    while k >= 0 and words[k].lower in word_list("articles"):
        k -= 1
    if k < 0 or words[k].lower not in word_list("launch_verbs") or not is_window(words, phrase):
        return None
    return words[k].lower


def part_before(words: list[Word], phrase: NounPhrase) -> str | None:
    """"Opening of the meeting", "will open the conference": the part's title, else None."""
    k = phrase.first - 1
    if k < 1 or words[k].lower not in word_list("articles"):
        return None
    k -= 1
    if words[k].lower in word_list("act_part_links") and k > 0:
        k -= 1
    return part_words().get(words[k].lower)


def act_part_before(words: list[Word], phrase: NounPhrase) -> str | None:
    """"Opening of abstract submission", "Close of nominations": a part noun, "of" and the act with
    no article between, the part's title, else None (a verb before the act, "open applications",
    is no part of it)."""
    k = phrase.first - 1
    if k < 1 or words[k].lower not in word_list("act_part_links"):
        return None
    part = part_words().get(words[k - 1].lower)
    return part if part is not None and words[k - 1].lower in word_list("part_nouns") else None


def handling_before(words: list[Word], phrase: NounPhrase) -> str | None:
    """"Scrutiny of nominations": a handling noun (handling_nouns), "of" and the items with no article
    between, the handling word as written, else None. The items are what the step works on, so the row
    names that step, not the items' own deadline."""
    k = phrase.first - 1
    if k < 1 or words[k].lower not in word_list("act_part_links") or words[k - 1].lower not in word_list("handling_nouns"):
        return None
    return words[k - 1].text


def is_call(words: list[Word], phrase: NounPhrase) -> bool:
    """A call for papers/proposals/...: open for a while, due only when a cue says so."""
    lowered = tuple(w.lower for w in words[phrase.first:phrase.head + 1])
    return any(lowered[-len(c):] == c for c in phrase_list("call_nouns"))


def online_word(words: list[Word], phrase: NounPhrase | None, timex: Timex) -> str | None:
    """The word that makes the event online: in its name ("virtual briefing", "webinar"),
    between its name and its date ("will be held online on 6 May") or closing the clause
    after the date ("The seminar on 4 March will be held online")."""
    if phrase is None:
        return None
    marks = word_list("online_marks")
    named = next((words[k].lower for k in range(phrase.first, phrase.head + 1) if words[k].lower in marks), None)
    if named is not None:
        return named
    between = [k for k in range(phrase.first, len(words))
               if words[k].end <= timex.start and k - phrase.last <= ONLINE_REACH]
    after = [k for k in range(len(words)) if words[k].start >= timex.end][:ONLINE_REACH + 1]
    if phrase.last < (after[0] if after else len(words)):
        between += [k for k in after if k == len(words) - 1 or words[k + 1].text in CLAUSE_ENDS]
        # "... on Monday, May 4 at 11:00 a.m. in a virtual meeting format only": "in a" before the mark, the
        # same clause ("..., followed by an online session" is another event's)
        articles, places = word_list("articles"), word_list("place_prepositions")
        between += [k for k in after if k > 1 and words[k - 1].lower in articles and words[k - 2].lower in places
                    and not any(w.text in CLAUSE_ENDS for w in words if timex.end <= w.start < words[k].start)]
    for k in between:
        if words[k].lower in marks:
            return words[k].lower
    return None


def only_mentioned(words: list[Word], blocked: list[tuple[int, int]], phrase: NounPhrase, signals: Signals) -> bool:
    """A weak "by"/"until" date whose event phrase is not what the clause is about: "Documents
    for the meeting will be circulated by 10 May", "Journalists covering the summit must
    register before 3 May". The date is a deadline of the clause, not the event's end."""
    cue = signals.deadline
    if cue is None or cue.strong or phrase.kind == "deadline":
        return False
    subject = clause_subject(words, blocked)
    if subject is None:
        return False
    links, articles = word_list("phrase_links"), word_list("articles")
    head = next((k - 1 for k in range(subject[0] + 1, subject[1] + 1) if words[k].lower in links), subject[1])
    if phrase.first <= head <= phrase.last:
        return False
    if phrase.first > subject[1]:
        # "**Exhibition.** The exhibition runs until": only marks and articles between, the same subject;
        # "Journalists covering the summit must register": the act of the actors is the entry
        between = words[subject[1] + 1:phrase.first]
        return (any(w.is_word and w.lower not in articles for w in between)
                and (is_actor(words, subject) or acts_on(words, blocked)))
    return phrase.first <= subject[1]


def acts_on(words: list[Word], blocked: list[tuple[int, int]]) -> bool:
    """The clause has a verb that hands something in ("submit", "register")."""
    nominal = verb_nominal(words, blocked)
    return nominal is not None and nominal[1].style == "of_subject"


def label_before(words: list[Word], timex: Timex) -> str | None:
    """The label of "Time: Feb 21, 2020 16:00 CET": the one word and colon before the date."""
    lead = [w for w in words if w.end <= timex.start and w.text not in EMPHASIS_MARKS]    # "**Date:**"
    return lead[0].lower if len(lead) == 2 and lead[1].text == ":" else None


def join_link(words: list[Word], phrase: NounPhrase) -> bool:
    """"Join Zoom Meeting": the words a video-call invitation puts before its link (join_link_phrases)."""
    lowered = [w.lower for w in words[max(0, phrase.first - 1):phrase.last + 1]]
    return any(phrase_at(lowered, k, phrase_list("join_link_phrases")) is not None for k in (0, 1))


def labelled(words: list[Word], timex: Timex, reference: ReferenceDate) -> bool:
    """"Date: Wednesday 17 February 2027": a label, a colon, then the date (not the document's own)."""
    if label_before(words, timex) not in word_list("date_labels"):
        return False
    span = timex.span
    return span is None or reference.value is None or reference.inferred or span.start.date() != reference.value


EMPHASIS_MARKS = frozenset("*_`")
OPENING_SENTENCES = 3
MAX_HEADING_TITLE = 100     # characters: a longer "heading" is a paragraph      # sentences after the heading looked at for the event's full name
_LINE_PUNCTUATION = str.maketrans({c: " " for c in ",:|-–—()[]*#_"})


def heading_dates(text: str, timex: Timex, reference: ReferenceDate, lone: bool = False) -> bool:
    """"Leeds, 14–15 September 2027" under the title "Annual Data Science Conference": a date
    alone on an opening line, with at most a place beside it, that is not the document's own
    day, is when the event the document is about happens. ``lone``: the date is the only day the
    page writes (lone_day), so its bare line tells the same wherever it stands ("7 October, from
    19.00, Valletta" under a post's paragraphs about the night)."""
    raw = timex.raw_value or timex.value
    if timex.type not in ("DATE", "TIME") or raw.startswith(("T", "XXXX-XX-XXT")):
        return False             # "Time: 10:00" is no heading date
    start = start_of_line(text, timex.start)
    if not lone and start not in _opening_starts(text):
        return False
    line = _line_parts(text, start, line_end(text, timex.end))
    first = forward_over(text, line.page_lead_end(timex.start), timex.start)
    if first < timex.start and text[first] in word_list("list_bullets"):
        return False          # an item of a list, not a line under the title
    if line.cells:
        return False          # "| January 4 | January 18 |": a cell of a table's row, which its header names
    if (line.any_foreign(line.page_lead_end(timex.start), timex.start)
            or line.any_foreign(timex.end, remark_start(text, timex.end, line.end))):
        return False          # "Lisbon, 7–9 June 2027, Faculdade de Ciências": places and a venue only
        # (a closing remark with its own day, "(tickets go on sale 6 April)", is another item's)
    span = timex.span
    if (span is not None and reference.value is not None and not any(c.isdigit() for c in timex.text)
            and span.start.date() <= reference.value < span.end.date()):
        return False          # "The Week Ahead", "This Week": the stretch the page covers, counted from its own date
    # A reference counted from a page's year ("Funding Rounds for 2024": 1 January, with a window)
    # is no day the page wrote, so a date on it is still the page's own.
    return span is not None and (timex.end_interval is not None or reference.value is None
                                 or span.start.date() != reference.value or reference.window is not None)


def page_days(timexes: Sequence[Timex]) -> list[Timex]:
    """The page's expressions of a day or a time on one; a page whose only one is a bare date line
    under its prose tells its event's day there (heading_dates, ``lone``), months and years aside
    ("held in October", "2023")."""
    return [t for t in timexes if t.interval is not None and t.interval.granularity in DAY_OR_FINER]


def invited_to(text: str, sentences: Sentences, sentence: tuple[int, int], words: list[Word]) -> str | None:
    """"The litter pick is back! Join us on Saturday 10 April": an invitation names no event,
    the sentence before it does, as its subject ("Litter pick")."""
    lowered = tuple(w.lower for w in words if w.is_word)
    if not any(lowered[:len(p)] == p for p in phrase_list("invitation_openers")):
        return None
    index = sentences.index_at(sentence[0])
    if index == 0:
        return None
    start, end = sentences.bounds[index - 1]
    if "\n\n" in text[end:sentence[0]]:
        return None                   # another paragraph's sentence is about something else
    before = words_in(text, start, end)
    subject = clause_subject(before, [])
    if subject is None or before[subject[0]].lower in word_list("pronouns"):
        return None
    return phrase_text(before, *subject, text)


def under_heading(text: str, timex: Timex, dates: Sequence[tuple[int, int]] = ()
                  ) -> tuple[str, tuple[int, int] | None] | None:
    """"## Jazz at Teatime: The Kit Downes Trio" / "**Sunday 24 October, 4pm** — Studio": a
    date line right under a heading is when the heading's event is; what follows a dash or a
    comma on that line is where. (The heading's text, the place's span.) A plain title line
    over a date line is read by title_lines."""
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    if not only_marks(text, start, timex.start, " \t*_"):
        return None                      # the date opens its line
    above_start, above_end = _line_above(text, start)
    listed, walked = False, 0
    while above_end > 0 and walked < MAX_LISTED and _date_item(text, above_start, above_end, dates):
        walked += 1
        above_start, above_end = _line_above(text, above_start)   # "* May 8th, 5:00 p.m." under "* February 14th"
        listed = True
    if above_end <= 0:
        return None
    heading = text[above_start:above_end].strip()
    if not heading.startswith("#"):
        return None if listed else titled_date_line(text, timex, dates)   # "WOW Community Meeting" / "Tuesday, ..."
    title = heading.lstrip("#").strip(" *_")
    if listed or _date_item(text, start, end, dates):
        title = _without_list_word(title)     # "## 2024 Meeting Dates" / "* February 14th, 5:00 p.m.": "Meeting"
    if not title or len(title) > MAX_HEADING_TITLE:
        return None
    if any(above_start <= a and b <= above_end and not (text[above_start:a] + text[b:above_end]).strip(" #*_.,")
           for a, b in dates):
        return None                      # "## Saturday 19 June": a day, not a name
    rest = text[timex.end:end].strip(" \t*_")
    if rest[:1] == "/":                  # "10:00 ET / 14:00 GMT / 15:00 CET": the time restated
        return _title_case(title), None
    if rest[:1] in ("—", "–", "-", ",", "|", "·"):
        place = rest[1:].strip()
        place = place.split("(")[0].strip(" .")
        at = text.find(place, timex.end, end) if place else -1
        return _title_case(title), ((at, at + len(place)) if at >= 0 and place else None)
    return (_title_case(title), None) if not rest or rest.startswith("(") else None


_BULLETS = "".join(word_list("list_bullets"))
MAX_LISTED = 40     # date-only items walked up to the heading: a longer list is a heading's no more
_YEAR = re.compile(r"(?:19|20)\d\d")


def _line_above(text: str, start: int) -> tuple[int, int]:
    """The line above the one starting at ``start``, one blank line skipped (a web page's heading
    and paragraph are blocks apart); (0, 0) at the top."""
    above_end = start - 1
    if above_end > 0 and text[above_end - 1] == "\n":
        above_end -= 1
    if above_end <= 0:
        return 0, 0
    return start_of_line(text, above_end), above_end


def _date_item(text: str, start: int, end: int, dates: Sequence[tuple[int, int]]) -> bool:
    """A list item that is only its date (and clock): "* February 14th, 5:00 p.m."."""
    line = text[start:end]
    bare = line.lstrip(" \t")
    if not bare or bare[0] not in _BULLETS:
        return False
    lo = bisect.bisect_left(dates, (start, start))
    inside = [(a, b) for a, b in dates[lo:bisect.bisect_left(dates, (end + 1, end + 1))] if b <= end]
    rest, at = "", start
    for a, b in sorted(inside):
        rest, at = rest + text[at:a], b
    rest += text[at:end]
    return bool(inside) and not rest.strip(" \t*_.,;" + _BULLETS)


def _without_list_word(title: str) -> str:
    """"2024 Meeting Dates" names its event "Meeting": the list's own word and the year it gives
    the dates go, when what is left names an event."""
    words = title.split()
    if len(words) < 2 or words[-1].lower() not in word_list("heading_list_words"):
        return title
    name = [w for w in words[:-1] if not _YEAR.fullmatch(w)]
    if not name or kind_of(" ".join(name)) == "event" and not noun_phrases(words_in(" ".join(name), 0, len(" ".join(name))), [], " ".join(name)):
        return title
    return " ".join(name)


def _title_case(title: str) -> str:
    """A heading shouted in capitals reads better in title case ("THE LADYKILLERS"); a page's
    section word after the name is dropped ("Kilkenny Lit Weekend: Programme")."""
    return without_page_section(title.title() if _shouted(title) else title)


def without_page_lead(title: str) -> str:
    """"Indicative programme - Foreign Affairs Council of 25 June 2018": the event's name
    without the page's word before it (page_section_leads)."""
    for mark in PAGE_LEAD_MARKS:
        lead, _, name = title.partition(mark)
        if name.strip() and _page_lead(lead):
            return name.strip()
    return title


PAGE_LEAD_MARKS = (": ", " – ", " — ", " - ")


def _page_lead(lead: str) -> bool:
    return lead.strip(" #*_").lower() in word_list("page_section_leads")


@dataclass(frozen=True)
class PageLead:
    """Where a line's first ``mark`` stands, whether the words before it are a page's word, and
    where the first character after it that is no blank stands."""

    at: int
    after: int
    filled: int
    lead: bool


@dataclass(frozen=True)
class LineParts:
    """What :func:`heading_dates` reads of an opening line, read once per line: every date on a
    long opening line ("Monday, Tuesday, ..." on one line) once split the whole line again,
    quadratic. The line's commas and, for each stretch between two of them, whether it is
    foreign beside a heading date (:func:`_foreign_part`) as a running count; where each page
    lead mark stands; whether the line holds a table's cell mark."""

    text: str
    start: int
    end: int
    commas: tuple[int, ...]
    foreign_before: tuple[int, ...]    # [k]: how many of the first k stretches between commas are foreign
    marks: tuple[PageLead | None, ...]  # one for each of PAGE_LEAD_MARKS
    cells: bool
    # _foreign_part of each stretch asked, by its bounds: every date after the line's first comma asks of
    # the stretch before it, every date before its last comma of the stretch after it (a long line's
    # first and last stretches were copied and read again for each date)
    known: dict[tuple[int, int], bool] = field(default_factory=dict, compare=False, repr=False)
    # how far the words of a stretch from each start have been read, for stretches too long to copy
    read: dict[int, _WordsRead] = field(default_factory=dict, compare=False, repr=False)

    def page_lead_end(self, at: int) -> int:
        """Where the words before offset ``at`` begin once a page's word and its mark are left
        out, as :func:`without_page_lead` leaves them out of the line up to ``at``."""
        for mark in self.marks:
            if mark is not None and mark.after <= at and mark.filled < at and mark.lead:
                return mark.after
        return self.start

    def any_foreign(self, start: int, end: int) -> bool:
        """Whether a comma-separated part of ``text[start:end]`` is foreign."""
        first, last = bisect.bisect_left(self.commas, start), bisect.bisect_left(self.commas, end)
        if first == last:
            return self._foreign(start, end)
        return (self._foreign(start, self.commas[first])
                or self.foreign_before[last - 1] > self.foreign_before[first]
                or self._foreign(self.commas[last - 1] + 1, end))

    def _foreign(self, start: int, end: int) -> bool:
        """``_foreign_part(text[start:end])``, read once for each stretch."""
        found = self.known.get((start, end))
        if found is None:
            found = end - start > LONG_STRETCH and self._too_long_to_name(start, end)
            found = self.known[(start, end)] = found or _foreign_part(self.text[start:end])
        return found

    def _too_long_to_name(self, start: int, end: int) -> bool:
        """Whether the stretch holds, before ``end``, more words than any label, place or time cell
        has and a word neither capitalised nor short: then it is foreign (_foreign_part), found
        without a copy. Every date of a long opening line with no comma before it asks of the
        stretch from the line's start up to itself; a copy of that for each date was square in the
        line. The words from one start are read once, as far as the dates ask."""
        read = self.read.get(start)
        if read is None:
            read = self.read[start] = _WordsRead(start)
        if read.proof is None:
            for word in _PART_WORD.finditer(self.text, read.at, self.end):
                if word.end() > end:
                    break
                read.at = word.end()
                read.counted += _COUNTED_CHARS.search(word.group()) is not None
                read.loose = read.loose or (len(word.group()) > 3 and not word.group()[:1].isupper())
                if read.loose and read.counted > _most_words_named():
                    read.proof = word.end()
                    break
        return read.proof is not None and read.proof <= end


@dataclass
class _WordsRead:
    """How far the words of a heading line's stretch from one start have been read: where the
    reading stopped, how many words it counted (those with a character other than "." or ";",
    which no label, place or time cell loses), whether one was neither capitalised nor short, and
    where the words first made the stretch foreign (None until they do)."""

    at: int
    counted: int = 0
    loose: bool = False
    proof: int | None = None


LONG_STRETCH = 256        # a shorter stretch is copied and read as it is
# A word of _foreign_part: what str.split leaves once _LINE_PUNCTUATION is made blanks.
_PART_WORD = re.compile(r"[^\s,:|\-–—()\[\]*#_]+")
_COUNTED_CHARS = re.compile(r"[^.;]")


@lru_cache(maxsize=None)
def _most_words_named() -> int:
    """The most words a stretch may hold and still be a heading label, a place the gazetteer
    knows (or a town and its suffix: two) or a time cell: a stretch with more is none of them."""
    named = _heading_labels() | word_list("time_cells")
    return max(most_place_words(), max((len(name.split()) for name in named), default=0))


@lru_cache(maxsize=8)
def _line_parts(text: str, start: int, end: int) -> LineParts:
    commas = tuple(m.start() for m in _COMMA.finditer(text, start, end))
    counts = [0]
    for left, right in zip(commas, commas[1:]):
        counts.append(counts[-1] + _foreign_part(text[left + 1:right]))
    marks: list[PageLead | None] = []
    for mark in PAGE_LEAD_MARKS:
        at = text.find(mark, start, end)
        if at < 0:
            marks.append(None)
            continue
        marks.append(PageLead(at, at + len(mark), forward_over(text, at + len(mark), end),
                              _page_lead(text[start:at])))
    cells = any(mark in text[start:end].strip(" \t|") for mark in CELL_MARKS)
    return LineParts(text, start, end, commas, tuple(counts), tuple(marks), cells)


@lru_cache(maxsize=8)
def _opening_starts(text: str) -> frozenset[int]:
    """Where the lines that hold the page's opening lines start."""
    return frozenset(start_of_line(text, s) for s in opening_lines(text))


_COMMA = re.compile(",")


def _foreign_part(part: str) -> bool:
    """A part of a heading date's line that is neither a place, a capitalised name nor a time cell
    (an events widget's "all-day" after the dates), or is a label."""
    written = " ".join(part.translate(_LINE_PUNCTUATION).split())
    return bool(written) and (written.lower() in _heading_labels()
                              or not (lookup(written) or _capitalised(written) or time_cell(written)))


@lru_cache(maxsize=None)
def _heading_labels() -> frozenset[str]:
    return word_list("date_labels") | word_list("heading_labels")


def without_page_section(title: str) -> str:
    for mark in (": ", " | ", " – ", " — ", " - "):
        name, _, section = title.rpartition(mark)
        if name.strip() and section.strip().lower() in word_list("page_section_words"):
            return name.strip()
    return title


def _capitalised(part: str) -> bool:
    """Every word a name's ("Faculdade de Ciências", "Universidade de Lisboa"), short links apart."""
    words = part.split()
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 for w in words)


def mail_subject(text: str) -> str | None:
    """The subject of a mail that opens with its header lines ("From: ...", "Subject: ..."),
    without the client's prefixes and a trailing date ("Invitation: QI Working Group kickoff
    — Thu, Feb 11" is "QI Working Group kickoff")."""
    head = text.lstrip().split("\n\n", 1)[0].split("\n")
    fields = word_list("mail_header_labels")
    labelled = [line.split(":", 1) for line in head if ":" in line]
    if len(labelled) < 2 or labelled[0][0].strip().lower() not in fields:
        return None
    subject = next((value for label, value in labelled if label.strip().lower() == "subject"), None)
    if subject is None:
        return None
    subject = subject.strip()
    prefixes = word_list("mail_subject_prefixes")
    while ":" in subject and subject.split(":", 1)[0].strip().lower() in prefixes:
        subject = subject.split(":", 1)[1].strip()
    for dash in (" — ", " – ", " @ ", " - "):
        cut = subject.rfind(dash)
        if cut > 0 and any(c.isdigit() for c in subject[cut:]):
            subject = subject[:cut].strip()
    return subject or None


def document_event(doc: Document, sentences: Sentences) -> tuple[str, str] | None:
    """The event a notice is about: the first event phrase of its title (a mail's subject),
    else of its first line."""
    title = doc.title or mail_subject(doc.text)
    candidates = [title] if title else []
    if sentences.bounds:
        start, end = sentences.bounds[0]
        first = _first_named_line(doc.text[start:end], doc.text)
        dateline = _DATED_DASH.match(first)
        if dateline is not None:      # the story after "VIENNA, 3 March (UN Information Service) –"
            first = first[dateline.end():]
            if not first.strip() and len(sentences.bounds) > 1:
                first = doc.text[slice(*sentences.bounds[1])].split("\n", 1)[0]   # the dateline cut off as its own
        candidates.append(first)
    shouted = next((doc.text[s:doc.text.find("\n", s) if "\n" in doc.text[s:] else len(doc.text)].strip()
                    for s in opening_lines(doc.text)
                    if _shouted(doc.text[s:doc.text.find("\n", s) if "\n" in doc.text[s:] else len(doc.text)])), None)
    for line in candidates:
        words = words_in(line, 0, len(line))
        for phrase in noun_phrases(words, [], line):
            if phrase.kind not in ("deadline", "milestone"):
                if phrase.first == phrase.last:     # "Notice of Meeting": the body may name it in full
                    fuller = _fuller_in_body(doc.text, sentences, words[phrase.head].lower)
                    if fuller is not None:
                        return fuller, phrase.kind
                first = name_start(words, phrase.first, phrase.last)     # "Julio 6 2018 Stampede parade"
                named = phrase_text(words, first, phrase.last, line)
                return (named[:1].upper() + named[1:] if first > phrase.first else named), phrase.kind
    if shouted is not None:       # a flyer's headline in capitals: "AN EVENING WITH MARISOL VEGA"
        return shouted.title(), "event"
    return None


def document_name(doc: Document, sentences: Sentences) -> tuple[str, str] | None:
    """The event a document is about, else what its title or first line calls it: "Tide
    Lines: Photographs of the Severn Estuary" over its dates names the exhibition."""
    found = document_event(doc, sentences)
    if found is not None:
        return found
    line = doc.title or mail_subject(doc.text) or (
        _first_named_line(doc.text[slice(*sentences.bounds[0])], doc.text) if sentences.bounds else "")
    if not doc.title and _DATED_DASH.match(line):
        return None           # "VIENNA, 3 March (UN Information Service) – Media are invited ...": a story, no name
    line = " ".join(line.split("|")[0].strip(" #*_").split())
    label = line.split(":", 1)[0].strip().lower() if ":" in line else ""
    if label in word_list("date_labels") | word_list("event_date_labels") | word_list("heading_labels"):
        return None           # "Date: 17 February 2027" names nothing
    line = without_page_lead(without_page_section(line.rstrip(" :")))
    return (line, kind_of(line)) if 0 < len(line) <= MAX_HEADING_TITLE else None


BACK_LINK_LINES = 40      # opening lines of an event's page looked at for its link back to the list


def _first_named_line(sentence: str, text: str = "") -> str:
    """The line naming the page: the first line after an event page's link back to its list
    ("About Us" / ... / "« All Events" / "This event has passed." / "Thanksgiving Floral
    Arrangement Class", event_back_links), else the first line of the opening sentence that is
    no line of the page's furniture; the first line when all are."""
    lines = text.split("\n", BACK_LINK_LINES)[:BACK_LINK_LINES]
    back = max((k for k, line in enumerate(lines)
                if " ".join(line.strip(" \t«»‹<.").lower().split()) in word_list("event_back_links")), default=None)
    if back is not None:
        named = next((line for line in lines[back + 1:] if line.strip() and not furniture_title(line, text, 0)), None)
        if named is not None:
            return named
    lines = sentence.split("\n")
    return next((line for line in lines if line.strip() and not furniture_title(line, sentence, 0)), lines[0])


# A dateline opening the first line: "VIENNA, 3 March (UN Information Service) –", "GENEVA, May 3, 2027 -"
_DATED_DASH = re.compile(r"[A-Z][A-Za-z.' -]{1,40},[ \t]{1,3}(?:\d{1,2}[ \t]{1,3}[A-Z][a-z]{2,9}|[A-Z][a-z]{2,9}\.?[ \t]{1,3}"
                         r"\d{1,2})(?:,?[ \t]{1,3}\d{4})?[ \t]{0,3}(?:\([^()\n]{1,60}\)[ \t]{0,3})?[-–—]")


def _shouted(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters) and len(line.split()) >= 2


def _fuller_in_body(text: str, sentences: Sentences, head: str) -> str | None:
    """The first longer phrase with the same event noun in the opening sentences ("the
    ordinary meeting of the Parish Council")."""
    for start, end in sentences.bounds[1:OPENING_SENTENCES + 1]:
        words = words_in(text, start, end)
        for phrase in noun_phrases(words, [], text):
            if words[phrase.head].lower == head and phrase.last > phrase.first:
                return phrase_text(words, phrase.first, phrase.last, text)
    return None


def listed_place(words: list[Word], timex: Timex, text: str) -> Place | str | None:
    """"workshops in Leeds (3 February), Bristol (10 February) and online (17 February)": a
    date in brackets right after a place is that place's entry; after "online" it has no venue
    (the online word is returned)."""
    before = [k for k, w in enumerate(words) if w.end <= timex.start]
    after = [w for w in words if w.start >= timex.end]
    if len(before) < 2 or not after or words[before[-1]].text != "(" or after[0].text != ")":
        return None
    named = before[-2]
    if words[named].lower in word_list("online_marks"):
        return words[named].lower
    return place_ending_at(words, named, text)

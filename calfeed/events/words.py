"""Words and clauses of a sentence, with offsets into the document body.

The framer reasons over words (is this an event noun, a cue, a capitalised name?) but
must report exact character offsets, so every word keeps its span. Clauses split a
sentence at line breaks and semicolons: a bullet list the sentence splitter keeps as
one sentence ("- Abstract deadline: 12 May\\n- Notification: 3 June") is several
clauses, and a date must never borrow a title from its neighbour's line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from calfeed.events.span_index import HoldingSpans
from calfeed.events.vocabulary import RESOURCES, ending_tuple, phrase_list, table, word_list
from calfeed.tables import read_list
from calfeed.timex.lexicon import ordinal_ending
from calfeed.text import stretches_back

# A count with thousands commas ("10,543 polling stations": one word, no clause break), a word
# (letters/digits, inner hyphens and apostrophes, bounded) or one punctuation mark. A count is read
# from the first digits of a run of numbers joined by commas, its groups taken whole (possessive):
# a run that is no count as a whole ("100,200,...,1000", a list with no blanks) is read piece by
# piece, not tried again from each of its numbers, which read a long such run once per number.
_TOKEN = re.compile(r"(?<!\d,)\d{1,3}+(?:,\d{3})++(?!,?\d)|\w[\w'’&-]{0,60}|[^\w\s]")
# The word splitters the readers share, each named by what it keeps whole.
LETTER_RUN = re.compile(r"[^\W\d_]+")          # letters only: a digit or "_" parts words
LETTER_DIGIT_RUN = re.compile(r"[^\W_]+")       # letters and digits ("Q3", "2027")
APOSTROPHE_WORD = re.compile(r"[\w'’]+")       # with its apostrophes: "don't", "St John’s"
HYPHENED_WORD = re.compile(r"[\w'’-]+")        # with apostrophes and hyphens: "follow-up"
# A word with its apostrophes ("don't", "St John’s") or one mark: what the readers that match
# listed phrases token by token ("no later than", "and also") split on; the hyphened form keeps
# "on-line" and "follow-up" whole.
_WORD_OR_MARK = re.compile(r"[\w'’]+|[^\w\s]")
_HYPHENED_WORD_OR_MARK = re.compile(r"[\w'’-]+|[^\w\s]")
# The last run of letters, with only marks or blanks after it. A try starts only where a run
# starts (the look-behind), so a long run is read once, not once for each of its letters.
_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\W*$")
_CLAUSE_BREAK = re.compile(r"\n|;")
# A "sentence" longer than this is a list or a page the splitter could not cut, not a
# wrapped sentence: every line break in it ends a clause (and framing stays linear).
MAX_WRAPPED = 1000
_WORD_BEFORE = re.compile(r"(\w+)[ \t]*:?[ \t]*\Z")     # "will be held at:" / "10am on Thursday ...": still wrapped


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


def free_words(words: list[Word], spans: list[tuple[int, int]]) -> list[bool]:
    """For each of ``words`` (in text order), whether it overlaps none of ``spans``: one sweep,
    so a clause holding many dates costs its length, not its length times its dates."""
    return _swept(words, spans, lambda word: word.end)


def start_free(words: list[Word], spans: list[tuple[int, int]]) -> list[bool]:
    """For each of ``words`` (in text order), whether it starts inside none of ``spans`` (no
    ``a <= word.start < b``), in the same sweep as :func:`free_words`."""
    return _swept(words, spans, lambda word: word.start + 1)


def starts_inside(word: Word, spans: list[tuple[int, int]]) -> bool:
    """Whether the word starts inside one of ``spans`` (a date's words), the test
    :func:`start_free` makes for a whole clause at once; by bisection when ``spans`` is a
    :class:`HoldingSpans` (a reader that asks for many words of one clause)."""
    if isinstance(spans, HoldingSpans):
        return spans.holding(word.start) is not None
    return any(a <= word.start < b for a, b in spans)


def _swept(words: list[Word], spans: list[tuple[int, int]], bound: Callable[[Word], int]) -> list[bool]:
    """Whether each word is clear of every span that starts before ``bound(word)``: the furthest
    end of those spans lies at or before the word's start."""
    ordered = sorted(spans)
    free: list[bool] = []
    at, reach = 0, -1
    for word in words:
        limit = bound(word)
        while at < len(ordered) and ordered[at][0] < limit:
            reach = max(reach, ordered[at][1])
            at += 1
        free.append(reach <= word.start)
    return free


def plural_noun(written: list[str]) -> bool:
    """Whether a name's head noun is plural, by its ending: the word before the first of
    plural_head_links ("Expressions of interest"), else the last ("Schools"). "-ss", "-us" and
    "-is" (plural_exceptions) are singular endings, except after an acronym ("LOIs", "RFPs").
    A title's verb agrees with it."""
    if not written:
        return False
    links = word_list("plural_head_links")
    head = next((written[k - 1] for k in range(1, len(written)) if written[k].lower() in links), written[-1])
    if len(head) > 2 and head.endswith("s") and head[:-1].isupper():
        return True
    return plural_ending(head.lower())


def plural_ending(word: str, lang: str = "en") -> bool:
    """Whether a lower-case word ends as a plural does: in "s" but in none of plural_exceptions
    ("class", "campus", "crisis"), which end so in the singular."""
    return word.endswith("s") and not word.endswith(tuple(word_list("plural_exceptions", lang)))


def plural_stems(word: str, lang: str = "en") -> list[str]:
    """What a lower-case word is with each of plural_endings it has left off, the longest ending
    first ("masses": "mass", "masse"), for looking a plural up in a list of singulars."""
    return [word[:-len(e)] for e in ending_tuple("plural_endings", lang) if len(word) > len(e) and word.endswith(e)]


def compared_stem(word: str, lang: str = "en") -> str:
    """A lower-case word as two names' words are compared: without the plural ending of
    ``compared_plural_endings`` ("meetings" ~ "meeting"), unless the word is short or its ending
    is a singular's ("class")."""
    for ending, unless, shortest in _compared_endings(lang):
        if len(word) >= shortest and word.endswith(ending) and not word.endswith(unless):
            return word[:-len(ending)]
    return word


@lru_cache(maxsize=None)
def _compared_endings(lang: str) -> tuple[tuple[str, str, int], ...]:
    return tuple((row["ending"], row["unless"], int(row["shortest"])) for row in table("compared_plural_endings", lang))


def tokens(text: str, hyphened: bool = False) -> list[str]:
    """The words and marks of ``text`` as written, split alike wherever a listed phrase is matched
    word by word, so that one reader cannot drift from another."""
    return (_HYPHENED_WORD_OR_MARK if hyphened else _WORD_OR_MARK).findall(text)


def lower_tokens(text: str, start: int, end: int) -> list[str]:
    """The lower-cased words and marks of ``text[start:end]``."""
    return [t.lower() for t in tokens(text[start:end])]


def last_word(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The word that ends ``text[start:end]``, marks and blanks aside ("by" of "by  "), or None
    when a digit ends it: what a title ends with, or what stands right before a date."""
    found = _LAST_WORD.search(text[start:end])
    return found.group(1) if found is not None else None


def words_in(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]``, offsets absolute."""
    return [Word(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def words_from(text: str, start: int, end: int) -> Iterator[Word]:
    """The words of ``text[start:end]`` one at a time, for a reader that stops early."""
    return (Word(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end))


def first_words(text: str, start: int, end: int, count: int) -> list[Word]:
    """The first ``count`` words of ``text[start:end]`` (marks aside): all a reader needs that asks
    only whether a line is short, without splitting a long line whole for each date on it (a page
    on one line holds every date's line)."""
    return list(islice((w for w in words_from(text, start, end) if w.is_word), max(count, 0)))


def last_words(text: str, start: int, end: int, count: int) -> list[Word]:
    """The last ``count`` words and marks of ``text[start:end]``, as ``words_in(text, start, end)[-count:]``
    gives them, read back from ``end`` only as far as they need: a reader asking for the few
    words before each date of a line must not split the line from its start each time (a page
    on one line holds every date's line). No word holds a blank, so the words read from just
    after a blank are the whole's."""
    found = list(islice(words_back(text, start, end), max(count, 0)))
    found.reverse()
    return found


def words_back(text: str, start: int, end: int) -> Iterator[Word]:
    """The words and marks of ``text[start:end]`` from the last to the first, as
    ``reversed(words_in(text, start, end))`` gives them, read back from ``end`` a stretch at a
    time (text.stretches_back): a reader that stops after a few of them (at a comma, a long part)
    must not split the line from its start for each place on it."""
    for begin, stop in stretches_back(text, start, end):
        yield from reversed(words_in(text, begin, stop))


WORD_BEFORE_REACH = 20     # characters looked back for the word right before an offset


def word_before(text: str, start: int, words: Collection[str]) -> bool:
    """Whether the word right before ``start``, with only blanks between, is one of ``words``
    (lower case): "since 2019", "on Sunday". A date's leading word is read so in several places."""
    before = [w for w in words_in(text, max(0, start - WORD_BEFORE_REACH), start) if w.is_word]
    return bool(before) and before[-1].lower in words and not text[before[-1].end:start].strip()


def clause_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of the sentence ``text[start:end]`` as absolute (start, end) spans."""
    bounds = []
    cursor = start
    wrapped = end - start <= MAX_WRAPPED
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if wrapped and _soft_wrap(text, match.start()):
            continue
        bounds.append((cursor, match.start()))
        cursor = match.end()
    bounds.append((cursor, end))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


@lru_cache(maxsize=None)
def _splice() -> re.Pattern[str]:
    """A comma splice: ", The Electoral roll will ..." (splice_openers, splice_verbs)."""
    openers = "|".join(re.escape(w) for w in read_list(RESOURCES / "splice_openers.en.txt"))
    verbs = "|".join(re.escape(w) for w in sorted(word_list("splice_verbs")))
    return re.compile(rf",[ \t]+(?:{openers})(?:[ \t]+[\w'’-]+){{1,3}}?[ \t]+(?:{verbs})\b")


@lru_cache(maxsize=None)
def _contrast() -> re.Pattern[str]:
    """A comma and a word opening a contrasting clause (contrast_clause_openers: ", while")."""
    openers = "|".join(re.escape(w) for w in sorted(word_list("contrast_clause_openers")))
    return re.compile(rf",[ \t]+(?:{openers})[ \t]", re.IGNORECASE)


@lru_cache(maxsize=None)
def _auxiliary() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(sorted(word_list('verb_auxiliaries')))})\b", re.IGNORECASE)


def _splices(text: str, start: int, end: int) -> list[int]:
    """Where each comma splice of ``text[start:end]`` opens its new clause, and each contrasting
    clause that has a verb of its own (", while in May two workshops will be run")."""
    cuts = [m.start() + 1 for m in _splice().finditer(text, start, end)]
    cuts += [m.start() + 1 for m in _contrast().finditer(text, start, end)
             if _auxiliary().search(text, m.end(), end) is not None]
    cuts += [m.start() + 1 for m in _bare_contrast().finditer(text, start, end)]
    return sorted(cuts)


@lru_cache(maxsize=None)
def _bare_contrast() -> re.Pattern[str]:
    """A contrasting clause with no comma before it, read only where a short subject and an auxiliary
    open it at once ("exams will start on 9 June while older pupils will write theirs on 16 June"), or
    a demonstrative standing for the earlier noun with a verb of its own (elided_head_pronouns: "while
    those of the older pupils will be out on 16 June", a longer subject): the second date is that
    clause's. Without the verb ("while that of the harbour by 6 a.m.") the clause shares the first one's."""
    openers = "|".join(re.escape(w) for w in sorted(word_list("contrast_clause_openers")))
    auxiliaries = "|".join(sorted(word_list("verb_auxiliaries")))
    elided = "|".join(re.escape(w) for w in sorted(word_list("elided_head_pronouns")))
    return re.compile(rf"[ \t](?:{openers})[ \t]+(?:(?:[^\W\d_][\w'’-]*[ \t]+){{1,{BARE_CONTRAST_SUBJECT}}}(?:{auxiliaries})\b"
                      rf"|(?:{elided})[ \t]+of(?:[ \t]+[^\W\d_][\w'’-]*){{1,{ELIDED_CONTRAST_SUBJECT}}}[ \t]+(?:{auxiliaries})\b)",
                      re.IGNORECASE)


BARE_CONTRAST_SUBJECT = 4     # words of the subject between a commaless "while" and its auxiliary
ELIDED_CONTRAST_SUBJECT = 10  # words after "while that of" up to its auxiliary: "the end of junior-school testing"


@lru_cache(maxsize=None)
def _dash_clause() -> re.Pattern[str]:
    """A spaced dash and a word that opens a clause after it (dash_clause_openers: " – however")."""
    openers = "|".join(re.escape(w) for w in sorted(word_list("dash_clause_openers")))
    return re.compile(rf"[ \t][–—][ \t]+(?=(?:{openers})\b)", re.IGNORECASE)


def _dash_breaks(text: str, sentence: tuple[int, int], offset: int) -> tuple[int | None, int | None]:
    """Where the clause opened by the last " – however" before ``offset`` starts, and where the
    next such dash after it stands; read within MAX_CLAUSE characters of the offset."""
    opened = None
    for match in _dash_clause().finditer(text, max(sentence[0], offset - MAX_CLAUSE), offset):
        opened = match.end()
    closing = _dash_clause().search(text, offset, min(sentence[1], offset + MAX_CLAUSE))
    return opened, closing.start() if closing is not None else None


def clause_of(text: str, sentence: tuple[int, int], offset: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding ``offset``, found by looking out from the offset
    (a sentence the splitter could not cut may be the whole document); a comma splice ends
    a clause too ("..., The Electoral roll will close at 4pm on the 19th of May")."""
    start = sentence[0]
    if "," in text[sentence[0]:sentence[1]] or _bare_contrast().search(text, sentence[0], sentence[1]) is not None:
        cuts = _splices(text, sentence[0], sentence[1])
        before = [c for c in cuts if c <= offset]
        after = [c for c in cuts if c > offset]
        sentence = (before[-1] if before else sentence[0], after[0] - 1 if after else sentence[1])
        start = sentence[0]
    wrapped = sentence[1] - sentence[0] <= MAX_WRAPPED
    for mark in ("\n", ";"):
        at = text.rfind(mark, sentence[0], offset)
        while at >= 0 and wrapped and _soft_wrap(text, at):
            at = text.rfind(mark, sentence[0], at)
        start = max(start, at + 1)
    ends = []
    for mark in ("\n", ";"):
        at = text.find(mark, offset, sentence[1])
        while at >= 0 and wrapped and _soft_wrap(text, at):
            at = text.find(mark, at + 1, sentence[1])
        if at >= 0:
            ends.append(at)
    opened, closing = _dash_breaks(text, sentence, offset)    # "... once ploughing is done – however the ban ..."
    if opened is not None:
        start = max(start, opened)
    if closing is not None:
        ends.append(closing)
    return _near(text, (start, min(ends) if ends else sentence[1]), offset)


# A clause longer than this is a run of dates or a page the splitter could not cut, no
# clause of prose: its date reads only the words within half of it on each side.
MAX_CLAUSE = 1200


def _near(text: str, clause: tuple[int, int], offset: int) -> tuple[int, int]:
    """``clause``, cut to MAX_CLAUSE characters around ``offset`` at spaces when longer, so
    that framing every date of a long run stays linear."""
    start, end = clause
    if end - start <= MAX_CLAUSE:
        return clause
    half = MAX_CLAUSE // 2
    if offset - start > half:
        cut = text.find(" ", offset - half, offset)
        start = cut + 1 if cut >= 0 else offset - half
    if end - offset > half:
        cut = text.rfind(" ", offset, offset + half)
        end = cut if cut > offset else offset + half
    return start, end


def wraps_into(text: str, line_start: int) -> bool:
    """Whether the line starting at ``line_start`` goes on with the sentence of the line above
    ("... will be held on" / "Wednesday 11 February 2026 from 6.30pm ...")."""
    return line_start > 0 and _soft_wrap(text, line_start - 1)


def _soft_wrap(text: str, at: int) -> bool:
    """Whether the line break at ``at`` only wraps a sentence: one break, and the next line
    goes on in lower case ("will take place\nfrom 8 to 10 June", "system\n(using 'upload file')") or the line ends on a word
    no line of a list ends on ("at the\nChampalimaud Centre"), a colon after it too ("our
    Annual General Meeting will be held at:\n10am on Thursday ..."). A list line ends on a
    date or a name and the next starts with a capital or a mark ("- Notification: 3 June")."""
    if text[at] != "\n":
        return False
    following = text[at + 1:at + 2]
    if following == "(" and text[at + 2:at + 3].islower():
        return True           # "... using the OpenConf submission system\n(using 'upload file') no later than"
    if not following or following.isspace() or not following.isalnum():
        return False
    if following.islower():
        return True
    if _wrapped_before(text, at):
        return True
    return _paragraph_line(text, at)


def _wrapped_before(text: str, at: int) -> bool:
    """The line ends on a word no list line ends on, or is only an article and an ordinal."""
    last = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if last is not None and last.group(1).lower() in word_list("wrap_words"):
        return True
    return _ordinal_line().search(text, max(0, at - 40), at) is not None


HARD_WRAP_WIDTH = 60     # characters: a line this long that goes on a wrapped sentence is a paragraph's line


def _paragraph_line(text: str, at: int) -> bool:
    """A long line ending on a word whose own first break was a wrap ("... will be" / "held as usual
    ... It will take place on Harbour" / "Quay from ..."): a hard-wrapped paragraph, whose lines
    break wherever the width ran out, even between two capitalised words of one name."""
    begin = text.rfind("\n", 0, at) + 1
    if begin < 2 or at - begin < HARD_WRAP_WIDTH or not text[at - 1:at].isalpha() or text[begin - 2] == "\n":
        return False
    if text.count(" ", begin, at) < PROSE_BLANKS:
        return False     # "https://www.example.org/e/tickets-12345?aff=newsletter": an address, no prose
    if any(c.isdigit() for c in text[at - DATE_TAIL:at]) or _ROW_MARKS.search(text, begin, at):
        return False     # "... entitled to the bonus shares . . . 5:00 p.m. on Monday, 3 May": a row's
        #                  date or cells close it, as a list line's do
    return text[begin:begin + 1].islower() or _wrapped_before(text, begin - 1)


PROSE_BLANKS = 8         # blanks a long line of prose has at the least (a line of ten words)
DATE_TAIL = 20           # characters before a line's end where a figure tells a row's date or value
_ROW_MARKS = re.compile(r"\. \.|\.\.\.|[|\t…]")     # leader dots, cells


@lru_cache(maxsize=None)
def _ordinal_line() -> re.Pattern[str]:
    """A line that is only an article and a numbered ordinal ("The 25th" / "Harbour Regatta,
    along with ..."): an edition's number whose name the next line goes on with; no list line is
    an article and a rank alone."""
    articles = "|".join(re.escape(w) for w in sorted(word_list("articles")))
    return re.compile(rf"(?:\A|\n)[ \t]*(?:{articles})[ \t]+\d{{1,4}}{ordinal_ending()}[ \t]*\Z", re.IGNORECASE)


MAX_COORDINATED = 300    # characters between an earlier date and the next one's clause


@lru_cache(maxsize=None)
def _bare_joiner() -> re.Pattern[str]:
    """A coordinating word with no comma before it ("... will be submitted to the Minister and
    the Council hopes the hearings will ..."): clause_joiners that may join two clauses bare."""
    joiners = "|".join(re.escape(w) for w in sorted(word_list("bare_clause_joiners")))
    return re.compile(rf"[,;]|(?<=\s)(?:{joiners})(?=\s)", re.IGNORECASE)


def coordinated_clause(text: str, clause: tuple[int, int], at: int, earlier_end: int | None,
                       earlier_verbs: Collection[str] = frozenset()) -> tuple[int, int]:
    """The part of ``clause`` that is the date at ``at``'s own clause when an earlier date of
    the clause has its own verb: "Abstracts are due on 3 March, and full papers are due on
    5 May" is two deadlines, and the second is the full papers'. The clause starts at the
    subject after the first comma (or bare "and": "In May the plan will be published and the
    hearings will open in July") past the earlier date whose words up to ``at`` are a subject
    and a verb of their own, the words before it holding a verb too. A bare list ("on 3 May,
    and again on 5 May"), a comma before the
    sentence's own verb ("The forum, held on 3 May, will open registration on 1 April"), a
    subject pointing back ("which begins on 22 July", "so the next one is on 6 January") and
    one verb dating two phrases (no comma) keep the whole clause. Two dates further apart than
    MAX_COORDINATED are no pair of coordinated clauses (and the search stays linear).
    ``earlier_verbs`` are further verbs that give the earlier part a verb of its own ("Every
    Monday the club meets ..., and the bar closes at 11pm": a series' clause)."""
    if earlier_end is None or not clause[0] <= earlier_end <= at or at - earlier_end > MAX_COORDINATED:
        return clause
    return _clause_from(text, clause, earlier_end, at, lambda told: any(w in word_list("clause_verbs")
                                                                         or w in earlier_verbs for w in told)
                        or _scene_setting(told))


def _scene_setting(told: list[str]) -> bool:
    """Words that open with a phrase setting the scene (adverbial_openers: "For the Council meeting
    being held October 8, 2019, agenda packages will be mailed on Monday, October 7"): the phrase
    and its date stand before the main clause, which has its own subject and verb and its own date.
    The phrase must name a thing ("the", "our" after the opener): "During June 2031, the scheme will
    be sent ..." is the date fronted before its own clause."""
    return any(tuple(told[:len(o)]) == o and len(told) > len(o) + 1 and told[len(o)] in word_list("articles")
               for o in phrase_list("adverbial_openers"))


def after_past_clause(text: str, clause: tuple[int, int], at: int) -> tuple[int, int]:
    """The part of ``clause`` that is the date at ``at``'s own clause when a clause told in
    the past goes before it ("The Christmas party was a tremendous night and we are planning
    another party night on Friday 3rd April"): what was is done, so its noun names no later
    date. The earlier words' verbs must all be past ones (past_clause_verbs), and the date's
    part needs a subject and a verb of its own, as in coordinated_clause."""
    if at - clause[0] > MAX_COORDINATED:
        return clause
    verbs, past = word_list("clause_verbs"), word_list("past_clause_verbs")
    return _clause_from(text, clause, clause[0], at, lambda told: any(w in past for w in told)
                        and all(w in past for w in told if w in verbs))


def _clause_from(text: str, clause: tuple[int, int], start: int, at: int,
                 told_before: Callable[[list[str]], bool]) -> tuple[int, int]:
    """The clause of ``at`` opening at the subject after the first joiner past ``start`` whose
    earlier words ``told_before`` accepts (their lower-case words) and whose later words up to
    ``at`` are a subject and a verb of their own; else ``clause``."""
    verbs, joiners = word_list("clause_verbs"), word_list("clause_joiners")
    for mark in _bare_joiner().finditer(text, start, at):
        if not told_before([w.lower() for w in _TOKEN.findall(text[clause[0]:mark.start()])]):
            continue      # "Last day of term: Thursday 25th March, school closes at 1.30pm": a label's day, no clause
        bare = mark.group()[0].isalpha()
        following = list(_TOKEN.finditer(text, mark.start() if bare else mark.end(), at))
        while following and following[0].group().lower() in joiners:
            following.pop(0)
        if _complement_opening(following):
            following.pop(0)      # "... and that High St ... remain closed between ...": the subject follows "that"
        subject = []
        aside = skipped = 0
        for word in following:
            aside += (word.group() == "(") - (word.group() == ")" and aside > 0)
            if aside or word.group() == ")":
                skipped += 1      # "the three-day holiday (days 10 to 12) will take place ...": an aside
                continue
            if word.group().lower() in verbs:
                break
            subject.append(word.group().lower())
        # words only: "City offices, including 311 counter services, will be closed" is one subject
        pointing = {w for k, w in enumerate(subject) if k == 0 or w not in word_list("complementizers")}
        if _expletive(subject, [w.group().lower() for w in following[len(subject):]]):
            pointing = set()      # "and it is anticipated that the Council will adopt ...": no pointer back
        if (subject and len(subject) + skipped < len(following)
                and (all(w[0].isalnum() for w in subject) or _listed_subject(subject))
                and not pointing & word_list("clause_anaphors")):    # "the council hopes that the ...": no anaphor
            return following[0].start(), clause[1]
    return clause


def _listed_subject(subject: list[str]) -> bool:
    """A subject that is a list of noun phrases ("lessons of nursery schools, schools for adults and
    evening classes are suspended"): words and commas only, a list joiner (listed_subject_joiners:
    "and", "or") after its last comma and a word between each two commas. Its first item opens the
    clause; a later item ("schools for adults and ...") is no subject of its own. "City offices,
    including 311 counter services, will be closed" ends in a comma: an aside, no list."""
    if "," not in subject or subject[-1] == "," or subject[0] == ",":
        return False
    if any(not w[0].isalnum() and w != "," for w in subject):
        return False
    if any(a == "," and b == "," for a, b in zip(subject, subject[1:])):
        return False
    last = len(subject) - 1 - subject[::-1].index(",")
    return bool(set(subject[last + 1:]) & word_list("listed_subject_joiners"))


def _complement_opening(following: list[re.Match[str]]) -> bool:
    """A complementizer ("that") opening the words after a joiner and followed by a name or an
    article: a second object clause of the same verb ("an order that X remain closed ... and that
    Y remain closed ..."), whose subject is the words after it, not a pronoun pointing back."""
    if len(following) < 2 or following[0].group().lower() not in word_list("complementizers"):
        return False
    second = following[1].group()
    return second[:1].isupper() or second.lower() in word_list("articles")


def _expletive(subject: list[str], rest: list[str]) -> bool:
    """A lone "it" followed by a frame such as "is anticipated that" (expletive_frames): the
    clause's subject comes after "that", and "it" points back to nothing."""
    return subject == ["it"] and any(rest[:len(f.split())] == f.split() for f in word_list("expletive_frames"))


@lru_cache(maxsize=None)
def _relative_opening() -> re.Pattern[str]:
    """A comma and a relative mark ("..., which will close in December 2016")."""
    marks = "|".join(re.escape(w) for w in sorted(word_list("relative_marks")))
    return re.compile(rf",[ \t]*(?:{marks})\b", re.IGNORECASE)


def coordinated_end(text: str, clause: tuple[int, int], at_end: int, later_start: int | None) -> tuple[int, int]:
    """``clause`` cut where the next date's own coordinated clause (coordinated_clause) opens:
    "In May the plan will be published and the hearings will open in July" dates the plan's
    publication in May, and the hearings are no part of that clause; so is a relative clause
    holding the later date ("a consultation in May, which will close in June")."""
    if later_start is None:
        return clause
    relative = _relative_opening().search(text, at_end, later_start)
    own = coordinated_clause(text, clause, later_start, at_end)
    if relative is not None and later_start - at_end <= MAX_COORDINATED:
        return clause[0], relative.start()    # "..., which will close in December": the later date's
    if own[0] == clause[0]:
        return clause
    cut = own[0]
    before = text[clause[0]:cut].rstrip()
    for joiner in sorted(word_list("clause_joiners"), key=len, reverse=True):
        if before.lower().endswith(joiner) and not before[len(before) - len(joiner) - 1:][:1].isalnum():
            before = before[:len(before) - len(joiner)].rstrip()
            break
    return clause[0], clause[0] + len(before.rstrip(" ,;"))

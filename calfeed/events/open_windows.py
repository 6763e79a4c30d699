"""A call or consultation "open from 27 August to 15 October" is no event lasting seven weeks:
readers need the day it opens and, above all, the day it closes. One framed window becomes
an opening milestone and a closing deadline.

The same window is told with other words: "Applications can be submitted from August 27th to
October 15th", "Jems is open for applications between 10 February and 31 March", "The
application period runs from 1 to 30 September". A multi-day event ("The conference runs from
3 to 5 June") names no window and stays whole.

A funding page lists the window under its label, one day a line: "• Expressions of Interest" /
"Open Monday 19 February 2024" / "Close Friday 7 June 2024, 12PM AEST". Each line is the label's
opening or closing, as "Expressions of Interest open Monday 19 February 2024" would be.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from datetime import datetime

from calfeed.events.candidates import Candidate, Frame
from calfeed.events.label_lines import (EMPHASIS, MAX_LABEL_WORDS, MAX_LINES_UP, SENTENCE_ENDS, Spans, label_over,
                                        value_line, window_lead, window_role, window_verb_words)
from calfeed.events.mentions import is_window
from calfeed.events.phrases import NounPhrase, clause_subject, phrase_text
from calfeed.events.timing import Timing
from calfeed.events.told_ranges import opened
from calfeed.events.vocabulary import find_phrase, phrase_list, table, title_words, word_list
from calfeed.events.words import Word, plural_noun, starts_inside
from calfeed.model import Timex
from calfeed.text import line_end, lines_above, marks_bounds, start_of_line, stretches_back

HAND_IN_GAP = 2       # words between the participle and "from"/"between" ("submitted online via Jems from")
SPLIT_KINDS = ("event", "deadline", "meeting", "election")   # "The consultation runs from ... to ...": a meeting noun


def opened_stretch(words: list[Word], blocked: list[tuple[int, int]], timex: Timex, text: str,
                   anchor: int, frame: Frame | None = None) -> Frame | None:
    """"The first phase will be open from August 27th to October 15th": a stretch of a call,
    named by the clause's subject, opened over a day range (window_subjects, window_leads).
    "Proposals will be received between 1 and 30 September": whatever the subject names is
    handed in over the range (handing_in_verbs). ``frame`` is what the clause gave without an
    event noun; a deadline there ("Submission of proposals") is kept as the window's name."""
    if timex.type != "DATE" or timex.end_interval is None:
        return None
    before = [w.lower for w in words if w.end <= timex.start and w.is_word]
    if frame is not None:
        if frame.kind != "deadline" or not _handed_in(before):
            return None
        return Frame(frame.title, frame.kind, frame.anchor, frame.notes + ["handed in over the days written"])
    opened = any(tuple(before[-len(lead):]) == lead for lead in phrase_list("window_leads"))
    if not opened and not _handed_in(before):
        return None
    subject = clause_subject(words, blocked)
    if subject is None or words[subject[0]].lower in word_list("pronouns"):
        return None
    if opened and words[subject[1]].lower not in word_list("window_subjects"):
        return None
    name = phrase_text(words, *subject, text)
    wording = title_words()
    verb = wording["open" if _plural(words, subject) else "opens"]
    note = "a stretch of a call open over the days written" if opened else "handed in over the days written"
    return Frame(f"{name[:1].upper()}{name[1:]} {verb}", "event", (anchor, subject[1]), [note])


def opened_over(words: list[Word], phrase: NounPhrase | None) -> bool:
    """Whether the event noun names something open for a while ("The call will be open from
    ...", "Applications: 1-30 September"): over a range of days, it opens and then closes."""
    if phrase is None:
        return False
    lowered = tuple(w.lower for w in words[phrase.first:phrase.head + 1])
    if _handled(words, phrase.head):
        return False     # "17 April - 4 May 2023" / "Applications are evaluated": the review's days
    return is_window(words, phrase) or any(lowered[-len(n):] == n for n in phrase_list("range_windows"))


def _handled(words: list[Word], head: int) -> bool:
    """The window's noun is followed by auxiliaries and a participle of what is done with what
    it took in ("Applications are evaluated", "Proposals will be reviewed")."""
    k = head + 1
    while k < len(words) and words[k].lower in word_list("milestone_auxiliaries") | word_list("passive_auxiliaries"):
        k += 1
    return k > head + 1 and k < len(words) and words[k].lower in word_list("window_handling_verbs")


def begun_and_ended(text: str, timex: Timex) -> bool:
    """"The dog registration will start on 7 April, and end on 30 April": one range the tagger joined
    from a starting verb (begin_verbs) right before its first day and an ending verb (end_verbs) inside
    it. Told so, the window's noun names a period that runs over those days (a registration drive, an
    enrolment), as a term or a festival does, not a window read for its opening and its closing day;
    a call that "opens ... and closes" keeps its two entries."""
    if timex.end_interval is None or not opened(text, timex.start, "begin_verbs"):
        return False
    ends = word_list("end_verbs")
    return any(word.lower() in ends for word in _INNER_WORD.findall(timex.text))


def split_window(candidate: Candidate, plural: bool) -> list[Candidate]:
    """The candidate as an opening and a closing when it is an opened window over several
    exact days ("Call for proposals opens" from 27 August to 15 October); else itself."""
    timing, frame, timex = candidate.timing, candidate.frame, candidate.timex
    wording = title_words()
    named = _window_name(frame.title, plural)
    if candidate.head is not None and not _names_window(frame.title):
        return [candidate]     # "invites applications for its summer school, which will be held from 5 to 9 July"
    if (named is None or frame.kind not in SPLIT_KINDS or timex.end_interval is None
            or timing.precision != "exact" or timing.rrule or timing.end is None or timing.end == timing.start
            or not (timing.all_day or _over_days(timing))):
        return [candidate]
    name, plural = named
    opened, closed = wording["open" if plural else "opens"], wording["close" if plural else "closes"]
    opening = replace(candidate, frame=Frame(f"{name} {opened}", "milestone", (timex.start, -1),
                                             frame.notes + ["the first day of a window open for a while"]),
                      timing=replace(timing, end=timing.start if timing.all_day else None), ends=False, running=False)
    closing = replace(candidate, frame=Frame(f"{name} {closed}", "deadline", (timex.end, -1),
                                             frame.notes + ["the last day of a window open for a while: it closes then"]),
                      timing=replace(timing, start=timing.end, end=timing.end if timing.all_day else None),
                      ends=False, running=False)
    return [opening, closing]


def _over_days(timing: Timing) -> bool:
    """A timed window from one day to a later one ("from 10am 4 July to 5pm 29 August 2017"); one
    within a day ("a consultation drop-in from 10am to 4pm") is a session, not a window."""
    return isinstance(timing.start, datetime) and isinstance(timing.end, datetime) \
        and timing.end.date() > timing.start.date()


_NON_BLANK = re.compile(r"\S+")
_INNER_WORD = re.compile(r"[A-Za-z]+")
_LEAD_MARKS = " \t" + EMPHASIS        # stripped off both ends of a date's lead before its words are read


def _lead_words(text: str, line_start: int, at: int) -> list[str] | None:
    """The lowered words of ``text[line_start:at].strip(_LEAD_MARKS)`` (a date's lead on its line),
    or None when more stand there than a bullet and the longest window verb: only those can be a
    window verb. Colon-only words are no words (window_role drops them). The words are read back
    from the date, only as far as the limit needs (stretches_back): copying and lowering the line up
    to each date made a page written on one line square."""
    limit = 1 + window_verb_words()
    begin, stop = marks_bounds(text, line_start, at, _LEAD_MARKS)
    pieces: list[list[str]] = []
    counted = 0
    for first, last in stretches_back(text, begin, stop):
        piece = [word.lower() for word in _NON_BLANK.findall(text, first, last)]
        pieces.append(piece)
        counted += sum(1 for word in piece if word.strip(":"))
        if counted > limit:
            return None
    return [word for piece in reversed(pieces) for word in piece]


def window_line(text: str, timex: Timex, spans: Spans, title: str | None = None) -> Frame | None:
    """"Close Thursday 8 August 2024, 5PM AEST" under "• Applications": a line that is only a
    window verb (window_line_verbs) and its date, below a label line past blank lines and the
    label's other such lines, is the label's opening milestone or closing deadline. With no
    label line over it ("Opens: Monday 1 March 2027" opening a grant's page) the window is the
    page's own, named by the page's ``title`` ("Small Grants Fund 2027 opens"), not "Opens"."""
    line_start = start_of_line(text, timex.start)
    lead = _lead_words(text, line_start, timex.start)
    if lead and lead[0] in word_list("list_bullets"):
        lead = lead[1:]
    role = window_role(lead) if lead else None
    end = line_end(text, timex.end)
    if role is None:
        return _period_line(text, timex, spans, line_start, lead, end)
    if not value_line(text, (timex.start, end), spans):
        return None
    label = label_over(text, line_start, lambda line: window_lead(line) is not None)
    if label is not None:
        name = " ".join(text[label.start:label.end].split())
    elif title and _page_window(text, line_start):
        name = _TITLE_END.split(title, 1)[0].strip()
    else:
        return None
    if not name:
        return None
    if window_role([w.lower() for w in name.split()[-1:]]) is not None:
        return None           # "Applications open:" over "Close 8 August": no name to give
    wording = title_words()
    plural = plural_noun(name.split())
    verb = wording[role if plural else role + "s"]
    kind = "milestone" if role == "open" else "deadline"
    return Frame(f"{name[:1].upper()}{name[1:]} {verb}", kind, (timex.start, -1),
                 [f"the {'opening' if role == 'open' else 'closing'} day of the window its label line names"])


@lru_cache(maxsize=None)
def _period_verbs() -> dict[tuple[str, ...], str]:
    return {tuple(row["phrase"].split()): row["role"] for row in table("period_line_verbs")}


def _period_role(lowered: list[str]) -> str | None:
    """"start" or "end" when the words are exactly a period verb ("Starts:", "Ends")."""
    return _period_verbs().get(tuple(w.strip(":") for w in lowered if w.strip(":")))


def _period_line(text: str, timex: Timex, spans: Spans, line_start: int, lead: list[str] | None,
                 end: int) -> Frame | None:
    """"Spring Term 2031" / "Starts: Monday 6th January 2031" / "Ends: Friday 4th April 2031": a line
    that is only a period verb (period_line_verbs) and its day, under a heading line past blank lines
    and its sibling lines, is the start or end of the period the heading names ("Spring Term 2031
    starts"). No heading line over it: None, and the line's own label reads it."""
    role = _period_role(lead) if lead else None
    if role is None or not value_line(text, (timex.start, end), spans):
        return None
    name = _period_heading(text, line_start)
    if not name or _period_role(name.lower().split()[-1:]) is not None or window_role(name.lower().split()[-1:]):
        return None
    wording = title_words()
    verb = wording[role if plural_noun(name.split()) else role + "s"]
    return Frame(f"{name[:1].upper()}{name[1:]} {verb}", "event", (timex.start, -1),
                 [f"the {role} of the period its heading line names"])


def _period_heading(text: str, line_start: int) -> str:
    """The heading over a period's verb lines, past blank lines and the lines of its block (its verb
    lines and labelled rows: "Half Term: ..."): a short line ending no sentence and labelling nothing,
    its year allowed ("Spring Term 2031"). "" when the first such line is none."""
    for start, end in lines_above(text, line_start, MAX_LINES_UP):
        line = text[start:end].strip(" \t" + EMPHASIS + "#")
        if not line or _period_lead(line) or window_lead(line) is not None:
            continue
        if ":" in line or line[-1] in SENTENCE_ENDS or len(line.split()) > MAX_LABEL_WORDS \
                or not any(c.isalpha() for c in line):
            return ""
        return " ".join(line.split())
    return ""


def _period_lead(line: str) -> bool:
    """A sibling line that opens with a period verb before more words ("Ends: Friday 4th April")."""
    lowered = [w.lower() for w in line.split()]
    return len(lowered) > 1 and _period_role(lowered[:1]) is not None


_TITLE_END = re.compile(r"\s[|\u2013\u2014-]\s|:\s")     # "Community Grants – funding rounds", "Grants: Round 2"


def _page_window(text: str, line_start: int) -> bool:
    """No line above the window's lines but blank ones, headings and other window lines: nothing on
    the page names a window before them, so they are the page's own."""
    return line_start <= _first_other_line(text)


@lru_cache(maxsize=4)
def _first_other_line(text: str) -> int:
    """Where the page's first line that is not blank, a heading or a window line starts (the
    text's length when there is none): found once a page, not once a window line."""
    start = 0
    for line, kept in zip(text.splitlines(), text.splitlines(keepends=True)):
        first = line.strip(" \t" + EMPHASIS + "#").lower().split()[:1]
        if first and window_role(first) is None:
            return start
        start += len(kept)
    return len(text)


def _window_name(title: str, plural: bool) -> tuple[str, bool] | None:
    """The window's name and whether it is plural: "Applications open" -> ("Applications",
    True); "Application period" -> itself; a "Deadline for ..." title names no window."""
    wording = title_words()
    for word, many in ((wording["opens"], False), (wording["open"], True)):
        if title.endswith(" " + word):
            return title[:-len(word) - 1], many
    if title.startswith(wording["deadline_for"]):
        return None
    return title, plural


def _names_window(title: str) -> bool:
    """Whether the title is the window's own name ("Public Consultation Exercise", "Call for
    applications"), not something else the window noun only qualifies ("Analysis of public
    consultation results", "Fifth summer school")."""
    lowered = tuple(title.lower().split())
    nouns = phrase_list("window_nouns") + phrase_list("range_windows")
    links = word_list("phrase_links")
    index = find_phrase(lowered, nouns)
    return index is not None and not any(w in links for w in lowered[:index])


def _handed_in(before: list[str]) -> bool:
    """"... can be submitted (online) from": a handing-in participle shortly before the range word."""
    if not before or before[-1] not in word_list("range_starts"):
        return False
    reach = before[-2 - HAND_IN_GAP:-1]
    return any(w in word_list("handing_in_verbs") for w in reach)


def _plural(words: list[Word], subject: tuple[int, int]) -> bool:
    """Whether the subject's noun is plural, by its ending ("Proposals", "Expressions of interest")."""
    return plural_noun([w.text for w in words[subject[0]:subject[1] + 1]])


def accepted_label(label: str) -> str | None:
    """The window a line's label says things are taken in over its range of days ("LOIs
    accepted", "Entries received": window_accept_words), without that word: "LOIs"."""
    parts = label.rstrip(" :").split()
    if len(parts) < 2 or parts[-1].lower() not in word_list("window_accept_words"):
        return None
    return " ".join(parts[:-1])


ACCEPTED_FROM_NOTE = "the first day things are taken in: the window opens then, its close is another day"
MAX_ACCEPTED_NAME = 6     # "Nominations for the parish committee"


def accepted_from(text: str, words: list[Word], blocked: list[tuple[int, int]], timex: Timex) -> str | None:
    """The opening a lone day is ("Applications accepted from: 3 March" -> "Applications open",
    "Nominations will be received from 10 May" -> "Nominations open"): a window's noun, its
    accepting word (window_accept_words) and a first-day lead (window_first_day_leads) right before
    the day. Taking things in from a day says when they start to come, not when they must be in."""
    if timex.end_interval is not None:
        return None
    at = next((k for k, w in enumerate(words) if w.start >= timex.start), None)
    k = (at if at is not None else len(words)) - 1
    while k >= 0 and words[k].text == ":":
        k -= 1
    if k < 2 or words[k].lower not in word_list("window_first_day_leads") \
            or words[k - 1].lower not in word_list("window_accept_words"):
        return None
    last = k - 2
    helpers = word_list("milestone_auxiliaries") | word_list("passive_auxiliaries")
    while last >= 0 and words[last].lower in helpers:
        last -= 1
    first = last
    while (first > 0 and last - first + 1 < MAX_ACCEPTED_NAME and words[first - 1].is_word
           and not starts_inside(words[first - 1], blocked) and "\n" not in text[words[first - 1].end:words[first].start]):
        first -= 1
    while first <= last and words[first].lower in word_list("articles"):
        first += 1
    name = words[first:last + 1]
    if not name or not all(w.is_word for w in name) or any(starts_inside(w, blocked) for w in name) \
            or name[0].lower in word_list("pronouns"):
        return None
    written = phrase_text(words, first, last, text)
    plural = plural_noun([w.text for w in name])
    return f"{written[:1].upper()}{written[1:]} {title_words()['open' if plural else 'opens']}"


def plural_name(title: str) -> bool:
    """Whether a window's name is plural, by its noun's ending ("LOIs", "Expressions of interest")."""
    return plural_noun(title.split())

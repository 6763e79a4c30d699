"""A run told by its last day only: "Date: Till Dec 2" under a listing item, "The print market
returns from now till Nov 20", "You can catch the show at the Playhouse until 6 May".

"until" or "till" before a day makes a deadline when someone must act by then ("Applications are
accepted until 6 October"). When the words before it say something is on (it runs, returns,
shows, can be caught: open_run_verbs) or the day is a listing's own date field, nothing is due:
the thing is on from when the page is written to that day. Its name is the heading of the list
item it stands in, else the clause's subject; with neither, the entry stays as it was framed.
A run told ahead to a vague end ("The spring term will run until late April") is no such run: it has
not begun when the page is written, and neither its first nor its last day is told, so it gives
no entry (the report says why).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from calfeed.events.candidates import coarser_than_day
from calfeed.events.mentions import is_window
from calfeed.events.phrases import NounPhrase, clause_subject, phrase_text
from calfeed.events.vocabulary import Cue, word_list
from calfeed.events.words import Word
from calfeed.events.timing import Timing
from calfeed.model import Timex

DAYS_A_WEEK = 7
OPEN_RUN_NOTE = "\"until\" closes a run that is on when the page is written, nothing is due"
VAGUE_END_WHY = ("runs until \"{end}\", told ahead: its start is not written and its end is vague, "
                 "no calendar entry")


def open_run_title(text: str, words: list[Word], timex: Timex, cue: Cue | None, phrase: NounPhrase | None,
                   blocked: list[tuple[int, int]], heading: str | None) -> str | None:
    """The name of what runs until ``timex`` when its weak "until"/"till" closes a run (see the
    module note), else None. ``heading``: the heading of the list item the date stands in."""
    if (cue is None or cue.strong or cue.place != "before" or len(cue.words) != 1
            or cue.words[0] not in word_list("open_run_bounds")):
        return None
    if phrase is not None and (phrase.kind == "deadline" or is_window(words, phrase)):
        return None                # "The consultation runs until 3 March": it closes then
    before = [w for w in words if w.end <= timex.start]
    bound = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower == cue.words[0]), None)
    if bound is None:
        return None
    lead = [w for w in before[:bound] if w.is_word or w.text == ":"]
    field = len(lead) == 2 and lead[1].text == ":" and lead[0].lower in word_list("date_labels")
    if not field and not any(w.lower in word_list("open_run_verbs") for w in lead):
        return None
    if any(w.lower in word_list("instruction_leads") for w in lead):
        return None                # "Please return your loans until 6 October": the reader's deadline
    if heading is not None or field:
        return heading
    subject = clause_subject(words, blocked)
    if subject is None or words[subject[0]].lower in word_list("pronouns") or words[subject[1]].end > before[bound].start:
        return None
    last = next((k - 1 for k in range(subject[0] + 1, subject[1] + 1)
                 if words[k].lower in word_list("open_run_verbs")), subject[1])
    return phrase_text(words, subject[0], last, text)      # "The Lantern Fair returns": the fair


def vague_end_ahead(timex: Timex) -> bool:
    """The open run's last day is vague (a part of a month, a season: "late April", "early summer") and
    the run is told ahead ("will run until"): see the module's note."""
    return timex.tense == "future" and (timex.approximate or coarser_than_day(timex))


def running_to(first: date, timing: Timing, bare_weekday: bool = False) -> Timing:
    """The run from the page's date ``first`` to the last day of ``timing``; its start is not
    written, so the entry is approximate. ``timing`` itself when that day is not after ``first``,
    unless it is a bare weekday (``bare_weekday``: "Open until Sunday, the craft fair ..."): a run on
    when the page is written ends on the next such day, not on the one before the page."""
    end = timing.end or timing.start
    last = end.date() if isinstance(end, datetime) else end
    if bare_weekday and last < first:
        last += timedelta(days=DAYS_A_WEEK * -(-(first - last).days // DAYS_A_WEEK))
    elif last <= first:
        return timing
    return Timing(first, last, True, "approximate", (first, last), notes=timing.notes + [
        f"runs until {last.isoformat()}; its start is not written: shown from the document date"])

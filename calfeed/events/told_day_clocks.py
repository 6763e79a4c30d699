"""A clock told in the sentence after its day: "The fair will be held on Saturday, 14 October. At
3pm the raffle will be drawn." The tagger gives the day-less clock the day the text last wrote, so
its value is right, but the clause readers that name an entry by its subject and verb ("Raffle
drawn", "Sale resumes") take only days written with their number ahead of the page's date
(plain_dates.plain_day). A day-less clock counts as such a day when its own sentence writes no day
and the sentence right before it, in the same paragraph, writes that very day ahead of the page's
date, told in no past: the page names the day once and times what happens on it next.
"""

from __future__ import annotations

from calfeed.events.candidates import DateSpans, date_not_written
from calfeed.events.plain_dates import plain_day
from calfeed.model import ReferenceDate, Timex
from calfeed.text import Sentences

PARAGRAPH_BREAK = "\n\n"


def day_told_before(text: str, timex: Timex, sentences: Sentences, dates: DateSpans,
                    reference: ReferenceDate) -> bool:
    """Whether the day-less clock at ``timex`` takes the day its previous sentence writes."""
    if (timex.type != "TIME" or not date_not_written(timex) or timex.interval is None or timex.tense == "past"
            or reference.value is None or timex.interval.start.date() <= reference.value):
        return False
    index = sentences.index_at(timex.start)
    if index == 0:
        return False
    own = sentences.bounds[index]
    if any(not date_not_written(t) for t in dates.within(own) if t.type in ("DATE", "TIME") and t is not timex):
        return False          # the sentence writes a day of its own
    before = sentences.bounds[index - 1]
    if PARAGRAPH_BREAK in text[before[1]:own[0]]:
        return False
    day = timex.interval.start.date()
    return any(plain_day(t, reference) and t.interval.start.date() == day and t.end_interval is None
               for t in dates.within(before) if before[0] <= t.start and t.end <= before[1])

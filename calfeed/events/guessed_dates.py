"""What a guessed page date is: the one definition the rules on guessed days share.

A page with no date of its own is given one by inference. Its date is a *guess* when the text
does not give its day: a dateline without its year ("SPRINGFIELD, Nov. 3 -"), "Today (17 July)"
or an address's "/2017/11/01/" give the day, only the year is inferred, and days counted from it
are the writer's own. A guessed day is one counted back from the days the page announces, or the
day of the build.

Two rules act on a guessed page date, and one on a guessed year:

* guessed_deictics: "this weekend", "Saturday" counted from the guess go to the report;
* guessed_days: a clock with no day of its own, put on the guessed day, goes to the report;
* guessed_years: on a page whose year only the build day (or an era's words) gives, or whose
  weekdays fit several years alike, every entry whose year the text does not write stays in
  the feed as approximate.

On a page dated by the build day the first two stand aside and the third marks the entries
approximate (the policy before the first two were written): a page with nothing to date it is
read as current, so the build day is the likeliest day of reading and "this Saturday" from it
is a fair tentative entry, whereas a day counted back from the page's own days is a day nobody
meant.
"""

from __future__ import annotations

from calfeed.model import ReferenceDate


def guessed_page_date(reference: ReferenceDate) -> bool:
    """Whether the page's date is a guess: inferred, and its day not one the text gives."""
    return reference.inferred and reference.value is not None and not reference.day_written


def year_from_build(reference: ReferenceDate) -> bool:
    """Whether the page's year is only the build day's (or an era's) guess: its entries whose
    year the text does not write are approximate (guessed_years)."""
    return reference.inferred and reference.value is not None and reference.build_year


def year_left_open(reference: ReferenceDate) -> bool:
    """Whether the page's clues fit several years alike (its weekdays recur every five to eleven
    years) and the one taken was only the likeliest: its entries whose year the text does not
    write are approximate (guessed_years), though its date is no build day's."""
    return reference.inferred and reference.value is not None and reference.year_open


def days_from_guess_dropped(reference: ReferenceDate) -> bool:
    """Whether a day counted from the page's date, or a clock put on it, is no calendar entry:
    the date is a guess and not the build day's (there guessed_years makes such entries
    approximate instead; see the module's note)."""
    return guessed_page_date(reference) and not year_from_build(reference)

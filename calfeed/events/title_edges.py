"""A title's loose ends. A list item's bullet and a trailing note in brackets ("(subject to
be announced)", "(TBC)") are no part of the name either. A heading written to run into its dates ("Fall term courses start
on:" over "Thursday, October 1") leaves a dangling preposition when it titles an entry; a count
written before its noun ("a total of 49 sitting days", "list up to 3 nominations") leaves the
number in front. Both are cut, whichever framer chose the title: "Fall term courses start",
"Sitting". The ending of a possessive whose owner was cut ("this year ‘ s Harvest ceremony" titled
"S Harvest ceremony") is cut too, and so is a trailing note in brackets that only says what kind of
day the entry is ("Founders Day (national public holiday)"). The words are data (list_bullets, title_possessive_fragments, title_note_asides, title_kind_asides, title_dangling_ends, title_particle_heads,
title_count_stops); a number before a capitalised word is part of a name ("519 Congress Street", "24 Hour Relay") and stays,
and so does a clock ("12 noon")."""

from __future__ import annotations

import re

from calfeed.events.vocabulary import word_list

_COUNT = re.compile(r"\d{1,3} ([a-z]{3,})\b")       # "49 sitting", "3 nominations close"; a count is cut only
# before a plural or a gerund: "10 pin bowling night", "100 club draw", "2 for 1 pizza night" are names
_TRIM = " \t,;:–—-"
_ASIDE = re.compile(r"\(([^()]*)\)\s*\Z")     # linear: no run of blanks searched from every position


def _kept_end(words: list[str]) -> bool:
    """A last word that belongs to the title: a capital letter naming a group ("Cohort A") or a
    particle after its verb ("Christmas Lights Switch On", title_particle_heads.en.txt)."""
    last = words[-1]
    return (len(last) == 1 and last.isupper()) or words[-2].lower() in word_list("title_particle_heads")


def tidied(title: str) -> str:
    """``title`` without a list bullet, a trailing note in brackets, a trailing preposition or
    article and a leading count; ``title`` itself when the cut would leave nothing."""
    words = title.split()
    if len(words) > 1 and words[0] in word_list("list_bullets"):
        words = words[1:]                 # "• Opposition Day debate": a list item's bullet
    if len(words) > 1 and words[0].lower() in word_list("title_possessive_fragments"):
        words = words[1:]                 # "this year ‘ s Harvest ceremony": the ending of a possessive cut from its owner
        words[0] = words[0][:1].upper() + words[0][1:]
    aside = _ASIDE.search(" ".join(words))
    noted = aside.group(1).lower().split() if aside else []
    if aside and (" ".join(noted) in word_list("title_note_asides")
                  or (aside.start() > 0 and noted and noted[-1] in word_list("title_kind_asides"))):
        words = " ".join(words)[:aside.start()].split()     # "Opposition Day debate, (subject to be announced)"
        # ("Founders Day (national public holiday)": the kind of day, said by the entry itself)
    words = " ".join(words).rstrip(_TRIM).split()
    ends = word_list("title_dangling_ends")
    if not title.rstrip(" \t*_").endswith(":") and all(w[0].isupper() for w in words if w[0].isalpha()):
        ends = frozenset()                # "After Ever After", "Back Where We Started From": a name in title case, not a lead-in
    while len(words) > 1 and words[-1].lower() in ends and not _kept_end(words):
        words.pop()
    kept = " ".join(words).rstrip(_TRIM)
    count = _COUNT.match(kept)
    if count and count.group(1).endswith(("s", "ing")) and count.group(1) not in word_list("title_count_stops"):
        kept = kept[count.start(1):]
        kept = kept[:1].upper() + kept[1:]
    return kept or title

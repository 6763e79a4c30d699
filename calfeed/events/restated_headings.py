"""A short heading that the sentence under it restates names what its entry is about:
"R-101 Ashby to Marston" / "Resurfacing works will shut R-101 Ashby to Marston from 7 March ...".

A notice of road works (or of any list of sites) heads each paragraph with the site and then
names the work in the sentence: the entry's title comes from the work ("Resurfacing works"),
which every paragraph shares, so the entries read alike unless each carries its site. The
heading counts only when the sentence opens its paragraph right under it, writes the heading's
words as they stand, and the title shares none of its words (a title already naming the site,
"Grange Level Crossing", is left as it is); a heading that is a sentence, a date or a long line
is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from calfeed.events.identity import normalise_title
from calfeed.events.vocabulary import word_list

MAX_HEADING_WORDS = 8     # a site's name, not a sentence
HEADING_ENDS = ".!?:;,"   # a line ending so is prose or a lead-in, no heading


def restated_heading(text: str, sentence_start: int, at: int, title: str, dated: Sequence[tuple[int, int]]
                     ) -> str | None:
    """The heading right over the line holding offset ``at`` (a date), when that line is the first
    of its sentence (or the sentence runs on from the heading, which ends with no stop), restates
    the heading and ``title`` shares none of its words; None otherwise."""
    line_start = text.rfind("\n", 0, at) + 1
    if line_start < 2 or sentence_start > line_start:
        return None
    end = line_start - 1
    start = text.rfind("\n", 0, end) + 1
    if sentence_start < start:
        return None       # the sentence began above the heading: the line is no heading
    heading = text[start:end].strip()
    if not heading or len(heading.split()) > MAX_HEADING_WORDS or heading[-1] in HEADING_ENDS:
        return None
    if any(s < end and start < e for s, e in dated):
        return None       # "Monday 8 March": a day heading, read apart
    line_end = text.find("\n", line_start)
    if heading not in text[line_start:len(text) if line_end < 0 else line_end]:
        return None
    stops = word_list("phrase_breaks")
    named = {w for w in normalise_title(heading).split() if w not in stops}
    if not named or named & set(normalise_title(title).split()):
        return None
    return heading

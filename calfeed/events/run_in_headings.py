"""Run-in paragraph headings: "5. **Consumer protection.** A new warranty standard will be
published by the end of this year." Policy papers and calls open paragraphs this way.

The heading stays in the sentence: often it is the name of what the paragraph announces
("**Community Potluck.** Mark your calendars: Friday, June 18"). But it is not the subject
of the sentence after it, so a reading that needs that subject right before its verb ("A new
warranty standard will be published by ...") looks past it.

A heading is an emphasised run ("**...**", "*...*", "__...__") closed by a full stop, colon
or dash inside or right after the emphasis; or a short plain run ending in a colon before a
sentence that ends with a stop ("Consumer protection: A new ... this year."). Either way a
capitalised word must follow: "**Book Club**: meets on Tuesdays" goes on with the heading
as its subject.
"""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word

MAX_HEADING_WORDS = 8
MAX_LEAD_IN_WORDS = 24     # a lead-in sentence closed by a colon ("Here is what exhibitors must know: ...")
STOPS = frozenset({".", ":", "–", "—", "-"})
SENTENCE_ENDS = frozenset({".", "!", "?"})


def after_run_in_heading(words: list[Word]) -> int | None:
    """The index of the first word after a run-in heading opening ``words`` (None without one)."""
    k = 0
    while k < len(words) and not words[k].is_word and words[k].text != "*":
        k += 1                                       # bullets
    if k + 1 < len(words) and words[k].is_number and words[k + 1].text in (".", ")"):
        k += 2                                       # "5. **Consumer protection.**"
    emphasised = k < len(words) and (words[k].text == "*" or words[k].text.startswith("_"))
    while k < len(words) and words[k].text == "*":
        k += 1
    first = k
    while k < len(words) and k - first < MAX_HEADING_WORDS and words[k].text not in STOPS:
        if not (words[k].is_word or words[k].text in ("*", ",", "&", "'", "’")):
            return None
        k += 1
    if k == first or k >= len(words) or k - first >= MAX_HEADING_WORDS:
        return None
    if not emphasised and (words[k].text != ":" or words[-1].text not in SENTENCE_ENDS):
        return None
    closed = emphasised and (words[k - 1].text == "*" or words[k - 1].text.endswith("_"))
    k += 1
    while k < len(words) and (words[k].text == "*" or words[k].text.strip("_") == ""):
        closed = True
        k += 1
    if emphasised and not closed:
        return None
    if k < len(words) and words[k].text in STOPS:
        k += 1                                       # "**Consumer protection**. A new ..."
    if k >= len(words) or not (words[k].is_word and words[k].is_capitalised):
        return None
    return k


def after_colon_lead_in(words: list[Word], blocked: list[tuple[int, int]]) -> int | None:
    """The index of the first word after a lead-in clause that a colon closes before a capitalised
    clause of its own ("This may matter most to owners who enter two dogs: Reservations for
    stalls close on 8 May."), None without one. A colon followed by a capital starts a new sentence
    in English, so the lead-in is no subject of the clause after it. Longer than a run-in heading
    (those are read by after_run_in_heading); only words and commas before the colon, none of them a
    date, one of them a finite verb (lead_in_verbs: a sentence, not a long label such as "Inscription
    of half of the authors of each paper: Until June 30"), and the word after it no date either
    ("Key date for owners who enter: Friday 8 May" keeps its label)."""
    k = 0
    while k < len(words) and not words[k].is_word:
        k += 1                                       # bullets
    first = k
    while k < len(words) and k - first <= MAX_LEAD_IN_WORDS and words[k].text != ":":
        if not (words[k].is_word or words[k].text in (",", "'", "’")) or words[k].is_number:
            return None
        k += 1
    if k - first <= MAX_HEADING_WORDS or k - first > MAX_LEAD_IN_WORDS or k + 1 >= len(words):
        return None
    if not any(w.lower in word_list("lead_in_verbs") for w in words[first:k]):
        return None                                  # "Inscription of half of the authors: Until June 30": a label
    if words[-1].text not in SENTENCE_ENDS:
        return None
    following = words[k + 1]
    if not (following.is_word and following.is_capitalised) or following.is_number:
        return None
    if any(s < words[j].end and words[j].start < e for j in range(first, k + 2) for s, e in blocked):
        return None                                  # a date in the lead-in or right after the colon: a label's value
    return k + 1

"""A window's first and last days under labels of their own: "Start Date 22 August 2018 End
Date 17 October 2018 Consultation" on a consultation page. The start opens the window and the
end closes it: the closing day is the deadline for answering, the opening day no meeting of
the consultation. Named after the window the page is about (its title), else the window noun
written on the line.
"""

from __future__ import annotations

from calfeed.events.candidates import DateSpans
from calfeed.events.vocabulary import ending_phrase, phrase_list, phrase_matches
from calfeed.events.words import HYPHENED_WORD
from calfeed.model import Timex
from calfeed.text import start_of_line


def bound_label(text: str, timex: Timex, dated: DateSpans) -> bool | None:
    """True when a closing label ("End Date") stands right before ``timex``, False for an
    opening one ("Start Date"), None otherwise: the label is the words between the line's start,
    or the last date before it on the line, and the date."""
    line = start_of_line(text, timex.start)
    start = max(line, dated.latest_end((line, timex.start)) or line)
    words = tuple(w.lower() for w in HYPHENED_WORD.findall(text[start:timex.start]))
    for closes, labels in ((True, "window_end_labels"), (False, "window_start_labels")):
        if any(words[-len(label):] == label for label in phrase_list(labels)):
            return closes
    return None


def window_name(text: str, timex: Timex, title: str | None) -> str | None:
    """The window whose bound ``timex`` is: the page's title when it names a window
    ("Public consultation: Draft ... Brief" -> "Public consultation"), else the window noun
    on the line ("... End Date 17 October 2018 Consultation")."""
    nouns = phrase_list("window_nouns")
    if title:
        head = title.split(":", 1)[0].strip()
        lowered = tuple(w.lower() for w in HYPHENED_WORD.findall(head))
        if ending_phrase(lowered, nouns) is not None:
            return head
    end = text.find("\n", timex.end)
    words = HYPHENED_WORD.findall(text[timex.end:len(text) if end < 0 else end])
    lowered = [w.lower() for w in words]
    found = next(phrase_matches(lowered, nouns), None)
    if found is not None:
        k, noun = found
        name = " ".join(words[k:k + len(noun)])
        return name[:1].upper() + name[1:]
    return None

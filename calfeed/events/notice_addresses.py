"""A notice's address before what it tells: "Motorists are notified that part of Elm Road will
be shut on ...", "Residents of Alder Hill and Cove Bay are advised that water service will be
interrupted on ...". The sentence's first noun phrase is whom the notice is for, not what happens:
the subject of the clause after "that" names the closure or the interruption. A title made from
the address ("Public closure", "Residents of Alder Hill interruption") names nobody's event.

Read narrowly: one of notice_addresses ("is notified that", "are advised that") within
MAX_ADDRESSEE_WORDS words of the clause's first word; a notice that tells its news with "of" and a
noun ("are advised of a cut in the gas supply on ...") is named by that noun and needs no
help here."""

from __future__ import annotations

from calfeed.events.vocabulary import find_phrase, phrase_at, phrase_list

MAX_ADDRESSEE_WORDS = 28     # words and their commas: "Residents and businesses of Elm Hill, Cove Bay, Long Point and Mill Bay"


def after_notice_address(lowered: list[str], first: int) -> int:
    """The index of the first word after a notice's address that opens at word ``first``
    ("The public is advised that ..."), else ``first``."""
    window = lowered[first:first + MAX_ADDRESSEE_WORDS]
    found = find_phrase(window, phrase_list("notice_addresses"))
    if found is None:
        return first
    return first + found + len(phrase_at(window, found, phrase_list("notice_addresses")) or ())

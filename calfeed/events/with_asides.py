"""A date inside a "with" aside after another date is the aside's noun's.

"No ferries will sail on Monday 1 May with full sailings from Tuesday 2 May": the first clause
names Monday; Tuesday belongs to the aside ("full sailings"), not to the ferries that do not sail.
The aside opens right after the first date (aside_openers: "with", a comma between or not), holds
a short lower-case noun phrase and a date preposition (aside_date_links), then the date."""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word

MAX_ASIDE_WORDS = 4      # "full weekday sailings", "a normal service"
WITH_ASIDE_NOTE = "the date is in a \"with\" aside after another date: the aside's noun names it"


def aside_title(words: list[Word], blocked: list[tuple[int, int]], at: int) -> tuple[str, int] | None:
    """The title the aside before the date at ``at`` gives it, and the index of its last word; None
    when the date is not in such an aside."""
    index = next((k for k, w in enumerate(words) if w.start >= at), None)
    if index is None or index < 3 or words[index - 1].lower not in word_list("aside_date_links"):
        return None
    opener = next((k for k in range(index - 2, max(-1, index - 3 - MAX_ASIDE_WORDS), -1)
                   if words[k].lower in word_list("aside_openers")), None)
    if opener is None or opener < 1:
        return None
    noun = [w for w in words[opener + 1:index - 1] if w.lower not in word_list("articles")]
    if not noun or any(not w.is_word or w.is_capitalised or w.lower in word_list("phrase_breaks")
                       or any(s <= w.start < e for s, e in blocked) for w in noun):
        return None          # "on 30 June with longer hours and on 1 July": a new conjunct, no aside's date
    before = opener - 1 if words[opener - 1].text == "," else opener
    if before < 1 or not any(s < words[before - 1].end <= e for s, e in blocked):
        return None          # the aside must follow the first clause's own date
    title = " ".join(w.text for w in noun)
    return title[:1].upper() + title[1:], index - 2

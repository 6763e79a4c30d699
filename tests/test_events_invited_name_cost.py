"""An invitation's lead ("Join our", "There is") is looked for by each word's first-word group of
the leads, not by trying all the leads at every word: on a page written on one line every date
reads its whole sentence (up to the splitter's cap), and invited_name cost about 7x reading the
sentence's words (55 leads at each of 450 words); now about 0.15x. Timed against words_in on the
same sentence, so the bound does not depend on the machine."""

from __future__ import annotations

from calfeed.events.invited_occasions import invited_name
from calfeed.events.words import words_in
from test_timex_speed_guard import _seconds

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def test_a_long_sentence_costs_about_reading_its_words():
    text = "".join(f"Our book sale opens on {1 + k % 28} {MONTHS[k % 12]} 2027, " for k in range(50))[:2000]
    words = words_in(text, 0, len(text))
    day = (text.rindex("on ") + 3, len(text) - 2)
    invited_name(words, day, text)          # warm up: the lists load once
    asked = _seconds(lambda: [invited_name(words, day, text) for _ in range(20)])
    read = _seconds(lambda: [words_in(text, 0, len(text)) for _ in range(20)])
    assert asked < 2 * read, f"{asked / read:.1f}x the time of reading the words"


def test_the_first_lead_that_introduces_a_name_still_names_the_day():
    text = "Join us for coffee, and there is an egg hunt on Saturday 4 April."
    words = words_in(text, 0, len(text))
    day = (text.index("Saturday"), len(text) - 1)
    assert invited_name(words, day, text)[0] == "Egg hunt"
    text = "Come along to the plant swap or join our book sale on 12 May."
    words = words_in(text, 0, len(text))
    assert invited_name(words, (text.index("12 May"), len(text) - 1), text)[0] == "Plant swap"

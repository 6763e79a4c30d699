"""Venues no gazetteer knows: "in the Council Chambers of Town Hall, 1 Main Street",
"in Room 1.12, Clothworkers Building, University of Leeds", "at the Palais des Nations, Geneva".

A subscriber wants the venue as written, and its city when the text names it. A venue is a
capitalised name holding a venue head noun ("Hall", "Building", "Palais") and one more word
- a name word or a room number - so "in the building of trust" (lower case) and "in the
Library" (a head alone) are none. Lower-case joiners may stand between its capitalised words
("Council Chambers of Town Hall", "Palace of the Nations", "Palais de la Culture").
Comma-separated parts continue it while each is another
venue or a street address ("1 Main Street"), and so do venue parts after "at" or "in" ("the
General Assembly Hall at United Nations Headquarters", written back comma-separated); a known
city after a comma, "in" or "at" closes it
(and gives the zone: "the University Library in Edinburgh" is "University Library, Edinburgh"); a bracketed room may follow a part ("the Vienna International Centre (Conference
Room M3)"). With no city after it, a city opening the name before a descriptor ("Vienna
International Centre") or closing it after "of" ("University of Leeds") is its city; a city
word right before the head ("Lincoln Center", "Victoria Hall") names a person, not a town.
A capitalised word after a comma or "in" that the gazetteer lacks ("at Westminster College
in Fulton, Mo.") may be the town: the venue then takes no city from the document.
"""

from __future__ import annotations

from calfeed.events.body_places import admin_unit_words
from calfeed.events.places import Place, gazetteer, lookup, name_at, with_country
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word

MAX_PART_WORDS = 8       # words in one venue part ("Stanley & Audrey Burton Gallery")
MAX_PARTS = 4            # comma-separated parts before the city
MAX_CITY_WORDS = 3
_TOWN_LINKS = (",", "in")   # what may stand before an unknown town ("College in Fulton, Mo."); not "at"


def venue_at(words: list[Word], i: int, text: str) -> Place | None:
    """The venue starting at word ``i`` (after "in"/"at" and any article), or None."""
    part = _part(words, i)
    if part is None or part[1] != "venue":
        return None
    pieces = [(i, part[0])]
    city: Place | None = None
    while len(pieces) < MAX_PARTS:
        last = pieces[-1][1]
        link = _link_end(words, last)
        if link is None:
            break
        town = name_at(words, last + 2, text) or name_at(words, link, text)
        if town is not None:
            city = with_country(words, town, text)
            break
        following = _part(words, link)
        if following is None or (following[1] == "address" and words[last + 1].text != ","):
            city = _building_in_town(words, link, text)     # "Council Chamber at the Guildhall, Bath"
            if city is not None:
                pieces.append((link, _run_end(words, link)))
            break
        pieces.append((link, following[0]))
    last = pieces[-1][1]
    end = city.end if city is not None else words[last].end
    # "the General Assembly Hall at United Nations Headquarters in New York": its parts,
    # then its city, comma-separated as an address is written
    name = ", ".join(" ".join(text[words[a].start:words[b].end].split()) for a, b in pieces)
    if city is not None:
        name = f"{name}, {' '.join(city.name.split())}"
    town_name = (lookup(city.name.split(",")[0]) if city is not None
                 else next((t for a, b in pieces if (t := _city_inside(words, a, b, text))), None))
    tz = gazetteer()[town_name] if town_name else None
    pinned = city is not None and city.pinned
    if pinned:
        tz = city.tz or tz     # "City Hall, Salem, Oregon": the Salem of Oregon
    unknown = (town_name is None and last + 2 < len(words) and words[last + 1].lower in _TOWN_LINKS
               and words[last + 2].is_word and words[last + 2].is_capitalised)
    return Place(name, tz, words[i].start, end, city=town_name, venue=True, town_unknown=unknown, pinned=pinned)


def _building_in_town(words: list[Word], i: int, text: str) -> Place | None:
    """The town after a one-name building at ``i`` ("the Guildhall, Bath"), which names no
    venue head but is one when a known town follows it."""
    if not (words[i].is_word and words[i].is_capitalised):
        return None
    last = _run_end(words, i)
    link = _link_end(words, last)
    if link is None or words[last + 1].text != ",":
        return None
    town = name_at(words, link, text)
    return with_country(words, town, text) if town is not None else None


def _link_end(words: list[Word], last: int) -> int | None:
    """Where the next venue part or city may start after the part ending at ``last``: past
    a comma or a place preposition ("Hall at United Nations Headquarters", "Room 2 in the
    Clothworkers Building") and an article after it. None when no link follows."""
    link = last + 1
    if link >= len(words) or not (words[link].text == "," or words[link].lower in word_list("place_prepositions")):
        return None
    after = link + 1
    if after < len(words) and words[after].lower in word_list("articles"):
        after += 1
    return after if after < len(words) else None


def _part(words: list[Word], i: int) -> tuple[int, str] | None:
    """Last word index and sort ("venue" or "address") of the venue part at ``i``; a
    bracketed room after it ("(Conference Room M3)") belongs to it."""
    if i >= len(words) or not words[i].is_word:
        return None
    last = _run_end(words, i)
    span = words[i:last + 1]
    if words[i].is_number:
        if len(span) < 2 or not any(w.lower in word_list("street_heads") for w in span[1:]):
            return None
        return last, "address"
    if (not words[i].is_capitalised and words[i].lower in word_list("venue_heads") and i + 1 < len(words)
            and words[i + 1].is_word and any(c.isdigit() for c in words[i + 1].text)):
        return i + 1, "venue"     # "in room CO3, Vienna International Centre": a room number
    if not words[i].is_capitalised or len(span) < 2 or not any(w.lower in word_list("venue_heads") for w in span):
        return None
    close = _bracketed(words, last + 1)
    return (close if close is not None else last), "venue"


def _bracketed(words: list[Word], i: int) -> int | None:
    """Index of the ")" closing a bracketed venue part ("(Conference Room M3)") or room
    number ("(S-237)") at ``i``, if there is one."""
    if i + 2 >= len(words) or words[i].text != "(":
        return None
    if words[i + 2].text == ")" and any(c.isdigit() for c in words[i + 1].text):
        return i + 2
    inner = _part(words, i + 1)
    if inner is None or inner[0] + 1 >= len(words) or words[inner[0] + 1].text != ")":
        return None
    return inner[0] + 1


def _run_end(words: list[Word], i: int) -> int:
    """Last index of the name at ``i``: capitalised words, venue joiners between them ("of",
    "de la", "of the"), and a number right after a head or at the start ("Room 1.12", "1 Main Street")."""
    heads = word_list("venue_heads")
    last = i
    k = i + 1
    while k < len(words) and k - i < MAX_PART_WORDS:
        word = words[k]
        if word.is_word and word.is_capitalised:
            last = k
        elif word.is_number and (words[k - 1].lower in heads or k - 1 == i and words[i].is_number):
            last = k
        elif (word.text == "." and (words[k - 1].is_number or len(words[k - 1].text) <= 3)
              and k + 1 < len(words) and words[k + 1].is_number
              and words[k - 1].end == word.start and word.end == words[k + 1].start):
            last = k + 1                # "1.12", "G.03": one room number in three tokens
            k += 1
        else:
            joined = _joiner_end(words, k)
            if joined is None:
                break
            k = joined                  # "of" in "Council Chambers of Town Hall", "of the" in "Palace of the Nations"
        k += 1
    return last


def _joiner_end(words: list[Word], k: int) -> int | None:
    """Index of the last joining word when a joiner at ``k`` (and one more joiner or an
    article) links two capitalised words of one name; None otherwise."""
    joiners = word_list("venue_joiners")
    if words[k].lower not in joiners or not (words[k - 1].is_word and words[k - 1].text[0].isupper()):
        return None
    end = k
    if end + 1 < len(words) and words[end + 1].lower in joiners | word_list("venue_joiner_articles"):
        end += 1
    following = end + 1
    if following < len(words) and words[following].is_word and words[following].is_capitalised:
        return end
    return None


def _city_inside(words: list[Word], first: int, last: int, text: str) -> str | None:
    """A known city opening the venue name before a descriptor ("Vienna International
    Centre") or ending it after a joiner ("University of Leeds"); a name before a local unit's
    word ("Vigo County Public Library", admin_units) is the unit's, not a town's."""
    heads, joiners = word_list("venue_heads"), word_list("venue_joiners")
    for size in range(MAX_CITY_WORDS, 0, -1):
        after = first + size
        if (after + 1 <= last and words[after].lower not in heads and words[after].is_capitalised
                and words[after].text not in admin_unit_words()):   # "Vigo County Public Library": a county's
            written = text[words[first].start:words[after - 1].end]
            found = lookup(written) if written.lower() not in word_list("venue_words_not_towns") else None
            if found and all(w.is_capitalised for w in words[first:after]):
                return found
        before = last - size
        if before > first and words[before].lower in joiners:
            found = lookup(text[words[before + 1].start:words[last].end])
            if found and all(w.is_capitalised for w in words[before + 1:last + 1]):
                return found
    return None

"""What the organiser will do by a date: "Decisions will be sent by February 10" and
"Shortlisted candidates will be contacted by Friday 19 February" tell readers when to expect
something, not what they must do. They are milestones named by their subject and act
("Decisions sent"), not deadlines for the reader."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from calfeed.events.phrases import clause_subject, phrase_text
from calfeed.events.signals import Signals
from calfeed.events.span_index import HoldingSpans
from calfeed.events.vocabulary import ending_phrase, ending_tuple, merged_lists, phrase_list, word_list
from calfeed.events.words import Word, starts_inside
from calfeed.timex.lexicon import load_list

MAX_GAP = 3              # words between the participle and the date ("by", "no later than")


def past_participle(word: Word, lang: str = "en") -> bool:
    """A word in its past form ("sent", "contacted", "voted")."""
    return word.is_word and (word.lower.endswith(ending_tuple("participle_endings", lang))
                             or word.lower in load_list(lang, "irregular_past"))


def passive_participle(word: Word, lang: str = "en") -> bool:
    """The participle of a passive ("will be sent", "will be given"): a past form, or one of
    the participles that differ from it (irregular_participles); "will be open" has none."""
    return past_participle(word, lang) or word.lower in word_list("irregular_participles", lang)


def announced_act(words: list[Word], blocked: list[tuple[int, int]], signals: Signals, at: int, text: str,
                  lang: str = "en") -> tuple[str, int] | None:
    """The title ("Decisions sent") and the index of its last word, when a future passive
    right before the date's weak deadline cue says the organiser acts by then; its subject
    must stand right before "will" ("Subject to the outcome, legislation will be ..." has none)."""
    if signals.deadline is None or signals.deadline.strong or signals.deadline.place != "before":
        return None
    before = [k for k, w in enumerate(words) if w.end <= at]
    if len(before) < 4:
        return None
    given = _sent_object(words, blocked, before[-1], text, lang)
    if given is not None:
        return given        # "presenters will be sent approval or refusal letters by"
    tried = before[-(MAX_GAP + 1):]
    sent = _past_recipients(words, blocked, before[-1])
    if sent is not None and sent not in tried:
        tried = [sent] + tried      # "will be published to all bidders, anonymised, by"
    cue = before[-1] - (words[before[-1]].lower in word_list("articles"))     # "by the 15 of August"
    told = _past_object(words, blocked, cue)
    if told is not None and told not in tried:
        tried = [told] + tried      # "will be notified of the decision of the programme committee by"
    for k in reversed(tried):
        # "-en" words too: "will be open by 3 May" is a milestone of the opening (a scheduled act,
        # with no deadline cue, takes only participles: "will be open from 10 May" is no act)
        participle = (passive_participle(words[k], lang) or words[k].lower.endswith(ending_tuple("stative_participle_endings", lang))
                      or words[k].lower in word_list("state_words", lang))   # "will be available by"
        if (participle and k >= 2 and words[k - 1].lower in load_list(lang, "passive_auxiliaries")
                and words[k - 2].lower in word_list("announcing_modals")):
            subject = _subject_up_to(words, blocked, clause_subject(words, blocked), k - 3)
            if subject is None or subject[1] != k - 3:
                subject = _coordinate_subject(words, blocked, k - 3) or subject
            if subject is None or subject[1] != k - 3 or words[subject[0]].lower in word_list("pronouns"):
                return None
            named = phrase_text(words, *subject, text)
            if k == told:        # "Authors notified of the decision of the programme committee"
                return f"{named[:1].upper()}{named[1:]} {words[k].lower} {' '.join(text[words[k + 1].start:words[cue - 1].end].split())}", cue - 1
            return f"{named[:1].upper()}{named[1:]} {words[k].lower}", k
    return _reduced_act(words, blocked, before[-1], text)


MAX_RECIPIENT_WORDS = 3   # "to all bidders", "to the successful applicants"
MAX_ASIDE_WORDS = 2       # ", anonymised,", ", in writing,"


def _past_recipients(words: list[Word], blocked: list[tuple[int, int]], cue: int) -> int | None:
    """The word before a recipient phrase (act_recipient_links: "to all bidders") and an aside
    between commas that stand between an act and the cue at word ``cue`` ("published to all
    bidders, anonymised, by"): where the act's participle would stand; None when the words
    before the cue are not so."""
    k = cue - 1
    if k >= 0 and words[k].text == ",":
        k -= 1
        aside = 0
        while k >= 0 and words[k].is_word and aside < MAX_ASIDE_WORDS:
            aside, k = aside + 1, k - 1
        if not aside or k < 0 or words[k].text != ",":
            return None
        k -= 1
    last = k
    k = next(_links_back(words, blocked, last, MAX_RECIPIENT_WORDS + 1, word_list("act_recipient_links")), -1)
    if k < 1 or k == last:
        return None
    if words[k + 1].lower in merged_lists(("infinitive_verbs", "request_verbs")):
        return None     # "asked to send their CVs by": an infinitive, not whom the act reaches
    return k - 1


MAX_OBJECT_WORDS = 8      # "of the decision of the programme committee"


def _past_object(words: list[Word], blocked: list[tuple[int, int]], cue: int) -> int | None:
    """The participle before an object phrase that an announced-object link opens
    (announced_object_links: "notified of the decision of the programme committee") and that runs
    up to the cue at word ``cue``; None when the words before the cue are not so."""
    links = _links_back(words, blocked, cue - 2, MAX_OBJECT_WORDS, word_list("announced_object_links"))
    # the nearest link with a participle before it: a nearer one without ("of the programme
    # committee") lies inside the object
    return next((k - 1 for k in links if k >= 1 and passive_participle(words[k - 1])), None)


def _links_back(words: list[Word], blocked: list[tuple[int, int]], last: int, reach: int,
                links: frozenset[str]) -> Iterator[int]:
    """Walking back from word ``last`` over at most ``reach`` words, the indices of the link words
    (``links``: "to" all bidders, "of" the decision) that may open the phrase ending there, nearest
    first; the walk stops at a mark, a date's word or a clause verb, which no such phrase holds."""
    for k in range(last, max(-1, last - reach), -1):
        if not words[k].is_word or starts_inside(words[k], blocked) or words[k].lower in word_list("clause_verbs"):
            return
        if words[k].lower in links:
            yield k


MAX_REDUCED_SUBJECT = 5   # "acceptance or rejection letters"


def _reduced_act(words: list[Word], blocked: list[tuple[int, int]], cue: int, text: str) -> tuple[str, int] | None:
    """"..., with acceptance or rejection letters sent by 15 July 2026": what the organiser hands
    out (organiser_outputs, sent_out_nouns) and its participle (handed_out_participles) right before the cue, no
    auxiliary; titled "Acceptance or rejection letters sent"."""
    k = cue - 1
    if (k < 1 or words[k].lower not in word_list("handed_out_participles")
            or words[k - 1].lower not in word_list("organiser_outputs") | word_list("sent_out_nouns")):
        return None
    first = k - 1
    joiners, breaks = word_list("row_joiners") | word_list("phrase_links"), word_list("phrase_breaks")
    while (first > 0 and k - first < MAX_REDUCED_SUBJECT and words[first - 1].is_word
           and not starts_inside(words[first - 1], blocked)
           and (words[first - 1].lower not in breaks or words[first - 1].lower in joiners)):
        first -= 1
    while words[first].lower in joiners:
        first += 1
    named = phrase_text(words, first, k - 1, text)
    return f"{named[:1].upper()}{named[1:]} {words[k].lower}", k


def _sent_object(words: list[Word], blocked: list[tuple[int, int]], cue: int, text: str,
                 lang: str = "en") -> tuple[str, int] | None:
    """"Presenters will be sent approval or refusal letters by ...": a future passive of handing
    out (handed_out_participles) whose object, right before the cue at word ``cue``, ends in what
    the organiser hands out (organiser_outputs, sent_out_nouns). Its subject is who receives it;
    the title names what is sent ("Approval or refusal letters sent")."""
    outputs = word_list("organiser_outputs") | word_list("sent_out_nouns")
    last = cue - 1
    if last < 3 or words[last].lower not in outputs:
        return None
    joiners, breaks = word_list("row_joiners") | word_list("phrase_links"), word_list("phrase_breaks")
    first = last
    while (first > 0 and last - first < MAX_REDUCED_SUBJECT and words[first - 1].is_word
           and not starts_inside(words[first - 1], blocked)
           and words[first - 1].lower not in word_list("handed_out_participles")
           and (words[first - 1].lower not in breaks or words[first - 1].lower in joiners)):
        first -= 1
    k = first - 1
    if (k < 2 or words[k].lower not in word_list("handed_out_participles")
            or words[k - 1].lower not in load_list(lang, "passive_auxiliaries")
            or words[k - 2].lower not in word_list("announcing_modals")):
        return None
    while first < last and words[first].lower in word_list("possessives") | word_list("articles") | joiners:
        first += 1       # "sent their results by": the results
    named = phrase_text(words, first, last, text)
    return f"{named[:1].upper()}{named[1:]} {words[k].lower}", last


MAX_SUBJECT_TAIL = 8      # words of a subject's tail after a link ("and funding", "by the elected members of the park authority")


def _coordinate_subject(words: list[Word], blocked: list[tuple[int, int]], last: int) -> tuple[int, int] | None:
    """The subject of the coordinated clause whose subject ends at word ``last`` ("Submissions
    will be reviewed, and acceptance notifications will be sent by ...": the notifications), when
    a comma and a clause joiner open that clause."""
    for k in range(last - 1, 0, -1):
        if not words[k].is_word or starts_inside(words[k], blocked):
            return None
        if words[k].lower in word_list("clause_joiners") and words[k - 1].text == ",":
            found = clause_subject(words[k + 1:last + 1], blocked)
            return (found[0] + k + 1, found[1] + k + 1) if found is not None else None
    return None


def _subject_up_to(words: list[Word], blocked: list[tuple[int, int]], subject: tuple[int, int] | None,
                   last: int) -> tuple[int, int] | None:
    """The clause's subject, run on to word ``last`` when a link continues it there ("Subaward
    agreements and funding will be ...", "Access to the online registration system will be ..."):
    a joining word or preposition, then a few words with no verb and no date among them."""
    if subject is None or subject[1] >= last:
        return subject
    tail = words[subject[1] + 1:last + 1]
    links = merged_lists(("name_joiners", "phrase_links", "noun_links", "subject_agent_links",
                          "subject_alternative_links", "place_prepositions"))   # "The prize in literature"
    if (len(tail) > MAX_SUBJECT_TAIL or tail[0].lower not in links
            or any(not w.is_word or w.lower in word_list("clause_verbs") or starts_inside(w, blocked) for w in tail)):
        return subject
    return subject[0], last


def _lead_phrases(lang: str, hours: bool = False) -> tuple[tuple[str, ...], ...]:
    """The future leads, longest first; with ``hours`` (the date is a clock window) the state leads too."""
    leads = word_list("future_passive_leads", lang) | (word_list("state_passive_leads", lang) if hours else frozenset())
    return tuple(sorted((tuple(p.split()) for p in leads), key=len, reverse=True))


def scheduled_act(words: list[Word], blocked: list[tuple[int, int]], at: int, text: str,
                  lang: str = "en", hours: bool = False, clock: bool = False) -> tuple[str, int] | None:
    """The title ("Final report published") and the index of its participle, when a future
    passive says what will be done to the clause's subject on the date at ``at``: right before
    it ("will be published in Q2 2027"), before it with a short complement between ("will be
    submitted to the Minister in May 2027": "Plan submitted to the Minister"), or after it when
    the date is fronted ("In May 2027, the plan will be submitted ..."). ``hours``: the date is a
    clock window, over which a state may hold ("will remain shut from 6 AM to 3 PM"). ``clock``: the
    date is a clock with no day written, which a notice may front with the word it holds from
    ("Effective 1:45pm, the council offices will shut": fronted_clock_date_leads).

    Policy papers and notices date acts, not events ("The new strategy will be published in
    Q2 2027"); with no event noun the subject and its participle are the only name there is.
    """
    blocked = HoldingSpans(blocked)      # asked for many words below: by bisection
    at = _list_head(words, blocked, at)
    before = [k for k, w in enumerate(words) if w.end <= at]
    links = word_list("future_passive_links", lang)
    k = len(before) - 1
    while k >= 0 and before[-1] - k < MAX_GAP and words[k].lower in links:
        k -= 1
    found = _act_at(words, blocked, k, 0, text, lang, hours=hours)
    if found is not None:
        return found
    verbs = word_list("clause_verbs")
    if k >= 0 and words[k].lower in word_list("stretch_ends"):
        # "The decision will not be made until February 2023": not before then, so then;
        # "The scheme will be extended until 31 March 2028": it lasts until then, no act
        return _deferred_act(words, blocked, k, text, lang)
    for p in range(k - 1, max(-1, k - MAX_COMPLEMENT - 1), -1):   # "will be submitted to the Minister in May"
        if words[p].lower in word_list("place_prepositions") and _named_place(words, p + 1, k):
            continue      # "is to be unveiled in Vienna on 5 May": where the act is done, by the place's name
        if (p < 2 or not words[p].is_word or words[p].lower in verbs or starts_inside(words[p], blocked)
                or words[p].lower in word_list("place_prepositions") | word_list("stretch_ends")):
            break         # "Coffee will be served in the conference room on 3 May": a venue's, no act
        if passive_participle(words[p], lang):
            found = _act_at(words, blocked, p, 0, text, lang, _complement_end(words, p + 1, k), hours)
            if found is not None:
                return found
    opened = _fronted_date(words, blocked, at, lang, clock)
    if opened is None:
        return None       # "In May 2027, the plan will be submitted to the Minister": the act after the comma
    for p in range(opened + 2, min(len(words), opened + MAX_FRONTED_SUBJECT + 4)):
        if not words[p].is_word or starts_inside(words[p], blocked):
            break
        if passive_participle(words[p], lang) and words[p - 1].lower in load_list(lang, "passive_auxiliaries"):
            last = p
            while (last + 1 < len(words) and last + 1 - p <= MAX_COMPLEMENT and words[last + 1].is_word
                   and words[last + 1].lower not in verbs | word_list("place_prepositions")
                   and not starts_inside(words[last + 1], blocked)):
                last += 1
            if last + 1 < len(words) and words[last + 1].is_word:
                last = p          # the clause runs on past a short complement: the participle alone
            return _act_at(words, blocked, p, opened, text, lang, _complement_end(words, p + 1, last), hours)
    return None


def last_round_handed_in(words: list[Word], title: str, k: int) -> bool:
    """Whether a scheduled act (its ``title`` and participle index ``k``) hands in the last round of
    something: "Final entries will be accepted on Wednesday, 14 June" is the day entries close, a
    deadline, as "Entries will be accepted until ..." is; without such a word ("Entries will be
    accepted on 1 June") the day may as well open them, and stays a milestone."""
    first = title.split()[0].lower() if title.split() else ""
    return words[k].lower in word_list("handing_in_verbs") and first in word_list("last_round_words")


def _list_head(words: list[Word], blocked: HoldingSpans, at: int) -> int:
    """Where the list of dates that ends with the one at ``at`` begins, when dates joined only by
    one-word date_joiners (",", "and") stand right before it: "will be shut on Monday, April 9, Tuesday,
    April 10 and Wednesday, April 11" names the act once, before the list's first day, and every day of
    the list is a day of that act (settling.split_conjoined makes each its own entry)."""
    joiners = {p for p in word_list("date_joiners") if " " not in p}
    head = at
    k = bisect_left(words, at, key=lambda w: w.start) - 1
    while k >= 0:
        word = words[k]
        span = blocked.holding(word.start)
        if span is not None:
            head = span[0]
            while k >= 0 and words[k].start >= span[0]:
                k -= 1
        elif word.lower in joiners:
            k -= 1
        else:
            break
    return head


def _named_place(words: list[Word], first: int, last: int) -> bool:
    """Whether words ``first`` to ``last`` are only capitalised words (a named place, "Oslo",
    "Kuala Lumpur"), not a described venue ("the conference room")."""
    return first <= last and all(w.is_word and w.is_capitalised for w in words[first:last + 1])


MAX_COMPLEMENT = 6        # words between a participle and its date ("submitted to the Secretary of State in")
MAX_FRONTED_SUBJECT = 8   # words of the subject after a fronted date ("In May, the new local plan will be ...")


def _act_at(words: list[Word], blocked: list[tuple[int, int]], k: int, first: int, text: str, lang: str,
            complement_end: int | None = None, hours: bool = False) -> tuple[str, int] | None:
    """The act of the passive whose participle is word ``k``, when a future lead stands before
    it and the clause's subject right before that; with its complement up to ``complement_end``."""
    if k < 2 or not (passive_participle(words[k], lang) or words[k].lower in word_list("state_words", lang)):
        return None
    lowered = [w.lower for w in words[:k]]
    led = k - 1 if lowered[k - 1] in word_list("act_participle_adverbs", lang) else k    # "will be fully completed"
    lead = ending_phrase(lowered, _lead_phrases(lang, hours), end=led)
    if lead is None:
        return None
    end = _before_gloss(words, led - len(lead) - 1, first)
    found = _own_subject(words, blocked, first, end)
    if found is None:
        return None
    named = phrase_text(words, *found, text)
    done = words[k].lower
    if complement_end is not None and complement_end > k:
        done = " ".join(text[words[k].start:words[complement_end].end].split())
    return f"{named[:1].upper()}{named[1:]} {done}", k


MAX_GLOSS_WORDS = 5        # "(black bins)": a short bracket after a subject glosses it


MAX_APPOSITIVE_WORDS = 8   # ", delayed twice already,": an aside between subject and verb


def _before_gloss(words: list[Word], end: int, first: int) -> int:
    """Word ``end``, or the word before the short bracket that ends there ("General household
    waste (black bins) will be collected": "waste"): the gloss names the subject again; or the
    word before an aside in commas that a participle opens or holds ("The safety review, delayed
    twice, will be published": "review")."""
    if end > first and words[end].text == ",":
        return _before_aside(words, end, first)
    if end <= first or words[end].text != ")":
        return end
    for j in range(end - 1, max(first, end - MAX_GLOSS_WORDS - 2), -1):
        if words[j].text == "(":
            return j - 1 if j - 1 >= first else end
        if not words[j].is_word:
            return end
    return end


def _before_aside(words: list[Word], end: int, first: int) -> int:
    """The word before the aside in commas that ends at the comma ``end``, when a past participle
    stands in it and the subject before it is a word or more; else ``end``."""
    for j in range(end - 1, max(first, end - MAX_APPOSITIVE_WORDS - 2), -1):
        if words[j].text == ",":
            inside = words[j + 1:end]
            return j - 1 if j - 1 >= first and any(past_participle(w) for w in inside) else end
    return end


def _deferred_act(words: list[Word], blocked: list[tuple[int, int]], until: int, text: str,
                  lang: str) -> tuple[str, int] | None:
    """The act a negated future passive puts off to the date after "until" (word ``until``):
    "The decision will not be taken until February 2023" says when it is taken, at the earliest,
    as news tells a step that was expected sooner. Only the negated leads of
    deferred_passive_leads count; its subject stands right before them, as for any scheduled act."""
    p = until - 1
    if p < 3 or not passive_participle(words[p], lang):
        return None
    lowered = [w.lower for w in words[:p]]
    lead = ending_phrase(lowered, phrase_list("deferred_passive_leads", lang))
    if lead is None:
        return None
    found = _own_subject(words, blocked, 0, p - len(lead) - 1)
    if found is None:
        return None
    named = phrase_text(words, *found, text)
    return f"{named[:1].upper()}{named[1:]} {words[p].lower}", p


def _own_subject(words: list[Word], blocked: list[tuple[int, int]], first: int, end: int) -> tuple[int, int] | None:
    """The first and last word of the subject that ends at word ``end`` (right before the lead),
    read from ``first``, from a reported clause's start, or from the last comma before it ("...
    to the proposal, the decision by the park authority will not be ..."); None when no noun
    phrase (a pronoun is none) runs right up to the lead."""
    starts = [_reported_start(words, first, end) or first]
    comma = next((j for j in range(end - 1, starts[0] - 1, -1)       # a spaced comma, not "£500,000"
                  if words[j].text == "," and words[j + 1].start > words[j].end), None)
    if comma is not None and starts[0] == 0 and first == 0:
        after = comma + 1
        if after < end and words[after].lower in word_list("clause_joiners"):
            after += 1     # "..., and the verdict of the inspector will not be given until June"
        starts.append(after)
    for start in starts:
        subject = _subject_up_to(words[start:], blocked, clause_subject(words[start:], blocked), end - start)
        if subject is not None and subject[1] + start == end and words[subject[0] + start].lower not in word_list("pronouns"):
            return subject[0] + start, end
    return None


def _reported_start(words: list[Word], first: int, end: int) -> int | None:
    """The first word of a reported clause whose subject ends at word ``end``: the word after the
    last verb of saying or clause mark (reported_clause_marks: "that") before it ("Officials said
    the roadmap will be ...", "... advised MPs that the roadmap will be ..."). News tells a body's
    plan through the person who announced it; the act's subject is the reported clause's own."""
    marks = word_list("saying_verbs") | word_list("reported_clause_marks")
    for j in range(end - 1, first - 1, -1):
        if not words[j].is_word:
            return None       # a comma, a bracket or a quote mark: another clause, not this subject's
        if words[j].lower in marks:
            return j + 1 if j + 1 <= end else None
    return None


def _complement_end(words: list[Word], first: int, last: int) -> int:
    """The last word of the complement ``first..last`` ("to the Secretary of State", "for
    comment") with trailing links and articles dropped; ``first - 1`` when none is left."""
    drop = word_list("future_passive_links") | word_list("articles")
    while last >= first and (words[last].lower in drop or not words[last].is_word):    # an opening quote mark
        last -= 1
    return last


MAX_ADVERBIAL_WORDS = 10      # "For the sake of the riders on the night line," before a fronted date


def _fronted_adverbial(words: list[Word], blocked: list[tuple[int, int]], lead: int) -> bool:
    """Whether the words before the lead word at ``lead`` are an adverbial a comma closes: a few
    words with no clause verb (clause_verbs: "is", "will", ...), no date and no other comma."""
    if lead < 2 or words[lead - 1].text != "," or lead - 1 > MAX_ADVERBIAL_WORDS:
        return False
    verbs = word_list("clause_verbs")
    return all(w.is_word and w.lower not in verbs and not starts_inside(w, blocked) for w in words[:lead - 1])


def _fronted_date(words: list[Word], blocked: list[tuple[int, int]], at: int, lang: str,
                  clock: bool = False) -> int | None:
    """The index of the first word after a fronted date and its comma ("In May 2027, the plan
    ..."): only a lead word (fronted_date_leads) before the date, or before it an adverbial
    that a comma closes and that holds no verb of a clause of its own ("To keep the line safe,
    from 22:00 on 3 May to 9 May, trains will be ...": why, not what happens; _fronted_adverbial).
    A ``clock`` with no day may also follow the word a change holds from ("Effective 12:30pm, ...":
    fronted_clock_date_leads); a day after it is a change's (effective_changes), not an act's."""
    before = [k for k, w in enumerate(words) if w.end <= at]
    leads = word_list("fronted_date_leads", lang) | (word_list("fronted_clock_date_leads", lang) if clock else frozenset())
    if not before or words[before[-1]].lower not in leads:
        return None
    if len(before) > 1 and not _fronted_adverbial(words, blocked, before[-1]):
        return None
    span = next(((s, e) for s, e in blocked if s <= at < e), None)
    if span is None:
        return None
    after = next((k for k, w in enumerate(words) if w.start >= span[1]), None)
    if after is not None and words[after].text == ",":
        after += 1         # the comma is often left out: "In May 2027 the plan will be ..."
    if after is None or after >= len(words) or not words[after].is_word:
        return None
    return after

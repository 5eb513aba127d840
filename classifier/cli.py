"""Command-line interface: thin commands over functions that return data.

Exit codes: 0 everything processed; 1 some inputs failed (each reported on stderr, the
others' results kept); 2 usage error or every input failed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from classifier import __version__
from classifier.errors import OntwijkmeterError

T = TypeVar("T")

EPILOG_SEGMENT = """\b
Voorbeeld / example:
  ontwijkmeter segment examples/lijst-vragen-antwoorden-verantwoordingsonderzoek-2025.txt --format jsonl
"""


class Failure:
    """An input that could not be processed, with the one-line reason shown to the user."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message


def report_failures(failures: list[Failure]) -> None:
    for f in failures:
        click.echo(f"fout: {f.message}", err=True)


def exit_code(n_ok: int, failures: list[Failure]) -> int:
    if not failures:
        return 0
    return 1 if n_ok else 2


def expand_inputs(paths: Iterable[str]) -> tuple[list[Path], list[Failure]]:
    """Files named and the supported files inside named directories."""
    from classifier.readers import walk

    out: list[Path] = []
    failures: list[Failure] = []
    for raw in paths:
        found, problems, skipped = walk(raw)
        out.extend(found)
        failures.extend(Failure(str(e.path or raw), str(e)) for e in problems)
        if skipped:
            kinds = sorted({f.suffix.lower() or "(geen extensie)" for f in skipped})
            n = len(skipped)
            click.echo(
                f"let op: {raw}: {n} {'bestand' if n == 1 else 'bestanden'} overgeslagen, type niet ondersteund ({', '.join(kinds)})",
                err=True,
            )
    return out, failures


def preflight(paths: Iterable[str], output: Path | None, store: Path | None = None, *, store_readonly: bool = False) -> None:
    """Check the output file and the store before any work, so that a typo in ``-o`` or
    ``--store`` costs seconds, not a whole batch."""
    from classifier.errors import OutputError
    from classifier.output import check_output

    if output is not None:
        check_output(output)
        if output.exists() and output.is_file():
            target = output.resolve()
            if any(Path(p).exists() and Path(p).resolve() == target for p in paths):
                raise OutputError("uitvoerbestand is ook een invoerbestand; kies een ander -o", path=output)
    if store is not None:
        from classifier.store import Store

        if store.exists() or store_readonly:
            with Store.open(store, create=False, readonly=store_readonly):
                pass
        else:
            check_output(store)


def finish(failures: list[Failure], n_ok: int, outputs: Callable[[], None]) -> None:
    """Write the results (unless nothing was processed), always report the failed inputs, and
    exit with the documented code. With no input processed an existing ``-o`` file is left as it
    was."""
    try:
        if n_ok or not failures:
            outputs()
    finally:
        report_failures(failures)
    sys.exit(exit_code(n_ok, failures))


def process_each(paths: list[Path], fn: Callable[[Path], T]) -> tuple[list[T], list[Failure]]:
    """Apply ``fn`` to every path; an input error is recorded and the batch goes on."""
    results: list[T] = []
    failures: list[Failure] = []
    for path in paths:
        try:
            results.append(fn(path))
        except OntwijkmeterError as exc:
            failures.append(Failure(str(path), str(exc)))
    return results, failures


class OntwijkmeterGroup(click.Group):
    """Turns the package's own errors into a one-line message and their exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OntwijkmeterError as exc:
            click.echo(f"fout: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=OntwijkmeterGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="ontwijkmeter")
def cli() -> None:
    """Ontwijkmeter: hoe volledig beantwoordt de regering Kamervragen?

    Leest Nederlandse antwoordbrieven (txt, pdf, docx, html, xml) of tabellen met vragen en
    antwoorden (jsonl, csv) en zegt per vraag of die beantwoord is, met een score van 0 tot
    100, de onbeantwoorde deelvragen en de ontwijkingstechnieken met de passage die ze laat zien.
    """


@cli.command(epilog=EPILOG_SEGMENT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json"]), default="table", show_default=True, help="Uitvoerformaat.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Schrijf naar dit bestand (atomair) in plaats van naar het scherm.",
)
def segment(paths: tuple[str, ...], fmt: str, output: Path | None) -> None:
    """Splits brieven in genummerde vraag-antwoordparen (zonder oordeel)."""
    from classifier.letters import letter_record, load_letters, pair_record
    from classifier.output import emit, json_text, jsonl

    preflight(paths, output)
    files, failures = expand_inputs(paths)
    letter_lists, more = process_each(files, load_letters)
    failures += more
    letters = [letter for group in letter_lists for letter in group]

    def outputs() -> None:
        if fmt == "jsonl":
            emit(jsonl(pair_record(letter, i) for letter in letters for i in range(len(letter.pairs))), output)
        elif fmt == "json":
            emit(json_text([letter_record(letter) for letter in letters]), output)
        else:
            from classifier.report.terminal import segment_table

            emit(segment_table(letters), output)

    finish(failures, len(letter_lists), outputs)


EPILOG_SCORE = """\b
Voorbeelden / examples:
  ontwijkmeter score examples/lijst-vragen-antwoorden-verantwoordingsonderzoek-2025.txt
  ontwijkmeter score brieven/ --format jsonl -o scores.jsonl --jobs 2
  ontwijkmeter score paren.csv --format csv -o scores.csv
"""


def _precisions(detectors: str | None) -> dict[str, float]:
    """Measured precision per technique of the detector layer in use (for the reports' notes)."""
    from classifier.model import detectors_meta
    from classifier.report.reliability import technique_precisions

    return technique_precisions(detectors_meta(detectors))


def model_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that scores."""
    fn = click.option(
        "--detectors",
        "detectors",
        type=click.Path(dir_okay=False),
        default=None,
        help="Geleerde detectorlaag (.joblib met .meta.json) in plaats van de meegeleverde.",
    )(fn)
    fn = click.option(
        "--model",
        "model",
        type=click.Path(dir_okay=False),
        default=None,
        help="Scoringsmodel (.joblib met .meta.json) in plaats van het meegeleverde.",
    )(fn)
    fn = click.option(
        "--genre",
        type=click.Choice(["auto", "letter", "table"]),
        default="auto",
        show_default=True,
        help="Beslisregel van het oordeel: 'letter' zoals voor Nederlandse antwoordbrieven, 'table' zoals voor "
        "Belgische vraag-antwoordtabellen; 'auto' geeft een brief de brievenregel en kiest in een jsonl/csv-tabel "
        "per brief (kolom doc) naar de tekst: Nederlandse antwoorden de brievenregel, andere de tabelregel.",
    )(fn)
    fn = click.option(
        "--nlp-model",
        type=click.Path(),
        default=None,
        help="spaCy-pijplijn (standaard: nl_core_news_sm als die geïnstalleerd is, anders de meegeleverde).",
    )(fn)
    return fn


# -j/--jobs, shared by score and report
JOBS_OPTION = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Aantal parallelle processen voor veel bestanden of één grote tabel.",
)


class _Bar:
    """A transient progress bar on stderr, started on its first update (rich hides it when
    stderr is no terminal)."""

    def __init__(self, label: str, enabled: bool) -> None:
        self.label = label
        self.enabled = enabled
        self._bar: Any = None
        self._task: Any = None

    def update(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn(self.label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=Console(stderr=True), transient=True
            )
            self._task = self._bar.add_task(self.label, total=total)
            self._bar.start()
        self._bar.update(self._task, completed=done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


class _Progress(_Bar):
    """The bar over the files of a batch (none for a single file)."""

    def __init__(self, total: int, enabled: bool) -> None:
        super().__init__("scoren", enabled and total > 1)
        self.total = total
        self.done = 0
        self.update(0, total)

    def advance(self, _path: str) -> None:
        self.done += 1
        self.update(self.done, self.total)


def _pipeline_warning(nlp_model: str | None, model: str | None) -> str | None:
    """The scoring model's training pipeline against the one in use, from metadata only."""
    from classifier import nlp as nlp_mod
    from classifier.errors import OntwijkmeterError
    from classifier.model import bundled_model_path, pipeline_mismatch, read_meta

    try:
        meta = read_meta(Path(model) if model else bundled_model_path())
        name, version = nlp_mod.identity(nlp_model)
    except OntwijkmeterError:
        return None  # loading reports it, with the file
    if name == "?" and version == "?":
        return None  # unreadable pipeline meta: loading reports it, with the folder
    return pipeline_mismatch(meta, name, version)


def run_scoring(
    paths: tuple[str, ...],
    jobs: int,
    nlp_model: str | None,
    model: str | None,
    detectors: str | None,
    progress: bool,
    genre: str = "auto",
) -> tuple[list[dict[str, Any]], list[Failure], int]:
    """Score every input; returns letter results, failures and the number of files scored."""
    from classifier.scoring import score_many

    files, failures = expand_inputs(paths)
    if not files:
        return [], failures, 0
    warning = _pipeline_warning(nlp_model, model)
    if warning:
        click.echo(f"waarschuwing: {warning}", err=True)
    bar = _Progress(len(files), progress)
    # one input: a bar over its questions, shown only if it is a large table scored in groups
    pairs_bar = _Bar("vragen", progress) if len(files) == 1 else None
    try:
        outcome = score_many(
            files,
            jobs=jobs,
            nlp_model=nlp_model,
            model=model,
            detectors=detectors,
            genre=None if genre == "auto" else genre,
            progress=bar.advance,
            pair_progress=pairs_bar.update if pairs_bar else None,
        )
    finally:
        bar.close()
        if pairs_bar:
            pairs_bar.close()
    results: list[dict[str, Any]] = []
    n_ok = 0
    for path, res, err in outcome:
        if err is not None:
            failures.append(Failure(path, err))
            continue
        n_ok += 1
        for letter in res or []:
            results.append(letter)
            if letter["format"] == "table":
                failures.extend(Failure(path, w) for w in letter["warnings"])
    return results, failures, n_ok


@cli.command(epilog=EPILOG_SCORE)
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="table: leesbaar overzicht; jsonl: één object per vraag (vast contract); json: alle details; csv.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Schrijf naar dit bestand (atomair) in plaats van naar het scherm.",
)
@JOBS_OPTION
@click.option(
    "--store",
    type=click.Path(path_type=Path),
    default=None,
    help="Bewaar de uitkomsten ook in deze lokale SQLite-database (zie 'ontwijkmeter stats').",
)
@click.option("--progress/--no-progress", default=True, show_default=True, help="Voortgangsbalk op stderr bij meerdere bestanden.")
@model_options
def score(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    jobs: int,
    store: Path | None,
    progress: bool,
    nlp_model: str | None,
    model: str | None,
    detectors: str | None,
    genre: str,
) -> None:
    """Beoordeelt hoe volledig elke vraag van de brieven beantwoord is.

    PATH is een brief (txt, pdf, docx, html, xml), een map met brieven, of een tabel met
    vragen en antwoorden (jsonl of csv met de kolommen id, question, answer).
    """
    from classifier.output import csv_text, emit, json_text, jsonl
    from classifier.report.terminal import CSV_COLUMNS, csv_rows, score_table
    from classifier.scoring import jsonl_record

    preflight(paths, output, store)
    results, failures, n_ok = run_scoring(paths, jobs, nlp_model, model, detectors, progress, genre)

    def outputs() -> None:
        if fmt == "jsonl":
            emit(jsonl(jsonl_record(p) for r in results for p in r["pairs"]), output)
        elif fmt == "json":
            emit(json_text(results), output)
        elif fmt == "csv":
            emit(csv_text(csv_rows(results), CSV_COLUMNS), output)
        else:
            color = output is None and sys.stdout.isatty()
            emit(score_table(results, color=color, precisions=_precisions(detectors)), output)
        if store is not None and results:
            from classifier.store import Store

            with Store.open(store) as db:
                for r in results:
                    db.save_letter(r)

    finish(failures, n_ok, outputs)


EPILOG_REPORT = """\b
Voorbeelden / examples:
  ontwijkmeter report examples/lijst-vragen-antwoorden-verantwoordingsonderzoek-2025.txt -o rapport.html
  ontwijkmeter report brieven/ -o overzicht.html --jobs 2
"""


@cli.command(epilog=EPILOG_REPORT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="Het HTML-bestand dat geschreven wordt (één zelfstandig bestand).",
)
@click.option("--title", default=None, help="Titel van het rapport (standaard: het onderwerp van de brief).")
@JOBS_OPTION
@click.option(
    "--store",
    type=click.Path(path_type=Path),
    default=None,
    help="Voeg een deel toe met toezeggingen en trends uit deze database.",
)
@click.option("--progress/--no-progress", default=True, show_default=True)
@model_options
def report(
    paths: tuple[str, ...],
    output: Path,
    title: str | None,
    jobs: int,
    store: Path | None,
    progress: bool,
    nlp_model: str | None,
    model: str | None,
    detectors: str | None,
    genre: str,
) -> None:
    """Schrijft een zelfstandig HTML-rapport voor één brief, of een overzicht van vele."""
    from classifier.output import emit
    from classifier.report.html import render_report

    preflight(paths, output, store, store_readonly=True)
    results, failures, n_ok = run_scoring(paths, jobs, nlp_model, model, detectors, progress, genre)

    def outputs() -> None:
        if not results:
            return
        stats_html = None
        if store is not None:
            from classifier.stats import stats_html_section
            from classifier.store import Store

            with Store.open(store, create=False, readonly=True) as db:
                stats_html = stats_html_section(db)
        not_read = [{"path": f.path, "message": f.message} for f in failures]
        emit(render_report(results, title=title, stats_html=stats_html, precisions=_precisions(detectors), failures=not_read), output)
        n = sum(r["summary"]["n"] for r in results)
        click.echo(f"rapport geschreven: {output} ({n} {'vraag' if n == 1 else 'vragen'})", err=True)

    finish(failures, n_ok, outputs)


EPILOG_PROMISES = """\b
Voorbeelden / examples:
  ontwijkmeter promises examples/lijst-vragen-antwoorden-verantwoordingsonderzoek-2025.txt
  ontwijkmeter promises brieven/ --format ics -o toezeggingen.ics
"""
PROMISE_COLUMNS = ["doc", "question_no", "id", "who", "what", "deadline", "deadline_start", "deadline_end", "kind", "evidence"]


@cli.command(epilog=EPILOG_PROMISES)
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl", "ics"]), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None)
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--progress/--no-progress", default=True, show_default=True)
@model_options
def promises(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    jobs: int,
    progress: bool,
    nlp_model: str | None,
    model: str | None,
    detectors: str | None,
    genre: str,
) -> None:
    """Geeft de toezeggingen in brieven, met hun termijnen (ook als agenda-bestand .ics)."""
    from classifier.output import csv_text, emit, jsonl
    from classifier.report.terminal import promise_table

    preflight(paths, output)
    results, failures, n_ok = run_scoring(paths, jobs, nlp_model, model, detectors, progress, genre)
    rows = [{"doc": r["doc"], "letter_date": r["meta"].get("date"), **pr} for r in results for p in r["pairs"] for pr in p["promises"]]

    def outputs() -> None:
        if fmt == "jsonl":
            emit(jsonl(rows), output)
        elif fmt == "csv":
            emit(csv_text(rows, PROMISE_COLUMNS), output)
        elif fmt == "ics":
            from classifier.report.calendar import promises_ics

            emit(promises_ics(rows), output)
        else:
            emit(promise_table(rows), output)

    finish(failures, n_ok, outputs)


EPILOG_STATS = """\b
Voorbeelden / examples:
  ontwijkmeter score brieven/ --store ontwijkmeter.db --format jsonl -o /dev/null
  ontwijkmeter stats --store ontwijkmeter.db --as-of 2026-12-01
  ontwijkmeter stats --store ontwijkmeter.db --format csv -o trends.csv
"""


@cli.command(epilog=EPILOG_STATS)
@click.option("--store", type=click.Path(path_type=Path), required=True, help="De database die score --store schreef.")
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Peildatum voor open en verlopen toezeggingen (standaard: vandaag).",
)
@click.option("--by", type=click.Choice(["ministry", "answerer"]), default="ministry", show_default=True)
@click.option("--period", type=click.Choice(["month", "quarter", "year"]), default="quarter", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None)
def stats(store: Path, as_of: Any, by: str, period: str, fmt: str, output: Path | None) -> None:
    """Trends per ministerie (of bewindspersoon) en periode, en open en verlopen toezeggingen."""
    import datetime as dt

    from classifier.output import csv_text, emit, json_text
    from classifier.report.terminal import stats_table
    from classifier.stats import group_stats, promise_rows, promise_summary
    from classifier.store import Store

    day = as_of.date() if as_of else dt.date.today()
    preflight((), output)
    with Store.open(store, create=False, readonly=True) as db:
        groups = group_stats(db, by=by, period=period)
        summary = promise_summary(db, day)
        overdue = [r for r in promise_rows(db, day) if r["status"] == "verlopen"]
    if fmt == "csv":
        emit(
            csv_text(groups, ["group", "period", "letters", "questions", "reply", "partial", "non_reply", "mean_score", "top_techniques"]),
            output,
        )
    elif fmt == "json":
        emit(json_text({"as_of": day.isoformat(), "groups": groups, "promises": summary, "overdue": overdue}), output)
    else:
        emit(stats_table(groups, summary, overdue, day), output)


@cli.command(epilog="\b\nVoorbeeld / example:\n  ontwijkmeter info --format json")
@click.option("--nlp-model", type=click.Path(), default=None, help="Gebruik deze spaCy-pijplijn in plaats van de standaard.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def info(nlp_model: str | None, fmt: str) -> None:
    """Toont welke Nederlandse pijplijn en welk model gebruikt worden, met hun scores."""
    from classifier.info import gather, render_text
    from classifier.output import json_text

    data = gather(nlp_model)
    click.echo(json_text(data) if fmt == "json" else render_text(data), nl=False)


def usage_message(exc: click.ClickException) -> str:
    """Click's (English) usage errors in Dutch, from the exception's fields where it has them;
    an unknown kind keeps click's text."""
    from click import exceptions as ce

    param = getattr(exc, "param", None)
    name = " / ".join(param.opts) if isinstance(param, click.Option) else (param.human_readable_name if param else "")
    if isinstance(exc, ce.NoSuchOption):
        hint = f" (bedoelt u {', '.join(sorted(exc.possibilities))}?)" if exc.possibilities else ""
        return f"onbekende optie {exc.option_name}{hint}"
    if isinstance(exc, ce.MissingParameter):
        return f"{'optie' if isinstance(param, click.Option) else 'argument'} {name} ontbreekt"
    if isinstance(exc, ce.BadParameter) and param is not None:
        kind = param.type
        if isinstance(kind, click.Choice):
            return f"ongeldige waarde voor {name}; kies uit: {', '.join(map(str, kind.choices))}"
        if isinstance(kind, click.DateTime):
            return f"ongeldige datum voor {name}; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-12-01"
        if isinstance(kind, click.IntRange):
            return f"ongeldige waarde voor {name}; toegestaan: {kind.min} tot en met {kind.max}"
        return f"ongeldige waarde voor {name} ({exc.message})"
    text = exc.format_message()
    if text.startswith("No such command"):
        return f"onbekende opdracht; kies uit: {', '.join(sorted(cli.commands))}"
    return text


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the ``ontwijkmeter`` console script: click's own errors are reported in
    Dutch, with the exit codes click gives them (2 for a usage error)."""
    try:
        code = cli.main(args=argv, prog_name="ontwijkmeter", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("afgebroken", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        click.echo(f"fout: {usage_message(exc)}", err=True)
        ctx = getattr(exc, "ctx", None)
        if isinstance(exc, click.UsageError) and ctx is not None:
            click.echo(f"Zie '{ctx.command_path} --help'.", err=True)
        sys.exit(exc.exit_code)
    sys.exit(code if isinstance(code, int) else 0)

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
from classifier.errors import InputError, OntwijkmeterError

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
    from classifier.readers import collect

    out: list[Path] = []
    failures: list[Failure] = []
    for raw in paths:
        try:
            out.extend(collect([raw]))
        except InputError as exc:
            failures.append(Failure(raw, str(exc)))
    return out, failures


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

    Reads Dutch answer letters (txt, pdf, docx, html) or tables of question/answer pairs
    (jsonl, csv) and reports, per question, whether it was answered and how evasively.
    """


@cli.command(epilog=EPILOG_SEGMENT)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json"]), default="table", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file (atomically) instead of standard output.")
def segment(paths: tuple[str, ...], fmt: str, output: Path | None) -> None:
    """Split letters into numbered question/answer pairs (no scoring)."""
    from classifier.letters import letter_record, load_letters, pair_record
    from classifier.output import emit, json_text, jsonl

    files, failures = expand_inputs(paths)
    letter_lists, more = process_each(files, load_letters)
    failures += more
    letters = [letter for group in letter_lists for letter in group]
    if fmt == "jsonl":
        emit(jsonl(pair_record(letter, i) for letter in letters for i in range(len(letter.pairs))), output)
    elif fmt == "json":
        emit(json_text([letter_record(letter) for letter in letters]), output)
    else:
        from classifier.report.terminal import segment_table

        emit(segment_table(letters), output)
    report_failures(failures)
    sys.exit(exit_code(len(letter_lists), failures))


@cli.command(epilog="\b\nVoorbeeld / example:\n  ontwijkmeter info --format json")
@click.option("--nlp-model", type=click.Path(), default=None, help="Use this spaCy pipeline instead of the default.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def info(nlp_model: str | None, fmt: str) -> None:
    """Show which Dutch pipeline and scoring model are in use, with their scores."""
    from classifier.info import gather, render_text
    from classifier.output import json_text

    data = gather(nlp_model)
    click.echo(json_text(data) if fmt == "json" else render_text(data), nl=False)


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the ``ontwijkmeter`` console script."""
    return cli.main(args=argv, prog_name="ontwijkmeter", standalone_mode=True)

"""Command line: parse options → pipeline → report → exit code.

Heavy modules (dateparser, rich tables) are imported inside the commands so
that ``factcheck --help`` and ``--version`` stay fast.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Optional

import typer

from factcheck import __version__
from factcheck.errors import FactcheckError, UsageError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: rich's help renderer alone costs ~0.1 s of start-up
    help="Find where documents about one story contradict each other.",
)
rules_app = typer.Typer(no_args_is_help=True, help="List, show and test rules.")
app.add_typer(rules_app, name="rules")
cache_app = typer.Typer(no_args_is_help=True, help="Manage the per-file fact cache.")
app.add_typer(cache_app, name="cache")

LEVELS = {"info": 1, "warning": 2, "error": 3}


class FactFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Find where documents about one story contradict each other."""


PathsArg = typer.Argument(None, help="Files or folders to read (default: config 'paths', else '.').")
SelectOpt = typer.Option(None, "--select", help="Only these rule ids or families (repeatable or comma-separated).")
IgnoreOpt = typer.Option(None, "--ignore", help="Skip these rule ids or families.")
ExtendOpt = typer.Option(None, "--extend-select", help="Add rule ids or families to the selection.")
RulesOpt = typer.Option(None, "--rules", help="An extra rule folder (repeatable).")
RefOpt = typer.Option(None, "--reference-date", help="YYYY-MM-DD used for documents with no published date.")
ConfigOpt = typer.Option(None, "--config", help="Config file (default: nearest .factcheck.toml or pyproject.toml).")
QuietOpt = typer.Option(False, "--quiet", "-q", help="Print only the report, no warnings.")
MaxSizeOpt = typer.Option(None, "--max-file-size", help="Skip files larger than this (e.g. 10MB, 500KB; default 10MB).")
ColorOpt = typer.Option(Color.auto, "--color", help="Colour in the table: auto, always or never (NO_COLOR is respected).")
JobsOpt = typer.Option(None, "--jobs", "-j", min=1, help="Processes that extract, this one included (default: the cores available).")
NoCacheOpt = typer.Option(False, "--no-cache", help="Neither read nor write the fact cache.")
CacheDirOpt = typer.Option(None, "--cache-dir", help="Cache directory (default: config 'cache-dir', else .factcheck_cache).")


class Executor(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def check(
    paths: Optional[list[str]] = PathsArg,
    format: Optional[list[str]] = typer.Option(
        None, "--format", "-f", metavar="FORMAT[:FILE]",
        help="Report format, repeatable: table, json, jsonl, markdown, html, sarif, junit, csv, github; FORMAT:FILE writes to FILE."),
    output: Optional[list[Path]] = typer.Option(None, "--output", "-o", help="Write the report to this file (atomically); pairs with --format in order."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Lowest severity that makes the exit code 1 (default: error)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when conflicts are found."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Known conflicts (from 'factcheck baseline'): only new ones fail."),
    strict_baseline: bool = typer.Option(False, "--strict-baseline", help="Also exit 1 when baseline entries no longer match (prune them)."),
    changed_since: Optional[str] = typer.Option(None, "--changed-since", metavar="REF", help="Report only conflicts involving files changed since this git ref."),
    select: Optional[list[str]] = SelectOpt,
    ignore: Optional[list[str]] = IgnoreOpt,
    extend_select: Optional[list[str]] = ExtendOpt,
    rules: Optional[list[str]] = RulesOpt,
    reference_date: Optional[str] = RefOpt,
    config: Optional[Path] = ConfigOpt,
    quiet: bool = QuietOpt,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show each claim's sentence with the value highlighted."),
    color: Color = ColorOpt,
    max_file_size: Optional[str] = MaxSizeOpt,
    jobs: Optional[int] = JobsOpt,
    no_cache: bool = NoCacheOpt,
    cache_dir: Optional[Path] = CacheDirOpt,
    executor: Optional[Executor] = typer.Option(None, "--executor", help="Where extraction runs: local (default) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address, with --executor dask."),
) -> None:
    """Report every contradiction between (and within) the documents."""

    def work() -> int:
        from factcheck import gate, pipeline
        from factcheck.gate import baseline as baseline_file
        from factcheck.gate.changed import changed_files
        from factcheck.output import emit, parse_targets
        from factcheck.report.progress import progress_bar

        targets = parse_targets(list(format or ()), list(output or ()))
        options = _options(paths, config, select, ignore, extend_select, rules, reference_date, fail_on, max_file_size,
                           **_scale(jobs, no_cache, cache_dir, executor, scheduler))
        known = baseline_file.load(baseline) if baseline else None
        changed = changed_files(changed_since) if changed_since else None
        every = pipeline.every_rule(options)
        chosen = pipeline.rules_for(options, every)
        with progress_bar(quiet) as progress:
            report = pipeline.run(list(options.paths) or ["."], options, chosen, warn=_warner(quiet), progress=progress)
        report = gate.apply(report, chosen, options.suppress, options.config_path, known,
                            str(baseline) if baseline else None, changed, every)
        _warn(report.diagnostics, quiet)
        if report.fixed and not quiet:
            typer.echo(f"factcheck: {len(report.fixed)} baseline entr{'ies' if len(report.fixed) != 1 else 'y'} "
                       f"no longer match; run 'factcheck baseline --prune --output {baseline}'", err=True)
        emit(report, targets, lambda r, path: _table(r, path, color, verbose))
        if exit_zero:
            return 0
        return max(exit_code(report.conflicts, options.fail_on), 1 if strict_baseline and report.fixed else 0)

    _run(work)


@app.command("baseline")
def baseline_command(
    paths: Optional[list[str]] = PathsArg,
    output: Path = typer.Option(Path(".factcheck-baseline.json"), "--output", "-o", help="The baseline file to write."),
    update: bool = typer.Option(False, "--update", help="Keep the file's entries and add the new conflicts."),
    prune: bool = typer.Option(False, "--prune", help="Drop the file's entries that no longer match any conflict."),
    select: Optional[list[str]] = SelectOpt,
    ignore: Optional[list[str]] = IgnoreOpt,
    extend_select: Optional[list[str]] = ExtendOpt,
    rules: Optional[list[str]] = RulesOpt,
    reference_date: Optional[str] = RefOpt,
    config: Optional[Path] = ConfigOpt,
    quiet: bool = QuietOpt,
    max_file_size: Optional[str] = MaxSizeOpt,
) -> None:
    """Record the current conflicts as known, so 'check --baseline' fails only on new ones."""

    def work() -> int:
        from factcheck import gate, pipeline
        from factcheck.gate import baseline as baseline_file
        from factcheck.output import write_atomic

        options = _options(paths, config, select, ignore, extend_select, rules, reference_date, None, max_file_size)
        existing = baseline_file.load(output) if (update or prune) and output.exists() else None
        every = pipeline.every_rule(options)
        chosen = pipeline.rules_for(options, every)
        report = pipeline.run(list(options.paths) or ["."], options, chosen)
        report = gate.apply(report, chosen, options.suppress, options.config_path,
                            every_rule=every)
        _warn(report.diagnostics, quiet)
        entries, note = baseline_file.merge(report.conflicts, existing, update, prune)
        write_atomic(output, baseline_file.render(entries))
        if not quiet:
            typer.echo(f"factcheck: wrote {len(entries)} entr{'ies' if len(entries) != 1 else 'y'} to {output}{note}", err=True)
        return 0

    _run(work)


@app.command()
def init(
    folder: Path = typer.Argument(Path("."), metavar="[DIR]", help="The project folder (default: .)."),
    force: bool = typer.Option(False, "--force", help="Overwrite files that already exist."),
) -> None:
    """Write a config block, an empty baseline and a GitHub Actions workflow."""

    def work() -> int:
        from factcheck.scaffold import scaffold

        for line in scaffold(folder, force):
            typer.echo(line)
        return 0

    _run(work)


@app.command()
def facts(
    paths: Optional[list[str]] = PathsArg,
    format: FactFormat = typer.Option(FactFormat.table, "--format", "-f", help="table or jsonl."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file (atomically)."),
    reference_date: Optional[str] = RefOpt,
    config: Optional[Path] = ConfigOpt,
    quiet: bool = QuietOpt,
    color: Color = ColorOpt,
    max_file_size: Optional[str] = MaxSizeOpt,
    jobs: Optional[int] = JobsOpt,
    no_cache: bool = NoCacheOpt,
    cache_dir: Optional[Path] = CacheDirOpt,
) -> None:
    """Print every extracted fact, for inspection."""

    def work() -> int:
        from factcheck import pipeline
        from factcheck.report import facts as fact_report
        from factcheck.report.json import render_facts

        options = _options(paths, config, None, None, None, None, reference_date, None, max_file_size,
                           **_scale(jobs, no_cache, cache_dir, None, None))
        report = pipeline.run(list(options.paths) or ["."], options, rules=[], warn=_warner(quiet))
        _warn(report.diagnostics, quiet)
        if format is FactFormat.jsonl:
            _write(render_facts(report), output)
        else:
            fact_report.render(report, _console(color, output))
        return 0

    _run(work)


@app.command()
def explain(
    conflict_id: str = typer.Argument(..., metavar="ID", help="A conflict id (or a unique prefix) from check."),
    paths: Optional[list[str]] = PathsArg,
    reference_date: Optional[str] = RefOpt,
    rules: Optional[list[str]] = RulesOpt,
    config: Optional[Path] = ConfigOpt,
    color: Color = ColorOpt,
    jobs: Optional[int] = JobsOpt,
    no_cache: bool = NoCacheOpt,
    cache_dir: Optional[Path] = CacheDirOpt,
) -> None:
    """Show one conflict side by side, each claim's sentence highlighted."""

    def work() -> int:
        from factcheck import pipeline
        from factcheck.report import explain as explain_report

        options = _options(paths, config, None, None, None, rules, reference_date, None,
                           **_scale(jobs, no_cache, cache_dir, None, None))
        report = pipeline.run(list(options.paths) or ["."], options, warn=_warner(False))
        matches = [c for c in report.conflicts if c.id.startswith(conflict_id)]
        if len(matches) != 1:
            found = "no conflict" if not matches else f"{len(matches)} conflicts"
            raise UsageError(f"{found} with id '{conflict_id}' (run 'factcheck check' to list ids)")
        explain_report.render(report, matches[0], _console(color, None))
        return 0

    _run(work)


@rules_app.command("list")
def rules_list(rules: Optional[list[str]] = RulesOpt, config: Optional[Path] = ConfigOpt) -> None:
    """List every rule with its family, severity and title."""

    def work() -> int:
        from factcheck.pipeline import rules_for

        for rule in rules_for(_options(None, config, None, None, None, rules, None, None)):
            typer.echo(f"{rule.id:<28} {rule.family:<10} {rule.severity:<8} {rule.title}")
        return 0

    _run(work)


@rules_app.command("show")
def rules_show(rule_id: str = typer.Argument(..., metavar="ID"), rules: Optional[list[str]] = RulesOpt) -> None:
    """Print one rule's file."""

    def work() -> int:
        from factcheck.pipeline import rules_for

        found = [r for r in rules_for(_options(None, None, None, None, None, rules, None, None)) if r.id == rule_id]
        if not found:
            raise UsageError(f"unknown rule '{rule_id}' (see 'factcheck rules list')")
        typer.echo(f"# {found[0].path}")
        typer.echo(Path(found[0].path).read_text(encoding="utf-8"), nl=False)
        return 0

    _run(work)


@rules_app.command("test")
def rules_test(folder: Optional[Path] = typer.Argument(None, metavar="[DIR]", help="Rule folder (default: the shipped pack).")) -> None:
    """Run every rule's examples; exit 1 if one does not behave as documented."""

    def work() -> int:
        from factcheck.check import load_rules
        from factcheck.check.examples import run_examples

        results = run_examples(load_rules([folder] if folder else None))
        failed = [r for r in results if not r.passed]
        for result in failed:
            typer.echo(result.describe())
        typer.echo(f"{len(results) - len(failed)} of {len(results)} examples pass")
        return 1 if failed else 0

    _run(work)


@cache_app.command("clear")
def cache_clear(cache_dir: Optional[Path] = CacheDirOpt, config: Optional[Path] = ConfigOpt) -> None:
    """Delete the fact cache."""

    def work() -> int:
        from factcheck.cache import DEFAULT_DIR, clear

        folder = Path(cache_dir or _options(None, config, None, None, None, None, None, None).cache_dir or DEFAULT_DIR)
        try:
            removed = clear(folder)
        except OSError as exc:
            raise UsageError(f"cannot clear the cache: {exc}", str(folder)) from None
        typer.echo(f"cleared {folder}" if removed else f"no cache at {folder}")
        return 0

    _run(work)


def exit_code(conflicts: Any, fail_on: str) -> int:
    """1 when a new conflict is at or above ``fail_on``, else 0."""
    if fail_on == "never":
        return 0
    threshold = LEVELS[fail_on]
    return 1 if any(c.new and LEVELS[c.severity] >= threshold for c in conflicts) else 0


def _run(work: Callable[[], int]) -> None:
    try:
        code = work()
    except FactcheckError as exc:
        typer.echo(f"factcheck: error: {exc}", err=True)
        raise typer.Exit(2)
    except KeyboardInterrupt:
        typer.echo("factcheck: interrupted", err=True)
        raise typer.Exit(130)
    except Exception as exc:  # a bug: one line for the user, the traceback only on request
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        typer.echo(f"factcheck: internal error: {type(exc).__name__}: {exc} (set FACTCHECK_DEBUG=1 for details)", err=True)
        raise typer.Exit(2)
    raise typer.Exit(code)


def _split(values: Optional[list[str]]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values or () for v in item.split(",") if v.strip())


def _scale(jobs: Optional[int], no_cache: bool, cache_dir: Optional[Path], executor: Optional[Executor],
           scheduler: Optional[str]) -> dict[str, Any]:
    """The cache and executor options, as Options fields (None: not given)."""
    return {"jobs": jobs, "cache": False if no_cache else None, "cache_dir": str(cache_dir) if cache_dir else None,
            "executor": executor.value if executor else None, "scheduler": scheduler}


def _warner(quiet: bool) -> Callable[[str], None]:
    def warn(message: str) -> None:
        if not quiet:
            typer.echo(f"factcheck: warning: {message}", err=True)

    return warn


def _options(paths, config, select, ignore, extend_select, rules, reference_date, fail_on, max_file_size=None,  # type: ignore[no-untyped-def]
             **scale):
    from factcheck.config import load_options, parse_date, parse_size

    options = load_options(path=config) if config else load_options()
    return options.with_cli(
        **scale,
        paths=tuple(paths or ()),
        select=_split(select),
        ignore=_split(ignore),
        extend_select=_split(extend_select),
        rules=tuple(rules or ()),
        reference_date=parse_date(reference_date, "--reference-date") if reference_date else None,
        fail_on=fail_on.value if fail_on else None,
        max_file_size=parse_size(max_file_size, "--max-file-size") if max_file_size else None,
    )


def _warn(diagnostics: Any, quiet: bool) -> None:
    if not quiet:
        for diagnostic in diagnostics:
            typer.echo(f"factcheck: {diagnostic.level}: {diagnostic}", err=True)


def _console(color: Color, output: Optional[Path]) -> Any:
    from rich.console import Console

    no_color = color is Color.never or (color is Color.auto and "NO_COLOR" in os.environ)
    return Console(
        force_terminal=True if color is Color.always else None,
        no_color=no_color,
        color_system=None if no_color else "auto",
        highlight=False,
        soft_wrap=False,
        width=None if sys.stdout.isatty() else 160,
    )


def _table(report: Any, output: Optional[Path], color: Color, verbose: bool) -> None:
    from factcheck.report import table

    if output is None:
        table.render(report, _console(color, None), verbose)
        return
    from io import StringIO

    from rich.console import Console

    buffer = StringIO()
    table.render(report, Console(file=buffer, width=160, no_color=True, highlight=False), verbose)
    _write(buffer.getvalue(), output)


def _write(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from factcheck.output import write_atomic

    write_atomic(output, text)


def main() -> None:
    app()

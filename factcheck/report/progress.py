"""A progress bar on stderr for long runs at a terminal; nothing in CI or when piped."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MIN_DOCUMENTS = 200  # below this a run is quick enough that a bar would only flicker


def wanted(quiet: bool) -> bool:
    """A bar only for a person watching: stderr is a terminal, not CI, not --quiet."""
    return not quiet and sys.stderr.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


@contextmanager
def progress_bar(quiet: bool) -> Iterator[Callable[[int, int], None] | None]:
    """Yield ``update(done, total)`` drawing a transient bar, or None when no bar is wanted."""
    if not wanted(quiet):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=True)
    task = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if total < MIN_DOCUMENTS:
            return
        if task is None:
            bar.start()
            task = bar.add_task("extracting", total=total)
        bar.update(task, completed=done)

    try:
        yield update
    finally:
        if task is not None:
            bar.stop()

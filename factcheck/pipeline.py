"""load → segment → extract → normalize → resolve → align → check, in sequence."""
from __future__ import annotations

import logging
from collections import Counter
from operator import attrgetter
from pathlib import Path
from typing import Callable

from factcheck.align import blocks
from factcheck.cache import DEFAULT_DIR, FactCache, paused_gc
from factcheck.check import Rule, load_rules
from factcheck.check.engine import without_restated
from factcheck.check.schema import default_rules_dir
from factcheck.check.select import select_rules
from factcheck.config import Options
from factcheck.executor import Execution, available_cores, check_blocks, extract_batch, extract_facts
from factcheck.extract import Settings, families_for
from factcheck.load import LoadSettings, load_documents
from factcheck.model import Document, Fact, Report
from factcheck.normalize import gazetteer
from factcheck.resolve import resolve

Warn = Callable[[str], None]


def rules_for(options: Options, every: list[Rule] | None = None) -> list[Rule]:
    """The default pack plus ``options.rules`` folders (or ``every`` rule, loaded already), selected and overridden."""
    every = every if every is not None else every_rule(options)
    return select_rules(every, options.select, options.ignore, options.extend_select, options.severity)


def every_rule(options: Options) -> list[Rule]:
    """The default pack plus ``options.rules`` folders, before any selection."""
    return load_rules([default_rules_dir(), *(Path(p) for p in options.rules)])


def run(paths: list[str], options: Options, rules: list[Rule] | None = None, warn: Warn | None = None,
        progress: Callable[[int, int], None] | None = None) -> Report:
    """Check every document under ``paths``: extraction through the cache and the chosen executor.

    ``progress(done, total)`` hears how many documents are extracted so far.
    """
    rules = rules if rules is not None else rules_for(options)
    with paused_gc(keep=True):  # the run builds ~10⁶ long-lived acyclic objects; GC passes over them cost more than the work
        documents, diagnostics = load_documents(paths, LoadSettings.from_options(options))
        cache = open_cache(options, warn or logging.getLogger("factcheck").warning)
        gazetteer.keep_index_in(cache.folder if cache else None)
        try:
            facts = extract_facts(documents, settings_for(options, rules), execution_for(options), cache,
                                  _counter(progress, len(documents)) if progress else None)
        finally:
            if cache:
                cache.close()
        report = check_facts(documents, facts, rules, options)
    return Report(report.documents, report.facts, report.conflicts, tuple(diagnostics), report.fact_counts)


def _counter(progress: Callable[[int, int], None], total: int) -> Callable[[int], None]:
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        progress(done, total)

    return advance


def check_documents(documents: list[Document], rules: list[Rule], options: Options) -> Report:
    """Extract (in this process, uncached), align and check documents already loaded."""
    return check_facts(documents, extract_batch(documents, settings_for(options, rules)), rules, options)


def check_facts(documents: list[Document], facts_by_document: list[list[Fact]], rules: list[Rule],
                options: Options) -> Report:
    """Resolve entities across the corpus, align and check the facts of every document."""
    facts = resolve([fact for facts in facts_by_document for fact in facts], dict(options.aliases))
    conflicts = without_restated(check_blocks(blocks(facts), rules, execution_for(options)))
    counts = Counter(map(attrgetter("source"), facts))
    return Report(tuple(documents), tuple(facts), tuple(conflicts), (), dict(counts))


def settings_for(options: Options, rules: list[Rule] | None = None) -> Settings:
    """Extraction settings: only the fact families ``rules`` compare (all of them for no rules, as `facts` asks)."""
    return Settings(options.reference_date, families_for((rule.fact_kind, rule.attribute) for rule in rules or ()))


def execution_for(options: Options) -> Execution:
    return Execution(options.jobs or available_cores(), options.executor, options.scheduler)


def open_cache(options: Options, warn: Warn) -> FactCache | None:
    """The fact cache ``options`` ask for, or None (``--no-cache``, or unusable)."""
    if not options.cache:
        return None
    return FactCache.open(Path(options.cache_dir or DEFAULT_DIR), warn)

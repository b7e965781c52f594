"""load → segment → extract → normalize → resolve → align → check, in sequence."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from factcheck.align import align
from factcheck.check import Rule, load_rules, run_rules
from factcheck.check.schema import default_rules_dir
from factcheck.check.select import select_rules
from factcheck.config import Options
from factcheck.extract import Settings, extract_document
from factcheck.load import LoadSettings, load_documents
from factcheck.model import Document, Fact, Report
from factcheck.resolve import resolve


def rules_for(options: Options) -> list[Rule]:
    """The default pack plus ``options.rules`` folders, selected and overridden."""
    folders = [default_rules_dir(), *(Path(p) for p in options.rules)]
    return select_rules(load_rules(folders), options.select, options.ignore, options.extend_select, options.severity)


def run(paths: list[str], options: Options, rules: list[Rule] | None = None) -> Report:
    """Check every document under ``paths``."""
    documents, diagnostics = load_documents(paths, LoadSettings.from_options(options))
    report = check_documents(documents, rules if rules is not None else rules_for(options), options)
    return Report(report.documents, report.facts, report.conflicts, tuple(diagnostics), report.fact_counts)


def check_documents(documents: list[Document], rules: list[Rule], options: Options) -> Report:
    """Extract, align and check documents already loaded."""
    settings = Settings(reference_date=options.reference_date)
    facts: list[Fact] = []
    for document in documents:
        facts.extend(extract_document(document, settings))
    facts = resolve(facts, dict(options.aliases))
    conflicts = run_rules(align(facts), rules)
    counts = Counter(f.source for f in facts)
    return Report(tuple(documents), tuple(facts), tuple(conflicts), (), dict(counts))

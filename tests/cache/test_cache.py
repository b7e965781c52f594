"""The per-file fact cache: hits, misses, invalidation, corruption, concurrency, clear."""
from __future__ import annotations

import os
import pickle
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import extract, pipeline
from factcheck.cache import DATABASE, FORMAT, codec
from factcheck.config import Options
from factcheck.model import Fact


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The path of every document the extractor is run on."""
    seen: list[str] = []
    real = extract.extract_document

    def counting(document, settings=extract.Settings()):  # type: ignore[no-untyped-def]
        seen.append(document.path)
        return real(document, settings)

    monkeypatch.setattr(extract, "extract_document", counting)
    return seen


def run(corpus: Path, warnings: list[str] | None = None, **options: object):
    given = {"jobs": 1, "cache_dir": "cache", **options}
    return pipeline.run([corpus.name], Options(**given), warn=(warnings if warnings is not None else []).append)


def test_second_run_extracts_nothing_and_an_edit_re_extracts_only_that_file(corpus, calls):
    first = run(corpus)
    assert sorted(calls) == sorted(f"docs/{p.name}" for p in corpus.iterdir())
    calls.clear()
    assert run(corpus) == first and calls == []
    (corpus / "b.txt").write_text("The Istanbul talks took place on March 3, 2025.\n", encoding="utf-8")
    edited = run(corpus)
    assert calls == ["docs/b.txt"]
    mine = {(c.source, c.value) for conflict in edited.conflicts if conflict.rule == "event-date-mismatch"
            for c in conflict.claims if c.source in ("docs/a.txt", "docs/b.txt")}
    assert mine == {("docs/a.txt", "2025-04-10"), ("docs/b.txt", "2025-03-03")}


def test_cached_facts_are_equal_to_fresh_ones(corpus, calls):
    fresh = run(corpus, cache=False)
    run(corpus)
    calls.clear()
    cached = run(corpus)
    assert calls == [] and cached.facts == fresh.facts and cached.conflicts == fresh.conflicts


def test_settings_and_extractor_version_are_part_of_the_key(corpus, calls, monkeypatch):
    import datetime as dt

    run(corpus)
    calls.clear()
    run(corpus, reference_date=dt.date(2025, 3, 1))
    assert len(calls) == len(list(corpus.iterdir()))
    calls.clear()
    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", extract.EXTRACTOR_VERSION + 1)
    run(corpus, reference_date=dt.date(2025, 3, 1))
    assert len(calls) == len(list(corpus.iterdir()))


def test_a_corrupt_cache_file_is_rebuilt_with_one_warning(corpus, calls):
    (corpus.parent / "cache").mkdir()
    (corpus.parent / "cache" / DATABASE).write_bytes(b"this is not a database" * 100)
    warnings: list[str] = []
    report = run(corpus, warnings)
    assert len(warnings) == 1 and "rebuilt" in warnings[0] and DATABASE in warnings[0]
    assert report == run(corpus, cache=False)
    calls.clear()
    warnings.clear()
    run(corpus, warnings)
    assert calls == [] and warnings == []


@pytest.mark.parametrize("schema", [
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT); CREATE TABLE facts (key TEXT, path TEXT, facts BLOB);"
    "INSERT INTO meta VALUES ('format', 'factcheck-facts-0')",
    "CREATE TABLE something_else (x INTEGER)",
])
def test_a_foreign_cache_is_ignored_and_rebuilt(corpus, calls, schema):
    (corpus.parent / "cache").mkdir()
    db = sqlite3.connect(corpus.parent / "cache" / DATABASE)
    db.executescript(schema)
    db.close()
    warnings: list[str] = []
    run(corpus, warnings)
    assert len(warnings) == 1 and "rebuilt" in warnings[0]
    assert len(calls) == len(list(corpus.iterdir()))
    db = sqlite3.connect(corpus.parent / "cache" / DATABASE)
    assert db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone() == (FORMAT,)


def test_a_tampered_entry_is_never_unpickled_into_code(corpus, calls):
    run(corpus)
    marker = corpus.parent / "pwned"
    payload = pickle.dumps(_Exploit(str(marker)), protocol=5)
    db = sqlite3.connect(corpus.parent / "cache" / DATABASE)
    with db:
        db.execute("UPDATE facts SET facts = ? WHERE path = 'docs/a.txt'", (payload,))
    db.close()
    calls.clear()
    warnings: list[str] = []
    report = run(corpus, warnings)
    assert not marker.exists()
    assert calls == ["docs/a.txt"] and len(warnings) == 1 and "1 unreadable" in warnings[0]
    assert report.conflicts == run(corpus, cache=False).conflicts


class _Exploit:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os.system, (f"touch {self.path}",))


def test_codec_round_trips_facts_with_date_values(corpus):
    facts = [f for f in run(corpus, cache=False).facts]
    assert any(f.get("date") is not None for f in facts)
    assert codec.decode(codec.encode(facts)) == facts
    with pytest.raises(codec.CodecError):
        codec.decode(pickle.dumps([("not", "a fact")]))
    with pytest.raises(codec.CodecError):
        codec.decode(b"\x80\x05garbage")
    assert all(type(f) is Fact for f in codec.decode(codec.encode(facts)))


def test_no_cache_writes_nothing(corpus, cli):
    code, _, _ = cli("check", "docs", "--no-cache", "--format", "json")
    assert code == 1
    assert not (corpus.parent / ".factcheck_cache").exists()
    assert sorted(p.name for p in corpus.parent.iterdir()) == ["docs"]


def test_default_cache_dir_is_tagged_and_json_is_identical_with_and_without_cache(corpus, cli):
    _, uncached, _ = cli("check", "docs", "--no-cache", "--format", "json")
    _, cold, _ = cli("check", "docs", "--format", "json")
    _, warm, _ = cli("check", "docs", "--format", "json")
    assert uncached == cold == warm
    tag = (corpus.parent / ".factcheck_cache" / "CACHEDIR.TAG").read_text()
    assert tag.startswith("Signature: 8a477f597d28d172789f06886806bc55")


def test_cache_dir_option_and_config_key(corpus, cli):
    cli("check", "docs", "--cache-dir", "elsewhere")
    assert (corpus.parent / "elsewhere" / DATABASE).is_file()
    (corpus.parent / ".factcheck.toml").write_text('cache-dir = "from-config"\n')
    cli("check", "docs")
    assert (corpus.parent / "from-config" / DATABASE).is_file()
    assert not (corpus.parent / ".factcheck_cache").exists()


def test_cache_clear(corpus, cli):
    cli("check", "docs")
    (corpus.parent / ".factcheck_cache" / "gazetteer-0123456789abcdef.marshal").write_bytes(b"")  # goes too
    code, out, _ = cli("cache", "clear")
    assert code == 0 and "cleared" in out and not (corpus.parent / ".factcheck_cache").exists()
    code, out, _ = cli("cache", "clear")
    assert code == 0 and "no cache" in out


def test_cache_clear_refuses_a_folder_that_is_not_a_cache(corpus, cli):
    code, _, err = cli("cache", "clear", "--cache-dir", "docs")
    assert code == 2 and "not a factcheck cache" in err and len(err.strip().splitlines()) == 1
    assert (corpus / "a.txt").is_file()


def test_an_unwritable_cache_dir_is_a_warning_not_a_failure(corpus, cli):
    (corpus.parent / "blocked").write_text("a file where the cache folder should be")
    code, out, err = cli("check", "docs", "--cache-dir", "blocked", "--format", "json")
    assert code == 1 and "cache disabled" in err and '"event-date-mismatch"' in out


def test_two_runs_at_once_do_not_corrupt_the_cache(corpus):
    command = [sys.executable, "-m", "factcheck", "check", "docs", "--format", "json", "--jobs", "1"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=corpus.parent)
            for _ in range(3)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [1, 1, 1]
    assert all(err == b"" for _, err in outputs), outputs
    assert len({out for out, _ in outputs}) == 1
    db = sqlite3.connect(corpus.parent / ".factcheck_cache" / DATABASE)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM facts").fetchone() == (len(list(corpus.iterdir())),)


def test_the_cache_keeps_at_most_max_entries_dropping_the_oldest(corpus, calls, monkeypatch):
    from factcheck import cache

    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    run(corpus)
    db = sqlite3.connect(corpus.parent / "cache" / DATABASE)
    assert db.execute("SELECT count(*) FROM facts").fetchone() == (3,)
    kept = {row[0] for row in db.execute("SELECT path FROM facts")}
    assert kept == {f"docs/{name}" for name in sorted(p.name for p in corpus.iterdir())[-3:]}

"""Per-file cache of extracted facts, in SQLite under a cache directory.

An entry is keyed by a hash of the document (path, text, metadata) and of
everything extraction depends on besides it: factcheck's version, the
extractor and normalizer versions, the settings and a digest of the package's
own files (see :func:`fingerprint`).  Modification times play no part.  A file
that is not SQLite, or has another schema, is rebuilt with one warning and
never trusted; SQLite's WAL mode and transactions keep two runs at once from
corrupting it.
"""
from __future__ import annotations

import gc
import hashlib
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from factcheck.cache.codec import CodecError, decode
from factcheck.model import Document, Fact

DEFAULT_DIR = ".factcheck_cache"
DATABASE = "facts.sqlite3"
FORMAT = "factcheck-facts-1"  # the schema below; any other value means a foreign cache
TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by factcheck.\n"
    "# For information about cache directory tags, see https://bford.info/cachedir/\n"
)
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, path TEXT NOT NULL, facts BLOB NOT NULL)",
    "CREATE INDEX IF NOT EXISTS facts_path ON facts (path)",
)
_CHUNK = 500  # keys per SELECT … IN (…): well under SQLite's variable limit
MAX_ENTRIES = 250_000  # beyond this the oldest entries go (paths that no longer exist would pile up)
Warn = Callable[[str], None]


def fingerprint(settings: object) -> str:
    """What extraction depends on besides the document: versions, settings, package files."""
    from factcheck import __version__
    from factcheck.extract import EXTRACTOR_VERSION
    from factcheck.normalize import NORMALIZER_VERSION

    digest = hashlib.sha256(f"{__version__}\0{EXTRACTOR_VERSION}\0{NORMALIZER_VERSION}\0{settings!r}".encode())
    for path in _package_files():
        digest.update(path.encode() + b"\0" + Path(path).read_bytes())
    return digest.hexdigest()


def _package_files() -> list[str]:
    """Every file of the installed factcheck package, so a changed extractor never reads stale facts."""
    root = Path(__file__).resolve().parents[1]
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        found.extend(os.path.join(folder, name) for name in files if not name.endswith((".pyc", ".pyo")))
    return sorted(found)


def document_key(fingerprint: str, document: Document) -> str:
    """The cache key of one document under one fingerprint."""
    head = f"{fingerprint}\0{document.path}\0{document.body_start}\0{document.published}\0"
    return hashlib.sha256(head.encode() + document.text.encode("utf-8", "surrogatepass")).hexdigest()


class FactCache:
    """Facts per document, stored in ``folder``/facts.sqlite3."""

    def __init__(self, folder: Path, warn: Warn) -> None:
        self.folder = folder
        self.path = folder / DATABASE
        self._warn = warn
        self._db: sqlite3.Connection | None = None

    @classmethod
    def open(cls, folder: Path, warn: Warn) -> "FactCache | None":
        """The cache in ``folder``, created or rebuilt as needed; None (after a warning) when unusable."""
        cache = cls(folder, warn)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _write_marker(folder / "CACHEDIR.TAG", TAG)
            _write_marker(folder / ".gitignore", "# Created by factcheck.\n*\n")
            cache._connect()
        except (OSError, sqlite3.Error) as exc:
            warn(f"cache disabled: cannot use {folder} ({_reason(exc)})")
            cache.close()
            return None
        return cache

    def lookup(self, keys: Iterable[str]) -> dict[str, list[Fact]]:
        """The cached facts of every key found, decoded; unreadable entries count as missing."""
        found: dict[str, list[Fact]] = {}
        bad = 0
        try:
            with paused_gc():
                for key, blob in self._select(list(keys)):
                    try:
                        found[key] = decode(blob)
                    except CodecError:
                        bad += 1
        except sqlite3.DatabaseError as exc:
            self._rebuild(f"unreadable ({_reason(exc)})")
            return {}
        if bad:
            self._warn(f"cache {self.path}: {bad} unreadable entries ignored, re-extracting those documents")
        return found

    def store(self, entries: Iterable[tuple[str, str, bytes]]) -> None:
        """Save (key, path, encoded facts) entries in one transaction; older entries for those paths go."""
        rows = list(entries)
        if not rows or self._db is None:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO facts (key, path, facts) VALUES (?, ?, ?)", rows)
                self._db.executemany("DELETE FROM facts WHERE path = ? AND key != ?", [(p, k) for k, p, _ in rows])
                excess = self._db.execute("SELECT count(*) FROM facts").fetchone()[0] - MAX_ENTRIES
                if excess > 0:  # rowids grow with each write, so the lowest are the oldest
                    self._db.execute("DELETE FROM facts WHERE rowid IN (SELECT rowid FROM facts ORDER BY rowid LIMIT ?)",
                                     (excess,))
        except sqlite3.Error as exc:
            self._warn(f"cache {self.path}: not updated ({_reason(exc)})")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _select(self, keys: list[str]) -> Iterator[tuple[str, bytes]]:
        assert self._db is not None
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            yield from self._db.execute(f"SELECT key, facts FROM facts WHERE key IN ({marks})", chunk)

    def _connect(self) -> None:
        """Open the database; rebuild it when it is not SQLite or not our schema."""
        try:
            self._db = _connect(self.path)
            problem = _check_format(self._db)
        except sqlite3.DatabaseError as exc:
            problem = f"unreadable ({_reason(exc)})"
        if problem:
            self._rebuild(problem)

    def _rebuild(self, problem: str) -> None:
        self._warn(f"cache {self.path} is {problem}; rebuilt")
        self.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self._db = _connect(self.path)
        if _check_format(self._db):
            raise sqlite3.DatabaseError("cannot create a fresh cache database")


@contextmanager
def paused_gc(keep: bool = False) -> Iterator[None]:
    """No cyclic GC while many acyclic objects are built: it would rescan them again and again.

    With ``keep`` the objects built are long-lived (a run's facts and report): they are moved out
    of the collector's generations, so the passes after the pause do not walk millions of them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if keep:
                gc.freeze()
            gc.enable()


def clear(folder: Path) -> bool:
    """Delete factcheck's files in ``folder`` (and the folder when nothing else is left)."""
    if not folder.is_dir():
        return False
    if not (folder / "CACHEDIR.TAG").is_file() and not (folder / DATABASE).exists():
        raise OSError(f"{folder} is not a factcheck cache (no CACHEDIR.TAG)")
    for name in (DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm", f"{DATABASE}-journal", "CACHEDIR.TAG", ".gitignore"):
        (folder / name).unlink(missing_ok=True)
    for kept in folder.glob("gazetteer-*.marshal*"):  # the gazetteer's tables (factcheck.normalize.gazetteer)
        kept.unlink(missing_ok=True)
    if not any(folder.iterdir()):
        folder.rmdir()
    return True


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=60, isolation_level=None)
    db.execute("PRAGMA busy_timeout = 60000")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.isolation_level = "DEFERRED"  # from here on, `with db:` is one transaction
    return db


def _check_format(db: sqlite3.Connection) -> str | None:
    """None when ``db`` holds our schema (creating it in an empty file), else what is wrong."""
    with db:
        db.execute("BEGIN IMMEDIATE")
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            for statement in _SCHEMA:
                db.execute(statement)
            db.execute("INSERT INTO meta (name, value) VALUES ('format', ?)", (FORMAT,))
            return None
        if not {"meta", "facts"} <= tables:
            return "not a factcheck cache"
        row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
        if row is None or row[0] != FORMAT:
            return f"of another format ({row[0] if row else 'none'})"
    return None


def _write_marker(path: Path, text: str) -> None:
    if not path.exists():
        path.write_text(text, encoding="utf-8")


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__

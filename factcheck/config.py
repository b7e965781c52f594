"""Settings from ``[tool.factcheck]`` in pyproject.toml or ``.factcheck.toml``.

The file is found by walking up from the working directory; options given on
the command line win over it.
"""
from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError

SEVERITIES = ("error", "warning", "info")
DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024
JSON_FIELDS = ("text", "title", "source", "url", "published", "id")


@dataclass(frozen=True)
class SourceRule:
    """``[[tool.factcheck.sources]]``: documents matching ``glob`` get this outlet and date."""

    glob: str
    source: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class Options:
    paths: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    reference_date: dt.date | None = None
    fail_on: str = "error"
    suppress: tuple[str, ...] = ()
    config_path: str | None = None
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    json_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()
    sources: tuple[SourceRule, ...] = ()
    cache: bool = True
    cache_dir: str | None = None
    jobs: int | None = None
    executor: str = "local"
    scheduler: str | None = None
    extra: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    def with_cli(self, **given: Any) -> "Options":
        """These options with every non-empty command-line value applied."""
        changes = {k: v for k, v in given.items() if v not in (None, (), [])}
        return replace(self, **changes)


_KEYS = {
    "paths": "list", "exclude": "list", "rules": "list", "select": "list",
    "ignore": "list", "extend-select": "list", "severity": "table",
    "reference-date": "date", "fail-on": "str", "suppress": "list", "aliases": "aliases",
    "max-file-size": "size", "json": "json", "sources": "sources",
    "cache-dir": "str", "jobs": "int", "executor": "str", "scheduler": "str",
}

_FIELDS = {"json": "json_fields"}


def find_config(start: Path) -> Path | None:
    """The nearest ``.factcheck.toml`` or pyproject.toml with a factcheck table."""
    for folder in (start, *start.parents):
        own = folder / ".factcheck.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.factcheck" in _read(pyproject):
            return pyproject
    return None


def load_options(start: Path | None = None, path: Path | None = None) -> Options:
    """Options from the config file at ``path`` or found from ``start``."""
    path = path or find_config(start or Path.cwd())
    if path is None:
        return Options()
    try:
        data = tomllib.loads(_read(path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", str(path)) from None
    table = data.get("tool", {}).get("factcheck", {}) if path.name == "pyproject.toml" else data
    return _options(table, path)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config: {exc}", str(path)) from None


def _options(table: dict[str, Any], path: Path) -> Options:
    values: dict[str, Any] = {"config_path": str(path)}
    extra: list[tuple[str, Any]] = []
    for key, raw in sorted(table.items()):
        kind = _KEYS.get(key)
        if kind is None:
            if isinstance(raw, dict):
                extra.append((key, raw))
                continue
            raise ConfigError(f"unknown option '{key}' (known: {', '.join(sorted(_KEYS))})", str(path))
        values[_FIELDS.get(key, key.replace("-", "_"))] = _convert(key, kind, raw, path)
    if values.get("fail_on", "error") not in (*SEVERITIES, "never"):
        raise ConfigError("fail-on must be one of error, warning, info, never", str(path))
    if values.get("executor", "local") not in ("local", "dask"):
        raise ConfigError("executor must be 'local' or 'dask'", str(path))
    return Options(**values, extra=tuple(extra))


def _convert(key: str, kind: str, raw: Any, path: Path) -> Any:
    if kind == "list":
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            raise ConfigError(f"'{key}' must be a list of strings", str(path))
        return tuple(raw)
    if kind == "table":
        if not isinstance(raw, dict) or any(v not in SEVERITIES for v in raw.values()):
            raise ConfigError(f"'{key}' must map rule ids to error, warning or info", str(path))
        return tuple(sorted(raw.items()))
    if kind == "aliases":
        if not isinstance(raw, dict) or not all(
            isinstance(v, list) and all(isinstance(x, str) for x in v) for v in raw.values()
        ):
            raise ConfigError("'aliases' must map a name to a list of other spellings", str(path))
        return tuple(sorted((name, tuple(others)) for name, others in raw.items()))
    if kind == "date":
        return parse_date(str(raw), str(path))
    if kind == "size":
        return parse_size(raw, str(path))
    if kind == "json":
        return _json_fields(raw, path)
    if kind == "sources":
        return _sources(raw, path)
    if kind == "int":
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
            raise ConfigError(f"'{key}' must be a whole number of at least 1", str(path))
        return raw
    if not isinstance(raw, str):
        raise ConfigError(f"'{key}' must be a string", str(path))
    return raw


def parse_date(text: str, where: str | None = None) -> dt.date:
    """A YYYY-MM-DD date, or a ConfigError naming ``where``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"'{text}' is not a date (YYYY-MM-DD)", where) from None


def parse_size(value: object, where: str | None = None) -> int:
    """A size in bytes from ``10485760``, ``"10MB"``, ``"512 KB"`` or ``"1.5G"``."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", str(value), re.I)
    if not match or isinstance(value, bool) or float(match.group(1)) <= 0:
        raise ConfigError(f"'{value}' is not a file size (e.g. 10MB, 500KB, 1048576)", where)
    factor = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[match.group(2).lower()]
    return int(float(match.group(1)) * factor)


def _json_fields(raw: Any, path: Path) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(raw, dict):
        raise ConfigError("'json' must be a table of field names", str(path))
    fields = []
    for key, names in sorted(raw.items()):
        if key not in JSON_FIELDS:
            raise ConfigError(f"unknown json field '{key}' (known: {', '.join(JSON_FIELDS)})", str(path))
        names = [names] if isinstance(names, str) else names
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            raise ConfigError(f"json.{key} must be a field name or a list of field names", str(path))
        fields.append((key, tuple(names)))
    return tuple(fields)


def _sources(raw: Any, path: Path) -> tuple[SourceRule, ...]:
    if not isinstance(raw, list) or not all(isinstance(entry, dict) for entry in raw):
        raise ConfigError("'sources' must be an array of tables ([[tool.factcheck.sources]])", str(path))
    rules = []
    for entry in raw:
        unknown = sorted(set(entry) - {"glob", "source", "published"})
        if unknown or not isinstance(entry.get("glob"), str):
            problem = f"unknown key '{unknown[0]}'" if unknown else "needs a 'glob' string"
            raise ConfigError(f"sources entry {problem} (keys: glob, source, published)", str(path))
        if "source" in entry and not isinstance(entry["source"], str):
            raise ConfigError("sources entry 'source' must be a string", str(path))
        published = entry.get("published")
        rules.append(SourceRule(entry["glob"], entry.get("source"),
                                parse_date(str(published), str(path)) if published is not None else None))
    return tuple(rules)

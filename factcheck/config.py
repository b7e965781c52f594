"""Settings from ``[tool.factcheck]`` in pyproject.toml or ``.factcheck.toml``.

The file is found by walking up from the working directory; options given on
the command line win over it.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError

SEVERITIES = ("error", "warning", "info")


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
    extra: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    def with_cli(self, **given: Any) -> "Options":
        """These options with every non-empty command-line value applied."""
        changes = {k: v for k, v in given.items() if v not in (None, (), [])}
        return replace(self, **changes)


_KEYS = {
    "paths": "list", "exclude": "list", "rules": "list", "select": "list",
    "ignore": "list", "extend-select": "list", "severity": "table",
    "reference-date": "date", "fail-on": "str", "suppress": "list", "aliases": "aliases",
}


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
        values[key.replace("-", "_")] = _convert(key, kind, raw, path)
    if values.get("fail_on", "error") not in (*SEVERITIES, "never"):
        raise ConfigError(f"fail-on must be one of error, warning, info, never", str(path))
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
    if not isinstance(raw, str):
        raise ConfigError(f"'{key}' must be a string", str(path))
    return raw


def parse_date(text: str, where: str | None = None) -> dt.date:
    """A YYYY-MM-DD date, or a ConfigError naming ``where``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"'{text}' is not a date (YYYY-MM-DD)", where) from None

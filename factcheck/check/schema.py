"""Rule files: YAML → validated :class:`Rule` records, errors with path:line.

A rule file holds one rule; its id is the file stem.  Unknown keys, bad
types, unknown kinds and malformed examples are :class:`RuleError` naming the
file and line.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from factcheck.check.kinds import KINDS
from factcheck.config import SEVERITIES
from factcheck.errors import RuleError

REQUIRED = ("kind", "fact", "severity", "title", "message")
OPTIONAL = ("description", "params", "examples", "id")


@dataclass(frozen=True)
class Example:
    """Documents (text, published date) that must or must not make the rule fire."""

    documents: tuple[tuple[str, dt.date | None], ...]
    conflict: bool
    line: int


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    kind: str
    fact_kind: str
    attribute: str
    severity: str
    title: str
    description: str
    message: str
    params: tuple[tuple[str, Any], ...]
    examples: tuple[Example, ...]
    path: str

    @property
    def parameters(self) -> dict[str, Any]:
        return dict(self.params)


def default_rules_dir() -> Path:
    """The rule pack shipped with factcheck: inside the wheel, else the source tree."""
    packaged = resources.files("factcheck") / "_rules"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "rules"


#: libyaml's loader where PyYAML has it: the pure-Python one takes most of a small run's start-up.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _construct(node: yaml.Node) -> Any:
    """The Python value of a composed YAML node, as ``yaml.safe_load`` would give it."""
    return yaml.SafeLoader("").construct_document(node)


def load_rules(folders: list[Path] | None = None) -> list[Rule]:
    """Every rule in ``folders`` (default: the shipped pack), sorted by id."""
    rules: dict[str, Rule] = {}
    for folder in folders or [default_rules_dir()]:
        if not folder.is_dir():
            raise RuleError("rules folder not found", str(folder))
        for path in sorted(folder.rglob("*.y*ml")):
            if path.suffix not in (".yaml", ".yml"):
                continue
            rule = load_rule(path, folder)
            if rule.id in rules:
                raise RuleError(f"duplicate rule id '{rule.id}' (also in {rules[rule.id].path})", str(path))
            rules[rule.id] = rule
    return [rules[k] for k in sorted(rules)]


def load_rule(path: Path, root: Path | None = None) -> Rule:
    """One rule from its YAML file."""
    where = str(path)
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read rule file: {exc}", where) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError(f"invalid YAML: {getattr(exc, 'problem', exc)}", where, mark.line + 1 if mark else None) from None
    if not isinstance(node, yaml.MappingNode):
        raise RuleError("a rule file must be a mapping", where, node.start_mark.line + 1 if node else 1)
    fields = {key.value: value for key, value in node.value}
    lines = {key.value: key.start_mark.line + 1 for key, _ in node.value}
    for key in fields:
        if key not in REQUIRED + OPTIONAL:
            raise RuleError(f"unknown key '{key}' (allowed: {', '.join(REQUIRED + OPTIONAL)})", where, lines[key])
    for key in REQUIRED:
        if key not in fields:
            raise RuleError(f"missing required key '{key}'", where, 1)
    data = {key: _construct(value) for key, value in fields.items()}
    rule_id = path.stem
    if data.get("id", rule_id) != rule_id:
        raise RuleError(f"id '{data['id']}' must equal the file name '{rule_id}'", where, lines["id"])
    for key in ("kind", "fact", "severity", "title", "message", "description"):
        if key in data and not isinstance(data[key], str):
            raise RuleError(f"'{key}' must be a string", where, lines[key])
    if data["kind"] not in KINDS:
        raise RuleError(f"unknown kind '{data['kind']}' (known: {', '.join(sorted(KINDS))})", where, lines["kind"])
    if data["severity"] not in SEVERITIES:
        raise RuleError(f"severity must be one of {', '.join(SEVERITIES)}", where, lines["severity"])
    fact_kind, _, attribute = data["fact"].partition(".")
    if not fact_kind or not attribute:
        raise RuleError("'fact' must read KIND.ATTRIBUTE, e.g. event.date", where, lines["fact"])
    params = _params(data.get("params") or {}, data["kind"], where, lines.get("params", 1))
    examples = _examples(fields.get("examples"), where)
    family = path.parent.name if root is not None and path.parent != root else fact_kind
    return Rule(rule_id, family, data["kind"], fact_kind, attribute, data["severity"], data["title"],
                data.get("description", ""), data["message"], params, examples, where)


def _params(given: Any, kind: str, where: str, line: int) -> tuple[tuple[str, Any], ...]:
    schema = KINDS[kind].PARAMS
    if not isinstance(given, dict):
        raise RuleError("'params' must be a mapping", where, line)
    values = {name: default for name, (_type, default) in schema.items()}
    for name, value in given.items():
        if name not in schema:
            raise RuleError(f"unknown parameter '{name}' for kind '{kind}'", where, line)
        expected = schema[name][0]
        if not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
            raise RuleError(f"parameter '{name}' must be {expected.__name__}", where, line)
        if name.endswith("_severity") and value not in ("", *SEVERITIES):
            raise RuleError(f"parameter '{name}' must be one of {', '.join(SEVERITIES)}", where, line)
        values[name] = value
    return tuple(sorted(values.items()))


def _examples(node: yaml.Node | None, where: str) -> tuple[Example, ...]:
    if node is None:
        return ()
    if not isinstance(node, yaml.MappingNode):
        raise RuleError("'examples' must map 'conflict' and 'consistent' to lists", where, node.start_mark.line + 1)
    examples = []
    for key, cases in node.value:
        if key.value not in ("conflict", "consistent") or not isinstance(cases, yaml.SequenceNode):
            raise RuleError("'examples' takes 'conflict' and 'consistent' lists", where, key.start_mark.line + 1)
        for case in cases.value:
            examples.append(Example(_documents(case, where), key.value == "conflict", case.start_mark.line + 1))
    return tuple(examples)


def _documents(case: yaml.Node, where: str) -> tuple[tuple[str, dt.date | None], ...]:
    """An example: one text (one document), or a list of texts or {text, published} mappings."""
    line = case.start_mark.line + 1
    raw = _construct(case)
    items = raw if isinstance(raw, list) else [raw]
    documents: list[tuple[str, dt.date | None]] = []
    for item in items:
        if isinstance(item, str):
            documents.append((item, None))
        elif isinstance(item, dict) and isinstance(item.get("text"), str) and set(item) <= {"text", "published"}:
            published = item.get("published")
            if published is not None and not isinstance(published, dt.date):
                raise RuleError("example 'published' must be a YYYY-MM-DD date", where, line)
            documents.append((item["text"], published))
        else:
            raise RuleError("an example document is a text or {text, published}", where, line)
    if not documents:
        raise RuleError("an example needs at least one document", where, line)
    return tuple(documents)

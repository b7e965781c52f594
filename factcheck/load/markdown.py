"""Markdown: YAML front matter (title, source, url, published) and body."""
from __future__ import annotations

import re

import yaml

from factcheck.load.metadata import published_date, text_value
from factcheck.model import Diagnostic, Document

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster, same safe constructors
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def read_markdown(path: str, text: str) -> tuple[Document, list[Diagnostic]]:
    """A document whose metadata comes from its front matter, when it has one."""
    match = _FRONT.match(text)
    if not match:
        return Document(path=path, text=text), []
    warnings: list[Diagnostic] = []
    try:
        meta = yaml.load(match.group(1), Loader=_LOADER) or {}
    except yaml.YAMLError as exc:
        last = match.group(0).count("\n") - 1  # the line before the closing ---
        line = min(getattr(getattr(exc, "problem_mark", None), "line", 0) + 2, max(last, 2))
        meta = _plain_pairs(match.group(1))
        if meta is None:
            return Document(path, text, match.end()), [Diagnostic(path, "malformed front matter, metadata ignored",
                                                                  line)]
        # "title: Lyon museum raid: guard hurt": a colon in a value, which YAML wants quoted
        warnings.append(Diagnostic(path, "front matter is not valid YAML, read as plain 'key: value' lines", line))
    if not isinstance(meta, dict):
        return Document(path, text, match.end()), [Diagnostic(path, "front matter is not a mapping, ignored", 2)]
    published, problems = published_date(path, meta.get("published"), _line_of(match.group(0), "published"))
    problems = warnings + problems
    document = Document(
        path=path,
        text=text,
        body_start=match.end(),
        title=text_value(meta.get("title")),
        source=text_value(meta.get("source")),
        url=text_value(meta.get("url")),
        published=published,
    )
    return document, problems


_PAIR = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*")


def _plain_pairs(block: str) -> dict[str, str] | None:
    """Front matter that is not YAML read as one "key: value" per line, the value taken as written up to the
    line's end; None unless every line that is not blank or a comment is such a pair, of a value that opens no
    YAML collection or quoted string (which only YAML can read)."""
    pairs: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pair = _PAIR.fullmatch(line)
        if pair is None or pair.group(2) and pair.group(2)[0] in "[{\"'|>&*!%@`":
            return None
        pairs[pair.group(1)] = pair.group(2) or ""
    return pairs or None


def _line_of(text: str, key: str) -> int | None:
    match = re.search(rf"^{key}\s*:", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None

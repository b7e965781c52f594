"""Markdown: YAML front matter (title, source, url, published) and body."""
from __future__ import annotations

import re

import yaml

from factcheck.load.metadata import published_date, text_value
from factcheck.model import Diagnostic, Document

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def read_markdown(path: str, text: str) -> tuple[Document, list[Diagnostic]]:
    """A document whose metadata comes from its front matter, when it has one."""
    match = _FRONT.match(text)
    if not match:
        return Document(path=path, text=text), []
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        last = match.group(0).count("\n") - 1  # the line before the closing ---
        line = min(getattr(getattr(exc, "problem_mark", None), "line", 0) + 2, max(last, 2))
        return Document(path, text, match.end()), [Diagnostic(path, "malformed front matter, metadata ignored", line)]
    if not isinstance(meta, dict):
        return Document(path, text, match.end()), [Diagnostic(path, "front matter is not a mapping, ignored", 2)]
    published, problems = published_date(path, meta.get("published"), _line_of(match.group(0), "published"))
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


def _line_of(text: str, key: str) -> int | None:
    match = re.search(rf"^{key}\s*:", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None

"""Markdown: YAML front matter (title, source, url, published) and body."""
from __future__ import annotations

import datetime as dt
import re

import yaml

from factcheck.model import Diagnostic, Document

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster, same safe constructors
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def read_markdown(path: str, text: str) -> tuple[Document, list[Diagnostic]]:
    """A document whose metadata comes from its front matter, when it has one."""
    match = _FRONT.match(text)
    if not match:
        return Document(path=path, text=text), []
    try:
        meta = yaml.load(match.group(1), Loader=_LOADER) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        return Document(path, text, match.end()), [Diagnostic(path, "malformed front matter, metadata ignored", line)]
    if not isinstance(meta, dict):
        return Document(path, text, match.end()), [Diagnostic(path, "front matter is not a mapping, ignored", 2)]
    published, problems = _published(path, meta.get("published"))
    document = Document(
        path=path,
        text=text,
        body_start=match.end(),
        title=_text(meta.get("title")),
        source=_text(meta.get("source")),
        url=_text(meta.get("url")),
        published=published,
    )
    return document, problems


def _text(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _published(path: str, value: object) -> tuple[dt.date | None, list[Diagnostic]]:
    if value in (None, ""):
        return None, []
    if isinstance(value, dt.datetime):
        return value.date(), []
    if isinstance(value, dt.date):
        return value, []
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]), []
    except ValueError:
        return None, [Diagnostic(path, f"published date '{value}' is not YYYY-MM-DD, ignored")]

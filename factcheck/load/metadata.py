"""Metadata values: published dates from any reader, and config rules (glob → outlet, date)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

import pathspec

from factcheck.config import SourceRule
from factcheck.model import Diagnostic, Document


def published_date(path: str, value: object, line: int | None = None) -> tuple[dt.date | None, list[Diagnostic]]:
    """A date from a YAML date, an ISO date or datetime string; anything else is a warning."""
    if value in (None, ""):
        return None, []
    if isinstance(value, dt.datetime):
        return value.date(), []
    if isinstance(value, dt.date):
        return value, []
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]), []
    except ValueError:
        return None, [Diagnostic(path, f"published date '{_short(value)}' is not YYYY-MM-DD, ignored", line)]


def text_value(value: object) -> str | None:
    """A metadata value as one line of text; an object's ``name`` (``{"name": "BBC"}``)."""
    if isinstance(value, dict):
        value = value.get("name")
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split()).encode("utf-8", "replace").decode("utf-8")  # lone surrogates → "?"
    return text or None


def apply_sources(document: Document, rules: Sequence[tuple[pathspec.PathSpec, SourceRule]], file: str) -> Document:
    """Fill the outlet and date the document lacks from the first rule whose glob matches ``file``."""
    for spec, rule in rules:
        if spec.match_file(file):
            return replace(
                document,
                source=document.source or rule.source,
                published=document.published or rule.published,
            )
    return document


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."

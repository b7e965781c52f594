"""JSON and JSON Lines: each record with a text field is its own document.

A ``.jsonl`` file holds one record per line; a ``.json`` file holds one
record, a list of records, or an object with a list of records under some key.
A record's document is named ``file#id`` (its id field) or ``file:line``; its
text is the raw string literal of the text field with escapes turned into
their characters in place (see :mod:`factcheck.load.blank`), and its
``origin`` says where that literal sits, so positions are the file's.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from factcheck.load.blank import SameLength
from factcheck.load.metadata import published_date, text_value
from factcheck.model import Diagnostic, Document, Origin
from factcheck.segment import LineIndex

DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text"),
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publisher", "site_name"),
    "url": ("url", "link"),
    "published": ("published", "published_at", "publishedAt", "date", "pubDate", "datePublished"),
    "id": ("id", "_id", "uuid", "guid"),
}
_DECODER = json.JSONDecoder()
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_ESCAPE = re.compile(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.S)
MAX_DEPTH = 3


class MalformedJSON(ValueError):
    """A record that does not parse, with the offset where it stops."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True)
class Field:
    value: Any
    start: int  # offset of the value in the file text
    end: int


Record = dict[str, Field]


def read_records(path: str, text: str, fields: dict[str, tuple[str, ...]] | None = None) -> tuple[list[Document], list[Diagnostic]]:
    """Every record of a ``.json`` or ``.jsonl`` file as a document; bad records become warnings."""
    fields = fields or DEFAULT_FIELDS
    lines = LineIndex(text)
    records: list[tuple[Record, int]] = []
    problems: list[Diagnostic] = []
    if path.lower().endswith(".jsonl"):
        for match in re.finditer(r"[^\n]+", text):
            if not match.group().strip():
                continue
            try:
                record = _line_record(match.group(), match.start())
            except MalformedJSON as exc:
                problems.append(Diagnostic(path, f"malformed JSON line, skipped ({exc})", lines.line_column(match.start())[0]))
                continue
            records.append((record, match.start()))
    else:
        try:
            records = [(r, start) for r, start in _records(text, _skip(text, 0), fields["text"])]
        except MalformedJSON as exc:
            line = lines.line_column(min(exc.offset, len(text)))[0]
            return [], [Diagnostic(path, f"malformed JSON, skipped ({exc})", line)]
    documents = []
    names: set[str] = set()
    for record, start in records:
        document, problem = _document(path, text, record, start, lines, fields, names)
        if document:
            documents.append(document)
        if problem:
            problems.append(problem)
    if not records and not problems:
        problems.append(Diagnostic(path, "no JSON records found, skipped"))
    return documents, problems


def _document(path: str, text: str, record: Record, start: int, lines: LineIndex,
              fields: dict[str, tuple[str, ...]], names: set[str]) -> tuple[Document | None, Diagnostic | None]:
    line = lines.line_column(start)[0]
    body = _first(record, fields["text"])
    if body is None or not isinstance(body.value, str):
        wanted = " or ".join(f"'{name}'" for name in fields["text"])
        return None, Diagnostic(path, f"record has no text field ({wanted}), skipped", line)
    ident = _first(record, fields["id"])
    name = f"{path}#{text_value(ident.value)}" if ident and text_value(ident.value) else f"{path}:{line}"
    if name in names:
        name = f"{path}:{line}"
    names.add(name)
    published, problems = published_date(name, _value(record, fields["published"]), line)
    text_line, column = lines.line_column(body.start + 1)
    document = Document(
        path=name,
        text=_unescape(text, body.start + 1, body.end - 1),
        title=text_value(_value(record, fields["title"])),
        source=text_value(_value(record, fields["source"])),
        url=text_value(_value(record, fields["url"])),
        published=published,
        origin=Origin(path, body.start + 1, text_line, column),
    )
    return document, problems[0] if problems else None


def _unescape(text: str, start: int, end: int) -> str:
    """The string literal ``text[start:end]`` with escapes in place, as long as the literal."""
    out = SameLength(text[start:end])
    position = 0
    literal = out.source
    for match in _ESCAPE.finditer(literal):
        out.keep(position, match.start())
        out.put(match.start(), match.end(), _character(match.group()))
        position = match.end()
    out.keep(position, len(literal))
    return out.result()


def _character(escape: str) -> str:
    """The character a JSON escape stands for; a lone surrogate becomes U+FFFD."""
    character: str = json.loads(f'"{escape}"')
    return "\ufffd" if len(character) == 1 and "\ud800" <= character <= "\udfff" else character


def _line_record(line: str, offset: int) -> Record:
    """The record on one line of a JSON Lines file, its offsets moved to the file's."""
    record, end = _object(line, _skip(line, 0), 0)
    if line[end:].strip():
        raise MalformedJSON("text after the record", end)
    return {key: Field(f.value, f.start + offset, f.end + offset) for key, f in record.items()}


def _records(text: str, start: int, text_fields: tuple[str, ...]) -> list[tuple[Record, int]]:
    """The records of a whole JSON file: an object, a list, or a list under some key."""
    if text.startswith("[", start):
        return _array(text, start, 0)
    if not text.startswith("{", start):
        raise MalformedJSON("expected an object or a list of objects", start)
    record, _ = _object(text, start, 0)
    if _first(record, text_fields):
        return [(record, start)]
    for field in record.values():
        if text.startswith("[", field.start):
            found = _array(text, field.start, 1)
            if found:
                return found
    return []


def _array(text: str, start: int, depth: int) -> list[tuple[Record, int]]:
    records = []
    position = _skip(text, start + 1)
    while not text.startswith("]", position):
        if text.startswith("{", position) and depth < MAX_DEPTH:
            record_start = position
            record, position = _object(text, position, depth + 1)
            records.append((record, record_start))
        else:
            position = _parse(text, position)[1]
        position = _after_item(text, position, "]")
    return records


def _object(text: str, start: int, depth: int) -> tuple[Record, int]:
    """An object's direct fields with their offsets, and the offset after it."""
    if not text.startswith("{", start):
        raise MalformedJSON("expected '{'", start)
    record: Record = {}
    position = _skip(text, start + 1)
    while not text.startswith("}", position):
        if not text.startswith('"', position):
            raise MalformedJSON("expected a key in double quotes", position)
        key, position = _scan(text, position)
        position = _skip(text, position)
        if not text.startswith(":", position):
            raise MalformedJSON("expected ':'", position)
        value_start = _skip(text, position + 1)
        value, value_end = _parse(text, value_start)
        record.setdefault(key, Field(value, value_start, value_end))
        position = _after_item(text, value_end, "}")
    return record, position + 1


def _parse(text: str, start: int) -> tuple[Any, int]:
    """One JSON value at ``start`` and the offset after it."""
    try:
        return _DECODER.raw_decode(text, start)  # type: ignore[no-any-return]
    except json.JSONDecodeError as exc:
        raise MalformedJSON(exc.msg, exc.pos) from None
    except RecursionError:
        raise MalformedJSON("nested too deeply", start) from None


def _scan(text: str, start: int) -> tuple[str, int]:
    try:
        return json.decoder.scanstring(text, start + 1)  # type: ignore[attr-defined, no-any-return]
    except json.JSONDecodeError as exc:
        raise MalformedJSON(exc.msg, exc.pos) from None


def _after_item(text: str, position: int, closing: str) -> int:
    position = _skip(text, position)
    if text.startswith(",", position):
        return _skip(text, position + 1)
    if text.startswith(closing, position):
        return position
    raise MalformedJSON(f"expected ',' or '{closing}'", position)


def _skip(text: str, position: int) -> int:
    return _WHITESPACE.match(text, position).end()  # type: ignore[union-attr]


def _first(record: Record, names: tuple[str, ...]) -> Field | None:
    for name in names:
        if name in record and record[name].value is not None:
            return record[name]
    return None


def _value(record: Record, names: tuple[str, ...]) -> Any:
    found = _first(record, names)
    return found.value if found else None

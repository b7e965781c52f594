"""JSON and JSON Lines: one document per record, positions in the file."""
import datetime as dt
import json

from factcheck.load.records import DEFAULT_FIELDS, read_records
from factcheck.segment import LineIndex

LINES = (
    '{"id": "a1", "title": "T", "source": {"name": "BBC"}, "published": "2025-02-28T09:00:00Z", '
    '"text": "Talks in \\"Istanbul\\" on February 27.\\nMore caf\\u00e9 text."}\n'
    "not json at all\n"
    '{"body": "Second record."}\n'
    '{"title": "no text"}\n'
)


def test_each_record_is_a_document_named_by_id_or_line():
    documents, problems = read_records("dump.jsonl", LINES)
    assert [d.path for d in documents] == ["dump.jsonl#a1", "dump.jsonl:3"]
    first = documents[0]
    assert (first.title, first.source, first.published) == ("T", "BBC", dt.date(2025, 2, 28))
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [
        (2, "malformed JSON line, skipped"), (4, "record has no text field")]


def test_record_text_is_the_string_literal_with_escapes_in_place():
    (first, _), _ = read_records("dump.jsonl", LINES)
    assert first.text.split() == ["Talks", "in", '"Istanbul"', "on", "February", "27.", "More", "café", "text."]
    assert "\n" not in first.text
    origin = first.origin
    literal = LINES[origin.offset:origin.offset + len(first.text)]
    assert literal.startswith("Talks in \\\"Istanbul")
    at = first.text.index("February")
    assert LINES[origin.offset + at:origin.offset + at + 8] == "February"


def test_positions_are_the_files_line_and_column():
    documents, _ = read_records("dump.jsonl", LINES)
    second = documents[1]
    index = LineIndex(second.text, (second.origin.offset, second.origin.line, second.origin.column))
    line, column = index.line_column(0)
    assert (line, column) == (3, LINES.splitlines()[2].index("Second") + 1)
    assert index.file_offset(0) == LINES.index("Second")


def test_json_array_and_object_with_a_list_of_records():
    records = [{"id": 7, "content": "One."}, {"id": 8, "content": "Two."}]
    for text in (json.dumps(records, indent=2), json.dumps({"articles": records}, indent=1)):
        documents, problems = read_records("dump.json", text)
        assert [d.path for d in documents] == ["dump.json#7", "dump.json#8"] and not problems
        assert documents[1].origin.line == text[:text.index("Two.")].count("\n") + 1


def test_configured_field_names_win():
    fields = {**DEFAULT_FIELDS, "text": ("story",), "id": ("slug",)}
    documents, _ = read_records("x.jsonl", '{"slug": "s", "story": "Kept.", "text": "Not this."}\n', fields)
    assert documents[0].path == "x.jsonl#s" and documents[0].text == "Kept."


def test_malformed_json_file_is_one_warning_with_its_line():
    documents, problems = read_records("bad.json", '[\n{"text": "a"},\n{"text": "b",,}\n]')
    assert documents == [] and problems[0].line == 3


def test_duplicate_ids_fall_back_to_lines():
    documents, _ = read_records("d.jsonl", '{"id": 1, "text": "a"}\n{"id": 1, "text": "b"}\n')
    assert [d.path for d in documents] == ["d.jsonl#1", "d.jsonl:2"]


def test_lone_surrogate_escape_becomes_a_replacement_character():
    (document,), _ = read_records("s.jsonl", '{"text": "bad \\ud800 char"}\n')
    document.text.encode("utf-8")
    assert "\ufffd" in document.text

import datetime as dt

import pytest

from factcheck.errors import InputError, UsageError
from factcheck.load import discover, load_documents


def test_discover_is_recursive_sorted_and_filters_suffixes(in_tmp):
    (in_tmp / "b").mkdir()
    (in_tmp / "b" / "z.md").write_text("z")
    (in_tmp / "a.txt").write_text("a")
    (in_tmp / "c.pdf").write_bytes(b"%PDF")
    (in_tmp / ".hidden").mkdir()
    (in_tmp / ".hidden" / "x.txt").write_text("x")
    assert discover(["."]) == ["a.txt", "b/z.md"]
    assert discover(["."], exclude=("b",)) == ["a.txt"]


def test_markdown_front_matter_is_metadata_and_offsets_count_it(in_tmp):
    (in_tmp / "a.md").write_text('---\ntitle: "T"\nsource: Outlet\npublished: 2025-02-28\n---\nBody text.\n')
    (document,), problems = load_documents(["a.md"])
    assert problems == []
    assert (document.title, document.source, document.published) == ("T", "Outlet", dt.date(2025, 2, 28))
    assert document.text[document.body_start:] == "Body text.\n"


def test_malformed_front_matter_is_a_diagnostic_with_a_line(in_tmp):
    (in_tmp / "a.md").write_text("---\ntitle: [unclosed\n---\nBody.\n")
    (document,), problems = load_documents(["a.md"])
    assert document.published is None
    assert len(problems) == 1 and problems[0].path == "a.md" and problems[0].line


def test_front_matter_with_a_colon_in_a_value_is_read_line_by_line_with_a_warning(in_tmp):
    (in_tmp / "a.md").write_text("---\ntitle: Lyon museum raid: guard hurt\nsource: CNA\nsummary:\n"
                                 "published: 2025-11-07\n---\nBody.\n")
    (document,), problems = load_documents(["a.md"])
    assert (document.title, document.source, document.published) == (
        "Lyon museum raid: guard hurt", "CNA", dt.date(2025, 11, 7))
    assert [(p.line, p.message) for p in problems] == [
        (2, "front matter is not valid YAML, read as plain 'key: value' lines")]
    # a block that only YAML could read, or a line that is no pair, is still ignored
    for block in ("title: a: b\ntags: [unclosed\n", "title: a: b\n  - item\n"):
        (in_tmp / "b.md").write_text(f"---\n{block}published: 2025-11-07\n---\nBody.\n")
        (document,), problems = load_documents(["b.md"])
        assert document.published is None and problems[0].message == "malformed front matter, metadata ignored"


def test_bad_published_date_is_ignored_with_a_warning(in_tmp):
    (in_tmp / "a.md").write_text("---\npublished: last week\n---\nBody.\n")
    (document,), problems = load_documents(["a.md"])
    assert document.published is None and "published" in problems[0].message


def test_binary_file_is_skipped_and_named(in_tmp):
    (in_tmp / "a.txt").write_text("Fine.")
    (in_tmp / "b.txt").write_bytes(b"\x00\x01\x02binary")
    documents, problems = load_documents(["."])
    assert [d.path for d in documents] == ["a.txt"]
    assert problems[0].path == "b.txt"


def test_missing_path_and_empty_corpus_stop_the_run(in_tmp):
    with pytest.raises(UsageError):
        load_documents(["nowhere"])
    (in_tmp / "empty").mkdir()
    with pytest.raises(InputError):
        load_documents(["empty"])

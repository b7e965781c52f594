"""Discovery: excludes, ignore files, hidden folders, symbolic links, unsupported types."""
import os

import pytest

from factcheck.errors import UsageError
from factcheck.load import LoadSettings, discover, load_documents


def write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_gitignore_style_excludes_and_ignore_files(in_tmp):
    write(in_tmp / "c", {"a.txt": "a", "drafts/b.txt": "b", "x/drafts/c.md": "c", "d.tmp.md": "d",
                         "keep/e.html": "<p>e</p>", "gen/f.txt": "f", "gen/g.txt": "g", "h.json": '{"text": "h"}'})
    (in_tmp / "c" / ".gitignore").write_text("gen/*\n!gen/g.txt\n")
    (in_tmp / "c" / ".factcheckignore").write_text("*.json\n")
    assert discover(["c"], exclude=("drafts", "*.tmp.md")) == ["c/a.txt", "c/gen/g.txt", "c/keep/e.html"]


def test_a_file_named_on_the_command_line_is_read_whatever_its_suffix(in_tmp):
    write(in_tmp, {"notes.log": "Plain text.", "x.txt": "x"})
    (document,), _ = load_documents(["notes.log"])
    assert document.text == "Plain text."


def test_unsupported_types_are_summarized_per_suffix(in_tmp):
    write(in_tmp, {"a.txt": "a", "b.pdf": "%PDF", "c.pdf": "%PDF", "d.png": "png", "Makefile": "all:"})
    _, problems = load_documents(["."])
    messages = sorted(p.message for p in problems)
    assert messages == [
        "skipped 1 file of unsupported type (no suffix): Makefile",
        "skipped 1 file of unsupported type .png: d.png",
        "skipped 2 files of unsupported type .pdf: b.pdf, c.pdf",
    ]


def test_symbolic_link_loop_and_broken_link_are_reported_not_followed(in_tmp):
    write(in_tmp, {"c/a.txt": "a"})
    os.symlink("..", in_tmp / "c" / "up")
    os.symlink("missing.txt", in_tmp / "c" / "gone.txt")
    os.symlink("self.txt", in_tmp / "c" / "self.txt")
    documents, problems = load_documents(["c"])
    assert [d.path for d in documents] == ["c/a.txt"]
    assert sorted((p.path, p.message) for p in problems) == [
        ("c/gone.txt", "skipped: broken symbolic link"),
        ("c/self.txt", "skipped: symbolic link loop"),
        ("c/up", "skipped: symbolic link loop (links to a folder that contains it)"),
    ]


def test_linked_folder_outside_is_followed_and_inside_is_read_once(in_tmp):
    write(in_tmp, {"outside/o.txt": "o", "c/real/r.txt": "r"})
    os.symlink(in_tmp / "outside", in_tmp / "c" / "ext")
    os.symlink(in_tmp / "c" / "real", in_tmp / "c" / "alias")
    assert discover(["c"]) == ["c/ext/o.txt", "c/real/r.txt"]


def test_size_limit_is_checked_before_reading(in_tmp):
    write(in_tmp, {"small.txt": "Small.", "big.txt": "x" * 5000})
    documents, problems = load_documents(["."], LoadSettings(max_file_size=1000))
    assert [d.path for d in documents] == ["small.txt"]
    assert problems[0].path == "big.txt" and "over the 1000 B limit" in problems[0].message


def test_empty_and_whitespace_files_are_skipped(in_tmp):
    write(in_tmp, {"a.txt": "a", "empty.md": "", "blank.txt": "  \n\n"})
    _, problems = load_documents(["."])
    assert sorted((p.path, p.message.split(" (")[0]) for p in problems) == [
        ("blank.txt", "skipped: empty file"), ("empty.md", "skipped: empty file")]


def test_unreadable_file_is_a_warning(in_tmp, monkeypatch):
    write(in_tmp, {"a.txt": "a", "locked.txt": "secret"})
    real_open = open

    def guarded(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded)
    documents, problems = load_documents(["."])
    assert [d.path for d in documents] == ["a.txt"]
    assert (problems[0].path, problems[0].message) == ("locked.txt", "skipped: cannot read (Permission denied)")


def test_fifo_is_not_read(in_tmp):
    write(in_tmp, {"a.txt": "a"})
    os.mkfifo(in_tmp / "pipe.txt")
    _, problems = load_documents(["."])
    assert (problems[0].path, problems[0].message) == ("pipe.txt", "skipped: not a regular file")


def test_missing_and_broken_given_paths_stop_the_run(in_tmp):
    os.symlink("nowhere", in_tmp / "dangling")
    with pytest.raises(UsageError, match="no such file"):
        load_documents(["missing"])
    with pytest.raises(UsageError, match="broken symbolic link"):
        load_documents(["dangling"])

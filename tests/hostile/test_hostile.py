"""The hostile corpus end to end through the CLI: warnings named, exit codes, never a traceback."""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run(cwd, *args, env=None):
    result = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1", **(env or {})}, timeout=120)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


@pytest.fixture
def hostile(tmp_path):
    """The stored corpus plus what git cannot store, made now."""
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS, root)
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text \x00")
    (root / "fake.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "empty.md").write_bytes(b"")
    with open(root / "huge.txt", "wb") as huge:
        huge.truncate(200 * 1024 * 1024)  # sparse: 200 MB that costs nothing, and must never be read
    (root / "locked.txt").write_text("You cannot read me.")
    (root / "locked.txt").chmod(0)
    os.symlink(".", root / "nested" / "loop")
    os.symlink("self.txt", root / "self.txt")
    os.symlink("missing.txt", root / "gone.txt")
    os.mkfifo(root / "pipe.txt")
    yield root
    (root / "locked.txt").chmod(0o644)


EXPECTED = {
    "corpus: skipped 1 file of unsupported type .png: corpus/photo.png",
    "corpus: skipped 1 file of unsupported type .rst: corpus/notes.rst",
    "corpus/nested/loop: skipped: symbolic link loop (links to a folder that contains it)",
    "corpus/bad-front-matter.md:2: malformed front matter, metadata ignored",
    "corpus/binary.txt: skipped: binary file (contains NUL bytes)",
    "corpus/broken.json:1: malformed JSON, skipped (Expecting value)",
    "corpus/dump.jsonl:2: malformed JSON line, skipped (Expecting value)",
    "corpus/dump.jsonl:3: record has no text field ('text' or 'body' or 'content' or 'article' or 'article_text'), skipped",
    "corpus/empty.md: skipped: empty file",
    "corpus/fake.txt: skipped: binary file (a PDF document)",
    "corpus/gone.txt: skipped: broken symbolic link",
    "corpus/huge.txt: skipped: 200 MB is over the 10 MB limit (max-file-size)",
    "corpus/pipe.txt: skipped: not a regular file",
    "corpus/self.txt: skipped: symbolic link loop",
}


def test_every_hostile_file_gets_one_warning_and_the_run_goes_on(hostile):
    result = run(hostile.parent, "check", "corpus", "--format", "json")
    warnings = {line.removeprefix("factcheck: warning: ") for line in result.stderr.splitlines()}
    if not IS_ROOT:  # root reads a file whatever its mode
        assert "corpus/locked.txt: skipped: cannot read (Permission denied)" in warnings
        warnings.discard("corpus/locked.txt: skipped: cannot read (Permission denied)")
    assert warnings == EXPECTED
    report = json.loads(result.stdout)
    assert result.returncode == 1
    paths = [d["path"] for d in report["documents"]]
    assert {"corpus/good.txt", "corpus/good.md", "corpus/page.html", "corpus/dump.jsonl#r1",
            "corpus/nested/latin1.txt", "corpus/nested/bom.txt", "corpus/nested/utf16.txt"} <= set(paths)
    (conflict,) = report["conflicts"]
    values = {(c["source"], c["value"]) for c in conflict["claims"]}
    assert ("corpus/page.html", "2025-02-27") not in values  # no published date: stays year-less
    assert {source for source, _ in values} == {"corpus/good.txt", "corpus/good.md", "corpus/page.html",
                                                "corpus/dump.jsonl#r1", "corpus/nested/bom.txt",
                                                "corpus/nested/utf16.txt"}
    html_claim = next(c for c in conflict["claims"] if c["source"] == "corpus/page.html")
    assert (html_claim["line"], html_claim["value"]) == (4, "--02-27")  # the article, not nav, script or footer
    line = (hostile / "page.html").read_text().splitlines()[3]
    assert line[html_claim["column"] - 1:].startswith("February 27")


def test_size_limit_from_the_command_line(hostile):
    result = run(hostile.parent, "check", "corpus/nested", "--max-file-size", "60B", "--format", "json")
    assert "corpus/nested/utf16.txt: skipped: 94 B is over the 60 B limit (max-file-size)" in result.stderr
    assert result.returncode == 0


@pytest.mark.parametrize("args, setup, message", [
    (["check", "nowhere"], None, "factcheck: error: nowhere: no such file or directory"),
    (["check", "empty"], "empty", "factcheck: error: empty: no documents to check"),
    (["check", "only-bad"], "only-bad", "factcheck: error: only-bad: no documents to check"),
    (["check", "good", "--max-file-size", "lots"], "good", "factcheck: error: --max-file-size: 'lots' is not a file size"),
    (["check", "good"], "bad-config", "factcheck: error: .*/.factcheck.toml: invalid TOML"),
    (["check", "good"], "bad-json-config", "factcheck: error: .*/.factcheck.toml: unknown json field 'txt'"),
    (["check", "good", "--rules", "rules"], "bad-rules", "factcheck: error: rules/r.yaml"),
])
def test_inputs_that_stop_the_run_exit_2_with_one_line(tmp_path, args, setup, message):
    if setup:
        (tmp_path / setup).mkdir()
    if setup == "only-bad":
        (tmp_path / setup / "a.txt").write_bytes(b"\x00\x00")
        (tmp_path / setup / "b.md").write_text("")
    if setup in ("good", "bad-config", "bad-json-config", "bad-rules"):
        (tmp_path / "good").mkdir(exist_ok=True)
        (tmp_path / "good" / "a.txt").write_text("Fine.")
    if setup == "bad-config":
        (tmp_path / ".factcheck.toml").write_text("exclude = [\n")
    if setup == "bad-json-config":
        (tmp_path / ".factcheck.toml").write_text('[json]\ntxt = "body"\n')
    if setup == "bad-rules":
        (tmp_path / "rules").mkdir()
        (tmp_path / "rules" / "r.yaml").write_text("kind: [unclosed\n")
    result = run(tmp_path, *args)
    assert result.returncode == 2, result.stderr
    assert re.match(message, result.stderr), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1

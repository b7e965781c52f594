"""The progress bar shows only to a person at a terminal."""
import io

from factcheck.report import progress


def test_no_bar_when_piped_quiet_or_in_ci(monkeypatch):
    monkeypatch.setattr(progress.sys, "stderr", io.StringIO())
    assert not progress.wanted(quiet=False)
    with progress.progress_bar(False) as update:
        assert update is None


def test_bar_at_a_terminal_unless_quiet_or_ci(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(progress.sys, "stderr", Tty())
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert progress.wanted(quiet=False)
    assert not progress.wanted(quiet=True)
    monkeypatch.setenv("CI", "true")
    assert not progress.wanted(quiet=False)


def test_pipeline_reports_every_document(tmp_path, monkeypatch):
    from factcheck.config import Options
    from factcheck.pipeline import run

    monkeypatch.chdir(tmp_path)
    for n in range(3):
        (tmp_path / f"d{n}.txt").write_text("The talks were held in Istanbul on April 10.\n")
    seen = []
    run(["."], Options(cache=False), rules=[], progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)

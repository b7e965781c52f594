"""Same input, byte-identical JSON: whatever the creation order, hash seed, locale, time zone or clock."""
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEEDS

CORPUS = Path(__file__).parent / "corpus"
EXTRA = {
    "extra/page.html": "<html><body><nav>Home</nav><article><p>The Riyadh meeting was held on February 18.</p>"
                       "<p>The talks were held in Istanbul on &ldquo;April 10&rdquo;.</p></article></body></html>",
    "extra/dump.jsonl": '{"id": "b", "text": "The Riyadh meeting took place on February 17."}\n'
                        '{"id": "a", "text": "The Istanbul talks took place on Thursday.", "published": "2025-03-01"}\n',
    "extra/notes.md": "---\nsource: Outlet\npublished: 2025-02-28\n---\nThe talks were held in Istanbul yesterday.\n",
}
# Moves the clock to 2031 for everything imported after it (dateparser included).
FROZEN_CLOCK = '''
import datetime as _dt, time as _time
class _Date(_dt.date):
    @classmethod
    def today(cls): return cls(2031, 7, 4)
class _DateTime(_dt.datetime, _Date):
    @classmethod
    def now(cls, tz=None): return cls(2031, 7, 4, 23, 59, tzinfo=tz)
    @classmethod
    def today(cls): return cls(2031, 7, 4, 23, 59)
    @classmethod
    def utcnow(cls): return cls(2031, 7, 4, 23, 59)
_dt.date, _dt.datetime = _Date, _DateTime
_time.time = lambda: 1941062340.0
'''


def build(root: Path, seed: int) -> None:
    """The same corpus, its files and folders created in a shuffled order."""
    files = {f"seeds/{p.name}": p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))}
    files.update({f"hostile/{p.relative_to(CORPUS).as_posix()}": p.read_bytes() for p in CORPUS.rglob("*") if p.is_file()})
    files.update({name: text.encode() for name, text in EXTRA.items()})
    names = sorted(files)
    random.Random(seed).shuffle(names)
    for name in names:
        path = root / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[name])


def run(cwd: Path, args: list[str], env: dict[str, str]) -> bytes:
    result = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, timeout=300,
                            env={**os.environ, "NO_COLOR": "1", **env})
    assert result.returncode in (0, 1), result.stderr.decode()
    return result.stdout


VARIANTS = [
    {"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C.UTF-8"},
    {"PYTHONHASHSEED": "4242", "TZ": "Pacific/Kiritimati", "LC_ALL": "C"},
    {"PYTHONHASHSEED": "random", "TZ": "America/Anchorage", "LC_ALL": "POSIX", "CLOCK": "frozen"},
]


@pytest.mark.parametrize("command", [["check", "corpus", "--format", "json"], ["facts", "corpus", "--format", "jsonl"]])
def test_output_is_byte_identical_across_environments(tmp_path, command):
    outputs = []
    for number, variant in enumerate(VARIANTS):
        cwd = tmp_path / f"run{number}"
        build(cwd, seed=number)
        env = {k: v for k, v in variant.items() if k != "CLOCK"}
        if variant.get("CLOCK"):
            (cwd / "clock").mkdir()
            (cwd / "clock" / "sitecustomize.py").write_text(FROZEN_CLOCK)
            env["PYTHONPATH"] = str(cwd / "clock")
        outputs.append(run(cwd, command + _jobs(cwd, number), env))
    assert b"corpus/extra/dump.jsonl#a" in outputs[0] and b"corpus/extra/page.html" in outputs[0]
    assert outputs[1] == outputs[0]
    assert outputs[2] == outputs[0]


def _jobs(cwd: Path, number: int) -> list[str]:
    """``--jobs`` when this build has it: the result must not depend on it either."""
    help_text = subprocess.run([sys.executable, "-m", "factcheck", "check", "--help"], cwd=cwd,
                               capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}).stdout
    return ["--jobs", str(number + 1)] if "--jobs" in help_text else []

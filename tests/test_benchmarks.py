"""The benchmark scripts still run against the package as it is (they import its internals)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_stage_timings_run_on_the_seeds():
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "stages.py"), str(ROOT / "seeds"), "--repeat", "1"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = dict(line.rsplit(None, 1) for line in done.stdout.splitlines()[1:] if line.strip())
    assert {"find_dates", "find_quantities", "extract_document"} <= {k.strip() for k in rows}
    assert float(rows["extract_document"]) > 0

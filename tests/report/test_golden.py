"""Every format rendered from one sample report, compared byte for byte with tests/report/golden/.

Regenerate after an intended change: FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/report
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from report_samples import sample_report

from factcheck.output import render_text

GOLDEN = Path(__file__).parent / "golden"
FORMATS = {"json": "json", "jsonl": "jsonl", "markdown": "md", "html": "html", "sarif": "sarif",
           "junit": "xml", "csv": "csv", "github": "txt"}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_format_matches_golden_file(fmt):
    text = render_text(sample_report(), fmt)
    path = GOLDEN / f"report.{FORMATS[fmt]}"
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8", newline="")
    assert path.read_text(encoding="utf-8") == text, f"{path.name} differs; FACTCHECK_UPDATE_GOLDEN=1 regenerates it"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_format_is_deterministic_and_renders_a_clean_run(fmt):
    assert render_text(sample_report(), fmt) == render_text(sample_report(), fmt)
    clean = sample_report(baseline=False, conflicts=[])
    assert render_text(clean, fmt) == render_text(clean, fmt)

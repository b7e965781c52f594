"""A small report every format test renders: new, baselined and fixed conflicts, hostile text."""
from __future__ import annotations

from conftest import documents

from factcheck import gate
from factcheck.check import load_rules
from factcheck.config import Options
from factcheck.model import BaselineEntry, Report
from factcheck.pipeline import check_documents

HOSTILE = (
    "# Talks\n\n"
    "The talks <script>document.title='pwned';window.__pwned=1</script> were held in Istanbul on April 10. "
    "<img src=x onerror=\"window.__pwned=1;document.title='pwned'\"> | @octocat *bold* $x$ =SUM(A1) %0A, :x\n"
)
TEXTS = {
    "a.md": HOSTILE,
    "b.txt": "The Istanbul talks took place on February 27.\n",
    "c.txt": "Reporters said the Istanbul talks were on March 3.\n",
    "d.txt": "The first meeting was held in Riyadh on February 18.\n",
    "e.txt": "Diplomats said the Riyadh meeting took place on February 20, 2025.\n",
}
RIYADH_KNOWN = BaselineEntry("event-date-mismatch", "Riyadh talks", "0000000000000001", "date",
                             (("--02-18", "18 February", ("d.txt",)), ("2025-02-20", "20 February 2025", ("e.txt",))))
GONE = BaselineEntry("event-date-mismatch", "Geneva talks", "0000000000000002", "date",
                     (("--05-01", "1 May", ("old.txt",)), ("--05-02", "2 May", ("old.txt",))))


def sample_report(baseline: bool = True, texts: dict[str, str] | None = None) -> Report:
    """The sample corpus checked, with a baseline that knows the Riyadh conflict and one gone entry."""
    rules = load_rules()
    report = check_documents(documents(texts or TEXTS), rules, Options())
    known = (RIYADH_KNOWN, GONE) if baseline else None
    return gate.apply(report, rules, baseline=known, baseline_path=".factcheck-baseline.json" if baseline else None)

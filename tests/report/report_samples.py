"""A small report every format test renders: new, baselined and fixed conflicts, hostile text.

Built from Fact records directly, so the golden files do not move when an
extractor improves.
"""
from __future__ import annotations

from factcheck import gate
from factcheck.check import load_rules
from factcheck.check.engine import describe_values, fingerprint
from factcheck.model import BaselineEntry, Conflict, Document, Fact, Report

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
    "f.txt": "The summit in Geneva was held on May 1.\n",
    "g.txt": "The Geneva summit took place on May 2.\n",
}
# (subject, [(document, words, value, display)])
CONFLICTS = [
    ("Istanbul talks", [("a.md", "April 10", "--04-10", "10 April"), ("b.txt", "February 27", "--02-27", "27 February"),
                        ("c.txt", "March 3", "--03-03", "3 March")]),
    ("Riyadh talks", [("d.txt", "February 18", "--02-18", "18 February"),
                      ("e.txt", "February 20, 2025", "2025-02-20", "20 February 2025")]),
]
RULE = "event-date-mismatch"
GONE = BaselineEntry(RULE, "Geneva talks", "0000000000000002", "date",
                     (("--05-01", "1 May", ("old.txt",)), ("--05-02", "2 May", ("old.txt",))))


def fact(path: str, words: str, value: str, display: str, subject: str) -> Fact:
    text = TEXTS[path]
    start = text.index(words)
    line_start = text.rfind("\n", 0, start) + 1
    sentence = text[line_start:text.index("\n", start)].strip()
    return Fact(path, start, start + len(words), "event", "date", subject, (subject.casefold(),), value, display,
                words, sentence)


def conflict(subject: str, claims: list[tuple[str, str, str, str]], rule: str = RULE, severity: str = "error") -> Conflict:
    facts = tuple(fact(*claim, subject) for claim in claims)
    return Conflict(fingerprint(rule, subject, facts), rule, severity, "event", subject, "date",
                    f"{subject} date: {describe_values(facts)}", facts)


def sample_report(baseline: bool = True, conflicts: list[Conflict] | None = None) -> Report:
    """The sample report, with a baseline that knows the Riyadh conflict and one entry nothing matches."""
    found = conflicts if conflicts is not None else [conflict(s, c) for s, c in CONFLICTS]
    documents = tuple(Document(path, text) for path, text in sorted(TEXTS.items()))
    report = Report(documents, (), tuple(found), (), {path: 1 for path in TEXTS})
    riyadh = [gate.baseline.entry_for(c) for c in found if c.subject == "Riyadh talks"]
    known = (*riyadh, GONE) if baseline else None
    return gate.apply(report, load_rules(), baseline=known, baseline_path=".factcheck-baseline.json" if baseline else None)

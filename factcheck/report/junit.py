"""junit: JUnit XML for CI test dashboards — one test case per conflict.

New conflicts are failures, baselined ones skipped; a clean run is one
passing test case, so dashboards show the check ran.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factcheck.model import Report
from factcheck.report import Positions, by_value, location

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """Text XML 1.0 can carry: control characters other than tab and newline dropped."""
    return _INVALID_XML.sub("", text)


def render(report: Report) -> str:
    positions = Positions(report.documents)
    failures = sum(1 for c in report.conflicts if c.new)
    skipped = len(report.conflicts) - failures
    tests = max(len(report.conflicts), 1)
    suites = ET.Element("testsuites", name="factcheck", tests=str(tests), failures=str(failures), errors="0")
    suite = ET.SubElement(suites, "testsuite", name="factcheck", tests=str(tests), failures=str(failures),
                          errors="0", skipped=str(skipped))
    if not report.conflicts:
        ET.SubElement(suite, "testcase", classname="factcheck", name="no contradictions")
    for conflict in report.conflicts:
        name = clean(f"{conflict.subject} — {conflict.attribute} [{conflict.id}]")
        primary = conflict.claims[0]
        case = ET.SubElement(suite, "testcase", classname=f"factcheck.{conflict.rule}", name=name,
                             file=clean(primary.source),
                             line=str(positions.index(primary.source).line_column(primary.start)[0]))
        lines = []
        for value, display, claims in by_value(conflict):
            lines.append(f"{display} [{value}]")
            lines += [f"  {location(c, positions)}: {c.sentence}" for c in claims]
        if conflict.new:
            failure = ET.SubElement(case, "failure", message=clean(conflict.message), type=conflict.severity)
            failure.text = clean("\n".join(lines))
        else:
            ET.SubElement(case, "skipped", message="baselined")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"

"""Format details: SARIF schema and fields, Markdown limits and escaping, annotations, JUnit, CSV."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from report_samples import conflict, sample_report

from factcheck.report import github, junit, markdown, sarif
from factcheck.report import csv as csv_report

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("with_baseline", [True, False])
def test_sarif_is_valid_2_1_0_with_rules_locations_and_fingerprints(with_baseline):
    report = sample_report(baseline=with_baseline)
    data = json.loads(sarif.render(report))
    jsonschema.validate(data, SCHEMA)
    run = data["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    index = [r["id"] for r in rules].index("event-date-mismatch")
    rule = rules[index]
    assert rule["defaultConfiguration"] == {"level": "error"}
    assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
    first, second = run["results"]
    assert first["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "a.md", "uriBaseId": "%SRCROOT%"}
    assert first["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in first["relatedLocations"]] == ["b.txt", "c.txt"]
    assert first["partialFingerprints"] == {"factcheck/v1": report.conflicts[0].id}
    states = [r.get("baselineState") for r in run["results"]]
    assert states == (["new", "unchanged"] if with_baseline else [None, None])
    assert second["ruleIndex"] == index


def test_sarif_clean_run_is_valid():
    data = json.loads(sarif.render(sample_report(conflicts=[])))
    jsonschema.validate(data, SCHEMA)
    assert data["runs"][0]["results"] == []


def test_markdown_has_the_marker_escapes_hostile_text_and_lists_fixed_entries():
    text = markdown.render(sample_report())
    assert text.startswith("<!-- factcheck-report -->\n")
    assert "<script>" not in text and "<img" not in text and "@octocat" not in text
    assert "&lt;script&gt;" in text and "&#124;" in text
    assert "**April 10**" in text
    assert "Geneva talks" in text and "no longer match" in text


def test_markdown_is_truncated_under_the_limit_with_a_note():
    many = [conflict(f"Istanbul talks {n}", [("b.txt", "February 27", "--02-27", "27 February"),
                                             ("c.txt", "March 3", "--03-03", "3 March")]) for n in range(400)]
    text = markdown.render(sample_report(baseline=False, conflicts=many))
    assert len(text.encode("utf-8")) < 64 * 1024
    assert "**Truncated:**" in text and "more conflicts not shown" in text
    shown = text.count("#### error")
    assert 0 < shown < 400 and f"{400 - shown} more conflicts" in text


def test_github_escapes_properties_and_data():
    assert github.escape_data("50%\r\nx") == "50%25%0D%0Ax"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    lines = github.render(sample_report()).splitlines()
    assert len(lines) == 1  # only the new conflict is annotated
    assert lines[0].startswith("::error file=a.md,line=3,col=93,endLine=3,endColumn=101,title=event-date-mismatch%3A ")
    assert "\n" not in lines[0].split("::", 2)[2].replace("%0A", "")


def test_github_caps_annotations_with_a_notice():
    many = [conflict(f"Talks {n}", [("b.txt", "February 27", "--02-27", "27 February"),
                                    ("c.txt", "March 3", "--03-03", "3 March")]) for n in range(60)]
    lines = github.render(sample_report(baseline=False, conflicts=many)).splitlines()
    assert len(lines) == 51 and sum(line.startswith("::error ") for line in lines) == 50
    assert lines[-1].startswith("::notice title=factcheck::10 more conflicts not annotated")


def test_junit_has_unique_names_failures_for_new_and_skips_for_baselined():
    root = ET.fromstring(junit.render(sample_report()))
    cases = root.findall("./testsuite/testcase")
    assert len({c.get("name") for c in cases}) == len(cases) == 2
    assert [c.find("failure") is not None for c in cases] == [True, False]
    assert cases[1].find("skipped").get("message") == "baselined"
    clean = ET.fromstring(junit.render(sample_report(conflicts=[])))
    [case] = clean.findall("./testsuite/testcase")
    assert list(case) == [] and clean.get("failures") == "0"


def test_junit_drops_characters_xml_cannot_carry():
    assert junit.clean("a\x00b\x1bc\td") == "abc\td"


def test_csv_one_row_per_claim_and_formulas_defused():
    rows = list(csv.DictReader(io.StringIO(csv_report.render(sample_report()))))
    assert [(r["source"], r["value"], r["new"]) for r in rows] == [
        ("a.md", "--04-10", "true"), ("b.txt", "--02-27", "true"), ("c.txt", "--03-03", "true"),
        ("d.txt", "--02-18", "false"), ("e.txt", "2025-02-20", "false")]
    assert csv_report._cell("=SUM(A1)") == "'=SUM(A1)" and csv_report._cell("plain") == "plain"


def test_markdown_bounds_one_huge_conflict_instead_of_dropping_it():
    claims = [("b.txt", "February 27", "--02-27", "27 February")] * 30 + [("c.txt", "March 3", "--03-03", "3 March")]
    text = markdown.render(sample_report(baseline=False, conflicts=[conflict("Istanbul talks", claims)]))
    assert "#### error: Istanbul talks" in text and "Truncated" not in text
    assert text.count("| **") == markdown.ROWS and "| … | 11 more claims |" in text


def test_timeline_places_each_source_and_folds_many_claims_into_one_row_per_value():
    from factcheck.report import timeline

    three = conflict("Istanbul talks", [("a.md", "April 10", "--04-10", "10 April"),
                                        ("b.txt", "February 27", "--02-27", "27 February"),
                                        ("c.txt", "March 3", "--03-03", "3 March")])
    svg = timeline.render(three)
    assert svg.count("<circle") == 3 and ">a.md<" in svg and ">25 Feb<" in svg and ">12 Apr<" in svg
    many = conflict("Istanbul talks", [("b.txt", "February 27", "--02-27", "27 February")] * 40
                    + [("c.txt", "March 3", "--03-03", "3 March")])
    assert timeline.render(many).count("<circle") == 2 and ">40 claims<" in timeline.render(many)
    assert timeline.span("2025-02", False) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert timeline.span("XXXX-WXX-4", True) is None
    assert timeline.span("2016/2018", False) == (dt.date(2016, 1, 1), dt.date(2018, 12, 31))


@pytest.mark.parametrize("with_baseline", [True, False])
def test_json_written_in_pieces_is_the_encoder_s_output(with_baseline):
    """The streamed JSON report holds exactly what json.dumps gives for each record, details included."""
    from dataclasses import replace

    from factcheck.report import Positions, conflict_record
    from factcheck.report import json as json_report

    report = sample_report(baseline=with_baseline)
    detailed = replace(report.conflicts[0], details=(("diff", "… [-a-] {+b+} …"), ("ratio", 91.5)))
    report = replace(report, conflicts=(detailed, *report.conflicts[1:]))
    text = "".join(json_report.render_chunks(report))
    data = json.loads(text)
    positions = Positions(report.documents)
    assert data["conflicts"] == [conflict_record(c, positions) for c in report.conflicts]
    assert data["conflicts"][0]["details"] == {"diff": "… [-a-] {+b+} …", "ratio": 91.5}
    lines = text.splitlines()
    for c in report.conflicts:
        encoded = json.dumps(conflict_record(c, positions), ensure_ascii=False)
        assert f"    {encoded}," in lines or f"    {encoded}" in lines
    assert ("baseline" in data) == with_baseline

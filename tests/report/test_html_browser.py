"""The HTML report in a real headless Chromium: rows render, filters work, hostile text runs nothing."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from report_samples import CONFLICTS, conflict, sample_report

from factcheck.report import html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def open_report(browser, tmp_path, report):
    page = tmp_path / "report.html"
    page.write_text(html.render(report), encoding="utf-8")
    browser.get(page.as_uri())
    return browser


def visible_rules(browser):
    return sorted(e.get_attribute("data-rule") + ":" + e.get_attribute("data-severity")
                  for e in browser.find_elements("css selector", ".conflict") if e.is_displayed())


def test_rows_render_and_hostile_markup_runs_nothing(browser, tmp_path):
    page = open_report(browser, tmp_path, sample_report())
    sections = page.find_elements("css selector", ".conflict")
    assert [s.get_attribute("data-new") for s in sections] == ["true", "false"]
    assert "Istanbul talks" in sections[0].text and "10 April" in sections[0].text
    assert page.title == "factcheck report"
    assert page.execute_script("return window.__pwned === undefined")
    assert page.find_elements("css selector", "main script, main img") == []
    # the payload is shown as text, highlighted value included
    assert "<script>document.title='pwned'" in sections[0].text
    assert [m.text for m in sections[0].find_elements("css selector", "mark")] == ["February 27", "March 3", "April 10"]
    assert page.find_element("id", "shown-count").text == "2 of 2 shown"
    assert len(sections[0].find_elements("css selector", "svg.timeline circle")) == 3


def test_filters_hide_and_show_conflicts(browser, tmp_path):
    from selenium.webdriver.support.ui import Select

    geneva = conflict("Geneva talks", [("f.txt", "May 1", "--05-01", "1 May"), ("g.txt", "May 2", "--05-02", "2 May")],
                      rule="custom-date-rule", severity="warning")
    report = sample_report(conflicts=[geneva, *(conflict(s, c) for s, c in CONFLICTS)])
    page = open_report(browser, tmp_path, report)
    severity, rule = Select(page.find_element("id", "filter-severity")), Select(page.find_element("id", "filter-rule"))
    assert len(visible_rules(page)) == 3
    severity.select_by_value("warning")
    assert visible_rules(page) == ["custom-date-rule:warning"]
    assert page.find_element("id", "shown-count").text == "1 of 3 shown"
    severity.select_by_value("info")
    assert visible_rules(page) == [] and page.find_element("id", "empty").is_displayed()
    severity.select_by_value("")
    rule.select_by_value("event-date-mismatch")
    assert visible_rules(page) == ["event-date-mismatch:error", "event-date-mismatch:error"]
    page.find_element("id", "filter-new").click()
    assert visible_rules(page) == ["event-date-mismatch:error"]
    assert [e.get_attribute("id") for e in page.find_elements("css selector", ".conflict") if e.is_displayed()] == [
        f"c-{report.conflicts[1].id}"]
    rule.select_by_value("")
    assert visible_rules(page) == ["custom-date-rule:warning", "event-date-mismatch:error"]

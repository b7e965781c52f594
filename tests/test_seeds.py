"""End to end over the shipped sample corpus: exactly the expected date conflicts."""
from factcheck.config import Options
from factcheck.pipeline import run

from conftest import SEEDS


def test_seeds_date_conflicts_are_exactly_the_istanbul_talks(monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    report = run(["seeds"], Options())
    dates = [c for c in report.conflicts if c.rule == "event-date-mismatch"]
    assert [(c.subject, c.values) for c in dates] == [("Istanbul talks", ("--02-27", "--04-10"))]
    claims = {(c.source, c.text) for c in dates[0].claims}
    assert claims == {("seeds/000_39ca3d9f4220a57d.txt", "April 10"), ("seeds/001_3437bcabca19c9ba.txt", "February 27")}


def test_seeds_look_alikes_do_not_fire(monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    report = run(["seeds"], Options())
    subjects = {c.subject for c in report.conflicts if c.rule == "event-date-mismatch"}
    assert "Riyadh talks" not in subjects  # "February 18" vs "February 18th"
    assert "announcement" not in subjects  # 16 June is the announcement, not a meeting
    riyadh = [f for f in report.facts if f.kind == "event" and f.subject == "Riyadh talks"]
    assert {f.value for f in riyadh} == {"--02-18"} and len({f.source for f in riyadh}) == 2
    thursday = [f for f in report.facts if f.kind == "event" and f.value == "XXXX-WXX-4"]
    assert [f.subject for f in thursday] == ["Istanbul talks"]  # "On Thursday" in Istanbul: no conflict

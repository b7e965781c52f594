"""Only the fact families the selected rules compare are extracted."""
from conftest import SEEDS

from factcheck.config import Options
from factcheck.extract import FAMILIES, Settings, extract_document, families_for
from factcheck.model import Document
from factcheck.pipeline import rules_for, run

TEXT = ("Foreign Ministry spokeswoman Maria Zakharova, 49, said the talks were held in Istanbul on February 27. "
        "“We were not consulted,” Zakharova said. Six diplomats attended.")


def kinds(families):
    facts = extract_document(Document(path="a.txt", text=TEXT), Settings(families=families))
    return sorted({(f.kind, f.attribute) for f in facts})


def test_each_family_gives_only_its_own_facts():
    assert kinds(FAMILIES) == [("date", "value"), ("event", "date"), ("event", "place"), ("name", "spelling"),
                               ("person", "age"), ("person", "title"), ("quantity", "count"), ("quote", "speaker"),
                               ("quote", "words")]
    assert kinds(("date",)) == [("date", "value"), ("event", "date")]
    assert kinds(("quantity",)) == [("quantity", "count")]
    assert kinds(("person",)) == [("name", "spelling"), ("person", "age"), ("person", "title")]


def test_rules_ask_for_the_families_they_compare():
    assert families_for([("event", "date")]) == ("date", "person")  # who takes part: people named in full
    assert families_for([("event", "place")]) == ("date", "place")  # a place takes its event's date
    assert families_for([("weekday", "date"), ("date", "value")]) == ("date",)
    assert families_for([("place", "area")]) == ("place",)
    assert families_for([("name", "spelling"), ("quote", "speaker")]) == ("quote", "person")
    assert families_for([("quote", "speaker")]) == ("quote", "person")  # "Steel" and "Steele", one speaker
    assert families_for([]) == FAMILIES
    assert families_for([("event", "date"), ("weather", "forecast")]) == FAMILIES  # unknown target: take no risk


def test_a_selection_reports_what_the_full_run_reports_for_it():
    full = run([str(SEEDS)], Options(cache=False), rules_for(Options()))
    dates_only = run([str(SEEDS)], Options(cache=False), rules_for(Options(select=("event-date-mismatch",))))
    assert [c.id for c in dates_only.conflicts] == [c.id for c in full.conflicts if c.rule == "event-date-mismatch"]
    assert {f.kind for f in dates_only.facts} == {"date", "event", "name", "person"}
    assert len(dates_only.facts) < len(full.facts)

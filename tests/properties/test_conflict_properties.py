"""Conflicts do not depend on which file is called what (Hypothesis)."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.config import Options
from factcheck.model import Document
from factcheck.pipeline import check_documents, rules_for

PLACES = ["Istanbul", "Riyadh", "Geneva", ""]
EVENTS = ["talks", "meeting", "summit"]
DATES = ["April 10", "February 27", "27 February 2025", "Feb. 18", "Thursday", "February 2025", "June 16, 2025",
         "February 18th", "10 April"]


@st.composite
def sentences(draw):
    place, event, date = draw(st.sampled_from(PLACES)), draw(st.sampled_from(EVENTS)), draw(st.sampled_from(DATES))
    where = f" in {place}" if place else ""
    return draw(st.sampled_from([
        f"The {event} were held{where} on {date}.", f"The {place} {event} took place on {date}.",
        f"Officials said the {event}{where} happened on {date}.",
    ]))


ARTICLE = st.lists(sentences(), min_size=1, max_size=4).map(" ".join)
PUBLISHED = st.sampled_from([None, "2025-02-28", "2025-06-20"])


def normalized(report, rename):
    """Each conflict as (rule, subject, attribute, {(source, value)}), sources renamed."""
    return sorted(
        (c.rule, c.subject, c.attribute, tuple(sorted((rename.get(f.source, f.source), f.value, f.start) for f in c.claims)))
        for c in report.conflicts
    )


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(first=ARTICLE, second=ARTICLE, published=st.tuples(PUBLISHED, PUBLISHED))
def test_swapping_file_names_changes_no_conflict(first, second, published):
    import datetime as dt

    def doc(path, text, date):
        return Document(path=path, text=text, published=dt.date.fromisoformat(date) if date else None)

    rules = rules_for(Options())
    straight = check_documents([doc("a.txt", first, published[0]), doc("b.txt", second, published[1])], rules, Options())
    swapped = check_documents([doc("a.txt", second, published[1]), doc("b.txt", first, published[0])], rules, Options())
    assert normalized(straight, {}) == normalized(swapped, {"a.txt": "b.txt", "b.txt": "a.txt"})

"""CPU milliseconds per document for each stage of ``extract_document``, in this process.

Each stage runs over every document of the folder in one timed loop, fed with
the inputs earlier stages produced in an untimed pass, so a timer is read twice
per stage and round rather than per call.  The stages are those of
``factcheck.extract.extract_document`` (attribution, which it asks lazily for
the sentences that hold facts, is timed apart on the same sentences); the last
row times ``extract_document`` itself, whose figure the stages should add up to.
CPU time (``time.process_time``), median of ``--repeat`` rounds.

    python benchmarks/stages.py benchmarks/.work/corpus-1000
    python benchmarks/stages.py seeds --repeat 9
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

from factcheck.extract import Settings, _by_sentence, _dated, _date_facts, _shift, extract_document
from factcheck.extract.attribution import attribution
from factcheck.extract.dates import find_dates
from factcheck.extract.people import find_people, person_facts
from factcheck.extract.places import place_facts
from factcheck.extract.quantities import find_quantities, quantity_facts
from factcheck.extract.quotes import quote_facts
from factcheck.load import load_documents
from factcheck.model import Document
from factcheck.segment import sentences


def prepare(documents: list[Document], settings: Settings) -> list[dict[str, Any]]:
    """Every stage's inputs for each document, computed once and untimed."""
    states = []
    for document in documents:
        spans = sentences(document.text, document.body_start)
        reference = document.published or settings.reference_date
        mentions = [_shift(m, document.body_start)
                    for m in find_dates(document.text[document.body_start:], reference)]
        asked: dict[str, str | None] = {}

        def said(text: str, asked: dict[str, str | None] = asked) -> str | None:
            if text not in asked:
                asked[text] = attribution(text)
            return asked[text]

        dated = _by_sentence(spans, mentions)
        facts = [f for sentence, found in dated for f in _date_facts(document.path, sentence, found, said)]
        quantities = [(s, q) for s in spans if (q := find_quantities(s.text, s.start))]
        for sentence, found in quantities:
            facts.extend(quantity_facts(document.path, sentence, said(sentence.text), found))
        people = find_people(spans)
        for mention in people:
            said(mention.sentence.text)
        states.append({"document": document, "reference": reference, "spans": spans, "mentions": mentions,
                       "dated": dated, "quantities": quantities, "people": people, "said": asked,
                       "facts": facts + quote_facts(document.path, document.text, document.body_start, spans)})
    return states


def _segment(s: dict[str, Any]) -> object:
    return sentences(s["document"].text, s["document"].body_start)


def _dates(s: dict[str, Any]) -> object:
    document = s["document"]
    return [_shift(m, document.body_start) for m in find_dates(document.text[document.body_start:], s["reference"])]


def _attribution(s: dict[str, Any]) -> object:
    return [attribution(text) for text in s["said"]]


def _events(s: dict[str, Any]) -> object:
    said = s["said"].__getitem__
    return [_date_facts(s["document"].path, sentence, found, said)
            for sentence, found in _by_sentence(s["spans"], s["mentions"])]


def _quantities(s: dict[str, Any]) -> object:
    return [find_quantities(sentence.text, sentence.start) for sentence in s["spans"]]


def _quantity_facts(s: dict[str, Any]) -> object:
    path, said = s["document"].path, s["said"]
    return [quantity_facts(path, sentence, said[sentence.text], found) for sentence, found in s["quantities"]]


def _quotes(s: dict[str, Any]) -> object:
    document = s["document"]
    return quote_facts(document.path, document.text, document.body_start, s["spans"])


def _people(s: dict[str, Any]) -> object:
    return find_people(s["spans"])


def _person_facts(s: dict[str, Any]) -> object:
    document, said = s["document"], s["said"]
    published = document.published.isoformat() if document.published else None
    return person_facts(document.path, s["people"], published, {m.sentence.start: said[m.sentence.text]
                                                                 for m in s["people"]})


def _places(s: dict[str, Any]) -> object:
    document = s["document"]
    return _dated(place_facts(document.path, document.title, s["spans"]), s["facts"])


STAGES: dict[str, Callable[[dict[str, Any]], object]] = {
    "segment": _segment, "find_dates": _dates, "attribution": _attribution, "event dates": _events,
    "find_quantities": _quantities, "quantity_facts": _quantity_facts, "quotes": _quotes,
    "find_people": _people, "person_facts": _person_facts, "places": _places,
}


def measure(documents: list[Document], settings: Settings, repeat: int) -> dict[str, float]:
    """Median CPU milliseconds per document of each stage, and of ``extract_document`` whole."""
    states = prepare(documents, settings)
    rounds: dict[str, list[float]] = {name: [] for name in [*STAGES, "extract_document"]}
    for _ in range(repeat):
        for name, stage in STAGES.items():
            start = time.process_time()
            for state in states:
                stage(state)
            rounds[name].append(time.process_time() - start)
        start = time.process_time()
        for document in documents:
            extract_document(document, settings)
        rounds["extract_document"].append(time.process_time() - start)
    return {name: 1000 * statistics.median(times) / len(documents) for name, times in rounds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="documents to extract (e.g. benchmarks/.work/corpus-1000)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds; the median is shown (default 5)")
    args = parser.parse_args()
    documents, _ = load_documents([str(args.folder)])
    if not documents:
        raise SystemExit(f"no documents under {args.folder}")
    for document in documents:
        extract_document(document)  # warm the module caches (given names, gazetteer, lru caches) first
    took = measure(documents, Settings(), args.repeat)
    size = sum(len(d.text) for d in documents) / len(documents)
    print(f"{len(documents):,} documents, {size / 1000:.1f} K characters each; CPU ms per document, "
          f"median of {args.repeat}", file=sys.stderr)
    width = max(map(len, took))
    for name, ms in took.items():
        if name == "extract_document":
            print(f"{'sum of stages':<{width}}  {sum(v for k, v in took.items() if k != name):6.3f}")
        print(f"{name:<{width}}  {ms:6.3f}")


if __name__ == "__main__":
    main()

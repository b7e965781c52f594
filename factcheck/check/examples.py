"""Run every rule's examples: texts that must make it fire, texts that must not."""
from __future__ import annotations

from dataclasses import dataclass

from factcheck.check.schema import Example, Rule
from factcheck.config import Options
from factcheck.model import Document


@dataclass(frozen=True)
class ExampleResult:
    rule: Rule
    example: Example
    fired: bool

    @property
    def passed(self) -> bool:
        return self.fired == self.example.conflict

    def describe(self) -> str:
        expected = "conflict" if self.example.conflict else "no conflict"
        return f"{self.rule.path}:{self.example.line}: {self.rule.id}: expected {expected}, got {'a conflict' if self.fired else 'none'}"


def run_examples(rules: list[Rule]) -> list[ExampleResult]:
    from factcheck.pipeline import check_documents

    results = []
    for rule in rules:
        for example in rule.examples:
            documents = [
                Document(path=f"example-{n}.txt", text=text, published=published)
                for n, (text, published) in enumerate(example.documents, start=1)
            ]
            report = check_documents(documents, [rule], Options())
            results.append(ExampleResult(rule, example, any(c.rule == rule.id for c in report.conflicts)))
    return results

"""Generate rules/README.md, the rule index, from the rule files.

    python -m factcheck.check.docs           # rewrite rules/README.md
    python -m factcheck.check.docs --check   # exit 1 when it is out of date
"""
from __future__ import annotations

import sys
from pathlib import Path

from factcheck.check.schema import Rule, default_rules_dir, load_rules

HEADER = """\
# Rule index

Generated from the rule files by `python -m factcheck.check.docs`; do not edit by hand.
Each rule is one YAML file, `<family>/<rule-id>.yaml`. Run every rule's examples with
`factcheck rules test`.
"""


def render(rules: list[Rule], root: Path) -> str:
    lines = [HEADER, "| Rule | Family | Fact | Kind | Severity | Summary |", "| --- | --- | --- | --- | --- | --- |"]
    for rule in rules:
        link = Path(rule.path).relative_to(root).as_posix()
        lines.append(f"| [`{rule.id}`]({link}) | {rule.family} | `{rule.fact_kind}.{rule.attribute}` | "
                     f"`{rule.kind}` | {rule.severity} | {rule.title} |")
    for rule in rules:
        lines += ["", f"## {rule.id}", "", rule.description.strip() or rule.title, ""]
        params = ", ".join(f"`{k}` = {v!r}" for k, v in rule.params) or "none"
        lines.append(f"Parameters: {params}. Message: `{rule.message}`")
        for expected in (True, False):
            cases = [e for e in rule.examples if e.conflict == expected]
            if cases:
                lines += ["", "Fires on:" if expected else "Does not fire on:", ""]
                for example in cases:
                    lines.append("- " + " / ".join(f"“{text}”" for text, _ in example.documents))
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    root = default_rules_dir()
    text = render(load_rules([root]), root)
    target = root / "README.md"
    if "--check" in argv:
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            print(f"{target} is out of date: run python -m factcheck.check.docs", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The rule engine: rules (data) pick a comparison kind (code) and apply it to groups."""
from factcheck.check.engine import run_rules
from factcheck.check.schema import Rule, load_rules

__all__ = ["Rule", "load_rules", "run_rules"]

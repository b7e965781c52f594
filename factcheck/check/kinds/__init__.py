"""The closed set of comparison kinds a rule can name.

Each kind is a module with ``PARAMS`` (name → (type, default)) and
``conflicting(facts, params) -> tuple[Fact, ...]``: the facts of one group that
take part in a disagreement, or nothing when the group is consistent.  A kind
may also define ``describe(facts, params) -> dict[str, str]``: extra message
fields (e.g. ``diff``) kept on the conflict, and ``severity(claims, params, default)``:
the severity of one conflict when it depends on the claims.
"""
from __future__ import annotations

from types import ModuleType

from factcheck.check.kinds import date_mismatch, misquote, place_mismatch, quantity_mismatch, quote_misattribution
from factcheck.check.kinds import age_mismatch, spelling_across_sources, spelling_in_document, title_mismatch
from factcheck.check.kinds import area_mismatch, given_spelling, parallel_mismatch, weekday_mismatch, year_mismatch
from factcheck.check.kinds import site_mismatch, venue_mismatch

KINDS: dict[str, ModuleType] = {
    "date-mismatch": date_mismatch,
    "quantity-mismatch": quantity_mismatch,
    "quote-misattribution": quote_misattribution,
    "misquote": misquote,
    "age-mismatch": age_mismatch,
    "title-mismatch": title_mismatch,
    "spelling-in-document": spelling_in_document,
    "spelling-across-sources": spelling_across_sources,
    "given-spelling": given_spelling,
    "place-mismatch": place_mismatch,
    "weekday-mismatch": weekday_mismatch,
    "year-mismatch": year_mismatch,
    "area-mismatch": area_mismatch,
    "parallel-mismatch": parallel_mismatch,
    "site-mismatch": site_mismatch,
    "venue-mismatch": venue_mismatch,
}

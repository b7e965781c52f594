"""Extractors: one fact kind per module, each a pure function of a document."""

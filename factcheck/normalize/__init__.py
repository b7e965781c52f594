"""Normalization: raw spans → comparable values (dates, numbers, titles)."""

#: Bump when a normalized value changes for the same span (the cache keys on it).
NORMALIZER_VERSION = 2

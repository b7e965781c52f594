"""Normalization: raw spans → comparable values (dates, numbers, titles)."""

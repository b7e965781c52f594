"""factcheck: find where documents about one story contradict each other."""

__version__ = "0.1.0"

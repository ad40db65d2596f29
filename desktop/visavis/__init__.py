"""Vis-à-vis: read French articles beside a live English translation."""

__version__ = "0.1.0"

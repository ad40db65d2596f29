"""Highlights and notes: the model, W3C-style anchoring, storage and undo history."""

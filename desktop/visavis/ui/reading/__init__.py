"""The reading view: two aligned panes, scroll sync, hover, edit mode, corrections, live translation."""

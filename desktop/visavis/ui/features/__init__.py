"""Optional parts of the main window.

Each package here defines ``install(window) -> None`` (in its ``feature.py``, re-exported by
its ``__init__``), which adds its
menus, actions, docks and signal connections to the window.  The main window
installs the modules listed in ``FEATURES`` in order, so a feature never needs to
edit the main window class.
"""

FEATURES: list[str] = [
    "visavis.ui.features.models",
    "visavis.ui.features.library",
    "visavis.ui.features.glossary",
    "visavis.ui.features.annotations",
    "visavis.ui.features.importing",
    "visavis.ui.features.desktop",
    "visavis.ui.features.read_aloud",
    "visavis.ui.features.review",
    "visavis.ui.features.word_status",
]

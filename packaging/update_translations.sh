#!/bin/sh
# Collect the interface strings of desktop/visavis/ui into resources/i18n/visavis_fr.ts
# (existing translations are kept; new strings arrive "unfinished" for a translator to fill
# in with pyside6-linguist or a text editor), then compile visavis_fr.qm.
# Usage: packaging/update_translations.sh   (from the repository root, venv active or not)
set -eu
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-.venv/bin}"
[ -x "$BIN/pyside6-lupdate" ] || BIN="$(dirname "$(command -v pyside6-lupdate)")"
FILES=$(find desktop/visavis/ui -name '*.py' | sort)
# shellcheck disable=SC2086
"$BIN/pyside6-lupdate" -locations relative -no-obsolete -target-language fr_FR $FILES -ts resources/i18n/visavis_fr.ts
"$BIN/pyside6-lrelease" resources/i18n/visavis_fr.ts -qm resources/i18n/visavis_fr.qm

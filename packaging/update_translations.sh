#!/bin/sh
# Collect the interface strings of desktop/visavis/ui into resources/i18n/visavis_fr.ts
# (existing translations are kept; new strings arrive "unfinished" for a translator to fill
# in with pyside6-linguist or a text editor), then compile visavis_fr.qm.
# Usage: packaging/update_translations.sh           (from anywhere, venv active or not)
#        packaging/update_translations.sh --check   (changes nothing; fails when a text of
#                                                    ui/ has no French translation yet)
set -eu
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-.venv/bin}"
[ -x "$BIN/pyside6-lupdate" ] || BIN="$(dirname "$(command -v pyside6-lupdate)")"
FILES=$(find desktop/visavis/ui -name '*.py' | sort)
TS=resources/i18n/visavis_fr.ts
if [ "${1:-}" = "--check" ]; then
    TMP=$(mktemp -d)
    trap 'rm -rf "$TMP"' EXIT
    cp "$TS" "$TMP/visavis_fr.ts"
    # shellcheck disable=SC2086
    "$BIN/pyside6-lupdate" -silent -no-obsolete -target-language fr_FR $FILES -ts "$TMP/visavis_fr.ts"
    if grep -q 'type="unfinished"' "$TMP/visavis_fr.ts"; then
        echo "Texts without a French translation (run $0 and translate them):" >&2
        grep -B1 'type="unfinished"' "$TMP/visavis_fr.ts" | grep '<source>' | sed 's/^ */  /' >&2
        exit 1
    fi
    echo "French catalogue complete."
    exit 0
fi
# shellcheck disable=SC2086
"$BIN/pyside6-lupdate" -locations relative -no-obsolete -target-language fr_FR $FILES -ts "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm resources/i18n/visavis_fr.qm

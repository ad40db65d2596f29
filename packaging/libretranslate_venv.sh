#!/bin/sh
# Create, once, the separate virtualenv that holds a LibreTranslate server for the tests and
# benchmarks (its pinned dependencies conflict with ours) and print its `libretranslate` path.
# Cached outside the work tree (a fresh clone reuses it): $VISAVIS_LT_VENV, by default
# ~/.cache/visavis/libretranslate-<version>-py<XY>.  No torch: argos-translate-lt 1.12 uses
# MiniSBD (onnxruntime) to split sentences.  ~35 s and ~600 MB the first time.
set -eu
LT_VERSION="${VISAVIS_LT_VERSION:-1.9.6}"
PY="${VISAVIS_LT_PYTHON:-python3}"
TAG=$("$PY" -c 'import sys; print("py%d%d" % sys.version_info[:2])')
VENV="${VISAVIS_LT_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/visavis/libretranslate-$LT_VERSION-$TAG}"
mkdir -p "$(dirname "$VENV")"
exec 9>"$VENV.lock"
flock 9
if [ ! -x "$VENV/bin/libretranslate" ] || [ ! -f "$VENV/.complete" ]; then
  rm -rf "$VENV"
  start=$(date +%s)
  "$PY" -m venv "$VENV"
  if ! "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
       "libretranslate==$LT_VERSION" >"$VENV.log" 2>&1; then
    echo "libretranslate_venv.sh: pip could not install libretranslate==$LT_VERSION (see $VENV.log)" >&2
    tail -n 5 "$VENV.log" >&2
    rm -rf "$VENV"
    exit 1
  fi
  touch "$VENV/.complete"
  echo "libretranslate_venv.sh: installed libretranslate $LT_VERSION in $VENV" \
       "($(( $(date +%s) - start )) s, $(du -sh "$VENV" | cut -f1))" >&2
fi
echo "$VENV/bin/libretranslate"

#!/usr/bin/env bash
# Set up a checkout so that appforge runs and its tests pass: a virtual environment with appforge installed
# (editable, with the dev extra), the front-end libraries from npm copied into the package, and with --browser
# Debian's Chromium for the browser tests.
#
# Idempotent and quick when nothing changed: each step keeps a stamp holding the hash of its inputs
# (pyproject.toml for pip, package.json + package-lock.json for npm) and runs again only when that hash changes
# or what it made is missing. `make start` and `make test` call it; run it directly to set up without more.
#
#   scripts/setup.sh [--browser]        PYTHON=python3.12 scripts/setup.sh   (default: python3.11)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3.11}"
VENV="$ROOT/.venv"
WANT_BROWSER=0
for arg in "$@"; do
    case "$arg" in
        --browser) WANT_BROWSER=1 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "setup: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
hash_of() { cat "$@" 2>/dev/null | sha256sum | cut -c1-16; }
# as root run directly, otherwise through sudo
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Python: .venv with appforge installed in editable mode -----------------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
    command -v "$PYTHON" >/dev/null || { echo "setup: $PYTHON not found; install it (apt-get install python3.11 python3.11-venv) or set PYTHON=" >&2; exit 1; }
    say "creating .venv with $PYTHON"
    if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
        # Debian keeps venv's pip bootstrap in a separate package.
        rm -rf "$VENV"
        say "installing $PYTHON-venv (apt-get) so that $PYTHON -m venv works"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(basename "$PYTHON")-venv" \
            || { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(basename "$PYTHON")-venv"; }
        "$PYTHON" -m venv "$VENV"
    fi
fi
PIP_STAMP="$VENV/.appforge-pip"
PIP_HASH="$(hash_of pyproject.toml)-$("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])')"
if [ "$(cat "$PIP_STAMP" 2>/dev/null)" != "$PIP_HASH" ] || ! "$VENV/bin/python" -c 'import appforge' 2>/dev/null \
        || [ ! -x "$VENV/bin/appforge" ]; then
    say "installing appforge and its dependencies into .venv (pip install -e '.[dev]')"
    "$VENV/bin/python" -m pip install -qq --disable-pip-version-check -e '.[dev]'
    echo "$PIP_HASH" > "$PIP_STAMP"
fi

# --- front-end libraries: npm ci, then copy them into appforge/runtime/static/vendor ----------------------------------
if [ -f package.json ]; then
    NPM_STAMP="node_modules/.appforge-npm"
    NPM_HASH="$(hash_of package.json package-lock.json)"
    if [ "$(cat "$NPM_STAMP" 2>/dev/null)" != "$NPM_HASH" ]; then
        command -v npm >/dev/null || { echo "setup: npm not found; install Node.js and npm (apt-get install nodejs npm)" >&2; exit 1; }
        say "installing front-end libraries (npm ci)"
        npm ci --no-audit --no-fund --loglevel=error
        echo "$NPM_HASH" > "$NPM_STAMP"
    fi
    if [ -f scripts/vendor.py ]; then
        VENDOR_STAMP="node_modules/.appforge-vendor"
        VENDOR_HASH="$(hash_of package-lock.json scripts/vendor.py)"
        if [ "$(cat "$VENDOR_STAMP" 2>/dev/null)" != "$VENDOR_HASH" ] \
                || [ -z "$(ls -A appforge/runtime/static/vendor 2>/dev/null)" ]; then
            say "copying front-end libraries into appforge/runtime/static/vendor"
            "$VENV/bin/python" scripts/vendor.py >/dev/null
            echo "$VENDOR_HASH" > "$VENDOR_STAMP"
        fi
    fi
fi

# --- Chromium for the browser tests (Debian's package; Playwright never downloads a browser) ---------------------------
if [ "$WANT_BROWSER" -eq 1 ] && [ ! -x /usr/bin/chromium ]; then
    say "installing Chromium for the browser tests (apt-get install chromium)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

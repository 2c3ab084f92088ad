#!/usr/bin/env bash
# 巡察通 setup: everything a fresh Debian/Ubuntu machine needs to run and test the program.
#
#   bash scripts/setup.sh
#
# Idempotent and quick on a re-run: the Debian packages are installed only when one is missing, the
# virtual environment (.venv) is created only when absent or of the wrong Python, pip runs only when
# requirements*.txt changed since the last successful install, and each translation is rebuilt only when
# its .ts is newer than its .qm.
#
# Environment: XUNCHA_PYTHON=/path/to/python3.11 picks the interpreter; XUNCHA_SKIP_APT=1 skips the
# Debian packages (a machine set up by other means).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
STAMP="$VENV/.xuncha-requirements.sha256"

# What Qt needs to run offscreen and under Xvfb (ldd on PySide6/Qt/plugins/platforms/*.so), a virtual
# screen for real-window checks, and a Chinese font (without one every label is a row of boxes).
APT_PACKAGES=(
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
    libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    xvfb xauth fonts-wqy-microhei
)
# poppler-utils: pdftotext reads the printed reports back in the tests, pdftoppm renders a page for the README.
APT_PACKAGES+=(poppler-utils)

# LibreOffice Calc without its GUI (~200 MB, ~25 s to install here): the tests marked `libreoffice` convert an
# exported ledger with `soffice --headless` and compare the cells. XUNCHA_SKIP_LIBREOFFICE=1 leaves it out; those
# tests then skip.
if [ "${XUNCHA_SKIP_LIBREOFFICE:-}" != 1 ]; then
    APT_PACKAGES+=(libreoffice-calc-nogui)
fi

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# ---- Python 3.11 ----

is_py311() {  # $1: an interpreter; true when it is CPython 3.11.x
    "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' >/dev/null 2>&1
}

find_python() {
    local candidate path
    for candidate in "${XUNCHA_PYTHON:-}" python3.11 python3 python; do
        [ -n "$candidate" ] || continue
        path=$(command -v "$candidate" 2>/dev/null) || continue
        if is_py311 "$path"; then
            printf '%s\n' "$path"
            return 0
        fi
    done
    return 1
}

PYTHON=$(find_python || true)
if [ -n "$PYTHON" ] && ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    # Debian's python3.11 makes virtual environments only with python3.11-venv installed.
    APT_PACKAGES+=(python3.11-venv)
elif [ -z "$PYTHON" ] && command -v apt-get >/dev/null 2>&1; then
    say "no Python 3.11 found: trying Debian's python3.11 (Ubuntu 24.04 and later have none: install one by hand)"
    APT_PACKAGES+=(python3.11 python3.11-venv)
fi

# ---- Debian packages ----

missing_packages() {
    local pkg
    for pkg in "${APT_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            printf '%s\n' "$pkg"
        fi
    done
}

install_apt_packages() {
    if [ "${XUNCHA_SKIP_APT:-}" = 1 ]; then
        say "XUNCHA_SKIP_APT=1: Debian packages not checked"
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "WARNING: not a Debian/Ubuntu system; install by hand what Qt needs: ${APT_PACKAGES[*]}"
        return 0
    fi
    local missing
    mapfile -t missing < <(missing_packages)
    if [ "${#missing[@]}" -eq 0 ]; then
        say "Debian packages: all ${#APT_PACKAGES[@]} installed"
        return 0
    fi
    local -a as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
            as_root=(sudo)
        else
            say "WARNING: missing Debian packages and no root/sudo to install them:"
            say "  apt-get install --no-install-recommends ${missing[*]}"
            return 0
        fi
    fi
    say "Debian packages to install: ${missing[*]}"
    "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=120 update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null
    mapfile -t missing < <(missing_packages)
    [ "${#missing[@]}" -eq 0 ] || die "apt-get did not install: ${missing[*]}"
}

install_apt_packages

# ---- the virtual environment ----

if [ -z "$PYTHON" ]; then
    PYTHON=$(find_python || true)
fi
if [ -z "$PYTHON" ]; then
    die "Python 3.11 not found (need >=3.11,<3.12: python3.11, python3 or XUNCHA_PYTHON=/path/to/python3.11)"
fi

if [ -x "$VENV/bin/python" ] && ! is_py311 "$VENV/bin/python"; then
    say ".venv is not a working Python 3.11: recreating it"
    rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
    say "creating .venv with $PYTHON ($("$PYTHON" --version 2>&1))"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV" || die "could not create .venv with $PYTHON (Debian: apt-get install python3.11-venv)"
fi

requirements_hash() {
    { "$VENV/bin/python" --version; cat requirements.txt requirements-dev.txt; } 2>&1 | sha256sum | cut -d' ' -f1
}

WANT=$(requirements_hash)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ]; then
    say "Python packages: up to date (requirements unchanged)"
else
    say "installing Python packages from requirements-dev.txt"
    rm -f "$STAMP"
    PIP_NO_INPUT=1 "$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off -q \
        -r requirements-dev.txt
    printf '%s\n' "$WANT" >"$STAMP"
fi

# ---- translations: every resources/translations/*.ts -> .qm beside it ----

shopt -s nullglob
TS_FILES=(resources/translations/*.ts)
shopt -u nullglob
built=0
for ts in "${TS_FILES[@]}"; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
        "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm" || die "lrelease failed on $ts"
        built=$((built + 1))
    fi
done
say "translations: ${#TS_FILES[@]} .ts file(s), $built rebuilt"
say "ready: $VENV/bin/python ($("$VENV/bin/python" --version 2>&1))"

#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
#
# Vendors the KERN design system (npm: @kern-ux/native, EUPL-1.2) into the web
# host's static files, so the platform serves every asset itself (no CDN) and
# Node.js is needed only to run this script, never to run the platform.
#
# Produces (in src/SmartRegion.Web/wwwroot/lib/kern/):
#   kern.min.css                   copied verbatim from the package
#   LICENSE.md                     the package's EUPL-1.2 licence text
#   VERSION                        exact package version that was vendored
#   fonts.css                      @font-face for the subset Noto Sans + font custom properties
#   fonts/noto-sans-regular.woff2  Noto Sans 400, subset to German/English text (OFL-1.1)
#   fonts/noto-sans-bold.woff2     Noto Sans 700, same subset
#   fonts/OFL.txt                  SIL Open Font License 1.1 with the Noto copyright lines
#
# Needs: npm, and pyftsubset with brotli support (Debian: fonttools python3-brotli);
# when pyftsubset is missing and the script runs as root it installs them with apt-get.
#
# Environment:
#   KERN_VERSION_RANGE   npm version range to install (default: ~2.7)
#   KERN_FONT_HINTING    1 (default) keeps TrueType hinting; 0 drops it (~40 % smaller fonts)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$REPO_ROOT/src/SmartRegion.Web/wwwroot/lib/kern"
FONT_DEST="$DEST/fonts"
PACKAGE="@kern-ux/native"
VERSION_RANGE="${KERN_VERSION_RANGE:-~2.7}"
HINTING="${KERN_FONT_HINTING:-1}"

# Characters German and English text needs:
#   U+0020-007E Basic Latin, U+00A0-00FF Latin-1 Supplement (incl. NBSP U+00A0,
#   soft hyphen U+00AD), U+0100-017F Latin Extended-A, U+0192 U+02C6 U+02DA U+02DC
#   (rest of Windows-1252), U+1E9E capital sharp s, U+2000-206F General Punctuation
#   („ “ ‚ ‘ – — … • ‹ › ‰ and the typographic spaces), U+20AC €, U+2122 ™,
#   U+2190-2193 arrows ← ↑ → ↓, U+2212 minus sign.
# Code points the font does not contain are skipped by pyftsubset (reported below).
UNICODES="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0192,U+02C6,U+02DA,U+02DC,U+1E9E,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212"
LAYOUT_FEATURES="kern,liga,calt"
NOTO_COPYRIGHT="Copyright 2022 The Noto Project Authors (https://github.com/notofonts/latin-greek-cyrillic)"

log() { printf '[update-kern] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

command -v npm >/dev/null 2>&1 || die "npm is required (only for this script, not for running the platform)"

# --- tools for font subsetting ----------------------------------------------
pyftsubset_works() {
  command -v pyftsubset >/dev/null 2>&1 || return 1
  # woff2 output needs the brotli module in pyftsubset's own interpreter
  local py
  py="$(head -n1 "$(command -v pyftsubset)" | sed -n 's/^#! *//p')"
  [ -n "$py" ] || py="python3"
  $py -c 'import fontTools.subset, fontTools.ttLib.woff2, brotli' >/dev/null 2>&1
}

if ! pyftsubset_works; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing fonttools and python3-brotli with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y --no-install-recommends fonttools python3-brotli >/dev/null; then
      apt-get update >/dev/null
      apt-get install -y --no-install-recommends fonttools python3-brotli >/dev/null
    fi
  fi
  pyftsubset_works || die "pyftsubset with brotli support is required (Debian: apt-get install fonttools python3-brotli)"
fi
# the interpreter pyftsubset runs with (its shebang), as an array: it may be "/usr/bin/env python3"
read -r -a PYFT_PYTHON <<< "$(head -n1 "$(command -v pyftsubset)" | sed -n 's/^#! *//p')"
[ "${#PYFT_PYTHON[@]}" -gt 0 ] || PYFT_PYTHON=(python3)

# --- fetch the package --------------------------------------------------------
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

log "installing $PACKAGE@$VERSION_RANGE into a temporary directory"
printf '{ "name": "kern-vendor-tmp", "private": true }\n' > "$WORK/package.json"
npm install --prefix "$WORK" --no-save --package-lock=false --ignore-scripts \
  --no-audit --no-fund --loglevel=error "$PACKAGE@$VERSION_RANGE" >&2

PKG="$WORK/node_modules/$PACKAGE"
[ -f "$PKG/package.json" ] || die "package not found after npm install"
VERSION="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$PKG/package.json" | head -n1)"
[ -n "$VERSION" ] || die "could not read the package version"
LICENSE_ID="$(sed -n 's/^ *"license": *"\([^"]*\)".*/\1/p' "$PKG/package.json" | head -n1)"
[ "$LICENSE_ID" = "EUPL-1.2" ] || die "unexpected package licence '$LICENSE_ID' (expected EUPL-1.2)"
log "got $PACKAGE $VERSION ($LICENSE_ID)"

CSS_SRC="$PKG/dist/kern.min.css"
REG_SRC="$PKG/dist/fonts/noto-sans/NotoSans-Regular.woff2"
BOLD_SRC="$PKG/dist/fonts/noto-sans/NotoSans-Bold.woff2"
for f in "$CSS_SRC" "$PKG/LICENSE.md" "$REG_SRC" "$BOLD_SRC"; do
  [ -f "$f" ] || die "missing in package: ${f#"$PKG"/}"
done

# --- sanity checks on kern.min.css --------------------------------------------
# We ship only kern.min.css and our own fonts.css: the stylesheet must not pull
# anything from another origin or reference fonts we do not ship.
if grep -q '@import' "$CSS_SRC"; then
  die "kern.min.css contains @import; check it before vendoring"
fi
if grep -q '@font-face' "$CSS_SRC"; then
  die "kern.min.css contains @font-face; check which font files it needs"
fi
EXTERNAL_URLS="$(grep -o 'url([^)]*)' "$CSS_SRC" | grep -v -E '^url\(["'"'"']?data:' || true)"
if [ -n "$EXTERNAL_URLS" ]; then
  log "kern.min.css references non-data: urls:"
  printf '%s\n' "$EXTERNAL_URLS" >&2
  die "refusing to vendor a stylesheet that loads external resources"
fi
for prop in --kern-typography-font-family-default --kern-component-kopfzeile-font-family; do
  grep -q -- "$prop" "$CSS_SRC" || die "kern.min.css no longer uses $prop; update fonts.css in this script"
done
OTHER_FONT_PROPS="$(grep -o -- '--kern-[a-z0-9-]*font-family[a-z0-9-]*' "$CSS_SRC" | sort -u \
  | grep -v -x -e --kern-typography-font-family-default -e --kern-component-kopfzeile-font-family \
               -e --kern-typography-font-family-fira-sans -e --kern-typography-font-family-fira-mono || true)"
if [ -n "$OTHER_FONT_PROPS" ]; then
  log "WARNING: kern.min.css uses font-family custom properties this script does not set:"
  printf '%s\n' "$OTHER_FONT_PROPS" | sed 's/^/  /' >&2
fi

# --- subset the fonts -----------------------------------------------------------
STAGE="$WORK/out"
mkdir -p "$STAGE/fonts"

HINT_ARGS=()
[ "$HINTING" = "0" ] && HINT_ARGS=(--no-hinting)

subset() {
  local src="$1" out="$2"
  pyftsubset "$src" \
    --flavor=woff2 \
    --unicodes="$UNICODES" \
    --layout-features="$LAYOUT_FEATURES" \
    ${HINT_ARGS[@]+"${HINT_ARGS[@]}"} \
    --output-file="$out"
}
log "subsetting Noto Sans Regular and Bold"
subset "$REG_SRC" "$STAGE/fonts/noto-sans-regular.woff2"
subset "$BOLD_SRC" "$STAGE/fonts/noto-sans-bold.woff2"

# Report requested characters the font does not have (the browser falls back to a
# system font for those), and read the copyright notice embedded in the font.
FONT_COPYRIGHT="$("${PYFT_PYTHON[@]}" - "$REG_SRC" "$STAGE/fonts/noto-sans-regular.woff2" <<'PY'
import sys
from fontTools.ttLib import TTFont
src, out = TTFont(sys.argv[1]), TTFont(sys.argv[2])
wanted = {0x20AC: "€", 0x2122: "™", 0x2190: "←", 0x2191: "↑", 0x2192: "→", 0x2193: "↓",
          0x201E: "„", 0x201C: "“", 0x201A: "‚", 0x2018: "‘", 0x2013: "–", 0x2014: "—",
          0x2026: "…", 0x2022: "•", 0x00A0: "NBSP", 0x00AD: "SHY", 0x1E9E: "ẞ", 0x2212: "−"}
cmap = out.getBestCmap()
missing = [f"U+{cp:04X} {name}" for cp, name in sorted(wanted.items()) if cp not in cmap]
if missing:
    print("[update-kern] note: not in Noto Sans, browsers use a fallback font: " + ", ".join(missing), file=sys.stderr)
print(src["name"].getDebugName(0) or "")
PY
)"

# --- licence text for the fonts --------------------------------------------------
# OFL 1.1 text: taken from Debian's fonttools copyright file (installed with
# pyftsubset) when available, else the identical text embedded below.
ofl_from_debian() {
  local f
  for f in /usr/share/doc/fonttools/copyright /usr/share/doc/python3-fonttools/copyright; do
    [ -f "$f" ] || continue
    sed -n '/SIL OPEN FONT LICENSE Version 1.1/,/OTHER DEALINGS IN THE FONT SOFTWARE\./p' "$f" \
      | sed -e 's/^ //' -e 's/^\.$//'
    return 0
  done
  return 1
}
ofl_embedded() {
cat <<'OFL'
SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007
-----------------------------------------------------------

PREAMBLE
The goals of the Open Font License (OFL) are to stimulate worldwide
development of collaborative font projects, to support the font creation
efforts of academic and linguistic communities, and to provide a free and
open framework in which fonts may be shared and improved in partnership
with others.

The OFL allows the licensed fonts to be used, studied, modified and
redistributed freely as long as they are not sold by themselves. The
fonts, including any derivative works, can be bundled, embedded,
redistributed and/or sold with any software provided that any reserved
names are not used by derivative works. The fonts and derivatives,
however, cannot be released under any other type of license. The
requirement for fonts to remain under this license does not apply
to any document created using the fonts or their derivatives.

DEFINITIONS
"Font Software" refers to the set of files released by the Copyright
Holder(s) under this license and clearly marked as such. This may
include source files, build scripts and documentation.

"Reserved Font Name" refers to any names specified as such after the
copyright statement(s).

"Original Version" refers to the collection of Font Software components as
distributed by the Copyright Holder(s).

"Modified Version" refers to any derivative made by adding to, deleting,
or substituting -- in part or in whole -- any of the components of the
Original Version, by changing formats or by porting the Font Software to a
new environment.

"Author" refers to any designer, engineer, programmer, technical
writer or other person who contributed to the Font Software.

PERMISSION & CONDITIONS
Permission is hereby granted, free of charge, to any person obtaining
a copy of the Font Software, to use, study, copy, merge, embed, modify,
redistribute, and sell modified and unmodified copies of the Font
Software, subject to the following conditions:

1) Neither the Font Software nor any of its individual components,
in Original or Modified Versions, may be sold by itself.

2) Original or Modified Versions of the Font Software may be bundled,
redistributed and/or sold with any software, provided that each copy
contains the above copyright notice and this license. These can be
included either as stand-alone text files, human-readable headers or
in the appropriate machine-readable metadata fields within text or
binary files as long as those fields can be easily viewed by the user.

3) No Modified Version of the Font Software may use the Reserved Font
Name(s) unless explicit written permission is granted by the corresponding
Copyright Holder. This restriction only applies to the primary font name as
presented to the users.

4) The name(s) of the Copyright Holder(s) or the Author(s) of the Font
Software shall not be used to promote, endorse or advertise any
Modified Version, except to acknowledge the contribution(s) of the
Copyright Holder(s) and the Author(s) or with their explicit written
permission.

5) The Font Software, modified or unmodified, in part or in whole,
must be distributed entirely under this license, and must not be
distributed under any other license. The requirement for fonts to
remain under this license does not apply to any document created
using the Font Software.

TERMINATION
This license becomes null and void if any of the above conditions are
not met.

DISCLAIMER
THE FONT SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO ANY WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT
OF COPYRIGHT, PATENT, TRADEMARK, OR OTHER RIGHT. IN NO EVENT SHALL THE
COPYRIGHT HOLDER BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
INCLUDING ANY GENERAL, SPECIAL, INDIRECT, INCIDENTAL, OR CONSEQUENTIAL
DAMAGES, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
FROM, OUT OF THE USE OR INABILITY TO USE THE FONT SOFTWARE OR FROM
OTHER DEALINGS IN THE FONT SOFTWARE.
OFL
}
OFL_TEXT="$(ofl_from_debian || true)"
if [[ "$OFL_TEXT" != "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007"* ]] \
   || [[ "$OFL_TEXT" != *"OTHER DEALINGS IN THE FONT SOFTWARE." ]]; then
  OFL_TEXT="$(ofl_embedded)"
fi
{
  printf '%s\n' "$NOTO_COPYRIGHT"
  if [ -n "$FONT_COPYRIGHT" ] && [ "$FONT_COPYRIGHT" != "$NOTO_COPYRIGHT" ]; then
    printf '%s (copyright notice embedded in the Noto Sans font files)\n' "$FONT_COPYRIGHT"
  fi
  printf '\n'
  printf 'The files noto-sans-regular.woff2 and noto-sans-bold.woff2 are Modified Versions\n'
  printf '(character subsets) of Noto Sans Regular and Bold as shipped in the npm package\n'
  printf '%s %s. Noto Sans has no Reserved Font Name.\n' "$PACKAGE" "$VERSION"
  printf '\n'
  printf 'This Font Software is licensed under the SIL Open Font License, Version 1.1.\n'
  printf 'This license is copied below, and is also available with a FAQ at:\n'
  printf 'https://openfontlicense.org\n'
  printf '\n\n'
  printf '%s\n' "$OFL_TEXT"
} > "$STAGE/fonts/OFL.txt"

# --- fonts.css ----------------------------------------------------------------------
cat > "$STAGE/fonts.css" <<CSS
/* Noto Sans for KERN ($PACKAGE $VERSION), served by this platform.
 * Subset to the characters German and English text needs; licence: fonts/OFL.txt (SIL OFL 1.1).
 * Generated by scripts/update-kern.sh; do not edit. Load after kern.min.css. */
@font-face {
  font-family: "Noto Sans";
  font-style: normal;
  font-weight: 400;
  font-display: swap;
  src: url("fonts/noto-sans-regular.woff2") format("woff2");
}
@font-face {
  font-family: "Noto Sans";
  font-style: normal;
  font-weight: 700;
  font-display: swap;
  src: url("fonts/noto-sans-bold.woff2") format("woff2");
}
:root {
  --kern-typography-font-family-default: "Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  --kern-component-kopfzeile-font-family: "Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
CSS

# --- package files ----------------------------------------------------------------
cp "$CSS_SRC" "$STAGE/kern.min.css"
cp "$PKG/LICENSE.md" "$STAGE/LICENSE.md"
printf '%s\n' "$VERSION" > "$STAGE/VERSION"

# --- install into wwwroot (only the files this script owns) -------------------------
mkdir -p "$FONT_DEST"
for f in kern.min.css LICENSE.md VERSION fonts.css; do
  install -m 0644 "$STAGE/$f" "$DEST/$f"
done
for f in noto-sans-regular.woff2 noto-sans-bold.woff2 OFL.txt; do
  install -m 0644 "$STAGE/fonts/$f" "$FONT_DEST/$f"
done

log "vendored $PACKAGE $VERSION into ${DEST#"$REPO_ROOT"/}:"
for f in kern.min.css fonts.css fonts/noto-sans-regular.woff2 fonts/noto-sans-bold.woff2; do
  printf '  %-30s %8s bytes, gzip -9: %7s bytes\n' "$f" \
    "$(wc -c < "$DEST/$f")" "$(gzip -9c "$DEST/$f" | wc -c)" >&2
done

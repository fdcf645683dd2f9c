#!/usr/bin/env bash
# Regenerates the README's screenshots in docs/screenshots/: desktop-light.png (1200 px wide),
# phone-dark.png (375 px wide, dark theme, 2x pixels) and arabic-rtl.png (Arabic, right to left).
# Installs what is missing, builds dist/, then photographs it in headless Chromium on a plain
# article page with an invented storm live blog (tests/e2e/screenshots.mjs, which also runs on
# its own after scripts/build.sh). Any argument is the output folder instead of docs/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
node tests/e2e/screenshots.mjs "$@"

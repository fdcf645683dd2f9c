#!/usr/bin/env bash
# Builds the static dist/: embed.js (minified), liveblog.js (wasm-bindgen glue, minified),
# liveblog_bg.wasm (wasm-opt -Oz, short import and export names), liveblog.css, i18n/*.json.
# Copy dist/ to any static host or CDN; nothing of this project needs to run behind it.
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/.tools/node_modules/.bin:$PATH"

# The standard library is rebuilt with the widget (nightly's -Zbuild-std) so that it drops
# panic locations and Debug formatting (about 10 KB gzip, docs/size.md), and with its
# `optimize_for_size` feature, which picks the smaller of its algorithms for sorting and
# formatting (3 KB gzip). Everything else (tests, lints, docs) uses the stable toolchain.
RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none" cargo +nightly build --quiet --release \
  --target wasm32-unknown-unknown -p liveblog --lib --target-dir target/nightly \
  -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
rm -rf target/bindgen dist
wasm-bindgen --target web --no-typescript --out-dir target/bindgen --out-name liveblog \
  --remove-name-section --remove-producers-section \
  target/nightly/wasm32-unknown-unknown/release/liveblog.wasm
mkdir -p dist
# -Oz with a few extra passes: measured smaller after gzip than plain -Oz (docs/size.md).
# -lmu (the low 1 KB of memory is never used) holds because the stack comes first in a Rust
# wasm and grows down towards address 0: only a stack about to overflow would reach it. It lets
# -Oz fold constant offsets into loads and stores; --converge repeats -Oz until nothing shrinks.
features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-reference-types --enable-mutable-globals"
wasm-opt -Oz -lmu -ocimfs 20 --converge $features target/bindgen/liveblog_bg.wasm \
  -o target/bindgen/optimized.wasm
# Import and export names shortened to a letter or two, in the wasm and in the glue alike.
wasm-opt $features --minify-imports-and-exports-and-modules \
  target/bindgen/optimized.wasm -o dist/liveblog_bg.wasm >target/bindgen/names.json
node scripts/minify-names.mjs target/bindgen/names.json dist/liveblog_bg.wasm target/bindgen/liveblog.js
esbuild www/liveblog.css --minify --log-level=warning --outfile=dist/liveblog.css
# The widget's words in languages other than English, fetched only by widgets that need them.
mkdir -p dist/i18n
cp www/i18n/*.json dist/i18n/
# Minified with names kept where the page sees them: the glue's exports and the import object's
# keys are property names, which minifiers leave alone.
esbuild target/bindgen/liveblog.js --minify --format=esm --log-level=warning --outfile=dist/liveblog.js
sri() { node -e 'const c = require("node:crypto"), f = require("node:fs");
  process.stdout.write("sha384-" + c.createHash("sha384").update(f.readFileSync(process.argv[1])).digest("base64"))' "$1"; }
sed -e "s|__LIVEBLOG_GLUE_INTEGRITY__|$(sri dist/liveblog.js)|" \
    -e "s|__LIVEBLOG_WASM_INTEGRITY__|$(sri dist/liveblog_bg.wasm)|" www/embed.js |
  esbuild --minify --log-level=warning --legal-comments=none >dist/embed.js
# The hash publishers put in the script tag's integrity attribute.
sri dist/embed.js >dist/embed.js.sri

echo "embed.js integrity: $(cat dist/embed.js.sri)"
for file in dist/*.*; do
  printf '%-24s %8d B raw %8d B gzip\n' "$(basename "$file")" "$(wc -c <"$file")" "$(gzip -9c "$file" | wc -c)"
done

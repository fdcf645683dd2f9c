#!/usr/bin/env bash
# Builds the static dist/: embed.js (minified), liveblog.js (wasm-bindgen glue, minified),
# liveblog_bg.wasm (wasm-opt -Oz, short import and export names), the same pair built with
# hydration (liveblog-hydrate.js, liveblog-hydrate_bg.wasm), liveblog.css, i18n/*.json.
# Copy dist/ to any static host or CDN; nothing of this project needs to run behind it.
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/.tools/node_modules/.bin:$PATH"

features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-reference-types --enable-mutable-globals"
rm -rf target/bindgen dist
mkdir -p target/bindgen dist

# One bundle: the widget built with the cargo features $2, as dist/$1.js and dist/$1_bg.wasm.
bundle() {
  local name=$1 cargo_features=$2 out=target/bindgen/$1
  # The standard library is rebuilt with the widget (nightly's -Zbuild-std) so that it drops
  # panic locations and Debug formatting (about 10 KB gzip, docs/size.md), and with its
  # `optimize_for_size` feature, which picks the smaller of its algorithms for sorting and
  # formatting (3 KB gzip). A panic aborts on the spot, with no hook and no message (about 6 KB
  # gzip); embed.js tells that a call failed and stops the widget (src/web/crash.rs).
  # Everything else (tests, lints, docs) uses the stable toolchain.
  RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort" \
    cargo +nightly build --quiet --release \
    --target wasm32-unknown-unknown -p liveblog --lib --features "$cargo_features" \
    --target-dir target/nightly -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$name" \
    --remove-name-section --remove-producers-section \
    target/nightly/wasm32-unknown-unknown/release/liveblog.wasm
  # -Oz with a few extra passes: measured smaller after gzip than plain -Oz (docs/size.md).
  # -lmu (the low 1 KB of memory is never used) holds because the stack comes first in a Rust
  # wasm and grows down towards address 0: only a stack about to overflow would reach it. It
  # lets -Oz fold constant offsets into loads and stores; --converge repeats -Oz until nothing
  # shrinks.
  wasm-opt -Oz -lmu -ocimfs 20 --converge $features "$out/${name}_bg.wasm" -o "$out/optimized.wasm"
  # Import and export names shortened to a letter or two, in the wasm and in the glue alike.
  wasm-opt $features --minify-imports-and-exports-and-modules \
    "$out/optimized.wasm" -o "dist/${name}_bg.wasm" >"$out/names.json"
  node scripts/minify-names.mjs "$out/names.json" "dist/${name}_bg.wasm" "$out/$name.js"
  # Minified with names kept where the page sees them: the glue's exports and the import
  # object's keys are property names, which minifiers leave alone.
  esbuild "$out/$name.js" --minify --format=esm --log-level=warning --outfile="dist/$name.js"
}
# The widget that takes over a snapshot of `liveblog render`, which embed.js loads only on pages
# with one: hydration costs about 10 KB gzip that other readers do not download.
bundle liveblog-hydrate hydration
# Built last, so that target/nightly/.../liveblog.wasm (with names, for twiggy) is this one.
bundle liveblog ""
esbuild www/liveblog.css --minify --log-level=warning --outfile=dist/liveblog.css
# The widget's words in languages other than English, fetched only by widgets that need them.
mkdir -p dist/i18n
cp www/i18n/*.json dist/i18n/
sri() { node -e 'const c = require("node:crypto"), f = require("node:fs");
  process.stdout.write("sha384-" + c.createHash("sha384").update(f.readFileSync(process.argv[1])).digest("base64"))' "$1"; }
sed -e "s|__LIVEBLOG_GLUE_INTEGRITY__|$(sri dist/liveblog.js)|" \
    -e "s|__LIVEBLOG_WASM_INTEGRITY__|$(sri dist/liveblog_bg.wasm)|" \
    -e "s|__LIVEBLOG_HYDRATE_GLUE_INTEGRITY__|$(sri dist/liveblog-hydrate.js)|" \
    -e "s|__LIVEBLOG_HYDRATE_WASM_INTEGRITY__|$(sri dist/liveblog-hydrate_bg.wasm)|" www/embed.js |
  esbuild --minify --log-level=warning --legal-comments=none >dist/embed.js
# The hash publishers put in the script tag's integrity attribute.
sri dist/embed.js >dist/embed.js.sri

echo "embed.js integrity: $(cat dist/embed.js.sri)"
for file in dist/*.*; do
  printf '%-24s %8d B raw %8d B gzip\n' "$(basename "$file")" "$(wc -c <"$file")" "$(gzip -9c "$file" | wc -c)"
done

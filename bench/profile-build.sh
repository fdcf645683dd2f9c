#!/usr/bin/env bash
# A profiling build of the widget into target/profile-dist/ (not dist/): the steps of
# scripts/build.sh for the default bundle, but keeping the wasm's function names (no
# --remove-name-section, wasm-opt -g) and the long import and export names, so that a CPU
# profile names wasm functions. Used by bench/profile.mjs; scripts/build.sh is untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/.tools/node_modules/.bin:$PATH"
features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-reference-types --enable-mutable-globals"
out=target/profile-bindgen dist=target/profile-dist
rm -rf "$out" "$dist"
mkdir -p "$out" "$dist"
RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort" cargo +nightly build --quiet --release \
  --target wasm32-unknown-unknown -p liveblog --lib --target-dir target/nightly \
  -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name liveblog \
  target/nightly/wasm32-unknown-unknown/release/liveblog.wasm
wasm-opt -Oz -ocimfs 20 -g $features "$out/liveblog_bg.wasm" -o "$dist/liveblog_bg.wasm"
cp "$out/liveblog.js" "$dist/liveblog.js"
cp www/liveblog.css "$dist/liveblog.css"
mkdir -p "$dist/i18n" && cp www/i18n/*.json "$dist/i18n/"
sri() { node -e 'const c = require("node:crypto"), f = require("node:fs");
  process.stdout.write("sha384-" + c.createHash("sha384").update(f.readFileSync(process.argv[1])).digest("base64"))' "$1"; }
sed -e "s|__LIVEBLOG_GLUE_INTEGRITY__|$(sri "$dist/liveblog.js")|" \
    -e "s|__LIVEBLOG_WASM_INTEGRITY__|$(sri "$dist/liveblog_bg.wasm")|" \
    -e "s|__LIVEBLOG_HYDRATE_GLUE_INTEGRITY__|sha384-none|" \
    -e "s|__LIVEBLOG_HYDRATE_WASM_INTEGRITY__|sha384-none|" www/embed.js >"$dist/embed.js"
ls -l "$dist"

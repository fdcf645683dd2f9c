#!/usr/bin/env bash
# Builds the static dist/: embed.js, liveblog.js (wasm-bindgen glue), liveblog_bg.wasm, liveblog.css.
# Copy dist/ to any static host or CDN; nothing of this project needs to run behind it.
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/.tools/node_modules/.bin:$PATH"

cargo build --quiet --release --target wasm32-unknown-unknown -p liveblog --lib
rm -rf target/bindgen dist
wasm-bindgen --target web --no-typescript --out-dir target/bindgen --out-name liveblog \
  --remove-name-section --remove-producers-section \
  target/wasm32-unknown-unknown/release/liveblog.wasm
mkdir -p dist
# -Oz with a few extra passes: measured smaller after gzip than plain -Oz (docs/size.md).
wasm-opt -Oz -ocimfs 20 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-mutable-globals \
  target/bindgen/liveblog_bg.wasm -o dist/liveblog_bg.wasm
cp target/bindgen/liveblog.js www/embed.js www/liveblog.css dist/

for file in dist/*; do
  printf '%-24s %8d B raw %8d B gzip\n' "$(basename "$file")" "$(wc -c <"$file")" "$(gzip -9c "$file" | wc -c)"
done

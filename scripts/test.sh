#!/usr/bin/env bash
# Runs every check and test suite: formatting, lints and docs for native and wasm32, native unit
# and integration tests, browser tests in headless Chromium, the dist/ build, and end-to-end tests
# of the built embed. Installs what is missing first (scripts/setup.sh). Ends with one line:
# "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
step() { printf '\n== %s\n' "$*"; }
export RUSTDOCFLAGS="-D warnings"
export CARGO_TERM_COLOR=never

step "format"
cargo fmt --all -- --check

step "clippy (native, whole workspace)"
cargo clippy --quiet --workspace --all-targets -- -D warnings
step "clippy (wasm32, widget, and its hydrating build)"
cargo clippy --quiet -p liveblog --all-targets --target wasm32-unknown-unknown -- -D warnings
cargo clippy --quiet -p liveblog --lib --features hydration --target wasm32-unknown-unknown -- -D warnings

step "docs (native and wasm32)"
cargo doc --quiet --workspace --no-deps
cargo doc --quiet -p liveblog --no-deps --target wasm32-unknown-unknown

step "native tests (core, tools, docs)"
cargo test --workspace 2>&1 | tee -a "$log"

step "browser tests (headless Chromium)"
cargo test -p liveblog --target wasm32-unknown-unknown --test browser --test crash --test reading --test media 2>&1 | tee -a "$log"

step "build dist/ and the demo server"
bash scripts/build.sh
cargo build --quiet -p liveblog-tools

step "end-to-end tests (dist/ on a plain static host, live behaviour against the demo server, in Chromium)"
node --test tests/e2e/ 2>&1 | tee -a "$log"

passed=$(( $(grep -o 'test result: [a-zA-Z]*\. [0-9]* passed' "$log" | awk '{s+=$4} END {print s+0}') \
  + $(grep -o '^# pass [0-9]*' "$log" | awk '{s+=$3} END {print s+0}') ))
failed=$(( $(grep -o '[0-9]* failed;' "$log" | awk '{s+=$1} END {print s+0}') \
  + $(grep -o '^# fail [0-9]*' "$log" | awk '{s+=$3} END {print s+0}') ))
printf '\n%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]

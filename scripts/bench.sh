#!/usr/bin/env bash
# The benchmark of issue #7: builds dist/, then drives it and a plain JavaScript reference in
# headless Chromium and prints one table per CPU throttling rate (docs/benchmarks.md).
# Not part of the test suite. Options go to bench/run.mjs: --runs N, --polls N, --rates 1,4, --help.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build.sh
node bench/run.mjs "$@"

#!/usr/bin/env bash
# Runs the demo newsroom: installs what is missing, builds dist/, and serves the article page with
# the embedded live blog, whose feed publishes a new step every 20 s. Extra arguments go to
# `liveblog serve` (try --help), e.g. scripts/demo.sh --addr 127.0.0.1:9000 --step-seconds 5
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cargo build --quiet --release -p liveblog-tools
exec target/release/liveblog serve "$@"

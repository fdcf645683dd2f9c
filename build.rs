//! Names the sources a build was made from: a hash of every file under `src/` and of
//! `Cargo.lock`, as `LIVEBLOG_SOURCES` (read by `liveblog::SOURCES`). A snapshot of `liveblog
//! render` carries it, and the widget hydrates only a snapshot of its own sources: Yew's
//! hydration expects exactly the tree the widget renders, and any other build may render another.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.lock");
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    files.sort();
    files.push(PathBuf::from("Cargo.lock"));
    // FNV-1a, 64 bits: the same on every toolchain (the tools and the wasm are built by two).
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in &files {
        let name = file.to_string_lossy();
        let contents = fs::read(file).unwrap_or_default();
        for byte in name.bytes().chain([0]).chain(contents).chain([0]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=LIVEBLOG_SOURCES={hash:016x}");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}

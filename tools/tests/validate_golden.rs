//! `liveblog validate` on a set of broken feeds, compared with golden files.
//!
//! Each `tests/fixtures/broken/NAME.json` (or `.jsonld`) has a `NAME.txt` beside it: exactly what
//! `liveblog validate NAME.json` prints, run in that directory, and its exit status. After a
//! deliberate change to the messages, rewrite them all with
//! `UPDATE_GOLDEN=1 cargo test -p liveblog-tools --test validate_golden` and review the diff.

use std::path::{Path, PathBuf};
use std::process::Command;

fn broken() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/broken")
}

/// What `liveblog validate NAME` prints in the fixtures' directory, and its exit status.
fn run(name: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_liveblog"))
        .args(["validate", name])
        .current_dir(broken())
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 output");
    assert_eq!(stderr, "", "{name} wrote to stderr");
    format!(
        "$ liveblog validate {name}\n{stdout}exit status: {}\n",
        output.status.code().unwrap_or(-1)
    )
}

#[test]
fn every_broken_feed_is_reported_as_its_golden_file_says() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut names: Vec<String> = std::fs::read_dir(broken())
        .expect("tests/fixtures/broken exists")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json") || name.ends_with(".jsonld"))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "the broken feeds are there: {names:?}");
    let mut stale = Vec::new();
    for name in &names {
        let golden = broken().join(Path::new(name).with_extension("txt"));
        let actual = run(name);
        if update {
            std::fs::write(&golden, &actual).expect("the golden file is written");
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if actual != expected {
            stale.push(format!(
                "--- {}\n{expected}+++ actual\n{actual}",
                golden.display()
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "output differs from the golden files (UPDATE_GOLDEN=1 rewrites them):\n{}",
        stale.join("\n")
    );
}

#[test]
fn every_golden_file_has_its_feed() {
    for entry in std::fs::read_dir(broken()).expect("tests/fixtures/broken exists") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|extension| extension == "txt") {
            assert!(
                path.with_extension("json").exists() || path.with_extension("jsonld").exists(),
                "{} has no feed",
                path.display()
            );
        }
    }
}

#[test]
fn warnings_alone_exit_zero_unless_denied() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let validate = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_liveblog"))
            .arg("validate")
            .args(args)
            .current_dir(&fixtures)
            .output()
            .expect("the binary runs")
    };
    let clean = validate(&["clean.json"]);
    assert!(clean.status.success());
    assert!(String::from_utf8_lossy(&clean.stdout).ends_with(
        "clean.json: 0 errors, 0 warnings. JSON Feed: the widget shows 3 updates of 3 items, live.\n"
    ));
    assert_eq!(
        validate(&["broken/no-alt-text.json"]).status.code(),
        Some(0)
    );
    assert_eq!(
        validate(&["--deny-warnings", "broken/no-alt-text.json"])
            .status
            .code(),
        Some(1)
    );
    let missing = validate(&["no-such-feed.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr)
        .starts_with("error: cannot read no-such-feed.json: "));
}

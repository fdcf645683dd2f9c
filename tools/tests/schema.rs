//! The JSON Schema `docs/feed.schema.json` (draft 2020-12, formats asserted) against every
//! fixture, and against `liveblog validate`: a feed the schema refuses is one the validator
//! reports problems in, at the same places.

use std::path::{Path, PathBuf};

use liveblog_tools::demo_script::DemoScript;
use liveblog_tools::newsroom::Newsroom;
use liveblog_tools::site::SiteUrls;
use liveblog_tools::timestamp::Timestamp;
use liveblog_tools::validate::{validate, Severity};
use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(repo().join("docs/feed.schema.json")).expect("the schema");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    assert!(
        jsonschema::meta::is_valid(&schema),
        "the schema is a valid draft 2020-12 schema"
    );
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

/// The instance pointers of every schema error, sorted and deduplicated.
fn schema_errors(validator: &jsonschema::Validator, feed: &Value) -> Vec<String> {
    let mut pointers: Vec<String> = validator
        .iter_errors(feed)
        .map(|error| error.instance_path().as_str().to_owned())
        .collect();
    pointers.sort();
    pointers.dedup();
    pointers
}

fn json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("the fixture");
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn now() -> liveblog::core::Timestamp {
    liveblog::core::Timestamp::parse("2026-11-30T15:00:00Z").expect("a date")
}

/// The JSON Feed fixtures (`*.json`) of a directory.
fn feeds(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the fixtures directory")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "json")
        })
        .collect();
    paths.sort();
    paths
}

#[test]
fn every_feed_fixture_is_valid_except_the_deliberately_hostile_one() {
    let validator = schema();
    // summit.json tests the consumer rules: an unparseable date and an item without an id.
    let expected: &[(&str, &[&str])] = &[("summit.json", &["/items/4/date_published", "/items/5"])];
    let paths = feeds(&repo().join("tests/fixtures"));
    assert!(paths.len() >= 3, "{paths:?}");
    for path in paths {
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default();
        let errors = schema_errors(&validator, &json(&path));
        let wanted: Vec<String> = expected
            .iter()
            .find(|(fixture, _)| *fixture == name)
            .map(|(_, pointers)| pointers.iter().map(|p| (*p).to_owned()).collect())
            .unwrap_or_default();
        assert_eq!(errors, wanted, "{name}");
    }
}

#[test]
fn the_demo_newsrooms_feed_is_valid_from_its_first_to_its_last_step() {
    let validator = schema();
    let script = DemoScript::load(&repo().join("tools/demo/newsroom.json")).expect("the script");
    let site = SiteUrls::from_origin("http://127.0.0.1:8080");
    let start = Timestamp::from_unix_seconds(1_796_032_800);
    let mut newsroom = Newsroom::open(script, start);
    let mut minute = 0;
    loop {
        let feed = serde_json::to_value(newsroom.to_json_feed(&site)).expect("serialisable");
        assert_eq!(
            schema_errors(&validator, &feed),
            Vec::<String>::new(),
            "after {minute} steps"
        );
        minute += 1;
        if newsroom
            .advance(Timestamp::from_unix_seconds(1_796_032_800 + minute * 60))
            .is_none()
        {
            break;
        }
    }
    assert!(newsroom.is_closed(), "the script ends with the blog closed");
}

#[test]
fn where_the_schema_refuses_a_broken_feed_the_validator_reports_a_problem() {
    let validator = schema();
    for path in feeds(&repo().join("tests/fixtures/broken")) {
        let bytes = std::fs::read(&path).expect("the fixture");
        let Ok(feed) = serde_json::from_slice::<Value>(&bytes) else {
            continue; // not JSON: nothing for the schema to say
        };
        let report = validate(&bytes, now());
        let reported: Vec<&str> = report
            .problems
            .iter()
            .map(|problem| problem.pointer.as_str())
            .collect();
        for pointer in schema_errors(&validator, &feed) {
            // The schema's pointer, or one above or below it (a missing field is reported on its
            // object, a wrong element on its list).
            let near =
                |found: &&str| pointer.starts_with(*found) || found.starts_with(pointer.as_str());
            assert!(
                reported.iter().any(near),
                "{}: the schema refuses {pointer:?}, the validator says nothing there: {reported:?}",
                path.display()
            );
        }
        if report
            .problems
            .iter()
            .any(|p| p.severity == Severity::Error)
        {
            assert!(
                !schema_errors(&validator, &feed).is_empty()
                    || path.ends_with("duplicate-ids.json"),
                "{}: the validator finds errors the schema accepts",
                path.display()
            );
        }
    }
}

#[test]
fn the_examples_in_the_format_docs_are_valid_and_read_alike() {
    let validator = schema();
    let text = std::fs::read_to_string(repo().join("docs/feed-format.md")).expect("the docs");
    let examples: Vec<&str> = text
        .split("```json\n")
        .skip(1)
        .filter_map(|block| block.split("\n```").next())
        .collect();
    assert_eq!(examples.len(), 4, "two examples per format");
    for example in examples {
        let feed: Value = serde_json::from_str(example).expect("an example is JSON");
        let report = validate(example.as_bytes(), now());
        assert_eq!(report.problems, [], "{example}");
        if feed.get("version").is_some() {
            assert_eq!(
                schema_errors(&validator, &feed),
                Vec::<String>::new(),
                "{example}"
            );
        }
    }
}

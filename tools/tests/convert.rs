//! Round trips through `liveblog convert`: JSON-LD to JSON Feed and back, JSON Feed to JSON-LD and
//! back, over the fixtures. What both formats share must come back unchanged, as the widget shows
//! it; only HTML bodies change (JSON-LD's articleBody is plain text).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;

use liveblog::core::model::{Body, Feed};
use liveblog::core::normalize::normalize;
use liveblog::core::Timestamp;
use liveblog_tools::convert::{convert, Target};
use liveblog_tools::document::{read_value, Format};
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

fn now() -> Timestamp {
    Timestamp::parse("2026-11-30T15:00:00Z").expect("a date")
}

fn load(name: &str) -> Value {
    let text = std::fs::read_to_string(fixtures().join(name)).expect("the fixture");
    serde_json::from_str(&text).expect("JSON")
}

/// What the widget shows for a document: the feed, normalised.
fn shown(document: &Value) -> Feed {
    let read = read_value(document, now()).expect("readable");
    normalize(read.wire, &|url| Some(url.to_owned()))
}

/// The same, with every body as the plain text a conversion to JSON-LD leaves of it.
fn shown_as_text(document: &Value) -> Feed {
    let mut feed = shown(document);
    for update in &mut feed.updates {
        let mut plain = (**update).clone();
        if let Body::Html(html) = &plain.body {
            plain.body = Body::Text(liveblog_tools::feed_html::plain_text(html));
        }
        *update = Rc::new(plain);
    }
    feed
}

fn to(document: &Value, target: Target) -> Value {
    let read = read_value(document, now()).expect("readable");
    convert(&read, target).document
}

#[test]
fn json_ld_to_json_feed_and_back_shows_the_same_blog() {
    let original = load("summit.jsonld");
    let feed = to(&original, Target::JsonFeed);
    assert_eq!(
        read_value(&feed, now()).expect("readable").format,
        Format::JsonFeed
    );
    assert_eq!(shown(&feed), shown(&original));
    let back = to(&feed, Target::LiveBlogPosting);
    assert_eq!(shown(&back), shown(&original));
    // And from there on, nothing changes any more.
    assert_eq!(
        to(&to(&back, Target::JsonFeed), Target::LiveBlogPosting),
        back
    );
}

#[test]
fn json_feed_to_json_ld_and_back_keeps_every_shared_field() {
    for name in ["summit.json", "clean.json", "closed.json"] {
        let original = load(name);
        let posting = to(&original, Target::LiveBlogPosting);
        assert_eq!(shown_as_text(&posting), shown_as_text(&original), "{name}");
        let back = to(&posting, Target::JsonFeed);
        assert_eq!(shown_as_text(&back), shown_as_text(&original), "{name}");
        assert_eq!(
            to(&to(&back, Target::LiveBlogPosting), Target::JsonFeed),
            back,
            "{name}"
        );
    }
}

#[test]
fn the_json_ld_fixture_is_the_json_feed_fixtures_blog() {
    // tests/e2e/jsonld.test.mjs renders both in Chromium and expects the same headlines, order,
    // key points, pinned update and key event; here the core agrees.
    let from_json_ld = shown(&load("summit.jsonld"));
    let from_json_feed = shown(&load("summit.json"));
    // Each update as the reader sees it: id, headline, pinned, key event, authors.
    let outline = |feed: &Feed| -> Vec<String> {
        feed.updates
            .iter()
            .map(|update| {
                let authors: Vec<&str> = update.authors.iter().map(|a| a.name.as_str()).collect();
                format!(
                    "{} {:?} pinned={} key_event={} {}",
                    update.id,
                    update.headline,
                    update.pinned,
                    update.key_event,
                    authors.join(", ")
                )
            })
            .collect()
    };
    assert_eq!(outline(&from_json_ld), outline(&from_json_feed));
    assert_eq!(from_json_ld.title, from_json_feed.title);
    assert_eq!(from_json_ld.key_points, from_json_feed.key_points);
    assert_eq!(from_json_ld.status, from_json_feed.status);
    assert_eq!(from_json_ld.poll_interval, from_json_feed.poll_interval);
}

#[test]
fn the_command_converts_files_and_lists_what_it_left_out() {
    let output = Command::new(env!("CARGO_BIN_EXE_liveblog"))
        .args(["convert", "summit.json"])
        .current_dir(fixtures())
        .output()
        .expect("the binary runs");
    assert!(output.status.success());
    let posting: Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert_eq!(posting["@type"], "LiveBlogPosting");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "note: content_html becomes plain text: articleBody has no HTML (4 times)\n\
         note: an item without an id is left out, as the widget leaves it out\n"
    );
    let back = Command::new(env!("CARGO_BIN_EXE_liveblog"))
        .args(["convert", "--to", "json-feed", "-"])
        .stdin(std::fs::File::open(fixtures().join("summit.jsonld")).expect("the fixture"))
        .output()
        .expect("the binary runs");
    assert!(back.status.success());
    let feed: Value = serde_json::from_slice(&back.stdout).expect("JSON on stdout");
    assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1");
    let refused = Command::new(env!("CARGO_BIN_EXE_liveblog"))
        .args(["convert", "broken/ld-no-posting.jsonld"])
        .current_dir(fixtures())
        .output()
        .expect("the binary runs");
    assert_eq!(refused.status.code(), Some(1));
}

//! The language files in `www/i18n/` against the widget's table of words: every translated
//! language listed has a file, every file is complete, and nothing in them is misspelt.
#![cfg(not(target_arch = "wasm32"))]

use liveblog::core::strings::{Strings, ENGLISH, KEYS, TRANSLATED};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// The optional keys: plural forms that only some languages have.
const OPTIONAL: [&str; 3] = ["new_updates_two", "new_updates_few", "new_updates_many"];

fn files() -> BTreeMap<String, BTreeMap<String, String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/i18n");
    fs::read_dir(&dir)
        .expect("www/i18n")
        .map(|entry| entry.expect("entry").path())
        .map(|path| {
            let language = path
                .file_stem()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            assert_eq!(
                path.extension().and_then(|e| e.to_str()),
                Some("json"),
                "{path:?}"
            );
            let text = fs::read_to_string(&path).expect("readable");
            let words = serde_json::from_str(&text)
                .unwrap_or_else(|error| panic!("{language}.json: {error}"));
            (language, words)
        })
        .collect()
}

#[test]
fn every_translated_language_has_a_file_and_no_file_is_unlisted() {
    let files = files();
    let mut listed: Vec<&str> = TRANSLATED.to_vec();
    listed.sort_unstable();
    assert_eq!(files.keys().map(String::as_str).collect::<Vec<_>>(), listed);
}

#[test]
fn every_file_sets_every_required_key_and_only_known_keys() {
    for (language, words) in files() {
        for key in KEYS.iter().filter(|key| !OPTIONAL.contains(key)) {
            let value = words.get(*key);
            assert!(
                value.is_some_and(|value| !value.trim().is_empty()),
                "{language}.json lacks \"{key}\""
            );
        }
        let mut strings: Strings = ENGLISH;
        for (key, value) in words {
            let value: &'static str = Box::leak(value.into_boxed_str());
            assert!(
                strings.set(&key, value),
                "{language}.json: unknown key \"{key}\""
            );
        }
        assert!(
            strings.new_updates.contains("{n}"),
            "{language}.json: \"new_updates\" must say where the count goes"
        );
        for (key, value) in [
            ("embed_load_video", strings.embed_load_video),
            ("embed_load_audio", strings.embed_load_audio),
            ("embed_load_post", strings.embed_load_post),
            ("embed_privacy", strings.embed_privacy),
            ("embed_open", strings.embed_open),
            ("embed_title", strings.embed_title),
        ] {
            assert!(
                value.contains("{provider}"),
                "{language}.json: \"{key}\" must say where the provider's name goes"
            );
        }
    }
}

//! The widget's words in the reader's language: the language file fetched next to the wasm,
//! the publisher's overrides applied, and plural categories from `Intl.PluralRules`.

use super::fetch::fetch_text;
use crate::core::strings::{language_of, Strings, ENGLISH, KEYS, TRANSLATED};
use js_sys::{Array, Object, JSON};
use std::cell::RefCell;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// `Intl.PluralRules`, bound here so that constructing one can catch the `RangeError` of a
    /// malformed locale (js-sys's binding lets it unwind through the widget).
    #[wasm_bindgen(js_namespace = Intl)]
    type PluralRules;

    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = PluralRules)]
    fn new(locales: &Array) -> Result<PluralRules, JsValue>;

    #[wasm_bindgen(method)]
    fn select(this: &PluralRules, count: f64) -> String;
}

thread_local! {
    /// Tables already built, by language and overrides: each is built once per page and kept,
    /// so widgets in the same language share one.
    static TABLES: RefCell<Vec<(String, &'static Strings)>> = const { RefCell::new(Vec::new()) };
}

/// The widget's locale: the embed's, else the feed's `language`, else the page's, else English.
pub fn chosen(embed: Option<&str>, feed: Option<&str>) -> String {
    embed
        .or(feed)
        .map(str::to_owned)
        .or_else(super::address::page_language)
        .unwrap_or_else(|| "en".to_owned())
}

/// Whether the words for `locale` (with `overrides`) are at hand without a fetch.
pub fn ready(locale: &str, overrides: Option<&str>) -> Option<&'static Strings> {
    let language = language_of(locale);
    if !TRANSLATED.contains(&language.as_str()) {
        return Some(built(&key("en", overrides), &ENGLISH, None, overrides));
    }
    cached(&key(&language, overrides))
}

/// The words for `locale`: English, or the language file under `base` (the `i18n/` folder's
/// URL) for a translated language, with the publisher's `overrides` (a JSON object) on top.
/// A file that cannot be fetched or read leaves English in place.
pub async fn load(locale: &str, base: Option<&str>, overrides: Option<&str>) -> &'static Strings {
    if let Some(strings) = ready(locale, overrides) {
        return strings;
    }
    let language = language_of(locale);
    let file = match base {
        Some(base) => fetch_text(&format!("{base}{language}.json"), None)
            .await
            .ok(),
        None => None,
    };
    built(
        &key(&language, overrides),
        &ENGLISH,
        file.as_deref(),
        overrides,
    )
}

/// The plural category of `count` in `locale` ("one", "few", ...), "other" if unknown.
pub fn plural(locale: &str, count: usize) -> String {
    PluralRules::new(&Array::of1(&JsValue::from_str(locale)))
        .or_else(|_| PluralRules::new(&Array::new()))
        .map(|rules| rules.select(count as f64))
        .unwrap_or_else(|_| "other".to_owned())
}

fn key(language: &str, overrides: Option<&str>) -> String {
    format!("{language}\n{}", overrides.unwrap_or_default())
}

fn cached(key: &str) -> Option<&'static Strings> {
    TABLES.with(|tables| {
        tables
            .borrow()
            .iter()
            .find(|(known, _)| known == key)
            .map(|(_, strings)| *strings)
    })
}

/// Builds (once) the table for `key`: `base`, then the language `file`, then `overrides`.
fn built(
    key: &str,
    base: &Strings,
    file: Option<&str>,
    overrides: Option<&str>,
) -> &'static Strings {
    if let Some(strings) = cached(key) {
        return strings;
    }
    let mut strings = *base;
    for json in [file, overrides].into_iter().flatten() {
        apply(&mut strings, json);
    }
    let strings: &'static Strings = Box::leak(Box::new(strings));
    TABLES.with(|tables| tables.borrow_mut().push((key.to_owned(), strings)));
    strings
}

/// Sets every string of the JSON object `json` that names a known key; warns about the rest.
fn apply(strings: &mut Strings, json: &str) {
    let Some(object) = JSON::parse(json)
        .ok()
        .and_then(|value| value.dyn_into::<Object>().ok())
    else {
        web_sys::console::warn_1(&JsValue::from_str(
            "liveblog: strings are not a JSON object",
        ));
        return;
    };
    for entry in Object::entries(&object).iter() {
        let entry: Array = entry.unchecked_into();
        let (Some(name), Some(value)) = (entry.get(0).as_string(), entry.get(1).as_string()) else {
            continue;
        };
        if !KEYS.contains(&name.as_str()) {
            web_sys::console::warn_1(&JsValue::from_str(&format!(
                "liveblog: unknown string \"{name}\""
            )));
            continue;
        }
        strings.set(&name, Box::leak(value.into_boxed_str()));
    }
}

//! Rendering natively (feature `ssr`): the stand-ins the views take for the browser's `Intl`,
//! parser and clock, and [`render`], which turns a feed into the widget's HTML with Yew's
//! server-side rendering, ready for the browser to hydrate.

mod sanitize;
mod snapshot;
mod time;

pub use sanitize::sanitize_html;
pub use snapshot::{render, Snapshot, SnapshotProps};
pub use time::{now, TimeFormat};

/// `url` made absolute against `base` by the URL standard's parser (the `url` crate), as the
/// browser's `new URL(url, base)` does it: `None` when either cannot be parsed.
pub fn resolve(url: &str, base: &str) -> Option<String> {
    url::Url::parse(base).ok()?.join(url).ok().map(String::from)
}

/// The plural category of `count`: English's ("one", "other"). The browser's `Intl.PluralRules`
/// knows every language's, and replaces the words when it hydrates.
pub fn plural(_locale: &str, count: usize) -> String {
    if count == 1 { "one" } else { "other" }.to_owned()
}

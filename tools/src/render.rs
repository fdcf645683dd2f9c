//! `liveblog render`: a blog as static HTML, for search engines and readers without JavaScript,
//! that the widget takes over in the browser instead of re-creating it.
//!
//! The snapshot is the widget's host element with its shadow root written out as declarative
//! shadow DOM (`<template shadowrootmode="open">`): the stylesheet, the widget's first render made
//! by Yew's server-side rendering of the widget's own components
//! ([`liveblog::server::render`]), and the blog as a JSON Feed. The browser shows it before any
//! script runs; the widget then reads the JSON Feed, renders the same tree and hydrates it, keeping
//! every element, and polls on from there. Beside the host, the same content as schema.org
//! `LiveBlogPosting` JSON-LD.

use crate::convert::{convert, Target};
use crate::document::{self, ReadError};
use liveblog::core::normalize;
use liveblog::core::options::{OptionError, Options};
use liveblog::core::strings::{language_of, Strings, ENGLISH};
use liveblog::server::{render as render_widget, resolve, SnapshotProps};
use serde_json::Value;
use std::fmt::Write;
use std::rc::Rc;

/// How to render a snapshot: the embed's options and where the built widget is served.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderOptions {
    /// The embed's options as name and value (`feed`, `locale`, `theme`, `page-size`...), as the
    /// script tag's `data-liveblog-*` attributes give them.
    pub embed: Vec<(String, String)>,
    /// The URL of the folder holding the built widget (`dist/`), ending in `/`.
    pub assets: String,
    /// A whole HTML page around the snapshot, with the loader's script tag, rather than the
    /// fragment a publisher puts in an article.
    pub page: bool,
}

/// Why a snapshot cannot be rendered.
#[derive(Debug)]
pub enum RenderError {
    /// The feed is not one the widget reads.
    Feed(ReadError),
    /// An embed option is missing or wrong.
    Option(OptionError),
    /// The feed URL is not absolute: the snapshot resolves the feed's links against it as the
    /// browser will, and a page's address is not known here.
    RelativeFeed(String),
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Feed(error) => write!(f, "{error}"),
            Self::Option(error) => write!(f, "{error}"),
            Self::RelativeFeed(feed) => write!(
                f,
                "the feed URL {feed:?} is not absolute: give the URL the widget will poll"
            ),
        }
    }
}

impl std::error::Error for RenderError {}

/// A rendered snapshot.
#[derive(Debug)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// Options with a value the widget does not accept, which it replaces by their default (and
    /// warns about on the console, as the snapshot's embed will).
    pub warnings: Vec<OptionError>,
}

/// Renders the snapshot of the feed in `bytes` (JSON Feed or `LiveBlogPosting` JSON-LD).
///
/// # Errors
/// [`RenderError`] when the widget would refuse the feed or the options.
pub async fn render(bytes: &[u8], options: &RenderOptions) -> Result<Rendered, RenderError> {
    let (embed, warnings) = Options::parse(
        options
            .embed
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
    )
    .map_err(RenderError::Option)?;
    // Absolute: it parses as a base URL of its own.
    if resolve(&embed.feed, &embed.feed).is_none() {
        return Err(RenderError::RelativeFeed(embed.feed.clone()));
    }
    let now = document::now();
    let read = document::read(bytes, now).map_err(RenderError::Feed)?;
    // The widget hydrates from this JSON Feed, so the server renders from the same document
    // read back, not from the input: both sides then start from identical data.
    let data = convert(&read, Target::JsonFeed).document;
    let json_ld = convert(&read, Target::LiveBlogPosting).document;
    let data_text = script_json(&data);
    let wire = document::read(data_text.as_bytes(), now)
        .map_err(RenderError::Feed)?
        .wire;
    let feed = normalize(wire, &|url| resolve(url, &embed.feed));
    let locale = embed
        .locale
        .clone()
        .or_else(|| feed.language.clone())
        .unwrap_or_else(|| "en".to_owned());
    let html = render_widget(SnapshotProps {
        strings: words(&locale),
        locale: locale.into(),
        feed_url: embed.feed.clone().into(),
        theme: embed.theme,
        page_size: embed.page_size,
        feed: Rc::new(feed),
    })
    .await;

    let mut out = String::new();
    let attributes: String = options
        .embed
        .iter()
        .map(|(name, value)| format!(" data-liveblog-{name}=\"{}\"", attribute(value)))
        .collect();
    let assets = attribute(&options.assets);
    let sources = liveblog::SOURCES;
    let (feed_url, page_size) = (attribute(&embed.feed), embed.page_size);
    let _ = write!(
        out,
        "<div{attributes}><template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"{assets}liveblog.css\">\
         <div class=\"lb-frame\" hidden>{html}</div>\
         <script type=\"application/json\" class=\"lb-snapshot\" \
         data-sources=\"{sources}\" data-feed=\"{feed_url}\" data-page-size=\"{page_size}\">\
         {data_text}</script>\
         </template></div>\n\
         <script type=\"application/ld+json\">{}</script>\n",
        script_json(&json_ld)
    );
    if options.page {
        let title = json_ld["headline"].as_str().unwrap_or("Live blog");
        out = format!(
            "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n</head>\n<body>\n{out}<script src=\"{assets}embed.js\" async></script>\n\
             </body>\n</html>\n",
            attribute(&language_of(json_ld["inLanguage"].as_str().unwrap_or("en"))),
            text(title),
        );
    }
    Ok(Rendered {
        html: out,
        warnings,
    })
}

/// The widget's words in `locale`'s language: English, or the language file the widget would
/// fetch (`www/i18n/`), compiled in.
fn words(locale: &str) -> &'static Strings {
    let file = match language_of(locale).as_str() {
        "ar" => include_str!("../../www/i18n/ar.json"),
        "de" => include_str!("../../www/i18n/de.json"),
        "es" => include_str!("../../www/i18n/es.json"),
        "fa" => include_str!("../../www/i18n/fa.json"),
        "fr" => include_str!("../../www/i18n/fr.json"),
        "he" => include_str!("../../www/i18n/he.json"),
        "pt" => include_str!("../../www/i18n/pt.json"),
        "ru" => include_str!("../../www/i18n/ru.json"),
        "tr" => include_str!("../../www/i18n/tr.json"),
        "uk" => include_str!("../../www/i18n/uk.json"),
        "zh" => include_str!("../../www/i18n/zh.json"),
        _ => return &ENGLISH,
    };
    let mut strings = ENGLISH;
    if let Ok(Value::Object(entries)) = serde_json::from_str(file) {
        for (key, value) in entries {
            if let Value::String(value) = value {
                strings.set(&key, Box::leak(value.into_boxed_str()));
            }
        }
    }
    Box::leak(Box::new(strings))
}

/// JSON for inside a `<script>` element: no `<` at all, so no `</script>` or `<!--` either.
fn script_json(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// Text for inside a double-quoted attribute.
fn attribute(value: &str) -> String {
    text(value).replace('"', "&quot;")
}

/// Text for between tags.
fn text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEED: &str = "https://news.example/live/summit/feed.json";

    fn options(embed: &[(&str, &str)]) -> RenderOptions {
        RenderOptions {
            embed: embed
                .iter()
                .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
                .collect(),
            assets: "https://cdn.example/liveblog/".to_owned(),
            page: false,
        }
    }

    fn rendered(bytes: &[u8], options: &RenderOptions) -> Result<String, RenderError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime
            .block_on(render(bytes, options))
            .map(|rendered| rendered.html)
    }

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/../tests/fixtures/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    /// The text of the first `<script type="TYPE" ...>` element.
    fn script<'a>(html: &'a str, kind: &str) -> &'a str {
        let start = html.find(&format!("<script type=\"{kind}\"")).unwrap();
        let body = &html[start..];
        let body = &body[body.find('>').unwrap() + 1..];
        &body[..body.find("</script>").unwrap()]
    }

    #[test]
    fn a_snapshot_is_a_declarative_shadow_root_with_the_blog_its_data_and_json_ld() {
        let html = rendered(&fixture("summit.json"), &options(&[("feed", FEED)])).unwrap();
        assert!(html.starts_with(&format!(
            "<div data-liveblog-feed=\"{FEED}\"><template shadowrootmode=\"open\">\
             <link rel=\"stylesheet\" href=\"https://cdn.example/liveblog/liveblog.css\">\
             <div class=\"lb-frame\" hidden><!--<["
        )));
        assert_eq!(
            html.matches("<article").count(),
            6,
            "five updates and the pinned copy"
        );
        assert!(html.contains("<h2 dir=\"auto\" class=\"lb-title\">Harbour summit: live</h2>"));
        // The fixture's sixth item has no id: the widget, and so the snapshot, leaves it out.
        let data: Value = serde_json::from_str(script(&html, "application/json")).unwrap();
        assert_eq!(data["items"].as_array().unwrap().len(), 5);
        let ld: Value = serde_json::from_str(script(&html, "application/ld+json")).unwrap();
        assert_eq!(ld["@type"], "LiveBlogPosting");
        assert_eq!(ld["liveBlogUpdate"].as_array().unwrap().len(), 5);
    }

    #[test]
    fn the_words_are_the_blog_language_and_times_are_in_utc() {
        let html = rendered(
            &fixture("summit.json"),
            &options(&[("feed", FEED), ("locale", "fr")]),
        )
        .unwrap();
        assert!(html.contains("data-liveblog-locale=\"fr\""));
        assert!(!html.contains(">Copy link<"));
        assert!(html
            .contains("<time datetime=\"2026-11-30T12:45:00Z\" title=\"2026-11-30 12:45 UTC\">"));
    }

    #[test]
    fn nothing_in_the_feed_can_close_a_script_or_an_attribute() {
        let feed = serde_json::json!({
            "version": "https://jsonfeed.org/version/1.1",
            "title": "</script><script>alert(1)</script>",
            "items": [{"id": "a", "content_html": "<!-- </script> -->x", "date_published": "2026-11-30T10:00:00Z"}]
        });
        let embed = options(&[("feed", "https://x.example/feed.json?a=\"><b>")]);
        let html = rendered(feed.to_string().as_bytes(), &embed).unwrap();
        assert_eq!(html.matches("<script").count(), 2);
        assert_eq!(html.matches("</script>").count(), 2);
        assert!(html
            .contains("data-liveblog-feed=\"https://x.example/feed.json?a=&quot;&gt;&lt;b&gt;\""));
    }

    #[test]
    fn a_relative_feed_url_or_a_broken_feed_is_refused() {
        let relative = rendered(
            &fixture("summit.json"),
            &options(&[("feed", "/live/feed.json")]),
        );
        assert!(matches!(relative, Err(RenderError::RelativeFeed(_))));
        let broken = rendered(b"{", &options(&[("feed", FEED)]));
        assert!(matches!(broken, Err(RenderError::Feed(_))));
        let no_feed = rendered(&fixture("summit.json"), &options(&[]));
        assert!(matches!(no_feed, Err(RenderError::Option(_))));
    }

    #[test]
    fn a_wrong_option_is_reported_and_left_to_its_default() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let embed = options(&[("feed", FEED), ("theme", "purple")]);
        let rendered = runtime
            .block_on(render(&fixture("summit.json"), &embed))
            .unwrap();
        assert_eq!(rendered.warnings.len(), 1);
        assert!(rendered.html.contains("data-theme=\"light\""));
    }

    #[test]
    fn a_page_wraps_the_snapshot_with_the_loader() {
        let mut page = options(&[("feed", FEED)]);
        page.page = true;
        let html = rendered(&fixture("summit.json"), &page).unwrap();
        assert!(html.starts_with("<!doctype html>\n<html lang=\"en\">"));
        assert!(html.contains("<title>Harbour summit: live</title>"));
        assert!(
            html.contains("<script src=\"https://cdn.example/liveblog/embed.js\" async></script>")
        );
    }
}

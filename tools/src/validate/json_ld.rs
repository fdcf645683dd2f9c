//! The checks of a schema.org `LiveBlogPosting`, the second input format.

use liveblog::core::json_ld::content_id;
use liveblog::core::sanitize::AttributeKind;
use liveblog::core::wire::WireItem;
use serde_json::Value;

use super::checker::{describe, quote, Checker, Ids, Kind};
use super::{extension, Pointer, MAX_POLLED_UPDATES};
use crate::feed_html;

/// Checks the `LiveBlogPosting` node at `at`.
pub(super) fn check(checker: &mut Checker, posting: &Value, at: &Pointer) {
    let Some(object) = posting.as_object() else {
        return;
    };
    if checker.text(object, "headline", at).is_none() && !object.contains_key("headline") {
        checker.warn(at, "no headline: the widget shows no heading");
    }
    if let Some(url) = checker.text(object, "url", at) {
        checker.link(url, &at.key("url"), AttributeKind::ImageUrl);
    }
    if let Some(language) = object.get("inLanguage").filter(|value| !value.is_string()) {
        checker.warn(
            &at.key("inLanguage"),
            format!(
                "{}, not a language tag such as \"en-GB\": ignored",
                describe(language)
            ),
        );
    }
    if let Some(end) = checker.text(object, "coverageEndTime", at) {
        checker.date(
            end,
            &at.key("coverageEndTime"),
            "the widget ignores it, and the blog stays live",
        );
    }
    extension::feed(checker, object, at, false);
    let Some(updates) = object.get("liveBlogUpdate") else {
        checker.warn(at, "no liveBlogUpdate: the blog shows no updates");
        return;
    };
    let updates_at = at.key("liveBlogUpdate");
    let listed = updates.is_array();
    let updates = match updates {
        // One update alone, as JSON-LD compaction writes a one-element list: read as a list.
        Value::Object(_) => std::slice::from_ref(updates),
        Value::Array(updates) => updates.as_slice(),
        other => {
            checker.typed(other, &updates_at, &[Kind::Array]);
            return;
        }
    };
    let mut ids = Ids::default();
    for (index, value) in updates.iter().enumerate() {
        let at = if listed {
            updates_at.index(index)
        } else {
            updates_at.clone()
        };
        update(checker, value, &at, &mut ids);
    }
    if updates.len() > MAX_POLLED_UPDATES {
        checker.warn(
            &updates_at,
            format!(
                "{} updates: every reader downloads all of them again on every change. Keep the newest 20 to {MAX_POLLED_UPDATES} in the polled document",
                updates.len()
            ),
        );
    }
}

fn update(checker: &mut Checker, value: &Value, at: &Pointer, ids: &mut Ids) {
    let Some(update) = value.as_object() else {
        checker.error(
            at,
            format!("an update is a JSON object, found {}", describe(value)),
        );
        return;
    };
    let url = checker.text(update, "url", at);
    if let Some(url) = url {
        checker.link(url, &at.key("url"), AttributeKind::ImageUrl);
    }
    let headline = checker.text(update, "headline", at);
    let body = checker.text(update, "articleBody", at);
    checker.text(update, "description", at);
    for key in ["datePublished", "dateModified"] {
        if let Some(date) = checker.text(update, key, at) {
            checker.date(
                date,
                &at.key(key),
                if key == "datePublished" {
                    "the update is shown undated, below the dated ones"
                } else {
                    "the widget cannot tell which copy of an edited update is newer"
                },
            );
        }
    }
    let published = update.get("datePublished").and_then(Value::as_str);
    match update.get("@id") {
        Some(Value::String(id)) if !id.trim().is_empty() => ids.seen(checker, id, at),
        Some(Value::Number(number)) => ids.seen(checker, &number.to_string(), at),
        Some(Value::String(_) | Value::Null) | None => {
            let fragment = url
                .and_then(|url| url.split_once('#'))
                .map(|(_, fragment)| fragment.trim())
                .filter(|fragment| !fragment.is_empty());
            let id = match fragment {
                Some(fragment) => fragment.to_owned(),
                None => {
                    let id = content_id(&WireItem {
                        date_published: published.map(str::to_owned),
                        title: headline.map(str::to_owned),
                        content_text: body.map(str::to_owned),
                        ..WireItem::default()
                    });
                    checker.warn(
                        at,
                        format!(
                            "no @id and no url with a #fragment: the id is derived from the content ({}), so an edit shows as a new update",
                            quote(&id)
                        ),
                    );
                    id
                }
            };
            ids.seen(checker, &id, at);
        }
        Some(other) => {
            checker.typed(other, &at.key("@id"), &[Kind::String]);
        }
    }
    match body {
        Some(body) => {
            if let Some(tag) = feed_html::first_tag(body) {
                checker.warn(
                    &at.key("articleBody"),
                    format!("articleBody is plain text: {tag} and any other tags show as text"),
                );
            }
        }
        None => checker.warn(at, "no articleBody: the widget shows the headline alone"),
    }
    if let Some(author) = update.get("author") {
        authors(checker, author, &at.key("author"));
    }
    if let Some(image) = update.get("image") {
        self::image(checker, image, &at.key("image"));
    }
    extension::item(checker, update, at);
}

/// `author`: a name, a `Person` (or `Organization`) or a list of them.
fn authors(checker: &mut Checker, value: &Value, at: &Pointer) {
    match value {
        Value::String(_) => {}
        Value::Array(list) => {
            for (index, author) in list.iter().enumerate() {
                if author.is_array() {
                    checker.warn(&at.index(index), "a list in a list: ignored");
                } else {
                    authors(checker, author, &at.index(index));
                }
            }
        }
        Value::Object(author) => {
            if !author.get("name").is_some_and(Value::is_string) {
                checker.warn(at, "no name: the widget leaves this author out");
            }
            if let Some(url) = author.get("url").and_then(Value::as_str) {
                checker.link(url, &at.key("url"), AttributeKind::LinkUrl);
            }
        }
        other => checker.warn(
            at,
            format!(
                "{}, not a name, a Person or a list of them: ignored",
                describe(other)
            ),
        ),
    }
}

/// `image`: a URL, an `ImageObject` or a list of them; the first with a URL is the picture, and
/// an `ImageObject`'s `caption` its alt text.
fn image(checker: &mut Checker, value: &Value, at: &Pointer) {
    let (picture_at, picture) = match value {
        Value::Array(list) => {
            match list
                .iter()
                .enumerate()
                .find(|(_, image)| url_of(image).is_some())
            {
                Some((index, picture)) => (at.index(index), picture),
                None => {
                    checker.warn(at, "no image in the list has a URL: no picture is shown");
                    return;
                }
            }
        }
        Value::String(_) | Value::Object(_) => (at.clone(), value),
        other => {
            checker.warn(
                at,
                format!(
                    "{}, not a URL, an ImageObject or a list of them: ignored",
                    describe(other)
                ),
            );
            return;
        }
    };
    let Some(url) = url_of(picture) else {
        checker.warn(&picture_at, "no url or contentUrl: no picture is shown");
        return;
    };
    checker.link(url, &picture_at, AttributeKind::ImageUrl);
    let captioned = picture
        .get("caption")
        .and_then(Value::as_str)
        .is_some_and(|caption| !caption.trim().is_empty());
    if picture.is_string() {
        checker.warn(
            &picture_at,
            "a bare URL has no alt text: the picture is announced as unlabelled. Use an ImageObject with a caption",
        );
    } else if !captioned {
        checker.warn(
            &picture_at,
            "no caption: the picture has no alt text and is announced as unlabelled",
        );
    }
}

/// The URL of an image given as a string or an `ImageObject` (`url`, else `contentUrl`).
fn url_of(image: &Value) -> Option<&str> {
    match image {
        Value::String(url) => Some(url),
        Value::Object(object) => object
            .get("url")
            .and_then(Value::as_str)
            .or_else(|| object.get("contentUrl").and_then(Value::as_str)),
        _ => None,
    }
}

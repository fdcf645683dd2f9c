//! The feed as it arrives: JSON Feed 1.1 plus the `_liveblog` extension, field for field.
//!
//! These types only describe JSON; [`normalize`](mod@crate::core::normalize) turns them into the domain model.
//! Every field is optional and unknown fields are ignored, as JSON Feed's consumer rules ask.
//! In the browser they are filled from `JSON.parse` by serde-wasm-bindgen; natively (tests,
//! tools) by serde_json.
//!
//! A schema.org `LiveBlogPosting` reads into the same types: its properties are serde aliases of
//! the JSON Feed fields they mean (`headline` is `title`, `liveBlogUpdate` is `items`,
//! `articleBody` is `content_text`...), once [`json_ld::reshape`](crate::core::json_ld::reshape)
//! has given its loosely shaped values (an `author` as a name or a list, an `image` as an
//! `ImageObject`, a past `coverageEndTime`) the shapes of the JSON Feed fields they become.

use serde::de::{self, value::MapAccessDeserializer, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// A JSON Feed document. Only a JSON object is one: an array, a string, a number or `null` is an
/// error (see the `Deserialize` impl).
#[derive(Debug, Default)]
pub struct WireFeed {
    /// The blog's title.
    pub title: Option<String>,
    /// The page the blog lives on.
    pub home_page_url: Option<String>,
    /// The feed's language tag, such as `en-GB`.
    pub language: Option<String>,
    /// `true` when the feed will not update again.
    pub expired: Option<bool>,
    /// The URL of the next (older) page of items.
    pub next_url: Option<String>,
    /// The updates.
    pub items: Vec<WireItem>,
    /// The live-blog extension, `_liveblog`.
    pub liveblog: WireFeedExtension,
}

/// Only a JSON object is a feed. Left to the derive, an array would read as one: serde_json
/// fills the fields in order (`["Title"]` is a feed titled "Title") and serde-wasm-bindgen looks
/// the field names up on the array and finds none (`[]` is an empty feed). An empty feed without
/// `next_url` deletes every update shown, so a body such as `[]` must be a failed poll instead.
///
/// The visitor reads a map and nothing else: serde_json hands it an array as a sequence, which
/// it refuses. serde-wasm-bindgen would look the fields up on an array as on an object, but in
/// the browser an array never gets here: `json_ld::classify` takes a top-level array for a list
/// of JSON-LD nodes, and a feed without `items` fails `guard::check_items` besides.
/// `deserialize_struct` rather than `deserialize_any` (which tells arrays from objects in
/// serde-wasm-bindgen too) reads the feed's fields the way the other wire structs are read, by
/// name: the widget then carries one object reader instead of three (about 1 KB gzip).
impl<'de> Deserialize<'de> for WireFeed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FeedVisitor;

        impl<'de> Visitor<'de> for FeedVisitor {
            type Value = WireFeed;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON Feed object")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                FeedObject::deserialize(MapAccessDeserializer::new(map))
            }
        }

        deserializer.deserialize_struct("WireFeed", FEED_FIELDS, FeedVisitor)
    }
}

/// The names [`FeedObject`] reads, aliases included: serde-wasm-bindgen looks up exactly these
/// on the object, in the derive's order. A test checks them against the derive's own list.
const FEED_FIELDS: &[&str] = &[
    "headline",
    "title",
    "home_page_url",
    "url",
    "inLanguage",
    "language",
    "expired",
    "next_url",
    "items",
    "liveBlogUpdate",
    "_liveblog",
];

/// The derived field-by-field reading of a [`WireFeed`] (serde's `remote`: the compiler checks
/// that the fields are the same), used once the `Deserialize` impl knows it has an object.
#[derive(Default, Deserialize)]
#[serde(remote = "WireFeed", default)]
struct FeedObject {
    #[serde(alias = "headline")]
    title: Option<String>,
    #[serde(alias = "url")]
    home_page_url: Option<String>,
    #[serde(alias = "inLanguage")]
    language: Option<String>,
    expired: Option<bool>,
    next_url: Option<String>,
    #[serde(alias = "liveBlogUpdate")]
    items: Vec<WireItem>,
    #[serde(rename = "_liveblog")]
    liveblog: WireFeedExtension,
}

/// The top-level `_liveblog` object.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireFeedExtension {
    /// `"live"` or `"closed"`; anything else counts as live.
    pub status: Option<String>,
    /// The "What you need to know" list.
    pub key_points: Vec<String>,
    /// A heading over the key points.
    pub key_points_title: Option<String>,
    /// A plain-text banner.
    pub notice: Option<String>,
    /// The publisher's polling hint, in seconds.
    pub poll_interval: Option<f64>,
}

/// One JSON Feed item: a live-blog update (or a JSON-LD `liveBlogUpdate`: the aliases).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireItem {
    /// The item's id; a number is read as its decimal string.
    #[serde(alias = "@id", deserialize_with = "id")]
    pub id: Option<String>,
    /// The update's permalink.
    pub url: Option<String>,
    /// The update's headline.
    #[serde(alias = "headline")]
    pub title: Option<String>,
    /// HTML body, sanitised before display.
    pub content_html: Option<String>,
    /// Plain-text body, used when there is no HTML.
    #[serde(alias = "articleBody")]
    pub content_text: Option<String>,
    /// A short summary.
    #[serde(alias = "description")]
    pub summary: Option<String>,
    /// The main image's URL.
    pub image: Option<String>,
    /// RFC 3339 publication date.
    #[serde(alias = "datePublished")]
    pub date_published: Option<String>,
    /// RFC 3339 modification date.
    #[serde(alias = "dateModified")]
    pub date_modified: Option<String>,
    /// JSON Feed 1.1 authors.
    pub authors: Vec<WireAuthor>,
    /// JSON Feed 1.0 single author, read when `authors` is empty.
    pub author: Option<WireAuthor>,
    /// Free-form tags.
    pub tags: Vec<String>,
    /// Related resources; images among them are shown as pictures, the others listed.
    pub attachments: Vec<WireAttachment>,
    /// The item-level extension.
    #[serde(rename = "_liveblog")]
    pub liveblog: WireItemExtension,
}

/// An item's `_liveblog` object.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireItemExtension {
    /// Listed among the key events.
    pub key_event: Option<bool>,
    /// Shown in the pinned slot.
    pub pinned: Option<bool>,
}

/// A JSON Feed author (JSON-LD's `Person` and `Organization` have the same `name` and `url`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireAuthor {
    /// The author's name.
    pub name: Option<String>,
    /// The author's page.
    pub url: Option<String>,
    /// The author's picture.
    pub avatar: Option<String>,
}

/// A JSON Feed attachment.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireAttachment {
    /// Where the resource is.
    pub url: Option<String>,
    /// Its MIME type, such as `image/jpeg`.
    pub mime_type: Option<String>,
    /// Its title; for images, the alternative text.
    pub title: Option<String>,
    /// The attachment-level extension: a picture's caption, credit and size.
    #[serde(rename = "_liveblog")]
    pub liveblog: WireAttachmentExtension,
}

/// An attachment's `_liveblog` object: what a picture needs beyond JSON Feed's `title` (its alt
/// text).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireAttachmentExtension {
    /// A caption, shown under the picture.
    pub caption: Option<String>,
    /// Who took or owns the picture.
    pub credit: Option<String>,
    /// Its width in pixels.
    pub width: Option<f64>,
    /// Its height in pixels.
    pub height: Option<f64>,
}

/// Reads an id that may be a string or a number, as JSON Feed allows; `null` reads as no id.
fn id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    struct IdVisitor;

    impl Visitor<'_> for IdVisitor {
        type Value = Option<String>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string or a number")
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_owned()))
        }

        fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(Some(v))
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            // JavaScript hands every number over as a double: 42.0 is the id "42".
            if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
                Ok(Some((v as i64).to_string()))
            } else {
                Ok(Some(v.to_string()))
            }
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }

    deserializer.deserialize_any(IdVisitor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_object_is_a_feed() {
        let feed: WireFeed =
            serde_json::from_str(r#"{"title":"T","items":[{"id":1}],"x":[]}"#).expect("a feed");
        assert_eq!(feed.title.as_deref(), Some("T"));
        assert_eq!(feed.items.len(), 1);
        assert!(serde_json::from_str::<WireFeed>("{}").is_ok());
    }

    #[test]
    fn an_array_is_not_a_feed() {
        // Found by tests/properties.rs: `[]` read as an empty feed, which deletes every update.
        assert!(serde_json::from_str::<WireFeed>("[]").is_err());
        assert!(serde_json::from_str::<WireFeed>(r#"["Title"]"#).is_err());
        assert!(serde_json::from_value::<WireFeed>(serde_json::json!([])).is_err());
    }

    #[test]
    fn the_feed_fields_looked_up_are_the_ones_the_derive_reads() {
        use std::cell::Cell;

        /// Records the field names a derived `Deserialize` asks `deserialize_struct` for.
        struct Probe<'a>(&'a Cell<&'static [&'static str]>);

        impl<'de> Deserializer<'de> for Probe<'_> {
            type Error = de::value::Error;

            fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
                Err(de::Error::custom("not a struct"))
            }

            fn deserialize_struct<V: Visitor<'de>>(
                self,
                _: &'static str,
                fields: &'static [&'static str],
                _: V,
            ) -> Result<V::Value, Self::Error> {
                self.0.set(fields);
                Err(de::Error::custom("probed"))
            }

            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
                identifier ignored_any
            }
        }

        let fields = Cell::new(&[][..]);
        assert!(FeedObject::deserialize(Probe(&fields)).is_err());
        assert_eq!(fields.get(), FEED_FIELDS);
    }

    #[test]
    fn null_a_string_or_a_number_is_not_a_feed() {
        for body in ["null", r#""feed""#, "42", "true"] {
            assert!(serde_json::from_str::<WireFeed>(body).is_err(), "{body}");
        }
    }
}

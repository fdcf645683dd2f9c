//! The feed as it arrives: JSON Feed 1.1 plus the `_liveblog` extension, field for field.
//!
//! These types only describe JSON; [`normalize`](mod@crate::core::normalize) turns them into the domain model.
//! Every field is optional and unknown fields are ignored, as JSON Feed's consumer rules ask.
//! In the browser they are filled from `JSON.parse` by serde-wasm-bindgen; natively (tests,
//! tools) by serde_json.
//!
//! A schema.org `LiveBlogPosting` reads into the same types: its properties are other names
//! (aliases) of the JSON Feed fields they mean (`headline` is `title`, `liveBlogUpdate` is `items`,
//! `articleBody` is `content_text`...), once [`json_ld::reshape`](crate::core::json_ld::reshape)
//! has given its loosely shaped values (an `author` as a name or a list, an `image` as an
//! `ImageObject`, a past `coverageEndTime`) the shapes of the JSON Feed fields they become.

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::marker::PhantomData;

/// Declares a wire struct whose fields are all optional, with its `Deserialize` impl: each field
/// is read from the first of its names, aliases included, that the object has, and every other
/// member is skipped.
///
/// Written out rather than derived because serde's derive checks every field for duplicates and
/// holds each in an `Option` of its own until the end: about 0.5 KB gzip more in the widget for
/// the item alone. What differs for a feed: a member given twice (`title` beside its alias
/// `headline`) keeps the last value read instead of failing the whole feed. Only a JSON object
/// is read: an array is an error in serde_json (the visitor reads a map and nothing else); in
/// the browser `json_ld::classify` never lets a top-level array through as a feed, and a feed
/// without `items` fails `guard::check_items` besides. serde-wasm-bindgen looks up exactly the
/// names listed.
macro_rules! wire_struct {
    (@read $map:ident) => {
        $map.next_value()?
    };
    (@read $map:ident $seed:expr) => {
        $map.next_value_seed($seed)?
    };
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            $(
                $(#[doc = $field_doc:literal])*
                $field:ident: $ty:ty = $($key:literal)|+ $(, read $seed:expr)?;
            )*
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Default)]
        pub struct $name {
            $(
                $(#[doc = $field_doc])*
                pub $field: $ty,
            )*
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct ObjectVisitor;

                impl<'de> Visitor<'de> for ObjectVisitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str(concat!("struct ", stringify!($name)))
                    }

                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        let mut value = $name::default();
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $($($key)|+ => value.$field = wire_struct!(@read map $($seed)?),)*
                                _ => {
                                    map.next_value::<IgnoredAny>()?;
                                }
                            }
                        }
                        Ok(value)
                    }
                }

                const FIELDS: &[&str] = &[$($($key),+),*];
                deserializer.deserialize_struct(stringify!($name), FIELDS, ObjectVisitor)
            }
        }
    };
}

wire_struct! {
    /// A JSON Feed document. Only a JSON object is one: an array, a string, a number or `null` is
    /// an error.
    pub struct WireFeed {
        /// The blog's title.
        title: Option<String> = "title" | "headline";
        /// The page the blog lives on.
        home_page_url: Option<String> = "home_page_url" | "url";
        /// The feed's language tag, such as `en-GB`.
        language: Option<String> = "language" | "inLanguage";
        /// `true` when the feed will not update again.
        expired: Option<bool> = "expired";
        /// The URL of the next (older) page of items.
        next_url: Option<String> = "next_url";
        /// The updates.
        items: Vec<WireItem> = "items" | "liveBlogUpdate", read OrEmpty::default();
        /// The live-blog extension, `_liveblog`.
        liveblog: WireFeedExtension = "_liveblog", read OrEmpty::default();
    }
}

wire_struct! {
    /// The top-level `_liveblog` object.
    pub struct WireFeedExtension {
        /// `"live"` or `"closed"`; anything else counts as live.
        status: Option<String> = "status";
        /// The "What you need to know" list.
        key_points: Vec<String> = "key_points", read OrEmpty::default();
        /// A heading over the key points.
        key_points_title: Option<String> = "key_points_title";
        /// A plain-text banner.
        notice: Option<String> = "notice";
        /// The publisher's polling hint, in seconds.
        poll_interval: Option<f64> = "poll_interval";
    }
}

wire_struct! {
    /// One JSON Feed item: a live-blog update (or a JSON-LD `liveBlogUpdate`: the aliases).
    pub struct WireItem {
        /// The item's id; a number is read as its decimal string.
        id: Option<String> = "id" | "@id", read Id;
        /// The update's permalink.
        url: Option<String> = "url";
        /// The update's headline.
        title: Option<String> = "title" | "headline";
        /// HTML body, sanitised before display.
        content_html: Option<String> = "content_html";
        /// Plain-text body, used when there is no HTML.
        content_text: Option<String> = "content_text" | "articleBody";
        /// A short summary.
        summary: Option<String> = "summary" | "description";
        /// The main image's URL.
        image: Option<String> = "image";
        /// RFC 3339 publication date.
        date_published: Option<String> = "date_published" | "datePublished";
        /// RFC 3339 modification date.
        date_modified: Option<String> = "date_modified" | "dateModified";
        /// JSON Feed 1.1 authors.
        authors: Vec<WireAuthor> = "authors", read OrEmpty::default();
        /// JSON Feed 1.0 single author, read when `authors` is empty.
        author: Option<WireAuthor> = "author";
        /// Free-form tags.
        tags: Vec<String> = "tags", read OrEmpty::default();
        /// Related resources; images among them are shown as pictures, the others listed.
        attachments: Vec<WireAttachment> = "attachments", read OrEmpty::default();
        /// The item-level extension.
        liveblog: WireItemExtension = "_liveblog", read OrEmpty::default();
    }
}

wire_struct! {
    /// An item's `_liveblog` object.
    pub struct WireItemExtension {
        /// Listed among the key events.
        key_event: Option<bool> = "key_event";
        /// Shown in the pinned slot.
        pinned: Option<bool> = "pinned";
    }
}

wire_struct! {
    /// A JSON Feed author (JSON-LD's `Person` and `Organization` have the same `name` and `url`).
    pub struct WireAuthor {
        /// The author's name.
        name: Option<String> = "name";
        /// The author's page.
        url: Option<String> = "url";
        /// The author's picture.
        avatar: Option<String> = "avatar";
    }
}

wire_struct! {
    /// A JSON Feed attachment.
    pub struct WireAttachment {
        /// Where the resource is.
        url: Option<String> = "url";
        /// Its MIME type, such as `image/jpeg`.
        mime_type: Option<String> = "mime_type";
        /// Its title; for images, the alternative text.
        title: Option<String> = "title";
        /// The attachment-level extension: a picture's caption, credit and size.
        liveblog: WireAttachmentExtension = "_liveblog", read OrEmpty::default();
    }
}

wire_struct! {
    /// An attachment's `_liveblog` object: what a picture needs beyond JSON Feed's `title` (its
    /// alt text).
    pub struct WireAttachmentExtension {
        /// A caption, shown under the picture.
        caption: Option<String> = "caption";
        /// Who took or owns the picture.
        credit: Option<String> = "credit";
        /// Its width in pixels.
        width: Option<f64> = "width";
        /// Its height in pixels.
        height: Option<f64> = "height";
    }
}

/// Reads a list or an object where `null` stands for none (many JSON writers put `null` for a
/// missing member): one such member must not fail the whole feed. The `Option` members take
/// `null` as `None` already.
struct OrEmpty<T>(PhantomData<T>);

impl<T> Default for OrEmpty<T> {
    fn default() -> Self {
        Self(PhantomData)
    }
}

impl<'de, T: Deserialize<'de> + Default> de::DeserializeSeed<'de> for OrEmpty<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de, T: Deserialize<'de> + Default> Visitor<'de> for OrEmpty<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list, an object or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        Ok(T::default())
    }

    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        Ok(T::default())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize(deserializer)
    }
}

/// An item's id, read by [`id`].
struct Id;

impl<'de> de::DeserializeSeed<'de> for Id {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        id(deserializer)
    }
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
    fn a_member_given_twice_keeps_the_last_value_and_unknown_members_are_skipped() {
        let feed: WireFeed = serde_json::from_str(
            r#"{"title":"A","headline":"B","x":{"y":[1]},"items":[{"@id":7,"tags":["t"]}]}"#,
        )
        .expect("a feed");
        assert_eq!(feed.title.as_deref(), Some("B"));
        assert_eq!(
            feed.items.first().and_then(|item| item.id.as_deref()),
            Some("7")
        );
        assert_eq!(feed.items.first().map(|item| item.tags.len()), Some(1));
    }

    #[test]
    fn a_null_member_reads_as_absent() {
        let feed: WireFeed = serde_json::from_str(
            r#"{"title":null,"items":[{"id":"a","authors":null,"tags":null,"attachments":null,
                "author":null,"_liveblog":null}],"_liveblog":null}"#,
        )
        .expect("a feed");
        assert_eq!(feed.title, None);
        let item = feed.items.first().expect("an item");
        assert!(item.authors.is_empty() && item.tags.is_empty() && item.attachments.is_empty());
        let feed: WireFeed = serde_json::from_str(
            r#"{"items":null,"_liveblog":{"key_points":null},
                "x":{"attachments":[{"_liveblog":null}]}}"#,
        )
        .expect("a feed");
        assert!(feed.items.is_empty() && feed.liveblog.key_points.is_empty());
        let item: WireItem =
            serde_json::from_str(r#"{"attachments":[{"url":"u","_liveblog":null}]}"#)
                .expect("an item");
        assert_eq!(item.attachments.len(), 1);
    }

    #[test]
    fn null_a_string_or_a_number_is_not_a_feed() {
        for body in ["null", r#""feed""#, "42", "true"] {
            assert!(serde_json::from_str::<WireFeed>(body).is_err(), "{body}");
        }
    }
}

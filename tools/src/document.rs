//! A feed document read natively exactly as the widget reads it: a JSON Feed, or the schema.org
//! `LiveBlogPosting` found in JSON-LD, through the core's [`classify`] and wire types.

use liveblog::core::json_ld::{classify, complete, reshape, Document, JsonNode, JsonTree, Place};
use liveblog::core::wire::WireFeed;
use liveblog::core::Timestamp;
use serde::Deserialize;
use serde_json::Value;

use crate::validate::Pointer;

/// Which of the two input formats a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// JSON Feed 1.1 with the `_liveblog` extension.
    JsonFeed,
    /// schema.org `LiveBlogPosting` JSON-LD.
    LiveBlogPosting,
}

impl Format {
    /// The format's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Format::JsonFeed => "JSON Feed",
            Format::LiveBlogPosting => "LiveBlogPosting",
        }
    }
}

/// Where the feed is inside a parsed document.
#[derive(Debug)]
pub struct Located<'a> {
    /// Its format.
    pub format: Format,
    /// The JSON Feed object, or the `LiveBlogPosting` node.
    pub node: &'a Value,
    /// Where that node is (the root, or an element of an array or `@graph`).
    pub pointer: Pointer,
}

/// Finds the feed in a parsed document; `None` for JSON-LD without a `LiveBlogPosting`.
pub fn locate(document: &Value) -> Option<Located<'_>> {
    match classify(Node(document)) {
        Document::JsonFeed(Node(node)) => Some(Located {
            format: Format::JsonFeed,
            node,
            pointer: Pointer::root(),
        }),
        Document::LiveBlogPosting(Node(node), place) => Some(Located {
            format: Format::LiveBlogPosting,
            node,
            pointer: match place {
                Place::Root => Pointer::root(),
                Place::Element(index) => Pointer::root().index(index),
                Place::Graph(index) => Pointer::root().key("@graph").index(index),
            },
        }),
        Document::NoLiveBlogPosting => None,
    }
}

/// Why a document could not be read as a feed.
#[derive(Debug)]
pub enum ReadError {
    /// The bytes are not JSON.
    InvalidJson(serde_json::Error),
    /// JSON-LD, but without a `LiveBlogPosting`.
    NoLiveBlogPosting,
    /// A field has a type the widget cannot read; the pointer says which.
    Refused(Pointer, serde_json::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::InvalidJson(error) => write!(f, "not JSON: {error}"),
            ReadError::NoLiveBlogPosting => f.write_str("JSON-LD without a LiveBlogPosting"),
            ReadError::Refused(pointer, error) => write!(f, "at {pointer}: {error}"),
        }
    }
}

impl std::error::Error for ReadError {}

/// A feed read into the core's wire types, with the format it came in.
#[derive(Debug)]
pub struct FeedDocument {
    /// The input format.
    pub format: Format,
    /// The feed as the widget's parser reads it, JSON-LD's ids and end of coverage completed.
    pub wire: WireFeed,
    /// A `LiveBlogPosting`'s `coverageEndTime` as written (the wire only says whether it has
    /// passed, as `expired`).
    pub coverage_end_time: Option<String>,
}

/// Parses `bytes` and reads the feed in them as the widget would at `now` (which decides
/// whether a `coverageEndTime` has passed).
///
/// # Errors
/// [`ReadError`] when the widget would refuse the document.
pub fn read(bytes: &[u8], now: Timestamp) -> Result<FeedDocument, ReadError> {
    let document: Value = serde_json::from_slice(bytes).map_err(ReadError::InvalidJson)?;
    read_value(&document, now)
}

/// [`read`] for a document already parsed.
///
/// # Errors
/// [`ReadError::NoLiveBlogPosting`] or [`ReadError::Refused`].
pub fn read_value(document: &Value, now: Timestamp) -> Result<FeedDocument, ReadError> {
    let located = locate(document).ok_or(ReadError::NoLiveBlogPosting)?;
    let mut node = Tree(located.node.clone());
    if located.format == Format::LiveBlogPosting {
        reshape(&mut node, now);
    }
    let mut wire = wire_feed(&node.0).map_err(|(path, error)| {
        let mut pointer = located.pointer.clone();
        for segment in path.iter() {
            pointer = match segment {
                serde_path_to_error::Segment::Seq { index } => pointer.index(*index),
                serde_path_to_error::Segment::Map { key } => pointer.key(key),
                _ => pointer,
            };
        }
        ReadError::Refused(pointer, error)
    })?;
    if located.format == Format::LiveBlogPosting {
        complete(&mut wire);
    }
    let coverage_end_time = located
        .node
        .get("coverageEndTime")
        .and_then(Value::as_str)
        .map(str::to_owned);
    Ok(FeedDocument {
        format: located.format,
        wire,
        coverage_end_time,
    })
}

fn wire_feed(node: &Value) -> Result<WireFeed, (serde_path_to_error::Path, serde_json::Error)> {
    let mut track = serde_path_to_error::Track::new();
    let deserializer = serde_path_to_error::Deserializer::new(node, &mut track);
    WireFeed::deserialize(deserializer).map_err(|error| (track.path(), error))
}

/// The current time as the core counts it.
pub fn now() -> Timestamp {
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_millis());
    Timestamp(i64::try_from(millis).unwrap_or(i64::MAX))
}

/// A serde_json value seen through the core's [`JsonNode`], so that the tools find the
/// `LiveBlogPosting` exactly as the widget does.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Node<'a>(&'a Value);

impl JsonNode for Node<'_> {
    fn is_array(&self) -> bool {
        self.0.is_array()
    }

    fn member(&self, key: &str) -> Option<Self> {
        self.0.get(key).map(Node)
    }

    fn element(&self, index: usize) -> Option<Self> {
        self.0.as_array().and_then(|list| list.get(index)).map(Node)
    }

    fn string(&self) -> Option<String> {
        self.0.as_str().map(str::to_owned)
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn is_object(&self) -> bool {
        self.0.is_object()
    }
}

/// An owned serde_json value the core can reshape (what it reads are copies, which `reshape`
/// writes back).
#[derive(Clone, Debug, PartialEq)]
struct Tree(Value);

impl JsonNode for Tree {
    fn is_array(&self) -> bool {
        self.0.is_array()
    }

    fn member(&self, key: &str) -> Option<Self> {
        self.0.get(key).cloned().map(Tree)
    }

    fn element(&self, index: usize) -> Option<Self> {
        self.0
            .as_array()
            .and_then(|list| list.get(index))
            .cloned()
            .map(Tree)
    }

    fn string(&self) -> Option<String> {
        self.0.as_str().map(str::to_owned)
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn is_object(&self) -> bool {
        self.0.is_object()
    }
}

impl JsonTree for Tree {
    fn set(&mut self, key: &str, value: Option<Self>) {
        if let Some(object) = self.0.as_object_mut() {
            match value {
                Some(Tree(value)) => object.insert(key.to_owned(), value),
                None => object.remove(key),
            };
        }
    }

    fn set_element(&mut self, index: usize, value: Self) {
        if let Some(slot) = self.0.as_array_mut().and_then(|list| list.get_mut(index)) {
            *slot = value.0;
        }
    }

    fn push(&mut self, value: Self) {
        if let Some(list) = self.0.as_array_mut() {
            list.push(value.0);
        }
    }

    fn text(text: String) -> Self {
        Tree(Value::String(text))
    }

    fn boolean(value: bool) -> Self {
        Tree(Value::Bool(value))
    }

    fn integer(value: u32) -> Self {
        Tree(Value::from(value))
    }

    fn object() -> Self {
        Tree(Value::Object(serde_json::Map::new()))
    }

    fn list() -> Self {
        Tree(Value::Array(Vec::new()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_posting_in_a_graph_is_found_with_its_pointer() {
        let document = json!({"@graph": [{"@type": "WebPage"},
            {"@type": "LiveBlogPosting", "headline": "Live", "liveBlogUpdate": []}]});
        let located = locate(&document).expect("a posting");
        assert_eq!(located.format, Format::LiveBlogPosting);
        assert_eq!(located.pointer.as_str(), "/@graph/1");
    }

    #[test]
    fn a_type_the_widget_cannot_read_is_refused_with_a_pointer() {
        let document = json!({"title": "T", "items": [{"id": "a"}, {"id": "b", "title": 5}]});
        match read_value(&document, now()) {
            Err(ReadError::Refused(pointer, _)) => assert_eq!(pointer.as_str(), "/items/1/title"),
            other => panic!("{other:?}"),
        }
        let posting = json!([{"@type": "LiveBlogPosting", "liveBlogUpdate": [{"headline": true}]}]);
        match read_value(&posting, now()) {
            Err(ReadError::Refused(pointer, _)) => {
                assert_eq!(pointer.as_str(), "/0/liveBlogUpdate/0/headline");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn json_ld_ids_are_completed_and_json_feed_ids_are_not() {
        let posting = json!({"@type": "LiveBlogPosting",
            "liveBlogUpdate": [{"url": "https://x.example/live#p1"}]});
        let read = read_value(&posting, now()).expect("readable");
        assert_eq!(read.wire.items[0].id.as_deref(), Some("p1"));
        let feed = json!({"items": [{"url": "https://x.example/live#p1"}]});
        assert_eq!(
            read_value(&feed, now()).expect("readable").wire.items[0].id,
            None
        );
    }
}

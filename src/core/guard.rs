//! What a poll's body must pass before it may change what readers see.
//!
//! A failed check is a failed poll: the last good content stays on screen and the widget retries
//! with backoff. Three checks guard against feeds that are valid JSON yet harmful:
//!
//! - **A body over [`MAX_FEED_BYTES`]** (10 MB) is not parsed. Parsing is linear but runs on
//!   the page's main thread: a 5 MB feed of 2,000 updates takes a second or two, so a runaway
//!   feed of hundreds of megabytes would freeze the publisher's page at every poll. Real live
//!   blogs are well under 1 MB and page older updates out with `next_url`.
//! - **Nesting deeper than [`MAX_DEPTH`]** is refused before `JSON.parse`. No feed nests more
//!   than a handful of levels; 100,000 nested arrays would otherwise exhaust the stack of code
//!   that walks the tree recursively (wasm-bindgen's debug formatting of a value of the wrong
//!   type does, and a JavaScript exception thrown inside the widget's poll stops it for good).
//!   serde_json, used by the native tools, refuses the same depth.
//! - **A JSON Feed without `items`** is refused unless it is closed (`expired`, or `_liveblog`
//!   status `closed`). JSON Feed requires `items`; an object without it is an error document
//!   (`{"error": "maintenance"}` served with a 200) far more often than a blog whose every
//!   update was deleted, which would publish `"items": []`.

use super::error::FeedError;
use super::model::{Feed, Status};

/// The deepest nesting of arrays and objects a feed may have.
pub const MAX_DEPTH: usize = 128;

/// The longest body parsed, in bytes of UTF-8.
pub const MAX_FEED_BYTES: usize = 10 * 1024 * 1024;

/// Refuses a body longer than [`MAX_FEED_BYTES`].
pub fn check_size(text: &str) -> Result<(), FeedError> {
    if text.len() > MAX_FEED_BYTES {
        Err(FeedError::TooLarge)
    } else {
        Ok(())
    }
}

/// Refuses a JSON text nested deeper than [`MAX_DEPTH`]. Counts brackets outside strings in
/// one pass; it does not validate the JSON (`JSON.parse` does that next).
pub fn check_depth(text: &str) -> Result<(), FeedError> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(FeedError::NotAFeed(format!(
                        "nested deeper than {MAX_DEPTH} levels"
                    )));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Refuses a JSON Feed that had no `items` member (`has_items`), unless it is closed.
pub fn check_items(has_items: bool, feed: &Feed) -> Result<(), FeedError> {
    if has_items || feed.status == Status::Closed {
        Ok(())
    } else {
        Err(FeedError::NotAFeed("it has no items".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        "[".repeat(depth) + &"]".repeat(depth)
    }

    #[test]
    fn a_body_over_ten_megabytes_is_too_large() {
        assert_eq!(check_size(&" ".repeat(MAX_FEED_BYTES)), Ok(()));
        assert_eq!(
            check_size(&" ".repeat(MAX_FEED_BYTES + 1)),
            Err(FeedError::TooLarge)
        );
    }

    #[test]
    fn a_real_feed_passes() {
        let feed = r#"{"items":[{"id":"1","authors":[{"name":"A"}],"_liveblog":{"pinned":true}}]}"#;
        assert_eq!(check_depth(feed), Ok(()));
        assert_eq!(check_depth(&nested(MAX_DEPTH)), Ok(()));
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_not_a_feed() {
        assert!(matches!(
            check_depth(&nested(MAX_DEPTH + 1)),
            Err(FeedError::NotAFeed(_))
        ));
        let deep_field = format!(r#"{{"items":[],"title":{}}}"#, nested(100_000));
        assert!(check_depth(&deep_field).is_err());
    }

    #[test]
    fn brackets_inside_strings_do_not_count() {
        let text = format!(r#"{{"title":"{}","x":"\"[{{"}}"#, "[".repeat(1_000));
        assert_eq!(check_depth(&text), Ok(()));
    }

    #[test]
    fn closing_brackets_never_underflow() {
        assert_eq!(check_depth("]]]]}}}"), Ok(()));
        assert!(check_depth(&("]]]".to_owned() + &nested(MAX_DEPTH + 1))).is_err());
    }

    #[test]
    fn a_feed_without_items_is_refused_unless_it_is_closed() {
        let live = Feed::default();
        assert_eq!(
            check_items(false, &live),
            Err(FeedError::NotAFeed("it has no items".into()))
        );
        assert_eq!(check_items(true, &live), Ok(()));
        let closed = Feed {
            status: Status::Closed,
            ..Feed::default()
        };
        assert_eq!(check_items(false, &closed), Ok(()));
    }
}

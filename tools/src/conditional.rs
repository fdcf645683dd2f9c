//! Conditional GET for the live feed: entity tags, `If-None-Match` and `If-Modified-Since`
//! (RFC 9110 §13), as pure functions over header values.
//!
//! Pollers send back the `ETag` / `Last-Modified` they last saw; answering `304 Not Modified`
//! when nothing changed keeps polling cheap.

use crate::timestamp::Timestamp;

/// Whether a conditional request may be answered with `304 Not Modified`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freshness {
    /// The client's copy is current: answer 304 with an empty body.
    NotModified,
    /// The client needs the full representation: answer 200.
    Modified,
}

/// The strong entity tag of a body: its 64-bit FNV-1a hash in hex, quoted, e.g. `"af63bd4c8601b7df"`.
///
/// FNV is stable across Rust versions and platforms, unlike `DefaultHasher`, so tags survive a
/// server restart with the same content.
pub fn entity_tag(body: &[u8]) -> String {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = body.iter().fold(OFFSET_BASIS, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(PRIME)
    });
    format!("\"{hash:016x}\"")
}

/// Decides between 304 and 200 for a GET.
///
/// `If-None-Match` wins when present (RFC 9110 §13.2.2); `If-Modified-Since` is consulted only
/// without it. Unparseable dates are ignored, so they lead to a full response.
pub fn freshness(
    if_none_match: Option<&str>,
    if_modified_since: Option<&str>,
    current_tag: &str,
    last_modified: Timestamp,
) -> Freshness {
    let unchanged = match (if_none_match, if_modified_since) {
        (Some(tags), _) => if_none_match_matches(tags, current_tag),
        (None, Some(date)) => not_modified_since(date, last_modified),
        (None, None) => false,
    };
    if unchanged {
        Freshness::NotModified
    } else {
        Freshness::Modified
    }
}

/// Whether an `If-None-Match` value (`*`, or a comma-separated list of entity tags) matches
/// `current_tag`, using the weak comparison the header calls for: `W/"x"` matches `"x"`.
pub fn if_none_match_matches(header: &str, current_tag: &str) -> bool {
    if header.trim() == "*" {
        return true;
    }
    let current = opaque_tag(current_tag);
    entity_tags(header).any(|tag| opaque_tag(tag) == current)
}

/// Whether the representation has not changed since an `If-Modified-Since` date, compared at
/// second precision. An unparseable date counts as changed.
pub fn not_modified_since(header: &str, last_modified: Timestamp) -> bool {
    Timestamp::parse_http_date(header).is_some_and(|since| since >= last_modified)
}

/// The tag without its weakness indicator: `W/"x"` and `"x"` both give `"x"`.
fn opaque_tag(tag: &str) -> &str {
    let tag = tag.trim();
    tag.strip_prefix("W/").unwrap_or(tag)
}

/// Splits an entity-tag list on the commas between tags (a comma inside quotes is part of a tag).
fn entity_tags(header: &str) -> impl Iterator<Item = &str> {
    let mut rest = header;
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        let mut in_quotes = false;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    in_quotes = !in_quotes;
                }
                c == ',' && !in_quotes
            })
            .map_or(rest.len(), |(index, _)| index);
        let (tag, remainder) = rest.split_at(end);
        rest = remainder.strip_prefix(',').unwrap_or(remainder);
        let tag = tag.trim();
        if !tag.is_empty() {
            return Some(tag);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TAG: &str = "\"5f1d2c\"";

    fn at(seconds: u64) -> Timestamp {
        Timestamp::from_unix_seconds(seconds)
    }

    #[test]
    fn an_entity_tag_is_a_quoted_16_digit_hex_hash() {
        let tag = entity_tag(b"{}");
        assert_eq!(tag.len(), 18);
        assert!(tag.starts_with('"') && tag.ends_with('"'));
        assert_eq!(tag, entity_tag(b"{}"));
    }

    #[test]
    fn different_bodies_get_different_tags() {
        assert_ne!(entity_tag(b"{\"a\":1}"), entity_tag(b"{\"a\":2}"));
    }

    #[test]
    fn the_empty_body_hashes_to_the_fnv_offset_basis() {
        assert_eq!(entity_tag(b""), "\"cbf29ce484222325\"");
    }

    #[test]
    fn an_exact_tag_matches() {
        assert!(if_none_match_matches(TAG, TAG));
    }

    #[test]
    fn another_tag_does_not_match() {
        assert!(!if_none_match_matches("\"0000\"", TAG));
    }

    #[test]
    fn a_tag_anywhere_in_a_list_matches() {
        assert!(if_none_match_matches("\"aaaa\", \"5f1d2c\" ,\"bbbb\"", TAG));
        assert!(!if_none_match_matches("\"aaaa\", \"bbbb\"", TAG));
    }

    #[test]
    fn a_weak_tag_matches_its_strong_twin() {
        assert!(if_none_match_matches("W/\"5f1d2c\"", TAG));
        assert!(if_none_match_matches("\"aaaa\", W/\"5f1d2c\"", TAG));
    }

    #[test]
    fn a_star_matches_any_tag() {
        assert!(if_none_match_matches("*", TAG));
        assert!(if_none_match_matches(" * ", TAG));
    }

    #[test]
    fn a_comma_inside_quotes_belongs_to_the_tag() {
        assert!(if_none_match_matches("\"a,b\"", "\"a,b\""));
        assert!(!if_none_match_matches("\"a,b\"", "\"a\""));
    }

    #[test]
    fn an_unquoted_tag_does_not_match_a_quoted_one() {
        assert!(!if_none_match_matches("5f1d2c", TAG));
    }

    #[test]
    fn a_date_at_or_after_the_last_change_is_not_modified() {
        let last = at(1_796_047_509); // Mon, 30 Nov 2026 14:05:09 GMT
        assert!(not_modified_since("Mon, 30 Nov 2026 14:05:09 GMT", last));
        assert!(not_modified_since("Mon, 30 Nov 2026 15:00:00 GMT", last));
        assert!(!not_modified_since("Mon, 30 Nov 2026 14:05:08 GMT", last));
    }

    #[test]
    fn an_unparseable_date_counts_as_modified() {
        assert!(!not_modified_since("not a date", at(0)));
    }

    #[test]
    fn no_conditional_headers_means_a_full_response() {
        assert_eq!(freshness(None, None, TAG, at(100)), Freshness::Modified);
    }

    #[test]
    fn a_matching_if_none_match_gives_304() {
        assert_eq!(
            freshness(Some(TAG), None, TAG, at(100)),
            Freshness::NotModified
        );
    }

    #[test]
    fn if_none_match_takes_precedence_over_if_modified_since() {
        let future = at(200).http_date();
        assert_eq!(
            freshness(Some("\"old\""), Some(&future), TAG, at(100)),
            Freshness::Modified
        );
    }

    #[test]
    fn if_modified_since_alone_decides_when_there_is_no_if_none_match() {
        let same = at(100).http_date();
        let before = at(99).http_date();
        assert_eq!(
            freshness(None, Some(&same), TAG, at(100)),
            Freshness::NotModified
        );
        assert_eq!(
            freshness(None, Some(&before), TAG, at(100)),
            Freshness::Modified
        );
    }
}

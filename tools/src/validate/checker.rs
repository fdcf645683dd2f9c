//! The problems found so far, and the checks every part of a feed shares: JSON types, dates,
//! URLs, unknown fields, duplicate ids.

use std::collections::HashMap;

use liveblog::core::sanitize::{value_allowed, AttributeKind};
use liveblog::core::Timestamp;
use serde_json::{Map, Value};

use super::{Outcome, Pointer, Problem, Report, Severity};
use crate::document::Format;

/// Collects problems in the order they are found.
#[derive(Debug, Default)]
pub(super) struct Checker {
    problems: Vec<Problem>,
}

/// A JSON type, as a field expects it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    String,
    Number,
    Bool,
    Array,
    Object,
}

impl Kind {
    fn of(value: &Value) -> Option<Kind> {
        match value {
            Value::String(_) => Some(Kind::String),
            Value::Number(_) => Some(Kind::Number),
            Value::Bool(_) => Some(Kind::Bool),
            Value::Array(_) => Some(Kind::Array),
            Value::Object(_) => Some(Kind::Object),
            Value::Null => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::String => "a string",
            Kind::Number => "a number",
            Kind::Bool => "a boolean",
            Kind::Array => "an array",
            Kind::Object => "an object",
        }
    }
}

/// What a value is, for messages: `a number`, `null`...
pub(super) fn describe(value: &Value) -> &'static str {
    Kind::of(value).map_or("null", Kind::name)
}

/// A value quoted for a message, JSON-escaped and cut after 48 characters.
pub(super) fn quote(text: &str) -> String {
    let cut: String = text.chars().take(48).collect();
    let quoted = serde_json::to_string(&cut).unwrap_or_default();
    if cut.len() < text.len() {
        format!("{}…\"", quoted.trim_end_matches('"'))
    } else {
        quoted
    }
}

impl Checker {
    pub(super) fn error(&mut self, at: &Pointer, message: impl Into<String>) {
        self.push(Severity::Error, at, message.into());
    }

    pub(super) fn warn(&mut self, at: &Pointer, message: impl Into<String>) {
        self.push(Severity::Warning, at, message.into());
    }

    fn push(&mut self, severity: Severity, at: &Pointer, message: String) {
        self.problems.push(Problem {
            severity,
            pointer: at.clone(),
            message,
        });
    }

    pub(super) fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|problem| problem.severity == Severity::Error)
            .count()
    }

    pub(super) fn finish(self, format: Option<Format>, outcome: Outcome) -> Report {
        Report {
            problems: self.problems,
            format,
            outcome,
        }
    }

    /// Whether `value` is one of `kinds`; an error says what was found instead.
    pub(super) fn typed(&mut self, value: &Value, at: &Pointer, kinds: &[Kind]) -> bool {
        if Kind::of(value).is_some_and(|kind| kinds.contains(&kind)) {
            return true;
        }
        let expected: Vec<&str> = kinds.iter().map(|kind| kind.name()).collect();
        self.error(
            at,
            format!(
                "expected {}, found {}",
                expected.join(" or "),
                describe(value)
            ),
        );
        false
    }

    /// The member `key` of an object, of one of `kinds`. `null` is read as absent, with a
    /// warning (leave the field out instead); a wrong type is an error.
    pub(super) fn member<'v>(
        &mut self,
        object: &'v Map<String, Value>,
        key: &str,
        at: &Pointer,
        kinds: &[Kind],
    ) -> Option<&'v Value> {
        let value = object.get(key)?;
        let at = at.key(key);
        if value.is_null() {
            self.warn(&at, "null is read as absent: leave the field out");
            return None;
        }
        self.typed(value, &at, kinds).then_some(value)
    }

    /// The member `key` as a string.
    pub(super) fn text<'v>(
        &mut self,
        object: &'v Map<String, Value>,
        key: &str,
        at: &Pointer,
    ) -> Option<&'v str> {
        self.member(object, key, at, &[Kind::String])
            .and_then(Value::as_str)
    }

    /// The member `key` as an array. `null` is an error here: the widget refuses it.
    pub(super) fn list<'v>(
        &mut self,
        object: &'v Map<String, Value>,
        key: &str,
        at: &Pointer,
    ) -> Option<&'v Vec<Value>> {
        let value = object.get(key)?;
        self.typed(value, &at.key(key), &[Kind::Array])
            .then(|| value.as_array())
            .flatten()
    }

    /// A list of strings (`tags`, `key_points`): every element must be a string.
    pub(super) fn strings<'v>(
        &mut self,
        object: &'v Map<String, Value>,
        key: &str,
        at: &Pointer,
    ) -> Vec<(Pointer, &'v str)> {
        let list_at = at.key(key);
        let mut found = Vec::new();
        for (index, value) in self.list(object, key, at).into_iter().flatten().enumerate() {
            let at = list_at.index(index);
            if self.typed(value, &at, &[Kind::String]) {
                found.push((at, value.as_str().unwrap_or_default()));
            }
        }
        found
    }

    /// A date the widget must read: an error when it cannot (the consequence says what the
    /// widget does then), a warning when it can but stricter readers may not.
    pub(super) fn date(&mut self, date: &str, at: &Pointer, consequence: &str) {
        if Timestamp::parse(date).is_none() {
            self.error(
                at,
                format!(
                    "{} is not an RFC 3339 date such as \"2026-11-30T14:05:00Z\": {consequence}",
                    quote(date)
                ),
            );
        } else if !is_strict_rfc3339(date) {
            self.warn(
                at,
                format!(
                    "{} is not strict RFC 3339 (\"2026-11-30T14:05:00Z\"): the widget reads it, other feed readers may not",
                    quote(date)
                ),
            );
        }
    }

    /// A URL the widget resolves against the feed's and keeps only with an allowed scheme.
    pub(super) fn link(&mut self, url: &str, at: &Pointer, kind: AttributeKind) {
        if has_scheme(url) && !value_allowed(kind, url) {
            let allowed = match kind {
                AttributeKind::LinkUrl => "http, https and mailto",
                _ => "http and https",
            };
            self.warn(
                at,
                format!(
                    "{} is dropped by the widget: only {allowed} URLs are kept",
                    quote(url)
                ),
            );
        }
    }

    /// Warns about members of an extension object that no reader knows (a typo, usually).
    pub(super) fn unknown(&mut self, object: &Map<String, Value>, known: &[&str], at: &Pointer) {
        for key in object.keys().filter(|key| !known.contains(&key.as_str())) {
            self.warn(
                &at.key(key),
                format!("unknown field, ignored (known: {})", known.join(", ")),
            );
        }
    }
}

/// Whether a URL names a scheme (`javascript:`, `https:`) rather than being relative.
pub(crate) fn has_scheme(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_control() && *c != ' ')
        .collect();
    match cleaned.split_once(':') {
        Some((scheme, _)) => {
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// `2026-11-30T14:05:00Z`, `2026-11-30T15:05:00.250+01:00`: RFC 3339's date-time exactly (the
/// widget also reads a space for `T` and a missing seconds field).
fn is_strict_rfc3339(date: &str) -> bool {
    let b = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|part| part.iter().all(u8::is_ascii_digit))
    };
    let shape = digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && matches!(b.get(10), Some(b'T' | b't'))
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
        && b.get(16) == Some(&b':')
        && digits(17..19);
    if !shape {
        return false;
    }
    let mut at = 19;
    if b.get(at) == Some(&b'.') {
        at += 1;
        let start = at;
        while b.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        if at == start {
            return false;
        }
    }
    match b.get(at) {
        Some(b'Z' | b'z') => at + 1 == b.len(),
        Some(b'+' | b'-') => {
            at + 6 == b.len()
                && digits(at + 1..at + 3)
                && b[at + 3] == b':'
                && digits(at + 4..at + 6)
        }
        _ => false,
    }
}

/// The ids seen so far, for duplicates.
#[derive(Debug, Default)]
pub(super) struct Ids(HashMap<String, Pointer>);

impl Ids {
    /// Records `id` at `at`; a second copy is an error pointing back at the first.
    pub(super) fn seen(&mut self, checker: &mut Checker, id: &str, at: &Pointer) {
        if let Some(first) = self.0.get(id) {
            checker.error(
                at,
                format!(
                    "duplicate id {} (first at {first}): the widget shows one of them, the one with the newest date_modified",
                    quote(id)
                ),
            );
        } else {
            self.0.insert(id.to_owned(), at.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_rfc3339_is_told_from_what_the_widget_also_reads() {
        for date in [
            "2026-11-30T14:05:00Z",
            "2026-11-30t14:05:00.250+01:00",
            "2026-11-30T14:05:00-05:30",
        ] {
            assert!(is_strict_rfc3339(date), "{date}");
        }
        for date in [
            "2026-11-30 14:05:00Z",
            "2026-11-30T14:05Z",
            "2026-11-30T14:05:00",
            "2026-11-30T14:05:00.Z",
            "2026-11-30T14:05:00+0100",
        ] {
            assert!(!is_strict_rfc3339(date), "{date}");
        }
    }

    #[test]
    fn only_urls_with_a_scheme_are_checked() {
        assert!(has_scheme("javascript:alert(1)"));
        assert!(has_scheme(" java\tscript:x"));
        assert!(has_scheme("https://x.example"));
        assert!(!has_scheme("img/a.png"));
        assert!(!has_scheme("/a:b"));
        assert!(!has_scheme("//cdn.example/a.png"));
    }

    #[test]
    fn quotes_are_json_and_long_values_are_cut() {
        assert_eq!(quote("a \"b\""), r#""a \"b\"""#);
        assert_eq!(quote(&"x".repeat(60)), format!("\"{}…\"", "x".repeat(48)));
    }
}

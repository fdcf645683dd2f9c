//! The `_liveblog` extension objects, the same in both formats.

use liveblog::core::schedule::FLOOR_SECS;
use serde_json::{Map, Value};

use super::checker::{quote, Checker, Kind};
use super::Pointer;

const FEED_FIELDS: [&str; 5] = [
    "status",
    "key_points",
    "key_points_title",
    "notice",
    "poll_interval",
];
const ITEM_FIELDS: [&str; 2] = ["key_event", "pinned"];
const ATTACHMENT_FIELDS: [&str; 4] = ["caption", "credit", "width", "height"];
/// The largest width or height the widget uses (five digits, as in feed HTML's `img`).
const MAX_PIXELS: f64 = 99_999.0;

/// The feed's `_liveblog`, if `object` has one. `expired` is JSON Feed's flag, for the conflict
/// between `"status": "live"` and `"expired": true`.
pub(super) fn feed(
    checker: &mut Checker,
    object: &Map<String, Value>,
    at: &Pointer,
    expired: bool,
) {
    let Some(extension) = extension(checker, object, at) else {
        return;
    };
    let at = at.key("_liveblog");
    match checker.text(extension, "status", &at) {
        Some("closed") | None => {}
        Some("live") if expired => checker.warn(
            &at.key("status"),
            "\"live\", but expired is true: the widget shows the blog closed and stops polling",
        ),
        Some("live") => {}
        Some(other) => checker.warn(
            &at.key("status"),
            format!(
                "{} is neither \"live\" nor \"closed\": read as live",
                quote(other)
            ),
        ),
    }
    for (point_at, point) in checker.strings(extension, "key_points", &at) {
        if point.trim().is_empty() {
            checker.warn(&point_at, "an empty key point is left out");
        }
    }
    checker.text(extension, "key_points_title", &at);
    checker.text(extension, "notice", &at);
    if let Some(interval) = checker
        .member(extension, "poll_interval", &at, &[Kind::Number])
        .and_then(Value::as_f64)
    {
        let at = at.key("poll_interval");
        if interval <= 0.0 {
            checker.warn(&at, "not a positive number of seconds: ignored");
        } else if interval < f64::from(FLOOR_SECS) {
            checker.warn(
                &at,
                format!(
                    "below the widget's floor: it never polls more often than every {FLOOR_SECS} s"
                ),
            );
        } else if interval > 86_400.0 {
            checker.warn(&at, "over a day: the widget waits a day at most");
        }
    }
    checker.unknown(extension, &FEED_FIELDS, &at);
}

/// An item's (or a `liveBlogUpdate`'s) `_liveblog`, if it has one.
pub(super) fn item(checker: &mut Checker, object: &Map<String, Value>, at: &Pointer) {
    let Some(extension) = extension(checker, object, at) else {
        return;
    };
    let at = at.key("_liveblog");
    for flag in ITEM_FIELDS {
        checker.member(extension, flag, &at, &[Kind::Bool]);
    }
    checker.unknown(extension, &ITEM_FIELDS, &at);
}

/// An attachment's `_liveblog`: a picture's caption, credit and size.
pub(super) fn attachment(checker: &mut Checker, object: &Map<String, Value>, at: &Pointer) {
    let Some(extension) = extension(checker, object, at) else {
        return;
    };
    let at = at.key("_liveblog");
    checker.text(extension, "caption", &at);
    checker.text(extension, "credit", &at);
    let mut sizes = 0;
    for key in ["width", "height"] {
        let Some(pixels) = checker
            .member(extension, key, &at, &[Kind::Number])
            .and_then(Value::as_f64)
        else {
            continue;
        };
        if !(1.0..=MAX_PIXELS).contains(&pixels.round()) {
            checker.warn(
                &at.key(key),
                "not a number of pixels from 1 to 99999: ignored, and the picture gets a 3:2 box",
            );
            continue;
        }
        sizes += 1;
        if pixels.fract() != 0.0 {
            checker.warn(&at.key(key), "not a whole number of pixels: rounded");
        }
    }
    if sizes == 1 {
        checker.warn(
            &at,
            "width and height go together: with one alone the widget reserves a 3:2 box for the picture",
        );
    }
    checker.unknown(extension, &ATTACHMENT_FIELDS, &at);
}

fn extension<'v>(
    checker: &mut Checker,
    object: &'v Map<String, Value>,
    at: &Pointer,
) -> Option<&'v Map<String, Value>> {
    let value = object.get("_liveblog")?;
    checker
        .typed(value, &at.key("_liveblog"), &[Kind::Object])
        .then(|| value.as_object())
        .flatten()
}

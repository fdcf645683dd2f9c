//! Times in a snapshot: in UTC, written the same in every language, for a page that cannot know
//! its reader's time zone. The widget rewrites them in the reader's own once it hydrates.

use crate::core::{Age, Timestamp};
use std::time::{SystemTime, UNIX_EPOCH};

/// The snapshot's time formats (the browser's counterpart formats through `Intl`).
#[derive(PartialEq)]
pub struct TimeFormat;

impl TimeFormat {
    /// The formats; the same for every locale.
    pub fn new(_locale: &str) -> Self {
        Self
    }

    /// Nothing: "5 minutes ago" in a static page would soon be false.
    pub fn ago(&self, _age: Age) -> String {
        String::new()
    }

    /// The date and time in UTC: "2026-11-30 14:05 UTC".
    pub fn clock(&self, at: Timestamp) -> String {
        let iso = at.to_string();
        format!("{} {} UTC", &iso[..10], &iso[11..16])
    }

    /// The same as [`Self::clock`]: a snapshot has no reader's zone to spell out.
    pub fn full(&self, at: Timestamp) -> String {
        self.clock(at)
    }
}

/// The system clock, now.
pub fn now() -> Timestamp {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_millis());
    Timestamp(i64::try_from(millis).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_in_utc_with_their_date() {
        let at = Timestamp::parse("2026-11-30T15:05:09+01:00").unwrap();
        assert_eq!(TimeFormat::new("fr").clock(at), "2026-11-30 14:05 UTC");
        assert_eq!(TimeFormat::new("en").ago(Age::between(at, now())), "");
    }
}

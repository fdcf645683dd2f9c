//! Whole-second UTC instants, the precision of both feed dates and HTTP dates.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// An instant in UTC, truncated to whole seconds since the Unix epoch.
///
/// The feed's RFC 3339 dates and the HTTP `Last-Modified` / `If-Modified-Since` headers both have
/// second precision, so keeping the newsroom's clock at that precision makes "modified since"
/// comparisons exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(u64);

impl Timestamp {
    /// The current wall-clock time (the epoch itself if the clock is set before 1970).
    pub fn now() -> Self {
        Self::from_system_time(SystemTime::now())
    }

    /// Builds an instant from seconds since the Unix epoch.
    pub fn from_unix_seconds(seconds: u64) -> Self {
        Self(seconds)
    }

    /// Converts a [`SystemTime`], dropping sub-second precision; times before 1970 become the epoch.
    pub fn from_system_time(time: SystemTime) -> Self {
        Self(
            time.duration_since(UNIX_EPOCH)
                .map_or(0, |since| since.as_secs()),
        )
    }

    /// Parses an HTTP date (RFC 9110 `IMF-fixdate`, or the obsolete forms), as sent in
    /// `If-Modified-Since`. Returns `None` for anything unparseable, which callers ignore.
    pub fn parse_http_date(text: &str) -> Option<Self> {
        httpdate::parse_http_date(text.trim())
            .ok()
            .map(Self::from_system_time)
    }

    /// Seconds since the Unix epoch.
    pub fn unix_seconds(self) -> u64 {
        self.0
    }

    /// The instant `minutes` minutes earlier, used for the script's `minutes_ago`.
    pub fn minutes_before(self, minutes: u64) -> Self {
        Self(self.0.saturating_sub(minutes.saturating_mul(60)))
    }

    /// This instant as an HTTP date, e.g. `Mon, 30 Nov 2026 14:05:00 GMT`, for `Last-Modified`.
    pub fn http_date(self) -> String {
        httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(self.0))
    }

    /// This instant as an RFC 3339 UTC date with a `Z` suffix, e.g. `2026-11-30T14:05:00Z`.
    pub fn rfc3339(self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Timestamp {
    /// Formats as RFC 3339 UTC with second precision, with the widget core's formatter.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let millis = i64::try_from(self.0).unwrap_or(i64::MAX / 1_000) * 1_000;
        fmt::Display::fmt(&liveblog::core::Timestamp(millis), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_epoch_formats_as_1970() {
        assert_eq!(
            Timestamp::from_unix_seconds(0).rfc3339(),
            "1970-01-01T00:00:00Z"
        );
    }

    #[test]
    fn a_date_in_2026_formats_as_rfc3339_with_z() {
        // 2026-11-30T14:05:09Z
        assert_eq!(
            Timestamp::from_unix_seconds(1_796_047_509).rfc3339(),
            "2026-11-30T14:05:09Z"
        );
    }

    #[test]
    fn leap_days_format_correctly() {
        // 2024-02-29T23:59:59Z and the second after it.
        assert_eq!(
            Timestamp::from_unix_seconds(1_709_251_199).rfc3339(),
            "2024-02-29T23:59:59Z"
        );
        assert_eq!(
            Timestamp::from_unix_seconds(1_709_251_200).rfc3339(),
            "2024-03-01T00:00:00Z"
        );
    }

    #[test]
    fn http_dates_round_trip_at_second_precision() {
        let instant = Timestamp::from_unix_seconds(1_796_047_509);
        assert_eq!(instant.http_date(), "Mon, 30 Nov 2026 14:05:09 GMT");
        assert_eq!(
            Timestamp::parse_http_date(&instant.http_date()),
            Some(instant)
        );
    }

    #[test]
    fn an_unparseable_http_date_is_none() {
        assert_eq!(Timestamp::parse_http_date("yesterday"), None);
    }

    #[test]
    fn minutes_before_never_goes_below_the_epoch() {
        let instant = Timestamp::from_unix_seconds(600);
        assert_eq!(instant.minutes_before(4).unix_seconds(), 360);
        assert_eq!(instant.minutes_before(1_000).unix_seconds(), 0);
    }

    #[test]
    fn sub_second_precision_is_dropped() {
        let time = UNIX_EPOCH + Duration::from_millis(1_999);
        assert_eq!(Timestamp::from_system_time(time).unix_seconds(), 1);
    }
}

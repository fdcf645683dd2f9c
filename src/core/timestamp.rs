//! RFC 3339 timestamps, parsed without a date library.
//!
//! Feeds carry `date_published` and `date_modified` as RFC 3339 strings. The core only needs them
//! to order and compare updates, so it keeps milliseconds since the Unix epoch; the browser's
//! `Intl` formats them for readers in their own time zone.

use std::fmt;

/// An instant, in milliseconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// Parses an RFC 3339 date-time such as `2026-11-30T14:05:00Z` or
    /// `2026-11-30T15:05:00.250+01:00`; `None` when it is not one.
    ///
    /// Lenient where feeds commonly are: a space instead of `T`, lowercase `t`/`z`, any number of
    /// fraction digits, a missing seconds field (`14:05Z`), and an offset without its colon
    /// (`+0100`, as ISO 8601 allows).
    pub fn parse(text: &str) -> Option<Self> {
        let b = text.trim().as_bytes();
        let year = digits(b, 0, 4)?;
        expect(b, 4, b'-')?;
        let month = digits(b, 5, 2)?;
        expect(b, 7, b'-')?;
        let day = digits(b, 8, 2)?;
        if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
            return None;
        }
        let hour = digits(b, 11, 2)?;
        expect(b, 13, b':')?;
        let minute = digits(b, 14, 2)?;
        let mut at = 16;
        let mut second = 0;
        if b.get(at) == Some(&b':') {
            second = digits(b, at + 1, 2)?;
            at += 3;
        }
        let mut millis = 0;
        if b.get(at) == Some(&b'.') {
            at += 1;
            let start = at;
            while b.get(at).is_some_and(u8::is_ascii_digit) {
                if at - start < 3 {
                    millis = millis * 10 + i64::from(b[at] - b'0');
                }
                at += 1;
            }
            let read = at - start;
            if read == 0 {
                return None;
            }
            for _ in read..3 {
                millis *= 10;
            }
        }
        let offset_minutes = match b.get(at) {
            Some(b'Z' | b'z') if at + 1 == b.len() => 0,
            // `+01:00`, or ISO 8601's `+0100`, which schema.org dates may carry.
            Some(sign @ (b'+' | b'-')) if at + 6 == b.len() || at + 5 == b.len() => {
                let hours = digits(b, at + 1, 2)?;
                let colon = usize::from(at + 6 == b.len());
                if colon == 1 {
                    expect(b, at + 3, b':')?;
                }
                let minutes = digits(b, at + 3 + colon, 2)?;
                if hours > 23 || minutes > 59 {
                    return None;
                }
                let total = hours * 60 + minutes;
                if *sign == b'-' {
                    -total
                } else {
                    total
                }
            }
            _ => return None,
        };
        if !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
            || second > 60
        {
            return None;
        }
        let days = days_from_civil(year, month, day);
        let seconds =
            days * 86_400 + hour * 3_600 + minute * 60 + second.min(59) - offset_minutes * 60;
        Some(Self(seconds * 1_000 + millis))
    }

    /// Parses an HTTP date in its preferred form (RFC 9110 IMF-fixdate), such as
    /// `Mon, 30 Nov 2026 14:05:00 GMT`; `None` for anything else.
    pub fn parse_http_date(text: &str) -> Option<Self> {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let mut parts = text.trim().split(' ');
        let _weekday = parts
            .next()
            .filter(|day| day.len() == 4 && day.ends_with(','))?;
        let day = parts.next().filter(|day| day.len() == 2)?;
        let month = parts.next()?;
        let month = MONTHS.iter().position(|name| *name == month)? + 1;
        let year = parts.next().filter(|year| year.len() == 4)?;
        let time = parts.next()?;
        if parts.next() != Some("GMT") || parts.next().is_some() {
            return None;
        }
        Self::parse(&format!("{year}-{month:02}-{day}T{time}Z"))
    }

    /// Seconds since the epoch, rounded down.
    pub fn seconds(self) -> i64 {
        self.0.div_euclid(1_000)
    }
}

/// How long ago something happened, in the largest whole unit that fits: what "5 minutes ago"
/// says. `value` is negative for the past, as `Intl.RelativeTimeFormat` takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Age {
    /// Whole units; negative for the past, positive for the future.
    pub value: i64,
    /// `"second"`, `"minute"`, `"hour"` or `"day"`.
    pub unit: &'static str,
}

impl Age {
    /// The age of `at` seen from `now`. Under a minute reads as seconds rounded down to tens
    /// ("30 seconds ago"), so that the text changes at most every ten seconds.
    pub fn between(at: Timestamp, now: Timestamp) -> Self {
        let seconds = (at.0 - now.0) / 1000;
        let (value, unit) = match seconds.unsigned_abs() {
            0..=59 => (seconds / 10 * 10, "second"),
            60..=3_599 => (seconds / 60, "minute"),
            3_600..=86_399 => (seconds / 3_600, "hour"),
            _ => (seconds / 86_400, "day"),
        };
        Self { value, unit }
    }
}

/// Formats as RFC 3339 in UTC with second precision, e.g. `2026-11-30T14:05:00Z`: the form used in
/// `<time datetime>` attributes.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seconds = self.seconds();
        let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
        let of_day = seconds.rem_euclid(86_400);
        write!(
            f,
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
            of_day / 3_600,
            of_day % 3_600 / 60,
            of_day % 60
        )
    }
}

fn digits(b: &[u8], at: usize, count: usize) -> Option<i64> {
    let slice = b.get(at..at + count)?;
    slice.iter().try_fold(0, |value, &c| {
        c.is_ascii_digit().then(|| value * 10 + i64::from(c - b'0'))
    })
}

fn expect(b: &[u8], at: usize, c: u8) -> Option<()> {
    (b.get(at) == Some(&c)).then_some(())
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days-from-civil algorithm, proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::Age;
    use super::Timestamp;

    fn ms(text: &str) -> Option<i64> {
        Timestamp::parse(text).map(|t| t.0)
    }

    #[test]
    fn the_epoch_is_zero() {
        assert_eq!(ms("1970-01-01T00:00:00Z"), Some(0));
    }

    #[test]
    fn a_utc_date_time_parses_to_its_milliseconds() {
        assert_eq!(ms("2026-11-30T14:05:00Z"), Some(1_796_047_500_000));
    }

    #[test]
    fn offsets_name_the_same_instant() {
        assert_eq!(ms("2026-11-30T15:05:00+01:00"), ms("2026-11-30T14:05:00Z"));
        assert_eq!(ms("2026-11-30T09:35:00-04:30"), ms("2026-11-30T14:05:00Z"));
        assert_eq!(ms("2026-11-30T15:05:00+0100"), ms("2026-11-30T14:05:00Z"));
        assert_eq!(ms("2026-11-30T09:35-0430"), ms("2026-11-30T14:05:00Z"));
        for broken in [
            "2026-11-30T14:05:00+01:0",
            "2026-11-30T14:05:00+1:00",
            "2026-11-30T14:05:00+01",
        ] {
            assert_eq!(ms(broken), None, "{broken}");
        }
    }

    #[test]
    fn fractions_keep_milliseconds_and_drop_the_rest() {
        assert_eq!(ms("1970-01-01T00:00:01.5Z"), Some(1_500));
        assert_eq!(ms("1970-01-01T00:00:01.123456789Z"), Some(1_123));
    }

    #[test]
    fn common_leniencies_are_accepted() {
        assert_eq!(ms("2026-11-30 14:05:00z"), ms("2026-11-30T14:05:00Z"));
        assert_eq!(ms("2026-11-30T14:05Z"), ms("2026-11-30T14:05:00Z"));
        assert_eq!(ms("  2026-11-30T14:05:00Z\n"), ms("2026-11-30T14:05:00Z"));
    }

    #[test]
    fn leap_days_exist_only_in_leap_years() {
        assert!(ms("2024-02-29T00:00:00Z").is_some());
        assert!(ms("2000-02-29T00:00:00Z").is_some());
        assert!(ms("2100-02-29T00:00:00Z").is_none());
        assert!(ms("2026-02-29T00:00:00Z").is_none());
    }

    #[test]
    fn malformed_dates_are_rejected() {
        for text in [
            "",
            "yesterday",
            "2026-11-30",
            "2026-11-30T14:05:00",
            "2026-13-01T00:00:00Z",
            "2026-11-31T00:00:00Z",
            "2026-11-30T24:00:00Z",
            "2026-11-30T14:60:00Z",
            "2026-11-30T14:05:00+1:00",
            "2026-11-30T14:05:00.Z",
            "2026-11-30T14:05:00Zjunk",
            "Mon, 30 Nov 2026 14:05:00 GMT",
            "２０２６-11-30T14:05:00Z",
        ] {
            assert_eq!(ms(text), None, "{text:?} should not parse");
        }
    }

    #[test]
    fn http_dates_parse_in_their_preferred_form_only() {
        assert_eq!(
            Timestamp::parse_http_date("Mon, 30 Nov 2026 14:05:00 GMT"),
            Timestamp::parse("2026-11-30T14:05:00Z")
        );
        for text in [
            "Monday, 30-Nov-26 14:05:00 GMT",
            "Mon, 30 Nov 2026 14:05:00",
            "Mon, 30 Foo 2026 14:05:00 GMT",
            "",
        ] {
            assert_eq!(Timestamp::parse_http_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn display_round_trips_through_parse() {
        for text in [
            "1970-01-01T00:00:00Z",
            "2026-11-30T14:05:09Z",
            "1969-07-20T20:17:40Z",
            "2400-02-29T23:59:59Z",
        ] {
            let parsed = Timestamp::parse(text).expect(text);
            assert_eq!(parsed.to_string(), text);
        }
    }

    #[test]
    fn ages_read_in_the_largest_whole_unit() {
        let now = Timestamp(1_800_000_000_000);
        let ago = |seconds: i64| Age::between(Timestamp(now.0 - seconds * 1000), now);
        assert_eq!(
            ago(0),
            Age {
                value: 0,
                unit: "second"
            }
        );
        assert_eq!(
            ago(37),
            Age {
                value: -30,
                unit: "second"
            }
        );
        assert_eq!(
            ago(60),
            Age {
                value: -1,
                unit: "minute"
            }
        );
        assert_eq!(
            ago(5 * 60 + 59),
            Age {
                value: -5,
                unit: "minute"
            }
        );
        assert_eq!(
            ago(2 * 3_600 + 1),
            Age {
                value: -2,
                unit: "hour"
            }
        );
        assert_eq!(
            ago(3 * 86_400),
            Age {
                value: -3,
                unit: "day"
            }
        );
        // A clock a little behind the publisher's: "in 10 seconds", not an error.
        assert_eq!(
            ago(-12),
            Age {
                value: 10,
                unit: "second"
            }
        );
    }
}

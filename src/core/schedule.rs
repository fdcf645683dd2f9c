//! When to poll next: the interval, its floor, jitter, failure backoff and the final stop.
//!
//! The interval is the `poll-interval` option when the publisher set one on the embed, else the
//! feed's `_liveblog.poll_interval` hint, else [`DEFAULT_INTERVAL_SECS`]; never below
//! [`FLOOR_SECS`]. Each delay is spread by ±[`JITTER`] so that a million readers who opened the
//! page at the same moment do not poll in lockstep. After failures the delay backs off
//! exponentially with full jitter: it is drawn uniformly between the interval and a ceiling that
//! doubles with each failure (interval × 2, × 4, …) up to [`MAX_BACKOFF_SECS`], so that readers
//! who all failed together come back spread out, and never sooner than a healthy poll would. A
//! success resets it. A server that answers
//! 429 or 503 with `Retry-After` is left alone at least that long (up to [`MAX_RETRY_AFTER_SECS`]).
//! A closed blog is never polled again.

/// The interval when neither the embed nor the feed sets one.
pub const DEFAULT_INTERVAL_SECS: u32 = 15;
/// The shortest interval the widget ever polls at.
pub const FLOOR_SECS: u32 = 5;
/// The spread of each delay around the interval, as a fraction of it.
pub const JITTER: f64 = 0.2;
/// The longest delay after repeated failures.
pub const MAX_BACKOFF_SECS: u32 = 300;
/// The longest `Retry-After` honoured: a server asking for more is retried after this.
pub const MAX_RETRY_AFTER_SECS: u32 = 3_600;
/// The shortest and longest time a request may take before it is abandoned.
pub const REQUEST_TIMEOUT_SECS: (u32, u32) = (10, 30);

/// The polling decisions for one widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PollSchedule {
    configured: Option<u32>,
    hint: Option<u32>,
    failures: u32,
    retry_after: Option<u32>,
    closed: bool,
}

impl PollSchedule {
    /// A schedule for an embed whose `poll-interval` option is `configured` seconds, if set.
    pub fn new(configured: Option<u32>) -> Self {
        Self {
            configured,
            hint: None,
            failures: 0,
            retry_after: None,
            closed: false,
        }
    }

    /// The interval between successful polls, in seconds.
    pub fn interval_secs(&self) -> u32 {
        self.configured
            .or(self.hint)
            .unwrap_or(DEFAULT_INTERVAL_SECS)
            .max(FLOOR_SECS)
    }

    /// How long one request may take before it is abandoned (and counted as a failure): the
    /// interval, kept between 10 and 30 seconds. A slower answer would be stale anyway.
    pub fn request_timeout_ms(&self) -> u32 {
        let (shortest, longest) = REQUEST_TIMEOUT_SECS;
        self.interval_secs().clamp(shortest, longest) * 1_000
    }

    /// Records a poll that got a usable feed: its polling hint, and whether it is closed.
    pub fn succeeded(&mut self, hint: Option<u32>, closed: bool) {
        self.hint = hint;
        self.failures = 0;
        self.retry_after = None;
        self.closed |= closed;
    }

    /// Records a poll that answered with the same feed as before.
    pub fn unchanged(&mut self) {
        self.failures = 0;
        self.retry_after = None;
    }

    /// Records a poll that failed, with the server's `Retry-After` in seconds if it sent one.
    pub fn failed(&mut self, retry_after: Option<u32>) {
        self.failures = self.failures.saturating_add(1);
        self.retry_after = retry_after.map(|secs| secs.min(MAX_RETRY_AFTER_SECS));
    }

    /// Milliseconds until the next poll, or `None` once the blog is closed. `random` is a
    /// uniform number in `[0, 1)` that places the delay within the jitter band.
    pub fn next_delay_ms(&self, random: f64) -> Option<u32> {
        if self.closed {
            return None;
        }
        let interval = f64::from(self.interval_secs());
        let random = random.clamp(0.0, 1.0);
        let planned = if self.failures == 0 {
            interval * (1.0 + JITTER * (2.0 * random - 1.0))
        } else {
            let ceiling = (interval * f64::from(1u32 << self.failures.min(10)))
                .min(f64::from(MAX_BACKOFF_SECS))
                .max(interval);
            interval + random * (ceiling - interval)
        };
        // Jitter only lengthens a Retry-After: the server asked for at least that long.
        let asked = self
            .retry_after
            .map_or(0.0, |secs| f64::from(secs) * (1.0 + JITTER * random));
        let secs = planned.max(asked).max(f64::from(FLOOR_SECS));
        Some((secs * 1_000.0).round() as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIDDLE: f64 = 0.5;

    #[test]
    fn the_default_interval_is_fifteen_seconds() {
        assert_eq!(PollSchedule::new(None).next_delay_ms(MIDDLE), Some(15_000));
    }

    #[test]
    fn the_feeds_hint_replaces_the_default() {
        let mut schedule = PollSchedule::new(None);
        schedule.succeeded(Some(30), false);
        assert_eq!(schedule.next_delay_ms(MIDDLE), Some(30_000));
    }

    #[test]
    fn the_embeds_option_wins_over_the_feeds_hint() {
        let mut schedule = PollSchedule::new(Some(20));
        schedule.succeeded(Some(60), false);
        assert_eq!(schedule.next_delay_ms(MIDDLE), Some(20_000));
    }

    #[test]
    fn nothing_polls_faster_than_the_floor() {
        let mut schedule = PollSchedule::new(None);
        schedule.succeeded(Some(1), false);
        assert_eq!(schedule.interval_secs(), FLOOR_SECS);
        assert_eq!(schedule.next_delay_ms(0.0), Some(5_000));
        assert_eq!(PollSchedule::new(Some(2)).next_delay_ms(0.0), Some(5_000));
    }

    #[test]
    fn jitter_spreads_delays_twenty_percent_either_way() {
        let schedule = PollSchedule::new(None);
        assert_eq!(schedule.next_delay_ms(0.0), Some(12_000));
        assert_eq!(schedule.next_delay_ms(1.0), Some(18_000));
        for step in 0..100 {
            let delay = schedule
                .next_delay_ms(f64::from(step) / 100.0)
                .unwrap_or_default();
            assert!((12_000..=18_000).contains(&delay), "{delay}");
        }
    }

    #[test]
    fn failures_back_off_exponentially_up_to_five_minutes() {
        let mut schedule = PollSchedule::new(None);
        let mut longest = Vec::new();
        for _ in 0..7 {
            schedule.failed(None);
            longest.push(schedule.next_delay_ms(1.0).unwrap_or_default() / 1_000);
        }
        assert_eq!(longest, [30, 60, 120, 240, 300, 300, 300]);
    }

    #[test]
    fn backoff_is_fully_jittered_between_the_interval_and_its_ceiling() {
        let mut schedule = PollSchedule::new(None);
        schedule.failed(None);
        schedule.failed(None);
        assert_eq!(
            schedule.next_delay_ms(0.0),
            Some(15_000),
            "never sooner than a healthy poll"
        );
        assert_eq!(schedule.next_delay_ms(0.5), Some(37_500));
        assert_eq!(schedule.next_delay_ms(1.0), Some(60_000));
    }

    /// Drives the schedule through an outage on a fake clock: when do the polls go out?
    fn timeline(outcomes: &[bool], random: f64) -> Vec<u32> {
        let mut schedule = PollSchedule::new(Some(10));
        let mut clock_ms = 0;
        let mut polls = Vec::new();
        for ok in outcomes {
            if *ok {
                schedule.succeeded(None, false);
            } else {
                schedule.failed(None);
            }
            clock_ms += schedule.next_delay_ms(random).unwrap_or_default();
            polls.push(clock_ms / 1_000);
        }
        polls
    }

    #[test]
    fn on_a_fake_clock_an_outage_spreads_polls_out_and_recovery_restores_the_pace() {
        let outage = [true, false, false, false, false, false, false, true, true];
        // The slowest a reader may come back (the top of every jitter band) ...
        assert_eq!(
            timeline(&outage, 1.0),
            [12, 32, 72, 152, 312, 612, 912, 924, 936]
        );
        // ... and the fastest: failures never poll sooner than the interval.
        assert_eq!(timeline(&outage, 0.0), [8, 18, 28, 38, 48, 58, 68, 76, 84]);
    }

    #[test]
    fn a_success_resets_the_backoff() {
        let mut schedule = PollSchedule::new(None);
        schedule.failed(None);
        schedule.failed(None);
        schedule.succeeded(None, false);
        assert_eq!(schedule.next_delay_ms(MIDDLE), Some(15_000));
    }

    #[test]
    fn an_unchanged_feed_also_ends_the_backoff_and_keeps_the_hint() {
        let mut schedule = PollSchedule::new(None);
        schedule.succeeded(Some(40), false);
        schedule.failed(Some(100));
        schedule.unchanged();
        assert_eq!(schedule.next_delay_ms(MIDDLE), Some(40_000));
    }

    #[test]
    fn an_interval_longer_than_the_backoff_cap_is_not_shortened_by_failures() {
        let mut schedule = PollSchedule::new(Some(600));
        schedule.failed(None);
        assert_eq!(schedule.next_delay_ms(MIDDLE), Some(600_000));
    }

    #[test]
    fn retry_after_is_honoured_and_only_lengthened_by_jitter() {
        let mut schedule = PollSchedule::new(None);
        schedule.failed(Some(120));
        assert_eq!(schedule.next_delay_ms(0.0), Some(120_000));
        assert_eq!(schedule.next_delay_ms(1.0), Some(144_000));
        schedule.succeeded(None, false);
        assert_eq!(schedule.next_delay_ms(MIDDLE), Some(15_000));
    }

    #[test]
    fn a_short_retry_after_does_not_undercut_the_backoff() {
        let mut schedule = PollSchedule::new(None);
        schedule.failed(Some(1));
        assert_eq!(schedule.next_delay_ms(MIDDLE), Some(22_500));
    }

    #[test]
    fn an_absurd_retry_after_is_capped_at_an_hour() {
        let mut schedule = PollSchedule::new(None);
        schedule.failed(Some(u32::MAX));
        assert_eq!(schedule.next_delay_ms(0.0), Some(3_600_000));
    }

    #[test]
    fn a_request_may_take_the_interval_within_ten_to_thirty_seconds() {
        assert_eq!(PollSchedule::new(Some(5)).request_timeout_ms(), 10_000);
        assert_eq!(PollSchedule::new(None).request_timeout_ms(), 15_000);
        assert_eq!(PollSchedule::new(Some(600)).request_timeout_ms(), 30_000);
    }

    #[test]
    fn a_closed_blog_is_never_polled_again() {
        let mut schedule = PollSchedule::new(None);
        schedule.succeeded(None, true);
        assert_eq!(schedule.next_delay_ms(MIDDLE), None);
        schedule.succeeded(None, false);
        assert_eq!(schedule.next_delay_ms(MIDDLE), None);
    }
}

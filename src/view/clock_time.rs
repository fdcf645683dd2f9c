//! A time as the reader reads it: the clock time, with the full date and time zone on hover.

use super::platform::TimeFormat;
use crate::core::Timestamp;
use yew::{html, Html};

/// `<time>` showing when `at` was ("14:05", or "29 Nov, 14:05" on another day), its full date
/// and zone in the tooltip: the header's last update and an update's edit. One function for
/// both, so that the markup is compiled once.
pub fn clock_time(at: Timestamp, time: &TimeFormat) -> Html {
    html! { <time datetime={at.to_string()} title={time.full(at)}>{ time.clock(at) }</time> }
}

//! The blog's title, live or closed state, last-updated time and notice.

use super::clock_time::clock_time;
use super::platform::TimeFormat;
use crate::core::strings::Strings;
use crate::core::{Feed, Status};
use yew::{html, Html};

/// Renders the header of a loaded blog.
pub fn header(feed: &Feed, time: &TimeFormat, strings: &Strings) -> Html {
    let (state_class, state_text) = match feed.status {
        Status::Live => ("lb-state lb-state-live", strings.live),
        Status::Closed => ("lb-state lb-state-closed", strings.closed),
    };
    html! {
        <header class="lb-header">
            <p class={state_class}><span class="lb-dot" aria-hidden="true"></span>{ state_text }</p>
            if !feed.title.is_empty() {
                <h2 class="lb-title" dir="auto">{ feed.title.clone() }</h2>
            }
            if let Some(at) = feed.last_changed() {
                <p class="lb-last-updated">
                    { strings.last_updated }{ " " }
                    { clock_time(at, time) }
                </p>
            }
            if let Some(notice) = &feed.notice {
                <p class="lb-notice" role="note" dir="auto">{ notice.clone() }</p>
            }
        </header>
    }
}

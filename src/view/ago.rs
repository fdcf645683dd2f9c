//! "5 minutes ago", kept current while the page is open.

use super::platform::TimeFormat;
use crate::core::Timestamp;
use std::rc::Rc;
use yew::{function_component, html, use_context, Html, Properties};

/// The time relative ages are counted from, provided by `LiveBlog` (or a snapshot), which moves it on
/// every few seconds. Only the `Ago`s re-render when it does, not the updates around them.
#[derive(Clone, Copy, PartialEq)]
pub struct Now(pub Timestamp);

impl Now {
    /// The clock, now.
    pub fn current() -> Self {
        Self(super::platform::now())
    }
}

/// Props of [`Ago`].
#[derive(Properties, PartialEq)]
pub struct AgoProps {
    /// When it happened.
    pub at: Timestamp,
    /// The widget's formatters.
    pub time: Rc<TimeFormat>,
}

/// How long ago `at` was, in the widget's language; without a [`Now`] above it, counted from
/// the moment it renders.
#[function_component]
pub fn Ago(props: &AgoProps) -> Html {
    let now = use_context::<Now>().unwrap_or_else(Now::current);
    html! { <span class="lb-ago">{ props.time.ago(props.at, now.0) }</span> }
}

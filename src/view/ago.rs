//! "5 minutes ago", kept current while the page is open.

use super::platform::{now, ticks, TimeFormat};
use crate::core::Timestamp;
use std::rc::Rc;
use yew::{function_component, html, use_effect_with, use_force_update, Html, Properties};

/// Props of [`Ago`].
#[derive(Properties, PartialEq)]
pub struct AgoProps {
    /// When it happened.
    pub at: Timestamp,
    /// The widget's formatters.
    pub time: Rc<TimeFormat>,
}

/// How long ago `at` was, in the widget's language, counted from the moment it renders. The
/// page's clock (`web::clock`) renders it again every few seconds, and only it: the update
/// around it is left alone.
#[function_component]
pub fn Ago(props: &AgoProps) -> Html {
    let update = use_force_update();
    use_effect_with((), move |()| ticks(move || update.force_update()));
    html! { <span class="lb-ago">{ props.time.ago(props.at, now()) }</span> }
}

//! "5 minutes ago", kept current while the page is open.

use super::platform::{now, ticks, TimeFormat};
use crate::core::{Age, Timestamp};
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
/// page's clock (`web::clock`) ticks every few seconds; on a tick that changes what it says
/// ("4 minutes ago" to "5 minutes ago"), it renders again, and only it: the update around it is
/// left alone. The other ticks cost a subtraction: an update an hour old renders once an hour,
/// not 360 times, which on a long blog saves a render of every `Ago` with a call to `Intl` each,
/// every ten seconds.
#[function_component]
pub fn Ago(props: &AgoProps) -> Html {
    let update = use_force_update();
    let age = Age::between(props.at, now());
    // Listens again whenever it shows another age (or another `at`), with what it shows.
    use_effect_with((props.at, age), move |&(at, shown)| {
        ticks(move |now| {
            if Age::between(at, now) != shown {
                update.force_update();
            }
        })
    });
    html! { <span class="lb-ago">{ props.time.ago(age) }</span> }
}

//! The key-events navigation: links to the blog's key events, newest first, and the switch that
//! lists only them.

use super::platform::TimeFormat;
use crate::core::strings::Strings;
use crate::core::{Blog, Update};
use std::rc::Rc;
use yew::{html, Callback, Html, MouseEvent};

/// Key events listed before "Show all".
const FIRST: usize = 5;

/// Renders the links and the filter, or nothing when the blog has no key events. The links are
/// real `#lb-…` links (they can be copied or opened in a new tab); the widget handles a plain
/// click on one (see [`crate::web::deep_link::link_click`]). Past the first five, the rest wait
/// in a `<details>`: the browser's own disclosure, no state. Its summary reads "Show all" while
/// closed and "Show less" while open (the stylesheet shows one of the two).
pub fn key_events(
    blog: &Blog,
    time: &TimeFormat,
    strings: &Strings,
    on_only: Callback<MouseEvent>,
) -> Html {
    let events: Vec<&Rc<Update>> = blog.key_events().collect();
    if events.is_empty() {
        return Html::default();
    }
    let link = |event: &&Rc<Update>| {
        html! {
            <li key={event.id.as_str()}>
                <a href={format!("#{}", event.anchor())}>
                    if let Some(at) = event.published {
                        <time datetime={at.to_string()}>{ time.clock(at) }</time>{ " " }
                    }
                    <span dir="auto">{ event.label().unwrap_or_else(|| strings.key_event.to_owned()) }</span>
                </a>
            </li>
        }
    };
    html! {
        <nav class="lb-key-events" aria-labelledby="lb-key-events-title">
            <h3 id="lb-key-events-title">{ strings.key_events }</h3>
            <ol>{ for events.iter().take(FIRST).map(link) }</ol>
            if events.len() > FIRST {
                <details>
                    <summary>
                        <span class="lb-show-all">{ strings.show_all }</span>
                        <span class="lb-show-less">{ strings.show_less }</span>
                    </summary>
                    <ol>{ for events.iter().skip(FIRST).map(link) }</ol>
                </details>
            }
            <button type="button" class="lb-filter" aria-pressed={blog.key_events_only.to_string()}
                    onclick={on_only}>
                { strings.key_events_only }
            </button>
        </nav>
    }
}

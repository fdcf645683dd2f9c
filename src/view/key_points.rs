//! "What you need to know": the key points, in the publisher's order.

use crate::core::strings::Strings;
use crate::core::Feed;
use yew::{html, Html};

/// Renders the key points, or nothing when the feed has none.
pub fn key_points(feed: &Feed, strings: &Strings) -> Html {
    if feed.key_points.is_empty() {
        return Html::default();
    }
    let title = feed
        .key_points_title
        .clone()
        .unwrap_or_else(|| strings.key_points.to_owned());
    html! {
        <section class="lb-key-points" aria-labelledby="lb-key-points-title">
            <h3 id="lb-key-points-title">{ title }</h3>
            <ul>
                { for feed.key_points.iter().map(|point| html! { <li dir="auto">{ point.clone() }</li> }) }
            </ul>
        </section>
    }
}

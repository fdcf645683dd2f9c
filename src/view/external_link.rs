//! Links that leave the widget.

use crate::core::sanitize::LINK_REL;
use yew::{html, Html};

/// `<a>` to `href` reading `text`, opened in a new tab without access to this page: an author's
/// page, an attachment, the original of an embed. One function for all, so that the markup is
/// compiled once.
pub fn external_link(href: String, text: String) -> Html {
    html! { <a {href} rel={LINK_REL} target="_blank">{ text }</a> }
}

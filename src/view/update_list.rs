//! The updates, newest first.

use crate::core::strings::Strings;
use yew::{html, Html, NodeRef};

/// The list of updates. Its cards are not Yew's: the widget puts them in for each render
/// (`web::cards`), a snapshot writes them in (`cards`, their markup).
pub fn update_list(strings: &Strings, list: &NodeRef, cards: Html) -> Html {
    html! {
        <ol class="lb-updates" aria-label={strings.updates} ref={list.clone()}>{ cards }</ol>
    }
}

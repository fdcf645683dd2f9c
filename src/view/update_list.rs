//! The updates, newest first, as a keyed list.

use super::platform::TimeFormat;
use super::update_card::UpdateCard;
use crate::core::strings::Strings;
use crate::core::Blog;
use std::rc::Rc;
use yew::virtual_dom::Key;
use yew::{html, AttrValue, Html};

/// Renders the visible updates. Keys are the update ids, so a poll that adds one update inserts
/// one element and leaves the others alone.
pub fn update_list(
    blog: &Blog,
    time: &Rc<TimeFormat>,
    strings: &'static Strings,
    base: &AttrValue,
) -> Html {
    html! {
        <ol class="lb-updates" aria-label={strings.updates}>
            // Each card renders its own `<li>`: the list's children are the components themselves,
            // which Yew compares by their props alone.
            { for blog.visible_updates().into_iter().map(|update| {
                let key = Key::from(update.id.as_str());
                html! {
                    <UpdateCard {key} fresh={blog.is_fresh(&update.id)}
                                targeted={blog.targeted.as_deref() == Some(update.id.as_str())}
                                copied={blog.copied.as_deref() == Some(update.id.as_str())} {update}
                                time={Rc::clone(time)} {strings} base={base.clone()} anchor={true} />
                }
            }) }
        </ol>
    }
}

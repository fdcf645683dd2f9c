//! The Yew views: function components, props in and callbacks out, one reducer owner.
//!
//! `LiveBlog` (in the browser) is the whole widget and the component other Yew apps embed. It
//! owns the state and the poller; [`blog_view`] and everything below it only render what they
//! are given, and also compile natively, where `liveblog render` renders them into a snapshot
//! that the widget then hydrates (both roots render [`blog_view`] straight under themselves, as
//! hydration needs the two trees to nest their components alike).
//!
//! The updates' cards are the exception: [`card`] writes them as markup, which a snapshot holds
//! as it is and which the widget puts in the page itself for each render (`use_cards`,
//! `web::cards`), rather than through Yew's virtual DOM.

mod blog_view;
pub mod card;
mod clock_time;
mod header;
mod key_events;
mod key_points;
#[cfg(target_arch = "wasm32")]
mod live_blog;
mod pinned_post;
mod platform;
#[cfg(target_arch = "wasm32")]
mod state;
mod update_list;

pub use blog_view::{blog_view, BlogViewProps};
pub use card::Slots;
#[cfg(target_arch = "wasm32")]
pub use live_blog::{LiveBlog, LiveBlogProps};

use platform::TimeFormat;
use std::rc::Rc;
use yew::{hook, use_memo, AttrValue};
#[cfg(target_arch = "wasm32")]
use {crate::core::strings::Strings, crate::core::Blog};

/// The date and time formatters of `locale`, kept from one render of the root to the next.
#[hook]
pub fn use_time_format(locale: &AttrValue) -> Rc<TimeFormat> {
    use_memo(locale.clone(), |locale| TimeFormat::new(locale))
}

/// The cards of `blog`, put in for each render of the root ([`crate::web::cards`]): call it
/// before any effect that looks for them. Returns where [`blog_view`] sets the slots.
///
/// When the list is already in the page, the cards are put in during the render itself: Yew
/// yields to the browser between a render and its effects once 16 ms of work have passed (a
/// poll of a long feed on a slow phone), and a new update should not wait for the browser's
/// next frame. Yew leaves the cards alone, as it leaves every node it did not render. After the
/// render they are checked again, for a slot the render made anew (the first render, a pinned
/// post that appeared): where nothing changed since, that check is a comparison of pointers.
#[cfg(target_arch = "wasm32")]
#[hook]
pub fn use_cards(
    blog: &Blog,
    time: &Rc<TimeFormat>,
    strings: Option<&'static Strings>,
    base: &AttrValue,
) -> Slots {
    use crate::web::cards::{Cards, Render};
    use web_sys::Element;
    let slots = Slots {
        list: yew::use_node_ref(),
        pinned: yew::use_node_ref(),
    };
    let cards = yew::use_mut_ref(Cards::default);
    // Without words nothing is rendered (the widget waits for them), and no card either.
    let wanted = strings.map(|strings| (card::wanted(blog), strings));
    let sync = {
        let (placed, time, base) = (slots.clone(), Rc::clone(time), base.clone());
        move |(list, pinned): &(Vec<card::Wanted>, Option<card::Wanted>), strings| {
            let render = Render {
                list: (placed.list.cast::<Element>(), list),
                pinned: (placed.pinned.cast::<Element>(), pinned.as_slice()),
                time: &time,
                strings,
                base: &base,
            };
            Cards::sync(&cards, render);
        }
    };
    if let Some((shown, strings)) = wanted.as_ref().filter(|_| slots.list.get().is_some()) {
        sync(shown, strings);
    }
    yew::use_effect(move || {
        if let Some((shown, strings)) = &wanted {
            sync(shown, strings);
        }
    });
    slots
}

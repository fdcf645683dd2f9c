//! The Yew views: function components, props in and callbacks out, one reducer owner.
//!
//! `LiveBlog` (in the browser) is the whole widget and the component other Yew apps embed. It
//! owns the state and the poller; [`blog_view`] and everything below it only render what they
//! are given, and also compile natively, where `liveblog render` renders them into a snapshot
//! that the widget then hydrates (both roots render [`blog_view`] straight under themselves, as
//! hydration needs the two trees to nest their components alike).

mod ago;
mod blog_view;
mod body;
mod clock_time;
mod embed;
mod external_link;
mod header;
mod key_events;
mod key_points;
#[cfg(target_arch = "wasm32")]
mod live_blog;
mod picture;
mod pinned_post;
mod platform;
#[cfg(target_arch = "wasm32")]
mod state;
mod update_card;
mod update_list;

pub use blog_view::{blog_view, BlogViewProps};
#[cfg(target_arch = "wasm32")]
pub use live_blog::{LiveBlog, LiveBlogProps};

use platform::TimeFormat;
use std::rc::Rc;
use yew::{hook, use_memo, AttrValue};

/// The date and time formatters of `locale`, kept from one render of the root to the next.
#[hook]
pub fn use_time_format(locale: &AttrValue) -> Rc<TimeFormat> {
    use_memo(locale.clone(), |locale| TimeFormat::new(locale))
}

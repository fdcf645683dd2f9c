//! The Yew views: function components, props in and callbacks out, one reducer owner.
//!
//! `LiveBlog` (in the browser) is the whole widget and the component other Yew apps embed. It
//! owns the state and the poller; [`BlogView`] and everything below it only render what they are
//! given, and also compile natively, where `liveblog render` renders them into a snapshot that
//! the widget then hydrates ([`widget`] is the tree both share).

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

pub use blog_view::{BlogView, BlogViewProps};
#[cfg(target_arch = "wasm32")]
pub use live_blog::{LiveBlog, LiveBlogProps};

use yew::{html, Html};

/// The tree under the widget's root component. `LiveBlog` renders it in the browser and a
/// snapshot renders it natively; hydration needs the two to nest their components alike.
pub fn widget(view: BlogViewProps) -> Html {
    html! { <BlogView ..view /> }
}

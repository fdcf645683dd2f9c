//! The Yew views: function components, props in and callbacks out, one reducer owner.
//!
//! [`LiveBlog`] is the whole widget and the component other Yew apps embed. It owns the state and
//! the poller; [`BlogView`] and everything below it only render what they are given.

mod ago;
mod blog_view;
mod body;
mod embed;
mod header;
mod key_events;
mod key_points;
mod live_blog;
mod picture;
mod pinned_post;
mod state;
mod update_card;
mod update_list;

pub use blog_view::{BlogView, BlogViewProps};
pub use live_blog::{LiveBlog, LiveBlogProps};

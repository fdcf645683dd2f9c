//! A blog rendered into the widget's HTML by Yew's server-side rendering: the components the
//! browser runs, under a root of the same shape as [`LiveBlog`](crate::view)'s, so that the
//! widget hydrates the snapshot instead of re-creating it.

use crate::core::strings::Strings;
use crate::core::{Blog, Feed, Theme};
use crate::view::{blog_view, use_time_format, BlogViewProps, Slots};
use std::rc::Rc;
use yew::{function_component, AttrValue, Html, LocalServerRenderer, Properties};

/// Props of [`Snapshot`]: what the widget will have on its first render in the browser.
#[derive(Properties, PartialEq)]
pub struct SnapshotProps {
    /// The blog, as the widget reads its feed.
    pub feed: Rc<Feed>,
    /// The feed's absolute URL.
    pub feed_url: AttrValue,
    /// The locale, a BCP 47 tag.
    pub locale: AttrValue,
    /// The widget's words in that locale.
    pub strings: &'static Strings,
    /// The colour scheme.
    pub theme: Theme,
    /// Updates shown before "Show more".
    pub page_size: usize,
}

/// The widget's first render of a blog, without a browser.
#[function_component]
pub fn Snapshot(props: &SnapshotProps) -> Html {
    let mut blog = Blog::new(props.page_size);
    blog.show_snapshot(Feed::clone(&props.feed));
    let time = use_time_format(&props.locale);
    let view = BlogViewProps {
        blog,
        feed_url: props.feed_url.clone(),
        locale: props.locale.clone(),
        strings: Some(props.strings),
        theme: props.theme,
        on_show_more: Default::default(),
        on_reveal: Default::default(),
        on_click: Default::default(),
        on_key_events_only: Default::default(),
        top_marker: Default::default(),
    };
    blog_view(&view, &time, &Slots::default())
}

/// Renders [`Snapshot`] to HTML, with the markers Yew's hydration follows.
pub async fn render(props: SnapshotProps) -> String {
    LocalServerRenderer::<Snapshot>::with_props(props)
        .hydratable(true)
        .render()
        .await
}

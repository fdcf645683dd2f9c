//! The whole widget: the one component that owns state, and the one other Yew apps embed.

use super::blog_view::BlogView;
use super::state::Action;
use crate::core::options::DEFAULT_PAGE_SIZE;
use crate::core::{Blog, FeedError, MergeReport, PollSchedule, Theme};
use crate::web::address::{page_base, resolve};
use crate::web::poller::Poller;
use crate::web::viewport::TopWatch;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::{
    function_component, html, use_effect_with, use_memo, use_mut_ref, use_node_ref, use_reducer,
    AttrValue, Callback, Html, Properties,
};

/// Props of [`LiveBlog`]; the same options the script tag takes (see the README's table).
///
/// ```ignore
/// html! { <LiveBlog feed="https://news.example/live/feed.json" page_size={10} /> }
/// ```
#[derive(Properties, PartialEq)]
pub struct LiveBlogProps {
    /// The feed's URL, absolute or relative to the page.
    pub feed: AttrValue,
    /// Seconds between polls; the feed's hint, else 15, when `None`. Never below 5.
    #[prop_or_default]
    pub poll_interval: Option<u32>,
    /// The locale; the feed's `language`, else the page's `<html lang>`, else `en`, when `None`.
    #[prop_or_default]
    pub locale: Option<AttrValue>,
    /// The colour scheme.
    #[prop_or_default]
    pub theme: Theme,
    /// Updates shown before "Show more".
    #[prop_or(DEFAULT_PAGE_SIZE)]
    pub page_size: usize,
    /// Called after each poll that added, edited or deleted updates (the first load included).
    #[prop_or_default]
    pub on_update: Callback<MergeReport>,
    /// Called after each failed poll.
    #[prop_or_default]
    pub on_error: Callback<FeedError>,
}

/// The live blog: polls its feed, merges each poll into its state, and renders it with
/// [`BlogView`]. Unmounting it stops polling.
#[function_component]
pub fn LiveBlog(props: &LiveBlogProps) -> Html {
    let blog = use_reducer(|| Blog::new(props.page_size));
    let feed_url = use_memo(props.feed.clone(), |feed| {
        AttrValue::from(resolve(feed, &page_base()).unwrap_or_else(|| feed.to_string()))
    });

    {
        let dispatcher = blog.dispatcher();
        use_effect_with(
            ((*feed_url).clone(), props.poll_interval),
            move |(url, interval)| {
                let schedule = PollSchedule::new(*interval);
                let poller = Poller::start(url.to_string(), schedule, move |outcome| {
                    dispatcher.dispatch(Action::Polled(outcome));
                });
                move || drop(poller)
            },
        );
    }
    {
        let (on_update, report) = (props.on_update.clone(), blog.last_merge);
        use_effect_with(blog.revision, move |_| {
            if !report.is_empty() {
                on_update.emit(report);
            }
        });
    }
    {
        let (on_error, error) = (props.on_error.clone(), blog.error.clone());
        use_effect_with(blog.failures, move |_| {
            if let Some(error) = error {
                on_error.emit(error);
            }
        });
    }

    let top_marker = use_node_ref();
    {
        let (marker, dispatcher) = (top_marker.clone(), blog.dispatcher());
        use_effect_with((), move |()| {
            let watch = marker.cast::<web_sys::Element>().and_then(|marker| {
                TopWatch::start(&marker, move |at_top| {
                    dispatcher.dispatch(Action::ReaderAtTop(at_top))
                })
            });
            move || drop(watch)
        });
    }
    // After the reader asks for the new updates, bring them to the newest one (and move focus
    // there, as the button they pressed is gone).
    let jump = use_mut_ref(|| false);
    {
        let (jump, marker) = (jump.clone(), top_marker.clone());
        use_effect_with(blog.held_count(), move |_| {
            if std::mem::take(&mut *jump.borrow_mut()) {
                let newest = marker
                    .cast::<web_sys::Element>()
                    .and_then(|marker| marker.parent_element())
                    .and_then(|widget| {
                        widget
                            .query_selector(".lb-updates .lb-update")
                            .ok()
                            .flatten()
                    })
                    .and_then(|newest| newest.dyn_into::<HtmlElement>().ok());
                if let Some(newest) = newest {
                    newest.set_tab_index(-1);
                    newest.scroll_into_view_with_bool(true);
                    let _ = newest.focus();
                }
            }
        });
    }

    let show_more = blog.dispatcher();
    let on_show_more = Callback::from(move |()| show_more.dispatch(Action::ShowMore));
    let reveal = blog.dispatcher();
    let on_reveal = Callback::from(move |()| {
        *jump.borrow_mut() = true;
        reveal.dispatch(Action::Reveal);
    });
    html! {
        <BlogView blog={(*blog).clone()} feed_url={(*feed_url).clone()} locale={props.locale.clone()}
                  theme={props.theme} {on_show_more} {on_reveal} {top_marker} />
    }
}

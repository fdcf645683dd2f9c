//! The reducer around the core's [`Blog`]: the only state the widget keeps.

use crate::core::{Blog, Feed, FeedError, Polled};
use std::rc::Rc;
use yew::Reducible;

/// Something that happened to the widget.
pub enum Action {
    /// A poll finished.
    Polled(Polled),
    /// The reader asked for older updates.
    ShowMore,
    /// The older page fetched from this URL arrived, or failed.
    OlderPage(String, Result<Feed, FeedError>),
    /// The reader switched the "key events only" filter.
    KeyEventsOnly(bool),
    /// The reader asked for one update (a deep link, a key-events link): its anchor.
    Seek(String),
    /// Another widget on the page shows the update being sought.
    SoughtElsewhere,
    /// The link to the update with this anchor was copied; `None` when the moment is over.
    Copied(Option<String>),
    /// The reader asked for the held new updates.
    Reveal,
    /// The top of the widget came into view (`true`) or was scrolled past (`false`).
    ReaderAtTop(bool),
}

impl Reducible for Blog {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Idle polls and repeated viewport reports leave the state (and so the DOM) untouched.
        match &action {
            Action::Polled(Polled::Unchanged) if self.loaded && self.error.is_none() => {
                return self
            }
            Action::ReaderAtTop(at_top) if self.reader_is_at_top() == *at_top => return self,
            _ => {}
        }
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::Polled(outcome) => {
                next.polled(outcome);
            }
            Action::ShowMore => next.show_more(),
            Action::OlderPage(url, outcome) => next.older_loaded(&url, outcome),
            Action::KeyEventsOnly(only) => next.set_key_events_only(only),
            Action::Seek(anchor) => next.seek(anchor),
            Action::SoughtElsewhere => next.sought_elsewhere(),
            Action::Copied(anchor) => next.set_copied(anchor.as_deref()),
            Action::Reveal => next.reveal(),
            Action::ReaderAtTop(at_top) => {
                next.reader_at_top(at_top);
            }
        }
        Rc::new(next)
    }
}

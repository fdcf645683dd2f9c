//! The reducer around the core's [`Blog`]: the only state the widget keeps.

use crate::core::{Blog, Feed, FeedError};
use std::rc::Rc;
use yew::Reducible;

/// Something that happened to the widget.
pub enum Action {
    /// A poll finished.
    Polled(Result<Feed, FeedError>),
    /// The reader asked for older updates.
    ShowMore,
}

impl Reducible for Blog {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::Polled(outcome) => next.polled(outcome),
            Action::ShowMore => next.show_more(),
        }
        Rc::new(next)
    }
}

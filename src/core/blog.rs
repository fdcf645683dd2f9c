//! What one widget shows, and how each poll and reader action changes it.
//!
//! The view's reducer wraps [`Blog`]; every transition lives here so it is tested natively.

use super::error::FeedError;
use super::merge::MergeReport;
use super::model::{Feed, Update};
use std::rc::Rc;

/// The state of one widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Blog {
    /// The merged feed: everything known, newest first.
    pub feed: Feed,
    /// Whether a feed has loaded at least once.
    pub loaded: bool,
    /// The last poll's error, cleared by the next success. Content loaded before stays shown.
    pub error: Option<FeedError>,
    /// What the last successful poll changed.
    pub last_merge: MergeReport,
    /// Counts polls that changed something: views and event hooks watch it.
    pub revision: u32,
    /// Counts failed polls since the widget started: the error hook watches it.
    pub failures: u32,
    page_size: usize,
    visible: usize,
}

impl Blog {
    /// An empty blog, waiting for its first poll, showing `page_size` updates at a time.
    pub fn new(page_size: usize) -> Self {
        Self {
            feed: Feed::default(),
            loaded: false,
            error: None,
            last_merge: MergeReport::default(),
            revision: 0,
            failures: 0,
            page_size: page_size.max(1),
            visible: page_size.max(1),
        }
    }

    /// Applies a poll's outcome. A failure keeps everything shown and records the error.
    pub fn polled(&mut self, outcome: Result<Feed, FeedError>) {
        match outcome {
            Ok(page) => {
                let report = self.feed.merge(page);
                if self.loaded {
                    // New updates arrive at the top: keep every update already shown in view.
                    self.visible += report.new;
                }
                self.loaded = true;
                self.error = None;
                self.last_merge = report;
                if !report.is_empty() || self.revision == 0 {
                    self.revision = self.revision.wrapping_add(1);
                }
            }
            Err(error) => {
                self.error = Some(error);
                self.failures = self.failures.wrapping_add(1);
            }
        }
    }

    /// Reveals the next page of updates.
    pub fn show_more(&mut self) {
        self.visible = self
            .visible
            .saturating_add(self.page_size)
            .min(self.feed.updates.len());
    }

    /// The updates on screen, newest first.
    pub fn visible_updates(&self) -> &[Rc<Update>] {
        let updates = &self.feed.updates;
        &updates[..self.visible.min(updates.len())]
    }

    /// How many loaded updates "Show more" would reveal.
    pub fn hidden_count(&self) -> usize {
        self.feed.updates.len().saturating_sub(self.visible)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Body;
    use crate::core::normalize::order;
    use crate::core::timestamp::Timestamp;

    fn page(count: i64) -> Feed {
        let updates = (1..=count)
            .map(|n| Update {
                id: format!("u{n:03}"),
                url: None,
                headline: None,
                body: Body::Empty,
                summary: None,
                image: None,
                published: Some(Timestamp(n * 60_000)),
                modified: None,
                authors: Vec::new(),
                tags: Vec::new(),
                attachments: Vec::new(),
                key_event: false,
                pinned: false,
                revised: false,
            })
            .collect();
        Feed {
            updates: order(updates),
            ..Feed::default()
        }
    }

    #[test]
    fn before_the_first_poll_nothing_is_loaded() {
        let blog = Blog::new(20);
        assert!(!blog.loaded);
        assert!(blog.visible_updates().is_empty());
    }

    #[test]
    fn the_first_poll_shows_one_page() {
        let mut blog = Blog::new(3);
        blog.polled(Ok(page(5)));
        assert!(blog.loaded);
        assert_eq!(blog.visible_updates().len(), 3);
        assert_eq!(blog.visible_updates()[0].id, "u005");
        assert_eq!(blog.hidden_count(), 2);
    }

    #[test]
    fn show_more_reveals_the_next_page_and_no_further() {
        let mut blog = Blog::new(3);
        blog.polled(Ok(page(5)));
        blog.show_more();
        assert_eq!(blog.visible_updates().len(), 5);
        blog.show_more();
        assert_eq!(blog.visible_updates().len(), 5);
        assert_eq!(blog.hidden_count(), 0);
    }

    #[test]
    fn new_updates_do_not_push_shown_ones_out_of_view() {
        let mut blog = Blog::new(3);
        blog.polled(Ok(page(5)));
        let oldest_shown = blog.visible_updates()[2].id.clone();
        blog.polled(Ok(page(7)));
        assert_eq!(blog.visible_updates().len(), 5);
        assert_eq!(blog.visible_updates()[4].id, oldest_shown);
    }

    #[test]
    fn a_failed_poll_keeps_the_last_good_content_and_says_why() {
        let mut blog = Blog::new(20);
        blog.polled(Ok(page(2)));
        let before = blog.feed.clone();
        blog.polled(Err(FeedError::Status(503)));
        assert_eq!(blog.feed, before);
        assert_eq!(blog.error, Some(FeedError::Status(503)));
        assert_eq!(blog.failures, 1);
        blog.polled(Ok(page(2)));
        assert_eq!(blog.error, None);
    }

    #[test]
    fn the_revision_moves_only_when_a_poll_changes_something() {
        let mut blog = Blog::new(20);
        blog.polled(Ok(page(2)));
        assert_eq!(blog.revision, 1);
        blog.polled(Ok(page(2)));
        assert_eq!(blog.revision, 1);
        blog.polled(Ok(page(3)));
        assert_eq!(blog.revision, 2);
        assert_eq!(blog.last_merge.new, 1);
    }

    #[test]
    fn an_empty_first_poll_still_counts_as_loaded() {
        let mut blog = Blog::new(20);
        blog.polled(Ok(Feed::default()));
        assert!(blog.loaded);
        assert_eq!(blog.revision, 1);
    }
}

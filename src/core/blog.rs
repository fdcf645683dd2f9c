//! What one widget shows, and how each poll and reader action changes it.
//!
//! The view's reducer wraps [`Blog`]; every transition lives here so it is tested natively.
//!
//! **Never move the reader.** While the top of the widget is in view, new updates appear at once
//! (marked fresh, for a short highlight). While the reader is further down, new updates are held
//! back: nothing is inserted above what they are reading, and [`Blog::held_count`] feeds an
//! "N new updates" button. Revealing (the button, or scrolling back to the top) shows them.
//!
//! **One page at a time.** A poll or a reveal adds at most [`Blog::new`]'s `page_size` updates to
//! what is rendered: a burst of thousands (a publisher's misconfigured feed) shows its newest
//! page on top, and everything older waits behind "Show more", so the page never freezes.

use super::error::FeedError;
use super::merge::MergeReport;
use super::model::{Feed, Update};
use std::collections::HashSet;
use std::rc::Rc;

/// What one poll brought.
#[derive(Clone, Debug, PartialEq)]
pub enum Polled {
    /// A feed that differs from the last one fetched.
    Changed(Feed),
    /// The same body as last time (or a 304): nothing to do.
    Unchanged,
    /// The poll failed.
    Failed(FeedError),
}

/// The state of one widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Blog {
    /// The merged feed: everything known, newest first (held updates included).
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
    /// How many new updates the last poll brought (shown or held): what the live region says.
    pub announced: usize,
    /// Counts announcements, so that two equal counts are still announced twice.
    pub announcements: u32,
    reader_at_top: bool,
    held: HashSet<String>,
    fresh: Vec<String>,
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
            announced: 0,
            announcements: 0,
            reader_at_top: true,
            held: HashSet::new(),
            fresh: Vec::new(),
            page_size: page_size.max(1),
            visible: page_size.max(1),
        }
    }

    /// Applies a poll's outcome; returns whether anything changed. A failure keeps everything
    /// shown and records the error.
    pub fn polled(&mut self, outcome: Polled) -> bool {
        match outcome {
            Polled::Changed(page) => {
                let shown = self.shown_count();
                let merged = self.feed.merge(page);
                let first_load = !self.loaded;
                self.loaded = true;
                self.error = None;
                self.last_merge = merged.report;
                if !self.held.is_empty() {
                    let known: HashSet<&str> = self
                        .feed
                        .updates
                        .iter()
                        .map(|update| update.id.as_str())
                        .collect();
                    self.held.retain(|id| known.contains(id.as_str()));
                }
                self.fresh.clear();
                if !first_load && !merged.new_ids.is_empty() {
                    self.announced = merged.new_ids.len();
                    self.announcements = self.announcements.wrapping_add(1);
                    if self.reader_at_top {
                        self.show_new(merged.new_ids, shown);
                    } else {
                        self.held.extend(merged.new_ids);
                    }
                }
                self.revision = self.revision.wrapping_add(1);
                true
            }
            Polled::Unchanged => {
                let recovered = self.error.take().is_some();
                let first_load = !self.loaded;
                self.loaded = true;
                recovered || first_load
            }
            Polled::Failed(error) => {
                self.error = Some(error);
                self.failures = self.failures.wrapping_add(1);
                true
            }
        }
    }

    /// Records whether the top of the widget is in view. Coming back to the top reveals what
    /// was held. Returns whether anything changed.
    pub fn reader_at_top(&mut self, at_top: bool) -> bool {
        let changed = self.reader_at_top != at_top;
        self.reader_at_top = at_top;
        if at_top && !self.held.is_empty() {
            self.reveal();
            return true;
        }
        changed
    }

    /// Whether the top of the widget was last reported in view.
    pub fn reader_is_at_top(&self) -> bool {
        self.reader_at_top
    }

    /// Shows the held updates (the reader pressed "N new updates").
    pub fn reveal(&mut self) {
        let shown = self.shown_count();
        let held = std::mem::take(&mut self.held);
        self.show_new(held.into_iter().collect(), shown);
    }

    /// How many updates are on screen.
    fn shown_count(&self) -> usize {
        let available = self.feed.updates.len().saturating_sub(self.held.len());
        self.visible.min(available)
    }

    /// Puts `ids` on screen, on top of the `shown` updates already there.
    fn show_new(&mut self, ids: Vec<String>, shown: usize) {
        // New updates arrive at the top: keep every update already shown in view, unless more
        // than a page arrives at once (then the newest page is shown, the rest behind "Show more").
        self.visible = (shown + ids.len().min(self.page_size)).max(self.page_size);
        self.fresh = ids;
    }

    /// Reveals the next page of older updates.
    pub fn show_more(&mut self) {
        let shown = self.feed.updates.len() - self.held.len().min(self.feed.updates.len());
        self.visible = self.visible.saturating_add(self.page_size).min(shown);
    }

    /// The updates on screen, newest first: everything not held, up to the visible count.
    pub fn visible_updates(&self) -> Vec<Rc<Update>> {
        self.feed
            .updates
            .iter()
            .filter(|update| !self.is_held(&update.id))
            .take(self.visible)
            .cloned()
            .collect()
    }

    /// How many loaded updates "Show more" would reveal.
    pub fn hidden_count(&self) -> usize {
        let shown = self.feed.updates.len().saturating_sub(self.held.len());
        shown.saturating_sub(self.visible)
    }

    /// How many new updates wait behind the "N new updates" button.
    pub fn held_count(&self) -> usize {
        self.held.len()
    }

    /// Whether the update arrived with the last poll or reveal (it gets a short highlight).
    pub fn is_fresh(&self, id: &str) -> bool {
        self.fresh.iter().any(|fresh| fresh == id)
    }

    fn is_held(&self, id: &str) -> bool {
        self.held.contains(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::normalize::order;

    fn page(count: i64) -> Polled {
        let updates = (1..=count)
            .map(|n| Update::sample(&format!("u{n:03}"), n, ""))
            .collect();
        Polled::Changed(Feed {
            updates: order(updates),
            ..Feed::default()
        })
    }

    fn ids(blog: &Blog) -> Vec<String> {
        blog.visible_updates()
            .iter()
            .map(|update| update.id.clone())
            .collect()
    }

    #[test]
    fn before_the_first_poll_nothing_is_loaded() {
        let blog = Blog::new(20);
        assert!(!blog.loaded);
        assert!(blog.visible_updates().is_empty());
    }

    #[test]
    fn the_first_poll_shows_one_page_without_highlight_or_announcement() {
        let mut blog = Blog::new(3);
        blog.polled(page(5));
        assert!(blog.loaded);
        assert_eq!(ids(&blog), ["u005", "u004", "u003"]);
        assert_eq!(blog.hidden_count(), 2);
        assert!(!blog.is_fresh("u005"));
        assert_eq!(blog.announcements, 0);
    }

    #[test]
    fn show_more_reveals_the_next_page_and_no_further() {
        let mut blog = Blog::new(3);
        blog.polled(page(5));
        blog.show_more();
        assert_eq!(blog.visible_updates().len(), 5);
        blog.show_more();
        assert_eq!(blog.visible_updates().len(), 5);
        assert_eq!(blog.hidden_count(), 0);
    }

    #[test]
    fn with_the_top_in_view_new_updates_appear_at_once_fresh_and_announced() {
        let mut blog = Blog::new(3);
        blog.polled(page(5));
        blog.polled(page(7));
        assert_eq!(ids(&blog), ["u007", "u006", "u005", "u004", "u003"]);
        assert!(blog.is_fresh("u007") && blog.is_fresh("u006") && !blog.is_fresh("u005"));
        assert_eq!((blog.announced, blog.announcements), (2, 1));
        assert_eq!(blog.held_count(), 0);
    }

    #[test]
    fn with_the_reader_further_down_new_updates_are_held_and_nothing_moves() {
        let mut blog = Blog::new(3);
        blog.polled(page(5));
        blog.reader_at_top(false);
        let before = ids(&blog);
        blog.polled(page(8));
        assert_eq!(ids(&blog), before);
        assert_eq!(blog.held_count(), 3);
        assert_eq!(blog.hidden_count(), 2);
        assert_eq!(
            (blog.announced, blog.announcements),
            (3, 1),
            "held arrivals are announced"
        );
    }

    #[test]
    fn revealing_shows_the_held_updates_on_top_and_announces_them() {
        let mut blog = Blog::new(3);
        blog.polled(page(5));
        blog.reader_at_top(false);
        blog.polled(page(8));
        blog.reveal();
        assert_eq!(ids(&blog), ["u008", "u007", "u006", "u005", "u004", "u003"]);
        assert_eq!(blog.held_count(), 0);
        assert!(blog.is_fresh("u008"));
        assert_eq!(
            blog.announcements, 1,
            "the reveal itself is not announced again"
        );
    }

    #[test]
    fn scrolling_back_to_the_top_reveals_what_was_held() {
        let mut blog = Blog::new(3);
        blog.polled(page(5));
        blog.reader_at_top(false);
        blog.polled(page(6));
        assert!(blog.reader_at_top(true));
        assert_eq!(ids(&blog)[0], "u006");
        assert_eq!(blog.held_count(), 0);
    }

    #[test]
    fn a_burst_of_more_than_a_page_shows_its_newest_page_and_the_rest_behind_show_more() {
        let mut blog = Blog::new(3);
        blog.polled(page(2));
        blog.polled(page(1_000));
        // The 2 shown before, and one page of the burst on top of them.
        assert_eq!(ids(&blog), ["u1000", "u999", "u998", "u997", "u996"]);
        assert_eq!(blog.hidden_count(), 995);
        assert_eq!(blog.announced, 998, "every new update is counted");
    }

    #[test]
    fn a_held_burst_is_revealed_one_page_at_a_time() {
        let mut blog = Blog::new(3);
        blog.polled(page(2));
        blog.reader_at_top(false);
        blog.polled(page(10_000));
        assert_eq!(blog.held_count(), 9_998);
        assert_eq!(ids(&blog), ["u002", "u001"], "nothing moves while held");
        blog.reveal();
        assert_eq!(ids(&blog), ["u10000", "u9999", "u9998", "u9997", "u9996"]);
        assert_eq!(blog.held_count(), 0);
    }

    #[test]
    fn a_held_update_deleted_before_it_was_shown_is_forgotten() {
        let mut blog = Blog::new(3);
        blog.polled(page(5));
        blog.reader_at_top(false);
        blog.polled(page(7));
        blog.polled(page(6));
        assert_eq!(blog.held_count(), 1);
    }

    #[test]
    fn a_failed_poll_keeps_the_last_good_content_and_says_why() {
        let mut blog = Blog::new(20);
        blog.polled(page(2));
        let before = blog.feed.clone();
        let error = FeedError::Status {
            status: 503,
            retry_after: None,
        };
        assert!(blog.polled(Polled::Failed(error.clone())));
        assert_eq!(blog.feed, before);
        assert_eq!(blog.error, Some(error));
        assert_eq!(blog.failures, 1);
        blog.polled(page(2));
        assert_eq!(blog.error, None);
    }

    #[test]
    fn an_unchanged_poll_changes_nothing_unless_it_ends_an_error() {
        let mut blog = Blog::new(20);
        blog.polled(page(2));
        let before = blog.clone();
        assert!(!blog.polled(Polled::Unchanged));
        assert_eq!(blog, before);
        blog.polled(Polled::Failed(FeedError::Network));
        assert!(blog.polled(Polled::Unchanged));
        assert_eq!(blog.error, None);
    }

    #[test]
    fn the_revision_moves_with_every_changed_feed() {
        let mut blog = Blog::new(20);
        blog.polled(page(2));
        assert_eq!(blog.revision, 1);
        blog.polled(page(3));
        assert_eq!(blog.revision, 2);
        assert_eq!(blog.last_merge.new, 1);
    }

    #[test]
    fn an_empty_first_poll_still_counts_as_loaded() {
        let mut blog = Blog::new(20);
        blog.polled(Polled::Changed(Feed::default()));
        assert!(blog.loaded);
    }
}

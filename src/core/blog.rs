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
//!
//! **Older pages.** When everything loaded is shown and the feed has a `next_url`, "Show more"
//! asks for that page ([`Blog::older_request`]); the view fetches it and hands it back to
//! [`Blog::older_loaded`]. From then on the chain of older pages is followed, not the newest
//! page's hint, and a `next_url` already fetched ends the chain (no loop).
//!
//! **Targets.** A deep link (`#lb-<id>` in the page's address) or a key-events link asks for one
//! update ([`Blog::seek`]): it is revealed (pages are shown down to it, older pages fetched up to
//! [`MAX_SEEK_PAGES`]) and marked [`Blog::targeted`], and [`Blog::jumps`] moves so the view
//! scrolls to it.

use super::error::FeedError;
use super::id_set::IdSet;
use super::merge::MergeReport;
use super::model::{index_by_id, Feed, Update};
use std::rc::Rc;

/// How many older pages a deep link may fetch to find its update.
pub const MAX_SEEK_PAGES: u32 = 20;

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
    /// The update a deep link or key-events link asked for, once found (it is highlighted).
    pub targeted: Option<String>,
    /// Counts found targets: the view scrolls to [`Blog::targeted`] when it moves.
    pub jumps: u32,
    /// Only key events are listed.
    pub key_events_only: bool,
    /// The update whose link was just copied (its "Copy link" says so for a moment).
    pub copied: Option<String>,
    reader_at_top: bool,
    held: IdSet,
    /// A set, like `held`: every shown update is looked up in it on each render, and a reveal
    /// can make hundreds fresh at once.
    fresh: IdSet,
    page_size: usize,
    visible: usize,
    older: Older,
    target: Option<String>,
    seeks: u32,
    provisional: bool,
}

/// The chain of older pages behind `next_url`.
#[derive(Clone, Debug, Default, PartialEq)]
struct Older {
    /// The page "Show more" fetches next; `None` at the start of the blog.
    next: Option<String>,
    /// Whether an older page has arrived: from then on `next` follows the older pages.
    paged: bool,
    /// The page being fetched.
    loading: Option<String>,
    /// Whether the last older page failed.
    failed: bool,
    /// Pages fetched, so that a chain of `next_url`s that loops ends.
    fetched: IdSet,
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
            targeted: None,
            jumps: 0,
            key_events_only: false,
            copied: None,
            reader_at_top: true,
            held: IdSet::default(),
            fresh: IdSet::default(),
            page_size: page_size.max(1),
            visible: page_size.max(1),
            older: Older::default(),
            target: None,
            seeks: 0,
            provisional: false,
        }
    }

    /// Shows a snapshot of the blog before the first poll: the page's own JSON-LD, say. It may be
    /// another rendition of the same updates (plain text where the feed has HTML): the first poll
    /// replaces what differs without marking it edited.
    pub fn show_snapshot(&mut self, feed: Feed) {
        self.polled(Polled::Changed(feed));
        self.provisional = true;
    }

    /// Applies a poll's outcome; returns whether anything changed. A failure keeps everything
    /// shown and records the error.
    pub fn polled(&mut self, outcome: Polled) -> bool {
        match outcome {
            Polled::Changed(page) => {
                let shown = self.shown_count();
                let mut merged = self.feed.merge(page);
                if std::mem::take(&mut self.provisional) {
                    merged.report.edited = 0;
                    for update in &mut self.feed.updates {
                        if update.revised {
                            Rc::make_mut(update).revised = false;
                        }
                    }
                }
                let first_load = !self.loaded;
                self.loaded = true;
                self.error = None;
                self.last_merge = merged.report;
                if !self.held.is_empty() {
                    let known = index_by_id(&self.feed.updates);
                    self.held.retain(|id| known.contains_key(id.as_str()));
                }
                self.fresh.clear();
                if !first_load && !merged.new_ids.is_empty() {
                    self.announced = merged.new_ids.len();
                    self.announcements = self.announcements.wrapping_add(1);
                    if self.reader_at_top {
                        self.show_new(merged.new_ids.into_iter().collect(), shown);
                    } else {
                        self.held.extend(merged.new_ids);
                    }
                }
                if !self.older.paged {
                    self.older.next = self.feed.next_url.clone();
                }
                self.revision = self.revision.wrapping_add(1);
                self.find_target();
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
        self.show_new(held, shown);
    }

    /// How many updates are on screen.
    fn shown_count(&self) -> usize {
        let available = self.feed.updates.len().saturating_sub(self.held.len());
        self.visible.min(available)
    }

    /// Puts `ids` on screen, on top of the `shown` updates already there.
    fn show_new(&mut self, ids: IdSet, shown: usize) {
        // New updates arrive at the top: keep every update already shown in view, unless more
        // than a page arrives at once (then the newest page is shown, the rest behind "Show more").
        self.visible = (shown + ids.len().min(self.page_size)).max(self.page_size);
        self.fresh = ids;
    }

    /// Reveals the next page of older updates: loaded ones, else the feed's next older page
    /// (see [`Blog::older_request`]).
    pub fn show_more(&mut self) {
        if self.hidden_count() > 0 {
            let shown = self.feed.updates.len() - self.held.len().min(self.feed.updates.len());
            self.visible = self.visible.saturating_add(self.page_size).min(shown);
        } else {
            self.fetch_older();
        }
    }

    /// Whether "Show more" has something to show: loaded updates, or an older page.
    pub fn can_show_more(&self) -> bool {
        self.hidden_count() > 0 || self.older.next.is_some()
    }

    /// The older page to fetch now, while one is wanted.
    pub fn older_request(&self) -> Option<&str> {
        self.older.loading.as_deref()
    }

    /// Whether the last older page failed (the reader may try again).
    pub fn older_failed(&self) -> bool {
        self.older.failed
    }

    /// Takes the older page fetched from `url`: its updates join the timeline below everything
    /// loaded, and one page more is shown. A failure keeps everything and may be retried.
    pub fn older_loaded(&mut self, url: &str, outcome: Result<Feed, FeedError>) {
        if self.older.loading.as_deref() != Some(url) {
            return;
        }
        self.older.loading = None;
        match outcome {
            Ok(page) => {
                let shown = self.shown_count();
                self.older.paged = true;
                self.older.failed = false;
                self.older.fetched.insert(url.to_owned());
                self.older.next = page
                    .next_url
                    .clone()
                    .filter(|next| !self.older.fetched.contains(next.as_str()));
                self.feed.append_older(page);
                // A page the reader asked for is shown; one fetched to find a deep link's update
                // is shown down to it once found, and stays behind "Show more" if it is not
                // there (an update since deleted, or another widget's on the same page).
                if self.target.is_none() {
                    self.visible = self.visible.max(shown.saturating_add(self.page_size));
                }
                self.find_target();
            }
            Err(_) => {
                self.older.failed = true;
                self.target = None;
            }
        }
    }

    fn fetch_older(&mut self) {
        if self.older.loading.is_none() {
            self.older.loading = self.older.next.clone();
        }
    }

    /// Shows only the key events (`true`), or every update.
    pub fn set_key_events_only(&mut self, only: bool) {
        self.key_events_only = only;
    }

    /// Records that the link to the update with `anchor` was copied (`None`: the moment is over).
    pub fn set_copied(&mut self, anchor: Option<&str>) {
        self.copied = anchor.and_then(|anchor| {
            self.feed
                .updates
                .iter()
                .find(|update| update.anchor() == anchor)
                .map(|update| update.id.clone())
        });
    }

    /// The key events loaded and not held, newest first: the key-events navigation.
    pub fn key_events(&self) -> impl Iterator<Item = &Rc<Update>> {
        self.feed
            .updates
            .iter()
            .filter(|update| update.key_event && !self.is_held(&update.id))
    }

    /// Brings the update whose anchor ([`Update::anchor`]) is `anchor` into the list, fetching
    /// older pages when it is not loaded, and marks it [`Blog::targeted`]. An anchor found
    /// nowhere is forgotten.
    pub fn seek(&mut self, anchor: String) {
        self.target = Some(anchor);
        self.seeks = 0;
        self.find_target();
    }

    /// The anchor of the update being sought, while it is (not yet found, older pages being
    /// searched).
    pub fn seeking(&self) -> Option<&str> {
        self.target.as_deref()
    }

    /// Another widget on the page shows the update being sought: the seek ends, and so does the
    /// older page being fetched for it (a page of this blog would not have it). The pages
    /// already fetched stay behind "Show more".
    pub fn sought_elsewhere(&mut self) {
        if self.target.take().is_some() {
            self.older.loading = None;
        }
    }

    fn find_target(&mut self) {
        let Some(target) = self.target.as_deref() else {
            return;
        };
        let found = self
            .feed
            .updates
            .iter()
            .find(|update| update.anchor() == target)
            .map(|update| (update.id.clone(), update.key_event));
        let Some((id, key_event)) = found else {
            if !self.loaded || self.older.loading.is_some() {
                return;
            }
            if self.older.next.is_some() && self.seeks < MAX_SEEK_PAGES {
                self.seeks += 1;
                self.fetch_older();
            } else {
                self.target = None;
            }
            return;
        };
        if self.is_held(&id) {
            self.reveal();
        }
        if self.key_events_only && !key_event {
            self.key_events_only = false;
        }
        let index = self
            .feed
            .updates
            .iter()
            .filter(|update| !self.is_held(&update.id))
            .position(|update| update.id == id)
            .unwrap_or_default();
        let pages = index / self.page_size + 1;
        self.visible = self.visible.max(pages.saturating_mul(self.page_size));
        self.targeted = Some(id);
        self.jumps = self.jumps.wrapping_add(1);
        self.target = None;
    }

    /// The updates on screen, newest first: everything not held, up to the visible count, or
    /// every key event loaded while only key events are listed.
    pub fn visible_updates(&self) -> Vec<Rc<Update>> {
        let shown = self
            .feed
            .updates
            .iter()
            .filter(|update| !self.is_held(&update.id));
        if self.key_events_only {
            shown.filter(|update| update.key_event).cloned().collect()
        } else {
            shown.take(self.visible).cloned().collect()
        }
    }

    /// How many loaded updates "Show more" would reveal (none while only key events are listed:
    /// they are all shown).
    pub fn hidden_count(&self) -> usize {
        if self.key_events_only {
            return 0;
        }
        let shown = self.feed.updates.len().saturating_sub(self.held.len());
        shown.saturating_sub(self.visible)
    }

    /// How many new updates wait behind the "N new updates" button.
    pub fn held_count(&self) -> usize {
        self.held.len()
    }

    /// Whether the update arrived with the last poll or reveal (it gets a short highlight).
    pub fn is_fresh(&self, id: &str) -> bool {
        self.fresh.contains(id)
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

    /// Updates `from..=to` (minutes), newest first, with `next_url` when given.
    fn range(from: i64, to: i64, next: Option<&str>) -> Feed {
        let updates = (from..=to)
            .map(|n| {
                let mut update = Update::sample(&format!("u{n:03}"), n, "");
                update.key_event = n % 4 == 0;
                update
            })
            .collect();
        Feed {
            updates: order(updates),
            next_url: next.map(str::to_owned),
            ..Feed::default()
        }
    }

    #[test]
    fn show_more_asks_for_the_older_page_once_everything_loaded_is_shown() {
        let mut blog = Blog::new(3);
        blog.polled(Polled::Changed(range(6, 10, Some("p2"))));
        blog.show_more();
        assert_eq!(blog.older_request(), None, "loaded updates come first");
        assert_eq!(blog.visible_updates().len(), 5);
        assert!(blog.can_show_more());
        blog.show_more();
        assert_eq!(blog.older_request(), Some("p2"));
        blog.older_loaded("p2", Ok(range(1, 5, Some("p3"))));
        assert_eq!(blog.older_request(), None);
        assert_eq!(
            ids(&blog),
            ["u010", "u009", "u008", "u007", "u006", "u005", "u004", "u003"],
            "one page more, below what was shown"
        );
        blog.show_more();
        assert_eq!(blog.visible_updates().len(), 10);
        blog.show_more();
        assert_eq!(blog.older_request(), Some("p3"));
    }

    #[test]
    fn the_chain_of_older_pages_is_followed_and_polls_do_not_reset_it() {
        let mut blog = Blog::new(5);
        blog.polled(Polled::Changed(range(6, 10, Some("p2"))));
        blog.show_more();
        blog.older_loaded("p2", Ok(range(1, 5, Some("p3"))));
        blog.polled(Polled::Changed(range(7, 11, Some("p2"))));
        assert_eq!(blog.feed.updates.len(), 11, "older pages stay, paged out");
        blog.show_more();
        blog.show_more();
        assert_eq!(blog.older_request(), Some("p3"));
    }

    #[test]
    fn a_loop_of_next_urls_ends() {
        let mut blog = Blog::new(5);
        blog.polled(Polled::Changed(range(6, 10, Some("p2"))));
        blog.show_more();
        blog.older_loaded("p2", Ok(range(1, 5, Some("p2"))));
        assert!(!blog.can_show_more());
    }

    #[test]
    fn a_failed_older_page_keeps_everything_and_can_be_retried() {
        let mut blog = Blog::new(5);
        blog.polled(Polled::Changed(range(6, 10, Some("p2"))));
        blog.show_more();
        blog.older_loaded("p2", Err(FeedError::Network));
        assert!(blog.older_failed());
        assert_eq!(blog.visible_updates().len(), 5);
        assert_eq!(blog.older_request(), None);
        blog.show_more();
        assert_eq!(blog.older_request(), Some("p2"));
        blog.older_loaded("p1", Ok(range(1, 5, None)));
        assert_eq!(
            blog.older_request(),
            Some("p2"),
            "an answer to another request is ignored"
        );
    }

    #[test]
    fn only_key_events_are_listed_while_filtered_and_all_again_after() {
        let mut blog = Blog::new(3);
        blog.polled(Polled::Changed(range(1, 12, None)));
        blog.set_key_events_only(true);
        assert_eq!(ids(&blog), ["u012", "u008", "u004"]);
        assert_eq!(blog.hidden_count(), 0);
        assert_eq!(blog.key_events().count(), 3);
        blog.set_key_events_only(false);
        assert_eq!(ids(&blog), ["u012", "u011", "u010"]);
    }

    #[test]
    fn seeking_a_loaded_update_shows_the_pages_down_to_it_and_marks_it() {
        let mut blog = Blog::new(3);
        blog.polled(Polled::Changed(range(1, 12, None)));
        blog.set_key_events_only(true);
        blog.seek("lb-u005".into());
        assert!(
            !blog.key_events_only,
            "a target that is not a key event lifts the filter"
        );
        assert_eq!(blog.visible_updates().len(), 9, "u005 is 8th: three pages");
        assert_eq!(blog.targeted.as_deref(), Some("u005"));
        assert_eq!(blog.jumps, 1);
    }

    #[test]
    fn seeking_waits_for_the_first_load_and_fetches_older_pages_until_found() {
        let mut blog = Blog::new(3);
        blog.seek("lb-u002".into());
        blog.polled(Polled::Changed(range(6, 10, Some("p2"))));
        assert_eq!(blog.older_request(), Some("p2"));
        blog.older_loaded("p2", Ok(range(4, 5, Some("p3"))));
        assert_eq!(blog.older_request(), Some("p3"));
        blog.older_loaded("p3", Ok(range(1, 3, None)));
        assert_eq!(blog.targeted.as_deref(), Some("u002"));
        assert_eq!(blog.visible_updates().len(), 9);
        assert_eq!(blog.older_request(), None);
    }

    #[test]
    fn seeking_an_unknown_anchor_gives_up_at_the_end_of_the_blog() {
        let mut blog = Blog::new(3);
        blog.polled(Polled::Changed(range(6, 10, Some("p2"))));
        blog.seek("lb-nowhere".into());
        blog.older_loaded("p2", Ok(range(1, 5, None)));
        assert_eq!(blog.targeted, None);
        assert_eq!(blog.older_request(), None);
        assert_eq!(blog.jumps, 0);
        assert_eq!(
            ids(&blog),
            ["u010", "u009", "u008"],
            "the page searched stays behind Show more"
        );
        assert_eq!(blog.hidden_count(), 7);
        blog.polled(Polled::Changed(range(6, 11, None)));
        assert_eq!(blog.older_request(), None, "forgotten, not sought again");
    }

    #[test]
    fn a_seek_for_an_update_another_widget_shows_ends_with_the_page_it_was_fetching() {
        let mut blog = Blog::new(3);
        blog.polled(Polled::Changed(range(6, 10, Some("p2"))));
        blog.seek("lb-elsewhere".into());
        assert_eq!(blog.seeking(), Some("lb-elsewhere"));
        assert_eq!(
            blog.older_request(),
            Some("p2"),
            "an older page is fetched for it"
        );
        blog.sought_elsewhere();
        assert_eq!((blog.seeking(), blog.older_request()), (None, None));
        // The page that arrives anyway is not taken, and nothing more is fetched.
        blog.older_loaded("p2", Ok(range(1, 5, None)));
        assert_eq!(ids(&blog), ["u010", "u009", "u008"]);
        assert_eq!(
            blog.hidden_count(),
            2,
            "the first page's last two, not the older page's"
        );
        assert_eq!(blog.older_request(), None);
        assert_eq!((blog.targeted.as_deref(), blog.jumps), (None, 0));
        // A seek of this blog's own updates still works.
        blog.seek("lb-u007".into());
        assert_eq!(blog.targeted.as_deref(), Some("u007"));
    }

    #[test]
    fn a_copied_link_is_remembered_by_update_until_the_moment_is_over() {
        let mut blog = Blog::new(3);
        blog.polled(Polled::Changed(range(1, 5, None)));
        blog.set_copied(Some("lb-u004"));
        assert_eq!(blog.copied.as_deref(), Some("u004"));
        blog.set_copied(None);
        assert_eq!(blog.copied, None);
        blog.set_copied(Some("lb-gone"));
        assert_eq!(blog.copied, None);
    }

    #[test]
    fn the_first_poll_after_a_snapshot_replaces_other_renditions_without_marking_edits() {
        let mut blog = Blog::new(5);
        let snapshot = range(1, 3, None);
        blog.show_snapshot(snapshot.clone());
        assert!(blog.loaded);
        let mut feed = range(1, 4, None);
        for update in &mut feed.updates {
            Rc::make_mut(update).body = crate::core::Body::Html("<p>rich</p>".into());
        }
        blog.polled(Polled::Changed(feed.clone()));
        assert!(blog.feed.updates.iter().all(|update| !update.revised));
        assert_eq!((blog.last_merge.new, blog.last_merge.edited), (1, 0));
        assert!(
            blog.is_fresh("u004"),
            "what is newer than the snapshot is new"
        );
        let mut edited = feed;
        Rc::make_mut(&mut edited.updates[1]).headline = Some("Changed".into());
        blog.polled(Polled::Changed(edited));
        assert_eq!(blog.last_merge.edited, 1, "later polls mark edits as usual");
    }

    #[test]
    fn seeking_a_held_update_reveals_what_was_held() {
        let mut blog = Blog::new(3);
        blog.polled(Polled::Changed(range(1, 5, None)));
        blog.reader_at_top(false);
        blog.polled(Polled::Changed(range(1, 7, None)));
        blog.seek("lb-u007".into());
        assert_eq!(blog.held_count(), 0);
        assert_eq!(ids(&blog)[0], "u007");
    }
}

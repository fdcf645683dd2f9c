//! The live merge: what one poll does to what the reader sees.
//!
//! A poll fetches the newest page of the feed. Against the updates already shown:
//! - an id not seen before is a **new** update;
//! - a known id whose content changed is **edited** in place and marked [`Update::revised`]
//!   (unless the page carries an older `date_modified` than the one shown: a stale copy, ignored);
//! - a known id missing from the page although it is newer than the page's oldest update was
//!   **deleted**;
//! - a known id older than everything on the page was **paged out**: it lives behind `next_url`
//!   and stays. The page's oldest dated update marks where it ends (an undated one sorts below
//!   everything).
//!
//! An empty page deletes everything when it has no `next_url`, and nothing when it has one.
//! Unchanged updates keep their shared allocation, so views can skip them by pointer.
//!
//! An **older page** (fetched through `next_url` when the reader asks for more) only adds: its
//! unknown ids join the timeline, known ones keep the copy the newest pages gave, and the blog's
//! title, status and the rest stay the newest page's.

use super::model::{index_by_id, newest_first, Feed, Update};
use std::rc::Rc;

/// How many updates a merge added, changed and removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Updates not seen before.
    pub new: usize,
    /// Updates changed in place.
    pub edited: usize,
    /// Updates removed by the publisher.
    pub deleted: usize,
}

/// What a merge did: its counts, and which updates are new.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeOutcome {
    /// The counts.
    pub report: MergeReport,
    /// The ids of the new updates, newest first.
    pub new_ids: Vec<String>,
}

impl MergeReport {
    /// Whether the merge changed any update.
    pub fn is_empty(&self) -> bool {
        self.new == 0 && self.edited == 0 && self.deleted == 0
    }
}

impl Feed {
    /// Merges the newest page of the feed into what is shown, following the rules above, and
    /// takes the page's title, status, notice, key points and hints.
    pub fn merge(&mut self, page: Feed) -> MergeOutcome {
        let mut report = MergeReport::default();
        let mut new_ids = Vec::new();
        let Feed {
            updates: incoming, ..
        } = &page;
        // Where the page ends: its oldest dated update. An undated one sorts below everything,
        // so taking it would make every older update the reader loaded look deleted.
        let oldest_on_page = incoming
            .iter()
            .rev()
            .find(|update| update.placed_at().is_some())
            .or(incoming.last())
            .cloned();
        let mut shown = index_by_id(&self.updates);

        let mut merged: Vec<Rc<Update>> = Vec::with_capacity(incoming.len() + self.updates.len());
        for update in incoming {
            let known = shown.remove(update.id.as_str());
            match known.and_then(|index| self.updates.get(index)) {
                None => {
                    report.new += 1;
                    new_ids.push(update.id.clone());
                    merged.push(Rc::clone(update));
                }
                Some(known) if !update.differs_from(known) || update.modified < known.modified => {
                    merged.push(Rc::clone(known));
                }
                Some(_) => {
                    report.edited += 1;
                    merged.push(Rc::new(Update {
                        revised: true,
                        ..Update::clone(update)
                    }));
                }
            }
        }

        let keeps_everything_missing = incoming.is_empty() && page.next_url.is_some();
        for known in &self.updates {
            if !shown.contains_key(known.id.as_str()) {
                continue;
            }
            let paged_out = match &oldest_on_page {
                Some(oldest) => oldest.is_newer_than(known),
                None => keeps_everything_missing,
            };
            if paged_out {
                merged.push(Rc::clone(known));
            } else {
                report.deleted += 1;
            }
        }
        // Both halves are already newest first, so this sort is nearly linear.
        merged.sort_by(newest_first);

        let Feed {
            title,
            home_page_url,
            language,
            status,
            notice,
            key_points,
            key_points_title,
            poll_interval,
            next_url,
            updates: _,
        } = page;
        *self = Feed {
            title,
            home_page_url,
            language,
            status,
            notice,
            key_points,
            key_points_title,
            poll_interval,
            next_url,
            updates: merged,
        };
        MergeOutcome { report, new_ids }
    }
}

impl Feed {
    /// Adds an older page's updates that are not known yet; returns how many were added.
    pub fn append_older(&mut self, page: Feed) -> usize {
        let known = index_by_id(&self.updates);
        let older: Vec<Rc<Update>> = page
            .updates
            .into_iter()
            .filter(|update| !known.contains_key(update.id.as_str()))
            .collect();
        let added = older.len();
        if added > 0 {
            self.updates.extend(older);
            // Usually already in order (an older page sorts after what is loaded): nearly linear.
            self.updates.sort_by(newest_first);
        }
        added
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Body, Status};
    use crate::core::timestamp::Timestamp;

    fn update(id: &str, minute: i64, text: &str) -> Update {
        Update::sample(id, minute, text)
    }

    fn page(updates: Vec<Update>) -> Feed {
        Feed {
            title: "Blog".into(),
            updates: crate::core::normalize::order(updates),
            ..Feed::default()
        }
    }

    fn ids(feed: &Feed) -> Vec<&str> {
        feed.updates
            .iter()
            .map(|update| update.id.as_str())
            .collect()
    }

    fn shown() -> Feed {
        let mut feed = Feed::default();
        feed.merge(page(vec![
            update("a", 1, "a"),
            update("b", 2, "b"),
            update("c", 3, "c"),
        ]));
        feed
    }

    #[test]
    fn the_first_page_is_all_new() {
        let mut feed = Feed::default();
        let outcome = feed.merge(page(vec![update("a", 1, "a"), update("b", 2, "b")]));
        assert_eq!(outcome.new_ids, ["b", "a"]);
        assert_eq!(
            outcome.report,
            MergeReport {
                new: 2,
                edited: 0,
                deleted: 0
            }
        );
        assert_eq!(ids(&feed), ["b", "a"]);
    }

    #[test]
    fn a_new_id_is_a_new_update_placed_by_date() {
        let mut feed = shown();
        let report = feed
            .merge(page(vec![
                update("a", 1, "a"),
                update("b", 2, "b"),
                update("c", 3, "c"),
                update("d", 4, "d"),
            ]))
            .report;
        assert_eq!(
            report,
            MergeReport {
                new: 1,
                edited: 0,
                deleted: 0
            }
        );
        assert_eq!(ids(&feed), ["d", "c", "b", "a"]);
    }

    #[test]
    fn an_unchanged_poll_reports_nothing_and_keeps_every_allocation() {
        let mut feed = shown();
        let before = feed.updates.clone();
        let report = feed
            .merge(page(vec![
                update("a", 1, "a"),
                update("b", 2, "b"),
                update("c", 3, "c"),
            ]))
            .report;
        assert!(report.is_empty());
        assert!(before
            .iter()
            .zip(&feed.updates)
            .all(|(old, new)| Rc::ptr_eq(old, new)));
    }

    #[test]
    fn changed_content_is_an_edit_in_place_marked_revised() {
        let mut feed = shown();
        let report = feed
            .merge(page(vec![
                update("a", 1, "a"),
                update("b", 2, "b, corrected"),
                update("c", 3, "c"),
            ]))
            .report;
        assert_eq!(
            report,
            MergeReport {
                new: 0,
                edited: 1,
                deleted: 0
            }
        );
        assert_eq!(ids(&feed), ["c", "b", "a"]);
        assert_eq!(feed.updates[1].body, Body::Text("b, corrected".into()));
        assert!(feed.updates[1].revised);
        assert!(!feed.updates[0].revised);
    }

    #[test]
    fn a_newer_date_modified_alone_is_an_edit() {
        let mut feed = shown();
        let mut edited = update("c", 3, "c");
        edited.modified = Some(Timestamp(10 * 60_000));
        let report = feed
            .merge(page(vec![update("a", 1, "a"), update("b", 2, "b"), edited]))
            .report;
        assert_eq!(report.edited, 1);
        assert_eq!(feed.updates[0].modified, Some(Timestamp(10 * 60_000)));
    }

    #[test]
    fn a_revised_update_stays_marked_while_it_stays_the_same() {
        let mut feed = shown();
        feed.merge(page(vec![
            update("a", 1, "a"),
            update("b", 2, "b2"),
            update("c", 3, "c"),
        ]));
        let report = feed
            .merge(page(vec![
                update("a", 1, "a"),
                update("b", 2, "b2"),
                update("c", 3, "c"),
            ]))
            .report;
        assert!(report.is_empty());
        assert!(feed.updates[1].revised);
    }

    #[test]
    fn a_stale_copy_with_an_older_modification_is_ignored() {
        let mut feed = Feed::default();
        let mut fresh = update("a", 1, "fresh");
        fresh.modified = Some(Timestamp(5 * 60_000));
        feed.merge(page(vec![fresh]));
        let mut stale = update("a", 1, "stale");
        stale.modified = Some(Timestamp(4 * 60_000));
        let report = feed.merge(page(vec![stale])).report;
        assert!(report.is_empty());
        assert_eq!(feed.updates[0].body, Body::Text("fresh".into()));
    }

    #[test]
    fn a_missing_id_newer_than_the_pages_oldest_was_deleted() {
        let mut feed = shown();
        let report = feed
            .merge(page(vec![update("a", 1, "a"), update("c", 3, "c")]))
            .report;
        assert_eq!(
            report,
            MergeReport {
                new: 0,
                edited: 0,
                deleted: 1
            }
        );
        assert_eq!(ids(&feed), ["c", "a"]);
    }

    #[test]
    fn a_missing_id_older_than_the_whole_page_was_paged_out_and_stays() {
        let mut feed = shown();
        let report = feed
            .merge(page(vec![
                update("b", 2, "b"),
                update("c", 3, "c"),
                update("d", 4, "d"),
            ]))
            .report;
        assert_eq!(
            report,
            MergeReport {
                new: 1,
                edited: 0,
                deleted: 0
            }
        );
        assert_eq!(ids(&feed), ["d", "c", "b", "a"]);
    }

    #[test]
    fn new_edited_deleted_and_paged_out_in_one_poll() {
        let mut feed = Feed::default();
        feed.merge(page(vec![
            update("a", 1, "a"),
            update("b", 2, "b"),
            update("c", 3, "c"),
            update("d", 4, "d"),
        ]));
        let report = feed
            .merge(page(vec![
                update("b", 2, "b"),
                update("d", 4, "d!"),
                update("e", 5, "e"),
            ]))
            .report;
        assert_eq!(
            report,
            MergeReport {
                new: 1,
                edited: 1,
                deleted: 1
            }
        );
        assert_eq!(ids(&feed), ["e", "d", "b", "a"]);
    }

    #[test]
    fn an_empty_last_page_deletes_everything() {
        let mut feed = shown();
        let report = feed.merge(page(Vec::new())).report;
        assert_eq!(report.deleted, 3);
        assert!(feed.updates.is_empty());
    }

    #[test]
    fn an_empty_page_with_older_pages_deletes_nothing() {
        let mut feed = shown();
        let report = feed
            .merge(Feed {
                next_url: Some("older.json".into()),
                ..page(Vec::new())
            })
            .report;
        assert!(report.is_empty());
        assert_eq!(ids(&feed), ["c", "b", "a"]);
    }

    #[test]
    fn the_page_brings_the_blogs_title_status_and_key_points() {
        let mut feed = shown();
        feed.merge(Feed {
            title: "Renamed".into(),
            status: Status::Closed,
            key_points: vec!["Done".into()],
            notice: Some("Closed.".into()),
            ..page(vec![
                update("a", 1, "a"),
                update("b", 2, "b"),
                update("c", 3, "c"),
            ])
        });
        assert_eq!(feed.title, "Renamed");
        assert_eq!(feed.status, Status::Closed);
        assert_eq!(feed.key_points, ["Done"]);
        assert_eq!(feed.notice.as_deref(), Some("Closed."));
    }

    #[test]
    fn undated_updates_sit_below_dated_ones_and_can_be_deleted() {
        let mut feed = Feed::default();
        let mut undated = update("u", 0, "u");
        undated.published = None;
        feed.merge(page(vec![undated.clone(), update("a", 1, "a")]));
        assert_eq!(ids(&feed), ["a", "u"]);
        let report = feed.merge(page(vec![undated])).report;
        assert_eq!(report.deleted, 1);
        assert_eq!(ids(&feed), ["u"]);
    }

    #[test]
    fn an_undated_update_on_the_page_does_not_delete_the_older_pages_loaded() {
        let mut feed = Feed::default();
        let mut undated = update("u", 0, "u");
        undated.published = None;
        let newest = || {
            page(vec![
                update("d", 4, "d"),
                update("c", 3, "c"),
                undated.clone(),
            ])
        };
        feed.merge(newest());
        feed.append_older(page(vec![update("b", 2, "b"), update("a", 1, "a")]));
        assert_eq!(ids(&feed), ["d", "c", "b", "a", "u"]);
        let report = feed.merge(newest()).report;
        assert_eq!(report, MergeReport::default());
        assert_eq!(ids(&feed), ["d", "c", "b", "a", "u"]);
    }

    #[test]
    fn an_older_page_adds_only_unknown_ids_below_and_keeps_the_blogs_header() {
        let mut feed = shown();
        let mut older = page(vec![
            update("z", -2, "z"),
            update("a", 1, "an older copy"),
            update("y", -1, "y"),
        ]);
        older.title = "Stale title".into();
        older.next_url = Some("page-3.json".into());
        let a = Rc::clone(&feed.updates[2]);
        assert_eq!(feed.append_older(older), 2);
        assert_eq!(ids(&feed), ["c", "b", "a", "y", "z"]);
        assert!(
            Rc::ptr_eq(&feed.updates[2], &a),
            "a known update keeps its copy"
        );
        assert_eq!(feed.title, "Blog");
        assert_eq!(feed.next_url, None, "the newest page's next_url stays");
    }

    #[test]
    fn older_updates_survive_the_next_poll_as_paged_out() {
        let mut feed = shown();
        feed.append_older(page(vec![update("y", -1, "y")]));
        let report = feed
            .merge(page(vec![update("a", 1, "a"), update("c", 3, "c")]))
            .report;
        assert_eq!(
            report.deleted, 1,
            "b was deleted; y is older than the page: kept"
        );
        assert_eq!(ids(&feed), ["c", "a", "y"]);
    }
}

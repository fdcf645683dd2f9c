//! The live desk: the newsroom and its latest feed snapshot, shared by the ticker and the
//! HTTP handlers.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::demo_script::{DemoScript, Step};
use crate::feed_snapshot::FeedSnapshot;
use crate::newsroom::{Newsroom, StepOutcome, StepReport};
use crate::site::SiteUrls;
use crate::timestamp::Timestamp;

/// A cheap-to-clone handle on the running demo blog.
///
/// The ticker calls [`LiveDesk::advance`]; request handlers call [`LiveDesk::snapshot`]. The
/// snapshot is re-rendered only when a step changes the blog, so its `ETag` and
/// `Last-Modified` move together with the content.
#[derive(Clone, Debug)]
pub struct LiveDesk {
    shared: Arc<Mutex<Desk>>,
}

#[derive(Debug)]
struct Desk {
    newsroom: Newsroom,
    site: SiteUrls,
    snapshot: FeedSnapshot,
}

impl LiveDesk {
    /// Opens the script's blog at `start` and renders the first snapshot.
    ///
    /// # Errors
    /// If the first snapshot cannot be serialised.
    pub fn open(
        script: DemoScript,
        site: SiteUrls,
        start: Timestamp,
    ) -> Result<Self, serde_json::Error> {
        let newsroom = Newsroom::open(script, start);
        let snapshot = FeedSnapshot::render(&newsroom, &site)?;
        Ok(Self {
            shared: Arc::new(Mutex::new(Desk {
                newsroom,
                site,
                snapshot,
            })),
        })
    }

    /// The feed as it should be served right now.
    pub fn snapshot(&self) -> FeedSnapshot {
        self.lock().snapshot.clone()
    }

    /// Plays the next scripted step at `now` and re-renders the feed if it changed.
    /// `Ok(None)` once the script is finished.
    ///
    /// # Errors
    /// If the new snapshot cannot be serialised; the step is applied but the previous
    /// snapshot stays in place.
    pub fn advance(&self, now: Timestamp) -> Result<Option<StepReport>, serde_json::Error> {
        let mut desk = self.lock();
        let Some(report) = desk.newsroom.advance(now) else {
            return Ok(None);
        };
        desk.rerender_after(&report.outcome)?;
        Ok(Some(report))
    }

    /// Applies an unscripted step at `now` (a control action such as "publish this now") and
    /// re-renders the feed if it changed. The script's queue is untouched, except that a close
    /// drops the steps still to come.
    ///
    /// # Errors
    /// As for [`LiveDesk::advance`].
    pub fn apply_now(&self, step: &Step, now: Timestamp) -> Result<StepOutcome, serde_json::Error> {
        let mut desk = self.lock();
        let outcome = desk.newsroom.apply(step, now);
        desk.rerender_after(&outcome)?;
        Ok(outcome)
    }

    /// Whether no scripted step is left to play.
    pub fn is_finished(&self) -> bool {
        self.lock().newsroom.steps_remaining() == 0
    }

    /// The state stays consistent even if a holder panicked (every write is a single
    /// assignment), so a poisoned lock is simply taken over.
    fn lock(&self) -> MutexGuard<'_, Desk> {
        self.shared.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Desk {
    fn rerender_after(&mut self, outcome: &StepOutcome) -> Result<(), serde_json::Error> {
        if *outcome == StepOutcome::Applied {
            self.snapshot = FeedSnapshot::render(&self.newsroom, &self.site)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo_script::ScriptedEdit;
    use crate::newsroom::SkipReason;

    fn desk(steps: &str) -> LiveDesk {
        let text = format!(
            r#"{{"title": "Live: t", "language": "en-GB", "poll_interval": 10,
                 "initial": [{{"id": "u-001", "minutes_ago": 5, "content_html": "<p>a</p>"}}],
                 "steps": {steps}}}"#
        );
        let script = DemoScript::parse(&text).expect("the test script parses");
        let site = SiteUrls::from_origin("http://127.0.0.1:8080");
        LiveDesk::open(script, site, Timestamp::from_unix_seconds(1_000)).expect("the feed renders")
    }

    #[test]
    fn an_applied_step_gives_a_new_tag_and_last_modified() {
        let desk = desk(r#"[{"delete": "u-001"}]"#);
        let before = desk.snapshot();
        let report = desk.advance(Timestamp::from_unix_seconds(1_020));
        assert!(matches!(report, Ok(Some(ref r)) if matches!(r.step, Step::Delete(_))));
        let after = desk.snapshot();
        assert_ne!(after.etag, before.etag);
        assert_eq!(after.last_modified, Timestamp::from_unix_seconds(1_020));
        assert!(desk.is_finished());
    }

    #[test]
    fn a_skipped_step_leaves_the_snapshot_alone() {
        let desk = desk(r#"[{"pin": "u-999"}]"#);
        let before = desk.snapshot();
        let _ = desk.advance(Timestamp::from_unix_seconds(1_020));
        assert_eq!(desk.snapshot(), before);
    }

    #[test]
    fn advancing_past_the_last_step_does_nothing() {
        let desk = desk("[]");
        assert!(desk.is_finished());
        assert!(matches!(
            desk.advance(Timestamp::from_unix_seconds(1_020)),
            Ok(None)
        ));
    }

    #[test]
    fn an_unscripted_step_changes_the_feed_now_and_keeps_the_queue() {
        let desk = desk(r#"[{"delete": "u-001"}]"#);
        let before = desk.snapshot();
        let edit = Step::Edit(ScriptedEdit {
            id: "u-001".to_owned(),
            title: Some("Corrected".to_owned()),
            content_html: None,
        });
        let outcome = desk.apply_now(&edit, Timestamp::from_unix_seconds(1_030));
        assert!(matches!(outcome, Ok(StepOutcome::Applied)));
        let after = desk.snapshot();
        assert_ne!(after.etag, before.etag);
        assert_eq!(after.last_modified, Timestamp::from_unix_seconds(1_030));
        assert!(!desk.is_finished());
    }

    #[test]
    fn an_unscripted_step_that_cannot_apply_says_why() {
        let desk = desk("[]");
        let before = desk.snapshot();
        let outcome = desk.apply_now(
            &Step::Delete("u-404".to_owned()),
            Timestamp::from_unix_seconds(1_030),
        );
        assert!(matches!(
            outcome,
            Ok(StepOutcome::Skipped(SkipReason::UnknownUpdate(ref id))) if id == "u-404"
        ));
        assert_eq!(desk.snapshot(), before);
    }
}

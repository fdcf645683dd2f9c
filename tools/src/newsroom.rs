//! The live state of the demo blog: what is published now, and how each scripted step changes it.
//!
//! Everything here is pure: the caller passes the clock in, so tests can replay a whole script
//! instantly. Turning the state into a JSON Feed lives in `newsroom/feed.rs`.

mod feed;

use std::collections::VecDeque;
use std::fmt;

use crate::demo_script::{DemoScript, ScriptedEdit, ScriptedUpdate, Step};
use crate::json_feed::BlogStatus;
use crate::timestamp::Timestamp;

/// The demo blog as readers currently see it, plus the steps still to come.
#[derive(Clone, Debug)]
pub struct Newsroom {
    title: String,
    language: String,
    poll_interval: u32,
    key_points: Vec<String>,
    /// Published updates in the order they went live.
    updates: Vec<LiveUpdate>,
    status: BlogStatus,
    notice: Option<String>,
    pending: VecDeque<Step>,
    total_steps: usize,
    last_changed: Timestamp,
}

/// A published update with its dates.
#[derive(Clone, Debug, PartialEq)]
struct LiveUpdate {
    update: ScriptedUpdate,
    published: Timestamp,
    modified: Option<Timestamp>,
}

/// What became of one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepOutcome {
    /// The blog changed.
    Applied,
    /// The step could not apply and nothing changed.
    Skipped(SkipReason),
}

/// Why a step changed nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// An edit, delete or pin named an update that is not published.
    UnknownUpdate(String),
    /// A publish reused the id of an update that is already published.
    AlreadyPublished(String),
    /// The blog has closed, so it takes no more changes.
    Closed,
}

/// One played step, ready for the server log.
#[derive(Clone, Debug, PartialEq)]
pub struct StepReport {
    /// 1-based position of the step in the script.
    pub number: usize,
    /// How many steps the script has.
    pub total: usize,
    /// The step that ran.
    pub step: Step,
    /// Whether it changed the blog.
    pub outcome: StepOutcome,
}

impl Newsroom {
    /// Opens the blog at `start`: the script's initial updates are published, each dated
    /// `start - minutes_ago`, and all its steps are queued.
    pub fn open(script: DemoScript, start: Timestamp) -> Self {
        let updates = script
            .initial
            .into_iter()
            .map(|update| LiveUpdate {
                published: start.minutes_before(update.minutes_ago.unwrap_or(0)),
                modified: None,
                update,
            })
            .collect();
        Self {
            title: script.title,
            language: script.language,
            poll_interval: script.poll_interval,
            key_points: script.key_points,
            updates,
            status: BlogStatus::Live,
            notice: None,
            total_steps: script.steps.len(),
            pending: script.steps.into(),
            last_changed: start,
        }
    }

    /// Plays the next scripted step at `now`; `None` once the script is finished (or closed).
    pub fn advance(&mut self, now: Timestamp) -> Option<StepReport> {
        let step = self.pending.pop_front()?;
        let number = self.total_steps - self.pending.len();
        let outcome = self.apply(&step, now);
        Some(StepReport {
            number,
            total: self.total_steps,
            step,
            outcome,
        })
    }

    /// Applies one step at `now`. A close also drops the steps still queued.
    pub fn apply(&mut self, step: &Step, now: Timestamp) -> StepOutcome {
        if self.status == BlogStatus::Closed {
            return StepOutcome::Skipped(SkipReason::Closed);
        }
        let outcome = match step {
            Step::Publish(update) => self.publish(update, now),
            Step::Edit(edit) => self.edit(edit, now),
            Step::Delete(id) => self.delete(id),
            Step::KeyPoints(points) => {
                self.key_points.clone_from(points);
                StepOutcome::Applied
            }
            Step::Pin(id) => self.pin(id),
            Step::Close(close) => {
                self.status = BlogStatus::Closed;
                self.notice = Some(close.notice.clone());
                self.pending.clear();
                StepOutcome::Applied
            }
        };
        if outcome == StepOutcome::Applied {
            self.last_changed = self.last_changed.max(now);
        }
        outcome
    }

    /// When the blog last changed (server start, or the last applied step).
    pub fn last_changed(&self) -> Timestamp {
        self.last_changed
    }

    /// Whether the blog has closed.
    pub fn is_closed(&self) -> bool {
        self.status == BlogStatus::Closed
    }

    /// How many steps are still queued.
    pub fn steps_remaining(&self) -> usize {
        self.pending.len()
    }

    fn publish(&mut self, update: &ScriptedUpdate, now: Timestamp) -> StepOutcome {
        if self.position(&update.id).is_some() {
            return StepOutcome::Skipped(SkipReason::AlreadyPublished(update.id.clone()));
        }
        self.updates.push(LiveUpdate {
            update: update.clone(),
            published: now,
            modified: None,
        });
        StepOutcome::Applied
    }

    fn edit(&mut self, edit: &ScriptedEdit, now: Timestamp) -> StepOutcome {
        let Some(live) = self
            .updates
            .iter_mut()
            .find(|live| live.update.id == edit.id)
        else {
            return StepOutcome::Skipped(SkipReason::UnknownUpdate(edit.id.clone()));
        };
        if let Some(title) = &edit.title {
            live.update.title = Some(title.clone());
        }
        if let Some(content_html) = &edit.content_html {
            live.update.content_html.clone_from(content_html);
        }
        live.modified = Some(now);
        StepOutcome::Applied
    }

    fn delete(&mut self, id: &str) -> StepOutcome {
        match self.position(id) {
            Some(index) => {
                self.updates.remove(index);
                StepOutcome::Applied
            }
            None => StepOutcome::Skipped(SkipReason::UnknownUpdate(id.to_owned())),
        }
    }

    fn pin(&mut self, id: &str) -> StepOutcome {
        if self.position(id).is_none() {
            return StepOutcome::Skipped(SkipReason::UnknownUpdate(id.to_owned()));
        }
        for live in &mut self.updates {
            live.update.pinned = live.update.id == id;
        }
        StepOutcome::Applied
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.updates.iter().position(|live| live.update.id == id)
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::UnknownUpdate(id) => write!(f, "no published update {id}"),
            SkipReason::AlreadyPublished(id) => write!(f, "{id} is already published"),
            SkipReason::Closed => f.write_str("the blog is closed"),
        }
    }
}

impl fmt::Display for StepReport {
    /// `[step 3/27] publish u-015 "Headline"`, with `(skipped: …)` appended when nothing changed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[step {}/{}] {}", self.number, self.total, self.step)?;
        match &self.outcome {
            StepOutcome::Applied => Ok(()),
            StepOutcome::Skipped(reason) => write!(f, " (skipped: {reason})"),
        }
    }
}

#[cfg(test)]
mod tests;

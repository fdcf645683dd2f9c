//! The control room: what `--control` adds to a running server. It holds the feed's fault
//! plan and the feed request log, and the clock the log's times are measured on.
//!
//! The feed endpoint consults it on every request; the `/control/…` handlers change it.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use crate::fault::{FaultPlan, FeedAnswer};
use crate::request_log::{Arrival, FeedRequest, LogEntry, RequestLog};
use crate::verbosity::Verbosity;

/// A cheap-to-clone handle on the test switches of one running server.
#[derive(Clone, Debug)]
pub struct ControlRoom {
    shared: Arc<Mutex<Room>>,
    started: Instant,
    verbosity: Verbosity,
}

#[derive(Debug, Default)]
struct Room {
    faults: FaultPlan,
    log: RequestLog,
}

impl ControlRoom {
    /// Opens the control room with the server: log times count from now, the feed answers
    /// normally, and control actions are echoed to stdout according to `verbosity`.
    pub fn open(verbosity: Verbosity) -> Self {
        Self {
            shared: Arc::new(Mutex::new(Room::default())),
            started: Instant::now(),
            verbosity,
        }
    }

    /// Whether control actions are echoed to stdout.
    pub fn verbosity(&self) -> Verbosity {
        self.verbosity
    }

    /// Replaces the fault plan; the next feed request is answered by the new one.
    pub fn set_faults(&self, plan: FaultPlan) {
        self.lock().faults = plan;
    }

    /// Notes a feed request as it arrives; it is logged once [`ControlRoom::answered`].
    pub fn arrive(
        &self,
        method: &str,
        if_none_match: Option<String>,
        if_modified_since: Option<String>,
    ) -> Arrival {
        let request = FeedRequest {
            t_ms: self.elapsed_ms(),
            method: method.to_owned(),
            if_none_match,
            if_modified_since,
        };
        self.lock().log.arrive(request)
    }

    /// How the fault plan wants this feed request answered (counting it against the plan).
    pub fn next_answer(&self) -> FeedAnswer {
        self.lock().faults.next_answer()
    }

    /// Logs the status and body size a feed request was answered with.
    pub fn answered(&self, arrival: Arrival, status: u16, bytes: u64) {
        self.lock().log.answer(arrival, status, bytes);
    }

    /// A copy of the request log, oldest arrival first.
    pub fn log(&self) -> Vec<LogEntry> {
        self.lock().log.entries().cloned().collect()
    }

    /// Empties the request log.
    pub fn clear_log(&self) {
        self.lock().log.clear();
    }

    fn elapsed_ms(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Every write is a single assignment or push, so a lock poisoned by a panicking holder
    /// still guards consistent data and is simply taken over.
    fn lock(&self) -> MutexGuard<'_, Room> {
        self.shared.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fault::{Failure, FaultMode, FaultOrder};

    #[test]
    fn a_fault_set_in_the_room_answers_the_next_request() {
        let room = ControlRoom::open(Verbosity::Quiet);
        assert_eq!(room.next_answer(), FeedAnswer::Normal);
        room.set_faults(FaultPlan::from_order(FaultOrder {
            mode: FaultMode::ServerError,
            count: Some(1),
            retry_after: None,
            delay_ms: None,
        }));
        assert_eq!(
            room.next_answer(),
            FeedAnswer::Failure(Failure::ServerError)
        );
        assert_eq!(room.next_answer(), FeedAnswer::Normal);
    }

    #[test]
    fn answered_requests_appear_in_the_log_until_it_is_cleared() {
        let room = ControlRoom::open(Verbosity::Quiet);
        let arrival = room.arrive("GET", Some("\"abc\"".to_owned()), None);
        room.answered(arrival, 304, 0);
        let log = room.log();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].request.method, "GET");
        assert_eq!(log[0].status, 304);
        room.clear_log();
        assert!(room.log().is_empty());
    }

    #[test]
    fn log_times_count_up_from_the_opening() {
        let room = ControlRoom::open(Verbosity::Quiet);
        let first = room.arrive("GET", None, None);
        let second = room.arrive("GET", None, None);
        room.answered(first, 200, 1);
        room.answered(second, 200, 1);
        let log = room.log();
        assert!(log[0].request.t_ms <= log[1].request.t_ms);
        assert!(log[1].request.t_ms < 60_000);
    }
}

//! The feed request log behind `GET /control/log`: one entry per request for the live feed,
//! so end-to-end tests can check the widget's polling from the server's side (304s on idle
//! polls, backoff after failures, silence while the tab is hidden).
//!
//! Pure: the caller supplies the times; entries are kept in order of arrival even when a
//! slow answer finishes after a later request.

use serde::Serialize;

/// A feed request as it arrived.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FeedRequest {
    /// Milliseconds since the server started.
    pub t_ms: u64,
    /// The HTTP method, e.g. `GET`.
    pub method: String,
    /// The `If-None-Match` header as sent (several lines joined with `, `), if any.
    pub if_none_match: Option<String>,
    /// The `If-Modified-Since` header as sent, if any.
    pub if_modified_since: Option<String>,
}

/// One answered request, serialised flat:
/// `{"t_ms":12,"method":"GET","if_none_match":null,"if_modified_since":null,"status":200,"bytes":5120}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LogEntry {
    /// The request.
    #[serde(flatten)]
    pub request: FeedRequest,
    /// The status code answered.
    pub status: u16,
    /// How many body bytes were sent (0 for a 304 or a HEAD).
    pub bytes: u64,
}

/// A request that has arrived but is not answered yet; give it back to
/// [`RequestLog::answer`]. Dropping it (the client went away) leaves no entry.
#[derive(Debug)]
#[must_use = "an arrival is only logged once it is answered"]
pub struct Arrival {
    sequence: u64,
    request: FeedRequest,
}

/// Every answered feed request since start or since the last [`RequestLog::clear`], in
/// order of arrival.
#[derive(Clone, Debug, Default)]
pub struct RequestLog {
    /// Entries by arrival sequence number, ascending.
    entries: Vec<(u64, LogEntry)>,
    next_sequence: u64,
    /// Arrivals numbered below this came before the last clear and are not logged.
    cleared_before: u64,
}

impl RequestLog {
    /// An empty log.
    pub fn new() -> Self {
        Self::default()
    }

    /// Notes that a request arrived; its place in the log is fixed now.
    pub fn arrive(&mut self, request: FeedRequest) -> Arrival {
        let sequence = self.next_sequence;
        self.next_sequence += 1;
        Arrival { sequence, request }
    }

    /// Logs how an arrived request was answered. Requests that arrived before the last clear
    /// are dropped.
    pub fn answer(&mut self, arrival: Arrival, status: u16, bytes: u64) {
        if arrival.sequence < self.cleared_before {
            return;
        }
        let entry = LogEntry {
            request: arrival.request,
            status,
            bytes,
        };
        let index = self
            .entries
            .partition_point(|(sequence, _)| *sequence < arrival.sequence);
        self.entries.insert(index, (arrival.sequence, entry));
    }

    /// The entries, oldest arrival first.
    pub fn entries(&self) -> impl Iterator<Item = &LogEntry> {
        self.entries.iter().map(|(_, entry)| entry)
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the log is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Forgets every entry, and every request still being answered.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.cleared_before = self.next_sequence;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(t_ms: u64, if_none_match: Option<&str>) -> FeedRequest {
        FeedRequest {
            t_ms,
            method: "GET".to_owned(),
            if_none_match: if_none_match.map(str::to_owned),
            if_modified_since: None,
        }
    }

    fn times(log: &RequestLog) -> Vec<u64> {
        log.entries().map(|entry| entry.request.t_ms).collect()
    }

    #[test]
    fn a_new_log_is_empty() {
        let log = RequestLog::new();
        assert!(log.is_empty());
        assert_eq!(log.len(), 0);
    }

    #[test]
    fn answered_requests_are_logged_with_status_and_bytes() {
        let mut log = RequestLog::new();
        let first = log.arrive(request(5, None));
        log.answer(first, 200, 5_120);
        let second = log.arrive(request(10_005, Some("\"abc\"")));
        log.answer(second, 304, 0);
        let entries: Vec<&LogEntry> = log.entries().collect();
        assert_eq!(entries.len(), 2);
        assert_eq!((entries[0].status, entries[0].bytes), (200, 5_120));
        assert_eq!((entries[1].status, entries[1].bytes), (304, 0));
        assert_eq!(entries[1].request.if_none_match.as_deref(), Some("\"abc\""));
    }

    #[test]
    fn a_slow_answer_keeps_its_place_of_arrival() {
        let mut log = RequestLog::new();
        let slow = log.arrive(request(1, None));
        let quick = log.arrive(request(2, None));
        log.answer(quick, 304, 0);
        log.answer(slow, 200, 99);
        assert_eq!(times(&log), [1, 2]);
    }

    #[test]
    fn clearing_forgets_entries_and_requests_still_in_flight() {
        let mut log = RequestLog::new();
        let done = log.arrive(request(1, None));
        log.answer(done, 200, 10);
        let in_flight = log.arrive(request(2, None));
        log.clear();
        log.answer(in_flight, 200, 10);
        assert!(log.is_empty());
        let after = log.arrive(request(3, None));
        log.answer(after, 503, 20);
        assert_eq!(times(&log), [3]);
    }

    #[test]
    fn an_unanswered_arrival_leaves_no_entry() {
        let mut log = RequestLog::new();
        drop(log.arrive(request(1, None)));
        assert!(log.is_empty());
    }

    #[test]
    fn an_entry_serialises_flat_with_nulls_for_absent_headers() {
        let entry = LogEntry {
            request: request(42, None),
            status: 304,
            bytes: 0,
        };
        let json = serde_json::to_string(&entry).expect("an entry serialises");
        assert_eq!(
            json,
            r#"{"t_ms":42,"method":"GET","if_none_match":null,"if_modified_since":null,"status":304,"bytes":0}"#
        );
    }
}

//! Whether a poll may go out now: never while the page is hidden or the browser is offline.
//!
//! A reader who switches tabs or loses the network costs the publisher nothing. When the
//! schedule's timer fires during such a pause the poll is remembered as due, and it goes out the
//! moment the page is visible and online again; if nothing was due, the schedule simply goes on.

/// The pause state of one widget's polling.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PollGate {
    hidden: bool,
    offline: bool,
    due: bool,
}

impl PollGate {
    /// A gate for a page that is `hidden` and/or `offline` right now.
    pub fn new(hidden: bool, offline: bool) -> Self {
        Self {
            hidden,
            offline,
            due: false,
        }
    }

    /// Whether polls may go out.
    pub fn is_open(&self) -> bool {
        !self.hidden && !self.offline
    }

    /// A poll is due (the timer fired, or the widget just started): whether to send it now.
    /// When not, it is remembered until the gate opens.
    pub fn poll_due(&mut self) -> bool {
        self.due = !self.is_open();
        !self.due
    }

    /// The page became hidden or visible: whether a remembered poll should go out now.
    pub fn set_hidden(&mut self, hidden: bool) -> bool {
        self.hidden = hidden;
        self.release()
    }

    /// The browser went offline or online: whether a remembered poll should go out now.
    pub fn set_offline(&mut self, offline: bool) -> bool {
        self.offline = offline;
        self.release()
    }

    fn release(&mut self) -> bool {
        let go = self.due && self.is_open();
        if go {
            self.due = false;
        }
        go
    }
}

#[cfg(test)]
mod tests {
    use super::PollGate;

    #[test]
    fn a_visible_online_page_polls_when_due() {
        let mut gate = PollGate::new(false, false);
        assert!(gate.poll_due());
        assert!(!gate.set_hidden(false));
    }

    #[test]
    fn a_hidden_page_sends_nothing_and_polls_at_once_on_return() {
        let mut gate = PollGate::new(false, false);
        assert!(!gate.set_hidden(true));
        assert!(!gate.poll_due());
        assert!(!gate.poll_due());
        assert!(gate.set_hidden(false));
        assert!(!gate.set_hidden(false), "a due poll goes out once");
    }

    #[test]
    fn returning_before_a_poll_was_due_sends_nothing_early() {
        let mut gate = PollGate::new(false, false);
        gate.set_hidden(true);
        assert!(!gate.set_hidden(false));
    }

    #[test]
    fn offline_pauses_like_hidden_and_both_must_clear() {
        let mut gate = PollGate::new(true, true);
        assert!(!gate.poll_due());
        assert!(!gate.set_hidden(false));
        assert!(gate.set_offline(false));
    }

    #[test]
    fn a_page_that_starts_hidden_waits_for_its_first_poll() {
        let mut gate = PollGate::new(true, false);
        assert!(!gate.poll_due());
        assert!(gate.set_hidden(false));
    }
}

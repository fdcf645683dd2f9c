//! The newsroom clock: plays one scripted step per period and logs it.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::{interval_at, Instant, MissedTickBehavior};

use crate::live_desk::LiveDesk;
use crate::timestamp::Timestamp;
use crate::verbosity::Verbosity;

/// Spawns the task that advances `desk` every `period`, the first step one period from now,
/// printing each step as one stdout line (`[step 3/27] publish u-015 "Headline"`) unless
/// `verbosity` is quiet.
///
/// The task ends by itself after the last step (or a close); abort the handle to stop it sooner.
pub fn spawn_ticker(desk: LiveDesk, period: Duration, verbosity: Verbosity) -> JoinHandle<()> {
    // A zero period would make tokio's interval panic.
    let period = period.max(Duration::from_millis(1));
    tokio::spawn(async move {
        let mut clock = interval_at(Instant::now() + period, period);
        clock.set_missed_tick_behavior(MissedTickBehavior::Delay);
        while !desk.is_finished() {
            clock.tick().await;
            match desk.advance(Timestamp::now()) {
                Ok(Some(report)) => verbosity.announce(report),
                Ok(None) => break,
                Err(error) => eprintln!("warning: cannot render the feed after a step: {error}"),
            }
        }
    })
}

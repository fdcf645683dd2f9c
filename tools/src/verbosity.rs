//! How chatty the server is on stdout: the start lines always, the newsroom's steps unless
//! `--quiet`.

use std::fmt::Display;
use std::io::Write;

/// Whether per-step lines (`[step 3/27] publish u-015 "Headline"`, `[control] delete u-009`)
/// are printed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Verbosity {
    /// Print one line per step or control action (the default).
    #[default]
    Steps,
    /// Print only the start lines, e.g. when a test harness reads stdout once and then stops.
    Quiet,
}

impl Verbosity {
    /// Prints a step or control-action line unless quiet.
    pub fn announce(self, line: impl Display) {
        if self == Verbosity::Steps {
            say(line);
        }
    }
}

/// Prints one line to stdout and flushes it, so a harness reading a pipe sees it at once.
///
/// Unlike `println!`, a closed stdout does not panic: the server keeps running without its log.
pub fn say(line: impl Display) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{line}");
    let _ = stdout.flush();
}

//! The tools' errors, each variant saying when it happens.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

use crate::newsroom::SkipReason;

/// Loading a demo script failed.
#[derive(Debug)]
pub enum ScriptError {
    /// The script file could not be read (missing, unreadable).
    Read {
        /// The file that was asked for.
        path: PathBuf,
        /// Why reading failed.
        source: std::io::Error,
    },
    /// The file was read but is not valid JSON or not shaped like a demo script.
    Parse {
        /// The file that was read.
        path: PathBuf,
        /// Where and why parsing failed.
        source: serde_json::Error,
    },
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScriptError::Read { path, source } => {
                write!(f, "cannot read demo script {}: {source}", path.display())
            }
            ScriptError::Parse { path, source } => {
                write!(f, "invalid demo script {}: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for ScriptError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ScriptError::Read { source, .. } => Some(source),
            ScriptError::Parse { source, .. } => Some(source),
        }
    }
}

/// `liveblog serve` could not start or stopped with an error.
#[derive(Debug)]
pub enum ServeError {
    /// The demo script could not be loaded.
    Script(ScriptError),
    /// The listening socket could not be opened, most often because the port is taken.
    Bind {
        /// The address asked for with `--addr`.
        addr: SocketAddr,
        /// Why binding failed.
        source: std::io::Error,
    },
    /// The first feed snapshot could not be serialised.
    Feed(serde_json::Error),
    /// The HTTP server stopped with an I/O error.
    Io(std::io::Error),
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServeError::Script(error) => error.fmt(f),
            ServeError::Bind { addr, source } if source.kind() == std::io::ErrorKind::AddrInUse => {
                write!(
                    f,
                    "cannot listen on {addr}: the address is already in use \
                     (is another server running? choose another port with --addr)"
                )
            }
            ServeError::Bind { addr, source } => write!(f, "cannot listen on {addr}: {source}"),
            ServeError::Feed(source) => write!(f, "cannot serialise the feed: {source}"),
            ServeError::Io(source) => write!(f, "server error: {source}"),
        }
    }
}

impl std::error::Error for ServeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ServeError::Script(error) => Some(error),
            ServeError::Bind { source, .. } => Some(source),
            ServeError::Feed(source) => Some(source),
            ServeError::Io(source) => Some(source),
        }
    }
}

impl From<ScriptError> for ServeError {
    fn from(error: ScriptError) -> Self {
        ServeError::Script(error)
    }
}

/// A control request (`/control/…`, with `--control`) could not be carried out. Each variant
/// maps to one HTTP status, given with it.
#[derive(Debug)]
pub enum ControlError {
    /// 400: the body is not JSON of the shape the route expects.
    InvalidBody(serde_json::Error),
    /// 400: a control publish carried `minutes_ago`; it goes live now, so it cannot be backdated.
    Backdated,
    /// 404: an edit or delete named an update that is not published.
    UnknownUpdate(String),
    /// 409: a publish reused the id of a published update.
    AlreadyPublished(String),
    /// 409: the blog has closed and takes no more changes.
    Closed,
    /// 409: `POST /control/step` after the script's last step (or after a close).
    NoStepsLeft,
    /// 500: the change was made but the feed could not be re-rendered; the previous feed stays.
    Render(serde_json::Error),
}

impl fmt::Display for ControlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ControlError::InvalidBody(source) => write!(f, "invalid request body: {source}"),
            ControlError::Backdated => f.write_str(
                "minutes_ago is only for the script's initial updates: a control publish goes live now",
            ),
            ControlError::UnknownUpdate(id) => write!(f, "no published update {id}"),
            ControlError::AlreadyPublished(id) => write!(f, "{id} is already published"),
            ControlError::Closed => f.write_str("the blog is closed"),
            ControlError::NoStepsLeft => f.write_str("no scripted step is left"),
            ControlError::Render(source) => write!(f, "cannot serialise the feed: {source}"),
        }
    }
}

impl std::error::Error for ControlError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ControlError::InvalidBody(source) | ControlError::Render(source) => Some(source),
            _ => None,
        }
    }
}

impl From<SkipReason> for ControlError {
    fn from(reason: SkipReason) -> Self {
        match reason {
            SkipReason::UnknownUpdate(id) => ControlError::UnknownUpdate(id),
            SkipReason::AlreadyPublished(id) => ControlError::AlreadyPublished(id),
            SkipReason::Closed => ControlError::Closed,
        }
    }
}

//! The demo script: a newsroom's afternoon written down as initial updates plus timed steps.
//!
//! The file format is the one `tools/demo/newsroom.json` uses; see [`DemoScript`].

use std::fmt;
use std::path::Path;

use serde::Deserialize;

use crate::error::ScriptError;

/// A whole demo script: the blog's metadata, what is already published when the server starts,
/// and the steps the server plays one at a time afterwards.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct DemoScript {
    /// The live blog's headline, e.g. `Live: Storm Morwen …`.
    pub title: String,
    /// BCP 47 language tag of the coverage, e.g. `en-GB`.
    pub language: String,
    /// Seconds the widget should wait between polls, published in the feed's extension.
    pub poll_interval: u32,
    /// The summary bullet points shown above the updates.
    #[serde(default)]
    pub key_points: Vec<String>,
    /// Updates already published at start, oldest first, each with `minutes_ago`.
    #[serde(default)]
    pub initial: Vec<ScriptedUpdate>,
    /// What happens next, one step per tick of the server's clock.
    #[serde(default)]
    pub steps: Vec<Step>,
}

/// One update (a post) as written in the script.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ScriptedUpdate {
    /// Stable identifier, e.g. `u-012`; also the item's URL fragment.
    pub id: String,
    /// How long before server start the update was published; only meaningful in `initial`.
    #[serde(default)]
    pub minutes_ago: Option<u64>,
    /// Optional headline of the update.
    #[serde(default)]
    pub title: Option<String>,
    /// The update's body as HTML.
    pub content_html: String,
    /// Who wrote it.
    #[serde(default)]
    pub authors: Vec<ScriptedAuthor>,
    /// An optional illustration.
    #[serde(default)]
    pub image: Option<ScriptedImage>,
    /// Whether the update is one of the blog's key events.
    #[serde(default)]
    pub key_event: bool,
    /// Whether the update is pinned to the top of the blog.
    #[serde(default)]
    pub pinned: bool,
}

/// An author byline.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ScriptedAuthor {
    /// Display name.
    pub name: String,
    /// Optional profile page.
    #[serde(default)]
    pub url: Option<String>,
}

/// An image attached to an update.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ScriptedImage {
    /// Site-relative (`/demo/img/x.svg`) or absolute URL of the image.
    pub url: String,
    /// Alternative text.
    #[serde(default)]
    pub alt: Option<String>,
}

/// A correction to a published update: whatever is given replaces the old value.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ScriptedEdit {
    /// The update to change.
    pub id: String,
    /// A new headline, if any.
    #[serde(default)]
    pub title: Option<String>,
    /// A new body, if any.
    #[serde(default)]
    pub content_html: Option<String>,
}

/// How the blog ends.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ScriptedClose {
    /// Plain-text notice shown to readers once the blog has closed.
    pub notice: String,
}

/// One thing that happens in the newsroom, written as a single-key object such as
/// `{"delete": "u-009"}`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// A new update goes live, dated at the moment the step runs.
    Publish(ScriptedUpdate),
    /// A published update is corrected.
    Edit(ScriptedEdit),
    /// The update with this id is withdrawn.
    Delete(String),
    /// The summary points are replaced wholesale.
    KeyPoints(Vec<String>),
    /// The update with this id becomes the only pinned one.
    Pin(String),
    /// The blog closes; no later step runs.
    Close(ScriptedClose),
}

impl DemoScript {
    /// Reads and parses a script file.
    ///
    /// # Errors
    /// [`ScriptError::Read`] when the file cannot be read, [`ScriptError::Parse`] when it is not
    /// a valid script; both name the path.
    pub fn load(path: &Path) -> Result<Self, ScriptError> {
        let text = std::fs::read_to_string(path).map_err(|source| ScriptError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(&text).map_err(|source| ScriptError::Parse {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Parses a script from JSON text.
    ///
    /// # Errors
    /// When the text is not JSON or does not have the script's shape.
    pub fn parse(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }
}

impl fmt::Display for Step {
    /// A one-line summary for the server log, e.g. `publish u-015 "Headline"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Step::Publish(update) => {
                write!(f, "publish {}", update.id)?;
                match &update.title {
                    Some(title) => write!(f, " {title:?}"),
                    None => Ok(()),
                }
            }
            Step::Edit(edit) => {
                write!(f, "edit {}", edit.id)?;
                match &edit.title {
                    Some(title) => write!(f, " {title:?}"),
                    None => Ok(()),
                }
            }
            Step::Delete(id) => write!(f, "delete {id}"),
            Step::KeyPoints(points) => write!(f, "key_points ({} points)", points.len()),
            Step::Pin(id) => write!(f, "pin {id}"),
            Step::Close(close) => write!(f, "close {:?}", close.notice),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCRIPT: &str = r#"{
        "title": "Live: test", "language": "en-GB", "poll_interval": 10,
        "key_points": ["one"],
        "initial": [{"id": "u-001", "minutes_ago": 30, "content_html": "<p>a</p>",
                     "authors": [{"name": "Ann"}], "pinned": true}],
        "steps": [
            {"publish": {"id": "u-002", "title": "Two", "content_html": "<p>b</p>",
                         "image": {"url": "/demo/img/x.svg", "alt": "X"}, "key_event": true}},
            {"edit": {"id": "u-001", "content_html": "<p>a2</p>"}},
            {"delete": "u-002"},
            {"key_points": ["one", "two"]},
            {"pin": "u-001"},
            {"close": {"notice": "Closed."}}
        ]
    }"#;

    #[test]
    fn every_step_shape_parses() {
        let script = DemoScript::parse(SCRIPT).expect("the test script parses");
        assert_eq!(script.initial.len(), 1);
        assert_eq!(script.initial[0].minutes_ago, Some(30));
        assert!(script.initial[0].pinned);
        assert!(!script.initial[0].key_event);
        assert_eq!(script.steps.len(), 6);
        assert!(matches!(&script.steps[2], Step::Delete(id) if id == "u-002"));
        assert!(matches!(&script.steps[5], Step::Close(close) if close.notice == "Closed."));
    }

    #[test]
    fn steps_summarise_as_one_log_line() {
        let script = DemoScript::parse(SCRIPT).expect("the test script parses");
        let lines: Vec<String> = script.steps.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "publish u-002 \"Two\"",
                "edit u-001",
                "delete u-002",
                "key_points (2 points)",
                "pin u-001",
                "close \"Closed.\"",
            ]
        );
    }

    #[test]
    fn a_step_with_two_actions_is_rejected() {
        let text = r#"{"title": "t", "language": "en", "poll_interval": 5,
                       "steps": [{"delete": "u-1", "pin": "u-2"}]}"#;
        assert!(DemoScript::parse(text).is_err());
    }

    #[test]
    fn a_missing_file_is_a_read_error_naming_the_path() {
        let path = Path::new("/nonexistent/newsroom.json");
        let error = DemoScript::load(path).expect_err("the file does not exist");
        assert!(matches!(error, ScriptError::Read { .. }));
        assert!(error.to_string().contains("/nonexistent/newsroom.json"));
    }
}

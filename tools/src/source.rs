//! Where `validate` and `convert` read a feed from: a file, standard input (`-`), or a URL.

use std::fmt;
use std::io::Read;
use std::time::Duration;

/// The most `validate` and `convert` read: well over the 1 MB a feed may be, so that an oversized
/// feed is reported as such rather than cut off.
pub const MAX_READ_BYTES: u64 = 16 * 1024 * 1024;

/// Why a feed could not be read.
#[derive(Debug)]
pub enum SourceError {
    /// The file (or standard input) could not be read.
    File {
        /// The path as given.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The URL could not be fetched, or answered with an error status.
    Http {
        /// The URL as given.
        url: String,
        /// What went wrong.
        source: Box<ureq::Error>,
    },
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourceError::File { path, source } => write!(f, "cannot read {path}: {source}"),
            SourceError::Http { url, source } => write!(f, "cannot fetch {url}: {source}"),
        }
    }
}

impl std::error::Error for SourceError {}

/// Reads `input`: an `http://` or `https://` URL is fetched (as the widget would, following
/// redirects, 30 s at most), `-` is standard input, anything else a file path.
///
/// # Errors
/// [`SourceError`] when it cannot be read; a non-2xx answer is an error too.
pub fn read(input: &str) -> Result<Vec<u8>, SourceError> {
    if input.starts_with("http://") || input.starts_with("https://") {
        return fetch(input).map_err(|source| SourceError::Http {
            url: input.to_owned(),
            source: Box::new(source),
        });
    }
    let file_error = |source| SourceError::File {
        path: input.to_owned(),
        source,
    };
    if input == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(MAX_READ_BYTES)
            .read_to_end(&mut bytes)
            .map_err(file_error)?;
        return Ok(bytes);
    }
    std::fs::read(input).map_err(file_error)
}

fn fetch(url: &str) -> Result<Vec<u8>, ureq::Error> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into();
    let mut response = agent
        .get(url)
        .header(
            "Accept",
            "application/feed+json, application/ld+json;q=0.9, application/json;q=0.8",
        )
        .call()?;
    response
        .body_mut()
        .with_config()
        .limit(MAX_READ_BYTES)
        .read_to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_says_which() {
        let error = read("/nonexistent/feed.json").expect_err("no such file");
        assert!(error
            .to_string()
            .starts_with("cannot read /nonexistent/feed.json: "));
    }
}

//! The embed's options: every name, default and meaning in one table.
//!
//! A publisher sets them as `data-liveblog-NAME` attributes, as plain attributes on
//! `<live-blog>`, or as keys of the object given to `LiveBlog.mount` (camelCase works there too).
//! [`OPTIONS`] is the one place defaults are written down; the README's options table is checked
//! against it by a test.

use super::schedule::{DEFAULT_INTERVAL_SECS, FLOOR_SECS};
use std::fmt;

/// One documented option.
#[derive(Clone, Copy, Debug)]
pub struct OptionSpec {
    /// The name after `data-liveblog-`.
    pub name: &'static str,
    /// The default, as the README states it.
    pub default: &'static str,
    /// What it does.
    pub meaning: &'static str,
}

/// The number of updates shown before "Show more" when `page-size` is not set.
pub const DEFAULT_PAGE_SIZE: usize = 20;
/// The largest accepted `page-size`.
pub const MAX_PAGE_SIZE: usize = 500;

/// Every option, with its default: the table the README repeats.
pub const OPTIONS: [OptionSpec; 7] = [
    OptionSpec {
        name: "feed",
        default: "(required)",
        meaning: "URL of the JSON Feed, absolute or relative to the page",
    },
    OptionSpec {
        name: "poll-interval",
        default: "the feed's `poll_interval`, else 15",
        meaning: "seconds between polls; never below 5; the widget adds ±20 % jitter",
    },
    OptionSpec {
        name: "locale",
        default: "the feed's `language`, else the page's `<html lang>`, else `en`",
        meaning: "BCP 47 language tag for dates and the widget's own words",
    },
    OptionSpec {
        name: "strings",
        default: "none",
        meaning: "a JSON object replacing any of the widget's words, by key (docs/languages.md)",
    },
    OptionSpec {
        name: "theme",
        default: "`light`",
        meaning: "`light`, `dark`, or `auto` (follows the reader's `prefers-color-scheme`)",
    },
    OptionSpec {
        name: "page-size",
        default: "20",
        meaning: "updates shown before \"Show more\" (1 to 500)",
    },
    OptionSpec {
        name: "from-page",
        default: "`false`",
        meaning: "`true` (or present without a value): show the page's own `LiveBlogPosting` JSON-LD at once, then poll the feed",
    },
];

/// The colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`: for pages that follow it too.
    Auto,
    /// Dark text on the page's own background: the default, as most article pages are light.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
}

impl Theme {
    /// The value written to the widget's `data-theme` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// A widget's settings, read from its host element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The feed URL as given (the browser resolves it against the page).
    pub feed: String,
    /// Seconds between polls, when the embed sets it.
    pub poll_interval: Option<u32>,
    /// The locale, when the embed sets it.
    pub locale: Option<String>,
    /// The publisher's replacements for the widget's words: a JSON object, read by the browser.
    pub strings: Option<String>,
    /// The colour scheme.
    pub theme: Theme,
    /// Updates shown before "Show more".
    pub page_size: usize,
    /// Whether the first paint comes from the page's own `LiveBlogPosting` JSON-LD.
    pub from_page: bool,
}

/// A problem with an option's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionError {
    /// No `feed` option, or an empty one: the widget has nothing to show.
    MissingFeed,
    /// An option's value is not one it accepts; the default is used instead.
    Invalid {
        /// The option's name.
        name: &'static str,
        /// The value given.
        value: String,
    },
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptionError::MissingFeed => {
                f.write_str("no feed URL: set data-liveblog-feed on the element")
            }
            OptionError::Invalid { name, value } => {
                write!(
                    f,
                    "data-liveblog-{name}=\"{value}\" is not valid; using the default"
                )
            }
        }
    }
}

impl Options {
    /// Reads options from `(name, value)` pairs, names without the `data-liveblog-` prefix.
    /// Unknown names are ignored. A bad value falls back to its default and is reported in the
    /// returned list; only a missing feed is an error.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<(Options, Vec<OptionError>), OptionError> {
        let mut warnings = Vec::new();
        let mut options = Options {
            feed: String::new(),
            poll_interval: None,
            locale: None,
            strings: None,
            theme: Theme::Light,
            page_size: DEFAULT_PAGE_SIZE,
            from_page: false,
        };
        for (name, value) in pairs {
            let value = value.trim();
            let mut invalid = |name: &'static str| {
                warnings.push(OptionError::Invalid {
                    name,
                    value: value.to_owned(),
                })
            };
            match name {
                "feed" => options.feed = value.to_owned(),
                "poll-interval" => match whole_seconds(value) {
                    Some(secs) => options.poll_interval = Some(secs),
                    None => invalid("poll-interval"),
                },
                "locale" if is_language_tag(value) => options.locale = Some(value.to_owned()),
                "locale" => invalid("locale"),
                "strings" if value.starts_with('{') => options.strings = Some(value.to_owned()),
                "strings" => invalid("strings"),
                "theme" => match value {
                    "auto" => options.theme = Theme::Auto,
                    "light" => options.theme = Theme::Light,
                    "dark" => options.theme = Theme::Dark,
                    _ => invalid("theme"),
                },
                "page-size" => match value.parse::<usize>() {
                    Ok(size) if (1..=MAX_PAGE_SIZE).contains(&size) => options.page_size = size,
                    _ => invalid("page-size"),
                },
                "from-page" => match value {
                    "" | "true" => options.from_page = true,
                    "false" => options.from_page = false,
                    _ => invalid("from-page"),
                },
                _ => {}
            }
        }
        if options.feed.is_empty() {
            return Err(OptionError::MissingFeed);
        }
        Ok((options, warnings))
    }
}

/// Reads a positive decimal number of seconds ("30", "7.5", ".5"), rounded up and capped at a
/// day. Written out by hand: Rust's float parser would add about 14 KB gzip to the widget.
fn whole_seconds(value: &str) -> Option<u32> {
    const DAY: u64 = 86_400;
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !digits(whole) || !digits(fraction) {
        return None;
    }
    let mut secs = whole.bytes().fold(0u64, |secs, digit| {
        (secs * 10 + u64::from(digit - b'0')).min(DAY)
    });
    if fraction.bytes().any(|digit| digit != b'0') {
        secs += 1;
    }
    u32::try_from(secs.min(DAY)).ok().filter(|secs| *secs > 0)
}

/// A loose check for a BCP 47 tag (`en`, `pt-BR`, `zh-Hant-TW`): what `Intl` will not choke on.
fn is_language_tag(value: &str) -> bool {
    let mut parts = value.split(['-', '_']);
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

// Keeps the documented defaults honest.
const _: () = assert!(DEFAULT_INTERVAL_SECS == 15 && FLOOR_SECS == 5 && DEFAULT_PAGE_SIZE == 20);

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> Result<(Options, Vec<OptionError>), OptionError> {
        Options::parse(pairs.iter().copied())
    }

    #[test]
    fn a_feed_alone_gets_every_default() {
        let (options, warnings) = parse(&[("feed", "/live.json")]).expect("valid");
        assert_eq!(
            options,
            Options {
                feed: "/live.json".into(),
                poll_interval: None,
                locale: None,
                strings: None,
                theme: Theme::Light,
                page_size: 20,
                from_page: false,
            }
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn every_option_is_read() {
        let (options, warnings) = parse(&[
            ("feed", " https://news.example/feed.json "),
            ("poll-interval", "30"),
            ("locale", "pt-BR"),
            ("strings", r#"{"live": "On air"}"#),
            ("theme", "dark"),
            ("page-size", "5"),
            ("from-page", "true"),
            ("unknown", "ignored"),
        ])
        .expect("valid");
        assert_eq!(options.feed, "https://news.example/feed.json");
        assert_eq!(options.poll_interval, Some(30));
        assert_eq!(options.locale.as_deref(), Some("pt-BR"));
        assert_eq!(options.strings.as_deref(), Some(r#"{"live": "On air"}"#));
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.page_size, 5);
        assert!(options.from_page);
        assert!(warnings.is_empty());
    }

    #[test]
    fn from_page_is_on_when_present_without_a_value() {
        let from_page = |value: &str| {
            parse(&[("feed", "f"), ("from-page", value)]).map(|(options, _)| options.from_page)
        };
        assert_eq!(from_page(""), Ok(true));
        assert_eq!(from_page("true"), Ok(true));
        assert_eq!(from_page("false"), Ok(false));
    }

    #[test]
    fn a_missing_or_empty_feed_is_an_error() {
        assert_eq!(parse(&[]), Err(OptionError::MissingFeed));
        assert_eq!(parse(&[("feed", "  ")]), Err(OptionError::MissingFeed));
    }

    #[test]
    fn bad_values_fall_back_to_defaults_with_a_warning() {
        let (options, warnings) = parse(&[
            ("feed", "f.json"),
            ("poll-interval", "soon"),
            ("locale", "<script>"),
            ("strings", "On air"),
            ("theme", "purple"),
            ("page-size", "0"),
            ("from-page", "yes"),
        ])
        .expect("valid");
        assert_eq!(options.poll_interval, None);
        assert_eq!(options.locale, None);
        assert_eq!(options.theme, Theme::Light);
        assert_eq!(options.page_size, DEFAULT_PAGE_SIZE);
        let names: Vec<_> = warnings
            .iter()
            .filter_map(|w| match w {
                OptionError::Invalid { name, .. } => Some(*name),
                OptionError::MissingFeed => None,
            })
            .collect();
        assert_eq!(
            names,
            [
                "poll-interval",
                "locale",
                "strings",
                "theme",
                "page-size",
                "from-page"
            ]
        );
        assert_eq!(
            warnings[0].to_string(),
            "data-liveblog-poll-interval=\"soon\" is not valid; using the default"
        );
    }

    #[test]
    fn intervals_are_positive_decimal_seconds() {
        let interval = |value: &str| {
            parse(&[("feed", "f"), ("poll-interval", value)])
                .map(|(options, _)| options.poll_interval)
        };
        assert_eq!(interval("30"), Ok(Some(30)));
        assert_eq!(interval(" 10 "), Ok(Some(10)));
        assert_eq!(interval(".5"), Ok(Some(1)));
        assert_eq!(interval("5.000"), Ok(Some(5)));
        assert_eq!(interval("99999999999999999999"), Ok(Some(86_400)));
        for bad in ["0", "0.0", "", ".", "-5", "1e2", "ten", "5s", "1.2.3", "+5"] {
            assert_eq!(interval(bad), Ok(None), "{bad:?}");
        }
    }

    #[test]
    fn fractional_intervals_round_up() {
        let (options, _) = parse(&[("feed", "f"), ("poll-interval", "7.5")]).expect("valid");
        assert_eq!(options.poll_interval, Some(8));
    }
}

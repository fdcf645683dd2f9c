//! The domain model: a live blog and its updates, as the widget shows them.

use super::timestamp::Timestamp;
use std::collections::HashMap;
use std::rc::Rc;

/// Where each id is in a list of updates. The one kind of borrowed hash table the core uses
/// (normalising, merging, paging, holding): every other key and value type would compile
/// hashbrown's table code once more into the widget.
pub(crate) type IdIndex<'a> = HashMap<&'a str, usize>;

/// The [`IdIndex`] of `updates`.
pub(crate) fn index_by_id(updates: &[Rc<Update>]) -> IdIndex<'_> {
    updates
        .iter()
        .enumerate()
        .map(|(index, update)| (update.id.as_str(), index))
        .collect()
}

/// A live blog: what one feed URL describes, after normalising and merging.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Feed {
    /// The blog's title; empty when the feed has none.
    pub title: String,
    /// The page the blog lives on.
    pub home_page_url: Option<String>,
    /// The feed's language tag, such as `en-GB`.
    pub language: Option<String>,
    /// Live or closed.
    pub status: Status,
    /// A plain-text banner, such as a closing note.
    pub notice: Option<String>,
    /// The "What you need to know" list, in the publisher's order.
    pub key_points: Vec<String>,
    /// The heading over the key points, when the publisher sets one.
    pub key_points_title: Option<String>,
    /// The publisher's polling hint in whole seconds, at least 1.
    pub poll_interval: Option<u32>,
    /// Where the next, older page of updates is.
    pub next_url: Option<String>,
    /// The updates, newest first, each id once. Shared so that an unchanged update keeps its
    /// allocation across polls and views can skip it cheaply.
    pub updates: Vec<Rc<Update>>,
}

impl Feed {
    /// The update shown in the pinned slot: the newest one marked pinned.
    pub fn pinned(&self) -> Option<&Rc<Update>> {
        self.updates.iter().find(|update| update.pinned)
    }

    /// The newest publication or modification date of any update: "last updated".
    pub fn last_changed(&self) -> Option<Timestamp> {
        self.updates
            .iter()
            .filter_map(|update| update.modified.max(update.published))
            .max()
    }
}

/// Whether a blog still changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// Updates are still coming: the widget polls.
    #[default]
    Live,
    /// The blog will not change again: the widget shows its notice and stops polling.
    Closed,
}

/// One update (a post) of a live blog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Update {
    /// Unique within the feed; also the update's anchor.
    pub id: String,
    /// The update's permalink.
    pub url: Option<String>,
    /// The headline, when it has one.
    pub headline: Option<String>,
    /// The text.
    pub body: Body,
    /// A short summary.
    pub summary: Option<String>,
    /// The pictures: the main one (the item's `image`) first, then the other image attachments
    /// in feed order, each URL once.
    pub images: Vec<Image>,
    /// When it was first published; `None` when the feed's date was missing or unparseable.
    pub published: Option<Timestamp>,
    /// When it was last modified.
    pub modified: Option<Timestamp>,
    /// Who wrote it.
    pub authors: Vec<Author>,
    /// Free-form tags.
    pub tags: Vec<String>,
    /// Other attached files (images are in [`Update::images`]).
    pub attachments: Vec<Attachment>,
    /// Listed among the key events.
    pub key_event: bool,
    /// Asks for the pinned slot.
    pub pinned: bool,
    /// Edited in place since the widget first showed it.
    pub revised: bool,
}

impl Update {
    /// The update's element id in the widget (`lb-` and its id, whitespace made `-`): the
    /// fragment a link to the update uses.
    pub fn anchor(&self) -> String {
        let mut anchor = String::with_capacity(self.id.len() + 3);
        anchor.push_str("lb-");
        anchor.extend(
            self.id
                .chars()
                .map(|c| if c.is_whitespace() { '-' } else { c }),
        );
        anchor
    }

    /// A short line naming the update, for the key-events navigation: its headline, else its
    /// summary, else the start of a plain-text body (cut at a word, at most [`LABEL_CHARS`]).
    pub fn label(&self) -> Option<String> {
        let text = self
            .headline
            .as_deref()
            .or(self.summary.as_deref())
            .or(match &self.body {
                Body::Text(text) => Some(text.as_str()),
                _ => None,
            })?;
        // Whitespace runs become one space; past LABEL_CHARS, cut at the last whole word.
        let mut label = String::new();
        let (mut chars, mut word_end) = (0, 0);
        for word in text.split_whitespace() {
            let spaced = usize::from(!label.is_empty());
            chars += spaced + word.chars().count();
            if chars > LABEL_CHARS {
                if word_end == 0 {
                    label.extend(word.chars().take(LABEL_CHARS));
                    word_end = label.len();
                }
                label.truncate(word_end);
                label.push('…');
                return Some(label);
            }
            if spaced == 1 {
                label.push(' ');
            }
            label.push_str(word);
            word_end = label.len();
        }
        (!label.is_empty()).then_some(label)
    }

    /// The instant that places the update in the timeline: published, else modified.
    pub fn placed_at(&self) -> Option<Timestamp> {
        self.published.or(self.modified)
    }

    /// Whether `self` comes before `other` in the newest-first order: later date first (updates
    /// without a date last), then the greater id (by `place`).
    pub fn is_newer_than(&self, other: &Update) -> bool {
        self.place() > other.place()
    }

    /// Where the update sits in the timeline, greater is newer: its date ([`Update::placed_at`]),
    /// then its id, ids of digits alone by their value ("10" after "9", as a CMS numbers its
    /// posts; longer is greater, leading zeros aside) and above every other id, which compares
    /// as text.
    fn place(&self) -> (Option<Timestamp>, bool, usize, &str) {
        let number = !self.id.is_empty() && self.id.bytes().all(|byte| byte.is_ascii_digit());
        let length = if number { self.id.len() } else { 0 };
        (self.placed_at(), number, length, &self.id)
    }

    /// Whether it says something different from `other`, ignoring the `revised` mark.
    pub fn differs_from(&self, other: &Update) -> bool {
        // Destructured so that a new field cannot be forgotten here.
        let Update {
            id,
            url,
            headline,
            body,
            summary,
            images,
            published,
            modified,
            authors,
            tags,
            attachments,
            key_event,
            pinned,
            revised: _,
        } = self;
        *id != other.id
            || *url != other.url
            || *headline != other.headline
            || *body != other.body
            || *summary != other.summary
            || *images != other.images
            || *published != other.published
            || *modified != other.modified
            || *authors != other.authors
            || *tags != other.tags
            || *attachments != other.attachments
            || *key_event != other.key_event
            || *pinned != other.pinned
    }
}

#[cfg(test)]
impl Update {
    /// A minimal update for tests: plain `text`, published `minute` minutes after the epoch.
    pub(crate) fn sample(id: &str, minute: i64, text: &str) -> Self {
        Update {
            id: id.into(),
            url: None,
            headline: None,
            body: Body::Text(text.into()),
            summary: None,
            images: Vec::new(),
            published: Some(Timestamp(minute * 60_000)),
            modified: None,
            authors: Vec::new(),
            tags: Vec::new(),
            attachments: Vec::new(),
            key_event: false,
            pinned: false,
            revised: false,
        }
    }
}

/// The timeline's order, newest first ([`Update::is_newer_than`]) as a comparator. The one
/// comparator every sort of updates uses, so the sort is compiled once.
pub(crate) fn newest_first(a: &Rc<Update>, b: &Rc<Update>) -> std::cmp::Ordering {
    b.place().cmp(&a.place())
}

/// An update's text: sanitised HTML, or plain text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Body {
    /// `content_html`, not yet sanitised: the view runs it through [`crate::core::sanitize`].
    Html(String),
    /// `content_text`, shown as paragraphs.
    Text(String),
    /// Neither was given.
    #[default]
    Empty,
}

/// The longest [`Update::label`] before it is cut, in characters.
pub const LABEL_CHARS: usize = 80;

/// Visible characters beyond which a pinned post starts folded, with "Read more".
const LONG_POST_CHARS: usize = 600;

impl Body {
    /// Roughly how many characters a reader sees: text outside tags, entities counted as one.
    pub fn visible_chars(&self) -> usize {
        match self {
            Body::Text(text) => text.chars().count(),
            Body::Html(html) => {
                let mut in_tag = false;
                html.chars()
                    .filter(|c| match c {
                        '<' => {
                            in_tag = true;
                            false
                        }
                        '>' if in_tag => {
                            in_tag = false;
                            false
                        }
                        _ => !in_tag,
                    })
                    .count()
            }
            Body::Empty => 0,
        }
    }

    /// Whether it is long enough to fold in the pinned slot.
    pub fn is_long(&self) -> bool {
        self.visible_chars() > LONG_POST_CHARS
    }
}

/// A picture with its alternative text, caption and credit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Image {
    /// An http or https URL.
    pub url: String,
    /// What the picture shows, for screen readers; empty for a decorative picture.
    pub alt: String,
    /// A caption shown under it.
    pub caption: Option<String>,
    /// Who took or owns it, shown after the caption.
    pub credit: Option<String>,
    /// Its width and height in pixels, when the feed gives both: the space it takes is reserved
    /// before it loads. Without them the view reserves a 3:2 box.
    pub size: Option<(u32, u32)>,
}

/// Someone who wrote an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Author {
    /// The name shown.
    pub name: String,
    /// Their page.
    pub url: Option<String>,
}

/// A file attached to an update that is not its picture: audio, a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    /// Where it is.
    pub url: String,
    /// Its title, or the file name when it has none.
    pub title: String,
    /// Its MIME type.
    pub mime_type: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::{Body, Update};

    #[test]
    fn visible_characters_skip_markup() {
        assert_eq!(
            Body::Html("<p>Hi <b>there</b></p>".into()).visible_chars(),
            8
        );
        assert_eq!(Body::Text("Grüße".into()).visible_chars(), 5);
        assert_eq!(Body::Empty.visible_chars(), 0);
    }

    #[test]
    fn long_bodies_fold_and_short_ones_do_not() {
        let words = "word ".repeat(130);
        assert!(Body::Text(words.clone()).is_long());
        assert!(Body::Html(format!("<p>{words}</p>")).is_long());
        assert!(!Body::Html(format!("<p>{}</p>", "<b></b>".repeat(200))).is_long());
        assert!(!Body::Text("A short note.".into()).is_long());
    }

    #[test]
    fn a_label_is_the_headline_else_the_summary_else_the_start_of_the_text() {
        let mut update = Update::sample("a", 1, "  The   barrier\nholds. ");
        assert_eq!(update.label().as_deref(), Some("The barrier holds."));
        update.summary = Some("Summary".into());
        assert_eq!(update.label().as_deref(), Some("Summary"));
        update.headline = Some("Headline".into());
        assert_eq!(update.label().as_deref(), Some("Headline"));
        let long = Update::sample("b", 1, &"wörd ".repeat(30));
        let label = long.label().unwrap_or_default();
        assert!(
            label.ends_with("wörd…") && label.chars().count() <= 81,
            "{label}"
        );
        let html = Update {
            body: Body::Html("<p>x</p>".into()),
            ..Update::sample("c", 1, "")
        };
        assert_eq!(html.label(), None);
        assert_eq!(Update::sample("d", 1, "  ").label(), None);
    }
}

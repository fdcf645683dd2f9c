//! The widget's own words. Every string a reader sees is here, so that a language is one table.
//!
//! English is compiled in. Other languages are JSON files next to the wasm (`i18n/de.json`, ...,
//! written from [`KEYS`]) that the browser layer fetches only for the language in use, and
//! publishers may replace any string: both go through [`Strings::set`].

/// The words of one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Strings {
    /// The badge of a live blog.
    pub live: &'static str,
    /// The badge of a closed blog.
    pub closed: &'static str,
    /// Before the time of the newest change.
    pub last_updated: &'static str,
    /// The key points' heading when the feed sets none.
    pub key_points: &'static str,
    /// The pinned post's label.
    pub pinned: &'static str,
    /// The key-event badge.
    pub key_event: &'static str,
    /// The heading of the key-events navigation.
    pub key_events: &'static str,
    /// The switch that lists only key events.
    pub key_events_only: &'static str,
    /// The button that lists every key event.
    pub show_all: &'static str,
    /// The control that copies a link to an update.
    pub copy_link: &'static str,
    /// Said once the link is copied.
    pub link_copied: &'static str,
    /// Before the time an update was edited.
    pub updated: &'static str,
    /// Before the authors' names.
    pub by: &'static str,
    /// Between the last two authors' names.
    pub and: &'static str,
    /// The label of the list of updates.
    pub updates: &'static str,
    /// The button that reveals older updates.
    pub show_more: &'static str,
    /// The button that opens a long pinned post in full.
    pub read_more: &'static str,
    /// The button that folds it again.
    pub show_less: &'static str,
    /// While the first poll is under way.
    pub loading: &'static str,
    /// A loaded blog without updates.
    pub empty: &'static str,
    /// The first poll failed: nothing to show.
    pub failed_first: &'static str,
    /// A later poll failed: the last good content stays.
    pub failed_refresh: &'static str,
    /// An older page failed: "Show more" tries again.
    pub older_failed: &'static str,
    /// Suffix of the region's accessible name.
    pub live_blog: &'static str,
    /// Announced, and on the button, when exactly one update arrives.
    pub new_update: &'static str,
    /// Announced, and on the button, when `{n}` updates arrive (the plural category "other").
    pub new_updates: &'static str,
    /// The same for the plural category "two", in languages that have it.
    pub new_updates_two: Option<&'static str>,
    /// The same for the plural category "few", in languages that have it.
    pub new_updates_few: Option<&'static str>,
    /// The same for the plural category "many", in languages that have it.
    pub new_updates_many: Option<&'static str>,
    /// The button that loads an embedded video; `{provider}` is the service's name.
    pub embed_load_video: &'static str,
    /// The button that loads an embedded audio player.
    pub embed_load_audio: &'static str,
    /// The button that loads an embedded social post.
    pub embed_load_post: &'static str,
    /// Under the button: what loading it means for the reader's privacy.
    pub embed_privacy: &'static str,
    /// The link to the original, on the provider's site.
    pub embed_open: &'static str,
    /// The loaded iframe's accessible name.
    pub embed_title: &'static str,
}

/// Every key a language file or a publisher's override may set, in the order of [`Strings`].
pub const KEYS: [&str; 35] = [
    "live",
    "closed",
    "last_updated",
    "key_points",
    "pinned",
    "key_event",
    "key_events",
    "key_events_only",
    "show_all",
    "copy_link",
    "link_copied",
    "updated",
    "by",
    "and",
    "updates",
    "show_more",
    "read_more",
    "show_less",
    "loading",
    "empty",
    "failed_first",
    "failed_refresh",
    "older_failed",
    "live_blog",
    "new_update",
    "new_updates",
    "new_updates_two",
    "new_updates_few",
    "new_updates_many",
    "embed_load_video",
    "embed_load_audio",
    "embed_load_post",
    "embed_privacy",
    "embed_open",
    "embed_title",
];

/// Languages with a file in `i18n/` (primary subtags). English is compiled in.
pub const TRANSLATED: [&str; 11] = [
    "ar", "de", "es", "fa", "fr", "he", "pt", "ru", "tr", "uk", "zh",
];

/// The primary language subtag of a BCP 47 tag, lowercased: `pt-BR` → `pt`.
pub fn language_of(locale: &str) -> String {
    locale
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Whether `locale` is written right to left (Arabic, Persian, Hebrew, Urdu and others).
pub fn is_right_to_left(locale: &str) -> bool {
    matches!(
        language_of(locale).as_str(),
        "ar" | "fa" | "he" | "iw" | "ur" | "ps" | "sd" | "ug" | "yi" | "dv" | "ckb"
    )
}

impl Strings {
    /// "1 new update" or "N new updates". `category` is the count's plural category in the
    /// widget's language (`Intl.PluralRules`: "zero", "one", "two", "few", "many" or "other").
    pub fn new_updates(&self, count: usize, category: &str) -> String {
        let template = match category {
            "one" => self.new_update,
            "two" => self.new_updates_two.unwrap_or(self.new_updates),
            "few" => self.new_updates_few.unwrap_or(self.new_updates),
            "many" => self.new_updates_many.unwrap_or(self.new_updates),
            _ => self.new_updates,
        };
        template.replace("{n}", &count.to_string())
    }

    /// One of the embed strings with the provider's name in place of `{provider}`.
    pub fn with_provider(template: &str, provider: &str) -> String {
        template.replace("{provider}", provider)
    }

    /// Sets the string called `key` (one of [`KEYS`]); returns `false`, changing nothing, for an
    /// unknown key. The value lives as long as the page: a table is built once per language and
    /// set of overrides, and kept.
    pub fn set(&mut self, key: &str, value: &'static str) -> bool {
        let field = match key {
            "live" => &mut self.live,
            "closed" => &mut self.closed,
            "last_updated" => &mut self.last_updated,
            "key_points" => &mut self.key_points,
            "pinned" => &mut self.pinned,
            "key_event" => &mut self.key_event,
            "key_events" => &mut self.key_events,
            "key_events_only" => &mut self.key_events_only,
            "show_all" => &mut self.show_all,
            "copy_link" => &mut self.copy_link,
            "link_copied" => &mut self.link_copied,
            "updated" => &mut self.updated,
            "by" => &mut self.by,
            "and" => &mut self.and,
            "updates" => &mut self.updates,
            "show_more" => &mut self.show_more,
            "read_more" => &mut self.read_more,
            "show_less" => &mut self.show_less,
            "loading" => &mut self.loading,
            "empty" => &mut self.empty,
            "failed_first" => &mut self.failed_first,
            "failed_refresh" => &mut self.failed_refresh,
            "older_failed" => &mut self.older_failed,
            "live_blog" => &mut self.live_blog,
            "new_update" => &mut self.new_update,
            "new_updates" => &mut self.new_updates,
            "new_updates_two" => return set_optional(&mut self.new_updates_two, value),
            "new_updates_few" => return set_optional(&mut self.new_updates_few, value),
            "new_updates_many" => return set_optional(&mut self.new_updates_many, value),
            "embed_load_video" => &mut self.embed_load_video,
            "embed_load_audio" => &mut self.embed_load_audio,
            "embed_load_post" => &mut self.embed_load_post,
            "embed_privacy" => &mut self.embed_privacy,
            "embed_open" => &mut self.embed_open,
            "embed_title" => &mut self.embed_title,
            _ => return false,
        };
        *field = value;
        true
    }
}

fn set_optional(field: &mut Option<&'static str>, value: &'static str) -> bool {
    *field = Some(value);
    true
}

/// British and American English.
pub const ENGLISH: Strings = Strings {
    live: "Live",
    closed: "Closed",
    last_updated: "Last updated",
    key_points: "What you need to know",
    pinned: "Pinned",
    key_event: "Key event",
    key_events: "Key events",
    key_events_only: "Key events only",
    show_all: "Show all",
    copy_link: "Copy link",
    link_copied: "Link copied",
    updated: "Updated",
    by: "By",
    and: "and",
    updates: "Updates",
    show_more: "Show more updates",
    read_more: "Read more",
    show_less: "Show less",
    loading: "Loading the live blog…",
    empty: "No updates yet. New ones appear here by themselves.",
    failed_first: "The live blog could not be loaded. Trying again…",
    failed_refresh: "Could not refresh. Showing the last version; trying again…",
    older_failed: "Older updates could not be loaded. Try again.",
    live_blog: "live blog",
    new_update: "{n} new update",
    new_updates: "{n} new updates",
    new_updates_two: None,
    new_updates_few: None,
    new_updates_many: None,
    embed_load_video: "Load {provider} video",
    embed_load_audio: "Load {provider} player",
    embed_load_post: "Load post from {provider}",
    embed_privacy: "Loading it shows content from {provider}, which may set cookies.",
    embed_open: "Open on {provider}",
    embed_title: "Content from {provider}",
};

/// What follows name number `index` of `count` in a list read aloud: ", " between names, " and "
/// before the last one, nothing after it ("A", "A and B", "A, B and C").
pub fn separator(index: usize, count: usize, and: &str) -> Option<String> {
    match count.checked_sub(index) {
        Some(2) => Some(format!(" {and} ")),
        Some(3..) => Some(", ".to_owned()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn join(names: &[&str]) -> String {
        let mut out = String::new();
        for (index, name) in names.iter().enumerate() {
            out.push_str(name);
            out.push_str(&separator(index, names.len(), "and").unwrap_or_default());
        }
        out
    }

    #[test]
    fn counts_of_new_updates_read_naturally() {
        assert_eq!(ENGLISH.new_updates(1, "one"), "1 new update");
        assert_eq!(ENGLISH.new_updates(3, "other"), "3 new updates");
    }

    #[test]
    fn plural_categories_fall_back_to_other() {
        let mut russian = ENGLISH;
        assert!(russian.set("new_update", "{n} новое обновление"));
        assert!(russian.set("new_updates", "{n} новых обновлений"));
        assert!(russian.set("new_updates_few", "{n} новых обновления"));
        assert_eq!(russian.new_updates(21, "one"), "21 новое обновление");
        assert_eq!(russian.new_updates(3, "few"), "3 новых обновления");
        assert_eq!(russian.new_updates(5, "many"), "5 новых обновлений");
        assert_eq!(russian.new_updates(2, "two"), "2 новых обновлений");
    }

    #[test]
    fn every_key_can_be_set_and_unknown_keys_change_nothing() {
        for key in KEYS {
            let mut strings = ENGLISH;
            assert!(strings.set(key, "☃"), "{key}");
            assert_ne!(strings, ENGLISH, "{key} changed a field");
        }
        let mut strings = ENGLISH;
        assert!(!strings.set("show_fewer", "x"));
        assert_eq!(strings, ENGLISH);
    }

    #[test]
    fn embed_strings_name_the_provider() {
        assert_eq!(
            Strings::with_provider(ENGLISH.embed_load_post, "X"),
            "Load post from X"
        );
        assert_eq!(
            Strings::with_provider(ENGLISH.embed_privacy, "YouTube"),
            "Loading it shows content from YouTube, which may set cookies."
        );
    }

    #[test]
    fn languages_and_their_direction() {
        assert_eq!(language_of("pt-BR"), "pt");
        assert_eq!(language_of("zh_Hant_TW"), "zh");
        assert_eq!(language_of("EN"), "en");
        assert!(is_right_to_left("ar-EG"));
        assert!(is_right_to_left("fa"));
        assert!(is_right_to_left("he-IL"));
        assert!(!is_right_to_left("de"));
        assert!(!is_right_to_left("tr"));
    }

    #[test]
    fn names_are_joined_with_commas_and_a_final_and() {
        assert_eq!(join(&[]), "");
        assert_eq!(join(&["Ana"]), "Ana");
        assert_eq!(join(&["Ana", "Ben"]), "Ana and Ben");
        assert_eq!(join(&["Ana", "Ben", "Cy"]), "Ana, Ben and Cy");
    }
}

//! The widget's own words. English only for now; every string a reader sees is here, so that
//! translations replace this table rather than hunt through the views.

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
    /// While the first poll is under way.
    pub loading: &'static str,
    /// A loaded blog without updates.
    pub empty: &'static str,
    /// The first poll failed: nothing to show.
    pub failed_first: &'static str,
    /// A later poll failed: the last good content stays.
    pub failed_refresh: &'static str,
    /// Suffix of the region's accessible name.
    pub live_blog: &'static str,
    /// Announced, and on the button, when exactly one update arrives.
    pub new_update: &'static str,
    /// Announced, and on the button, when `{n}` updates arrive.
    pub new_updates: &'static str,
}

impl Strings {
    /// "1 new update" or "N new updates".
    pub fn new_updates(&self, count: usize) -> String {
        if count == 1 {
            self.new_update.to_owned()
        } else {
            self.new_updates.replace("{n}", &count.to_string())
        }
    }
}

/// British and American English.
pub const ENGLISH: Strings = Strings {
    live: "Live",
    closed: "Closed",
    last_updated: "Last updated",
    key_points: "What you need to know",
    pinned: "Pinned",
    key_event: "Key event",
    updated: "Updated",
    by: "By",
    and: "and",
    updates: "Updates",
    show_more: "Show more updates",
    loading: "Loading the live blog…",
    empty: "No updates yet. New ones appear here by themselves.",
    failed_first: "The live blog could not be loaded. Trying again…",
    failed_refresh: "Could not refresh. Showing the last version; trying again…",
    live_blog: "live blog",
    new_update: "1 new update",
    new_updates: "{n} new updates",
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
        assert_eq!(ENGLISH.new_updates(1), "1 new update");
        assert_eq!(ENGLISH.new_updates(3), "3 new updates");
    }

    #[test]
    fn names_are_joined_with_commas_and_a_final_and() {
        assert_eq!(join(&[]), "");
        assert_eq!(join(&["Ana"]), "Ana");
        assert_eq!(join(&["Ana", "Ben"]), "Ana and Ben");
        assert_eq!(join(&["Ana", "Ben", "Cy"]), "Ana, Ben and Cy");
    }
}

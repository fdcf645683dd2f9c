//! A set of ids: the updates held or fresh in a [`Blog`](super::Blog), the older pages fetched.

/// Ids kept sorted, looked up by binary search. Such a set holds a few ids, a few hundred at most
/// (the updates of a reveal), so a lookup takes a few comparisons: a `HashSet<String>` compiled
/// hashbrown's table code for `String` keys into the widget once more, beside the core's one
/// borrowed index (`model::IdIndex`), 2 KB of code and 121 B gzip (docs/size.md).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdSet(Vec<String>);

impl IdSet {
    /// Whether `id` is in the set.
    pub fn contains(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Adds `id`, once.
    pub fn insert(&mut self, id: String) {
        if let Err(at) = self.find(&id) {
            self.0.insert(at, id);
        }
    }

    /// Keeps the ids for which `keep` is true.
    pub fn retain(&mut self, keep: impl FnMut(&String) -> bool) {
        self.0.retain(keep);
    }

    /// How many ids there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Empties the set.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|probe| probe.as_str().cmp(id))
    }
}

impl Extend<String> for IdSet {
    fn extend<T: IntoIterator<Item = String>>(&mut self, ids: T) {
        for id in ids {
            self.insert(id);
        }
    }
}

impl FromIterator<String> for IdSet {
    fn from_iter<T: IntoIterator<Item = String>>(ids: T) -> Self {
        let mut set = Self::default();
        set.extend(ids);
        set
    }
}

#[cfg(test)]
mod tests {
    use super::IdSet;

    #[test]
    fn holds_each_id_once_whatever_the_order_they_come_in() {
        let mut set: IdSet = ["b", "a", "c", "a"].map(String::from).into_iter().collect();
        assert_eq!(set.len(), 3);
        assert!(["a", "b", "c"].iter().all(|id| set.contains(id)));
        assert!(!set.contains("d") && !set.contains(""));
        set.insert("b".into());
        set.extend(["d".to_owned()]);
        assert_eq!(set.len(), 4);
        set.retain(|id| id != "a");
        assert!(!set.contains("a") && set.contains("d"));
        set.clear();
        assert!(set.is_empty() && !set.contains("b"));
    }
}

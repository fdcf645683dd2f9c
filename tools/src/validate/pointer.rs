//! JSON pointers (RFC 6901) to the problems `validate` reports.

use std::fmt;

/// A JSON pointer such as `/items/3/date_published`; the empty pointer is the whole document.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pointer(String);

impl Pointer {
    /// The whole document.
    pub fn root() -> Self {
        Self::default()
    }

    /// The member `key` of the object this points at (`~` and `/` escaped as RFC 6901 asks).
    pub fn key(&self, key: &str) -> Self {
        let mut pointer = self.0.clone();
        pointer.push('/');
        pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
        Self(pointer)
    }

    /// The element `index` of the array this points at.
    pub fn index(&self, index: usize) -> Self {
        Self(format!("{}/{index}", self.0))
    }

    /// The pointer as RFC 6901 writes it (`""` for the whole document).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// As the pointer, except the whole document, which reads `(root)` rather than nothing.
impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("(root)")
        } else {
            f.write_str(&self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_escaped_and_indexes_appended() {
        let pointer = Pointer::root().key("items").index(3).key("a/b~c");
        assert_eq!(pointer.as_str(), "/items/3/a~1b~0c");
        assert_eq!(
            Pointer::root().key("@graph").index(0).to_string(),
            "/@graph/0"
        );
        assert_eq!(Pointer::root().to_string(), "(root)");
    }

    #[test]
    fn a_pointer_finds_what_it_names() {
        let document = serde_json::json!({"items": [{}, {"a/b~c": 1}]});
        let pointer = Pointer::root().key("items").index(1).key("a/b~c");
        assert_eq!(
            document.pointer(pointer.as_str()),
            Some(&serde_json::json!(1))
        );
    }
}

//! The items of the last poll, by their JSON text, with what each was normalised to.
//!
//! A poll of a big feed brings back mostly the items of the poll before. Reading an item through
//! serde-wasm-bindgen copies every string of it into the wasm memory, and normalising it resolves
//! each of its URLs with the browser's URL parser: most of a poll's time on a 1,000-update feed.
//! An item whose `JSON.stringify` text is the same as an item of the last poll normalises to the
//! same update ([`normalize_item`] depends on nothing else but the feed's URL), so its update is
//! reused, allocation and all, and the item is not read at all. The texts stay in the JS heap;
//! only the index of each crosses into the wasm.

use crate::core::normalize::{normalize_item, Resolve};
use crate::core::wire::WireItem;
use crate::core::Update;
use js_sys::{Array, Map, JSON};
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// The last successful poll's items of one feed URL.
#[derive(Default)]
pub struct KnownItems {
    /// The feed's URL, which the updates' links were resolved against.
    url: String,
    /// Each item's JSON text → its index in `updates`.
    texts: Option<Map>,
    /// What each item normalised to (`None`: it was left out).
    updates: Vec<Option<Rc<Update>>>,
}

/// A poll's items split into those known from the last poll and those to read.
pub struct Sorted {
    /// Per item, in feed order: `Some` with the known result, or `None` when it has to be read.
    slots: Vec<Option<Option<Rc<Update>>>>,
    /// Each item's JSON text, in feed order.
    texts: Vec<JsValue>,
    /// The items to read, in feed order.
    pub unknown: Array,
}

impl Sorted {
    /// `count` items, none of them known (nothing to remember them by).
    pub fn unknown(count: usize) -> Self {
        Self {
            slots: (0..count).map(|_| None).collect(),
            texts: Vec::new(),
            unknown: Array::new(),
        }
    }
}

impl KnownItems {
    /// Sorts the items of a poll of `url` into known ones and ones to read.
    pub fn sort(&self, url: &str, items: &Array) -> Sorted {
        let texts_known = self.texts.as_ref().filter(|_| self.url == url);
        let count = items.length();
        let mut sorted = Sorted {
            slots: Vec::with_capacity(count as usize),
            texts: Vec::with_capacity(count as usize),
            unknown: Array::new(),
        };
        for index in 0..count {
            let item = items.get(index);
            let text = JSON::stringify(&item).map_or(JsValue::UNDEFINED, JsValue::from);
            let known = texts_known
                .filter(|_| text.is_string())
                .and_then(|texts| texts.get(&text).as_f64())
                .and_then(|known| self.updates.get(known as usize));
            match known {
                Some(update) => sorted.slots.push(Some(update.clone())),
                None => {
                    sorted.unknown.push(&item);
                    sorted.slots.push(None);
                }
            }
            sorted.texts.push(text);
        }
        sorted
    }

    /// Normalises the items that were read (`read`: the `unknown` ones of `sorted`, in order)
    /// and returns every item's update in feed order. Remembers them all for the next poll only
    /// when `commit` is then called: a poll that fails changes nothing.
    pub fn complete(
        sorted: Sorted,
        read: Vec<WireItem>,
        resolve: Resolve,
    ) -> (Vec<Rc<Update>>, Remembered) {
        let mut read = read.into_iter();
        let updates: Vec<Option<Rc<Update>>> = sorted
            .slots
            .into_iter()
            .map(|slot| match slot {
                Some(known) => known,
                None => read
                    .next()
                    .and_then(|item| normalize_item(item, resolve))
                    .map(Rc::new),
            })
            .collect();
        let shown = updates.iter().flatten().cloned().collect();
        (
            shown,
            Remembered {
                texts: sorted.texts,
                updates,
            },
        )
    }

    /// Remembers a successful poll of `url`.
    pub fn commit(&mut self, url: &str, remembered: Remembered) {
        let texts = Map::new();
        for (index, text) in remembered.texts.iter().enumerate() {
            if text.is_string() {
                texts.set(text, &JsValue::from(index as u32));
            }
        }
        self.url = url.to_owned();
        self.texts = Some(texts);
        self.updates = remembered.updates;
    }
}

/// A poll's items and their updates, for [`KnownItems::commit`].
pub struct Remembered {
    texts: Vec<JsValue>,
    updates: Vec<Option<Rc<Update>>>,
}

//! Which cards a render keeps: the cards shown are matched to the updates now wanted by id, so
//! that a poll that adds one update writes one card and leaves the others alone.

use super::model::index_by_id;
use super::Update;
use std::rc::Rc;

/// What becomes of a wanted update's card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The shown card at this index stays as it is: its update did not change.
    Keep(usize),
    /// The shown card at this index shows an older version of the update: it is written again,
    /// and the card in the page brought up to date from that.
    Rewrite(usize),
    /// A card to write: the update is not shown yet.
    Write,
}

/// How to go from the cards shown to the updates wanted.
#[derive(Debug, PartialEq, Eq)]
pub struct Plan {
    /// Per wanted update, in order.
    pub steps: Vec<Step>,
    /// The shown cards that stay (kept or rewritten) stand in the wanted order already: only
    /// the new ones need placing. Otherwise every card is placed again (an update moved: rare).
    pub in_order: bool,
}

impl Plan {
    /// The shown cards that go: those no wanted update keeps or rewrites.
    pub fn dropped(&self, shown: usize) -> Vec<usize> {
        let mut stays = vec![false; shown];
        for step in &self.steps {
            if let Step::Keep(at) | Step::Rewrite(at) = *step {
                stays[at] = true;
            }
        }
        (0..shown).filter(|&at| !stays[at]).collect()
    }
}

/// Matches `wanted` to `shown` by id. A card is kept when its update is the same allocation
/// (unchanged updates keep theirs from poll to poll) or equal.
pub fn plan(shown: &[Rc<Update>], wanted: &[Rc<Update>]) -> Plan {
    let index = index_by_id(shown);
    let mut used = vec![false; shown.len()];
    let mut last = None;
    let mut in_order = true;
    let steps = wanted
        .iter()
        .map(|update| {
            let Some(&at) = index.get(update.id.as_str()).filter(|&&at| !used[at]) else {
                return Step::Write;
            };
            used[at] = true;
            in_order &= last.is_none_or(|last| at > last);
            last = Some(at);
            if Rc::ptr_eq(&shown[at], update) || shown[at] == *update {
                Step::Keep(at)
            } else {
                Step::Rewrite(at)
            }
        })
        .collect();
    Plan { steps, in_order }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn update(id: &str, text: &str) -> Rc<Update> {
        Rc::new(Update::sample(id, 1, text))
    }

    #[test]
    fn a_new_update_is_written_and_the_others_kept_in_order() {
        let (a, b) = (update("a", "A"), update("b", "B"));
        let new = update("c", "C");
        let plan = plan(&[a.clone(), b.clone()], &[new, a, b]);
        assert_eq!(plan.steps, [Step::Write, Step::Keep(0), Step::Keep(1)]);
        assert!(plan.in_order);
        assert!(plan.dropped(2).is_empty());
    }

    #[test]
    fn an_edit_is_rewritten_in_place_and_a_deletion_dropped() {
        let (a, b, c) = (update("a", "A"), update("b", "B"), update("c", "C"));
        let edited = update("b", "B, edited");
        let plan = plan(&[a.clone(), b, c], &[a, edited]);
        assert_eq!(plan.steps, [Step::Keep(0), Step::Rewrite(1)]);
        assert!(plan.in_order);
        assert_eq!(plan.dropped(3), [2]);
    }

    #[test]
    fn an_equal_update_in_a_new_allocation_is_kept() {
        let plan = plan(&[update("a", "A")], &[update("a", "A")]);
        assert_eq!(plan.steps, [Step::Keep(0)]);
    }

    #[test]
    fn a_move_places_every_card_again() {
        let (a, b) = (update("a", "A"), update("b", "B"));
        let plan = plan(&[a.clone(), b.clone()], &[b, a]);
        assert_eq!(plan.steps, [Step::Keep(1), Step::Keep(0)]);
        assert!(!plan.in_order);
    }

    #[test]
    fn an_id_wanted_twice_keeps_its_card_once() {
        let a = update("a", "A");
        let plan = plan(std::slice::from_ref(&a), &[a.clone(), a.clone()]);
        assert_eq!(plan.steps, [Step::Keep(0), Step::Write]);
    }
}

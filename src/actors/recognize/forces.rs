//! The armed forces of a state, as the claim extractor asks for them ("the army", "the
//! military" stand for the forces of the state last named).

use super::Recognizer;
use crate::actors::pack::Kind;
use crate::actors::ActorRef;

impl Recognizer {
    /// The armed forces a reference to "the military" may mean when `r` was named last:
    /// the forces of a state, or the forces themselves.
    pub fn forces_of(&self, r: ActorRef) -> Option<ActorRef> {
        let ActorRef::Pack(i) = r else { return None };
        if let Some(&f) = self.forces_of.get(&i) {
            return Some(ActorRef::Pack(f));
        }
        self.forces_of
            .values()
            .any(|&f| f == i)
            .then_some(ActorRef::Pack(i))
    }

    /// The state whose armed forces `r` is ("Rwandan troops" are Rwanda's), if any.
    pub fn state_of_forces(&self, r: ActorRef) -> Option<ActorRef> {
        let ActorRef::Pack(i) = r else { return None };
        self.forces_of
            .iter()
            .find(|&(&state, &f)| f == i && state != i)
            .map(|(&state, _)| ActorRef::Pack(state))
    }

    /// Whether `surface` is the pack's capital of state `r` ("Khartoum" for Sudan): a
    /// capital that stands for a party is its government.
    pub fn is_capital(&self, r: ActorRef, surface: &str) -> bool {
        let ActorRef::Pack(i) = r else { return false };
        self.pack.actors[i].is_seat(surface)
    }

    /// Whether `text` spells the name or a demonym of pack actor `r`, whole or inside
    /// other words ("Fiji's army", "Ugandan exiles").
    pub fn spelled_in(&self, r: ActorRef, text: &str) -> bool {
        let ActorRef::Pack(i) = r else { return false };
        let a = &self.pack.actors[i];
        text.contains(a.name.as_str()) || a.demonyms.iter().any(|d| text.contains(d.as_str()))
    }

    /// The state an agency belongs to, through the pack's parents (the Revolutionary
    /// Guards are Iran's): the state that answers for it.
    pub fn parent_state(&self, r: ActorRef) -> Option<ActorRef> {
        let ActorRef::Pack(i) = r else { return None };
        self.state_of_forces(r)
            .or_else(|| self.parent_chain(i).map(ActorRef::Pack))
    }

    /// The first state up the parents of agency `i` (three steps at most).
    fn parent_chain(&self, i: usize) -> Option<usize> {
        let mut at = i;
        for _ in 0..3 {
            let a = &self.pack.actors[at];
            if a.kind != Kind::Agency {
                return None;
            }
            at = *self.pack.by_id.get(a.parent.as_deref()?)?;
            if self.pack.actors[at].kind == Kind::State {
                return Some(at);
            }
        }
        None
    }
}

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

    /// The state whose armed forces `r` is ("Rwandan troops" are Rwanda's), or whose
    /// agency it is (the pack's parent of the Revolutionary Guards is Iran), if any.
    pub fn state_of_forces(&self, r: ActorRef) -> Option<ActorRef> {
        let ActorRef::Pack(i) = r else { return None };
        let forces = self
            .forces_of
            .iter()
            .find(|&(&state, &f)| f == i && state != i)
            .map(|(&state, _)| ActorRef::Pack(state));
        forces.or_else(|| {
            let a = &self.pack.actors[i];
            let parent = *self.pack.by_id.get(a.parent.as_deref()?)?;
            (a.kind == Kind::Agency && self.pack.actors[parent].kind == Kind::State)
                .then_some(ActorRef::Pack(parent))
        })
    }
}

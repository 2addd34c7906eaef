//! Names merged across documents: the rules by which a discovered name is taken for an
//! actor an earlier document named, and the keys a name is looked up by. The store
//! keeps the keys it is handed and answers look-ups by them (`Seen`); the rules are here.

use super::normalize::{fold, skeleton};
use super::Kind;

/// The keys a name is stored and looked up under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameKeys {
    /// The name up to spelling ("Harakat an-Nur" and "Harakat al-Nour" alike).
    pub skeleton: String,
    /// The first two words of the skeleton: short and long forms of a name share it.
    pub head: String,
    /// A person's surname, up to spelling, when it has at least three letters.
    pub surname: Option<String>,
}

/// The keys of `name`, an actor of `kind`.
pub fn keys(name: &str, kind: Kind) -> NameKeys {
    let skeleton = skeleton(name);
    let head = skeleton.split(' ').take(2).collect::<Vec<_>>().join(" ");
    NameKeys {
        skeleton,
        head,
        surname: surname_key(name, kind),
    }
}

fn surname_key(name: &str, kind: Kind) -> Option<String> {
    if kind != Kind::Person {
        return None;
    }
    let last = name.split_whitespace().last()?;
    let last = last.trim_end_matches("'s").trim_end_matches("’s");
    (last.chars().count() >= 3).then(|| skeleton(last))
}

/// What the store answers about the names of earlier documents, by key.
pub trait Seen {
    type Error;
    /// The discovered actor of `kind` first stored with a name of this skeleton, and
    /// that name.
    fn by_skeleton(
        &mut self,
        skeleton: &str,
        kind: Kind,
    ) -> Result<Option<(i64, String)>, Self::Error>;
    /// Discovered actors of `kind` with a name of this head, each with that name (at most
    /// 50 names).
    fn by_head(&mut self, head: &str, kind: Kind) -> Result<Vec<(i64, String)>, Self::Error>;
    /// The distinct persons with a name of this surname (at most 3).
    fn by_surname(&mut self, surname: &str) -> Result<Vec<i64>, Self::Error>;
}

/// The actor of an earlier document that the discovered `name` (of `kind`, taken for an
/// actor for `reason`, with `keys`) is another name of, with the reason of the merge; none
/// when it is a new actor.
pub fn earlier_actor<S: Seen>(
    seen: &mut S,
    name: &str,
    kind: Kind,
    reason: &str,
    keys: &NameKeys,
) -> Result<Option<(i64, String)>, S::Error> {
    // 1. The same name up to spelling ("Harakat an-Nur" = "Harakat al-Nour").
    if let Some((id, s)) = seen.by_skeleton(&keys.skeleton, kind)? {
        return Ok(Some((id, format!("same name as \"{s}\" up to spelling"))));
    }
    // 2. A short or long form of a name seen before ("Harakat al-Nour" / "... al-Veloria").
    if name.split_whitespace().count() >= 2 {
        let rows = seen.by_head(&keys.head, kind)?;
        let me = &keys.skeleton;
        let prefix = |a: &str, b: &str| b.starts_with(a) && b[a.len()..].starts_with(' ');
        let hits: Vec<&(i64, String)> = rows
            .iter()
            .filter(|(_, s)| {
                let other = skeleton(s);
                prefix(me, &other) || prefix(&other, me)
            })
            .collect();
        if let Some((id, s)) = hits.first() {
            if hits.iter().all(|(i, _)| i == id) {
                return Ok(Some((*id, format!("short or long form of \"{s}\""))));
            }
        }
    }
    // 3. A person named by title and surname ("Sheikh Tessaly") who was named in full elsewhere.
    let Some(sk) = keys.surname.as_deref().filter(|_| kind == Kind::Person) else {
        return Ok(None);
    };
    let rows = seen.by_surname(sk)?;
    // Only a surname, or a surname after a title kept in the name ("Gen. Quell"): "Lina
    // Quell" is not "Tomas Quell".
    let words = fold(name).split(' ').count();
    let titled = reason
        .strip_prefix("title ")
        .is_some_and(|t| name.starts_with(t));
    if rows.len() == 1 && (words == 1 || (titled && words <= 3)) {
        let surname = name.split_whitespace().last().unwrap_or("");
        return Ok(Some((
            rows[0],
            format!("surname {surname} of a person named in full elsewhere"),
        )));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Earlier names, as the store would answer for them.
    struct Earlier(Vec<(i64, &'static str, Kind)>);

    impl Seen for Earlier {
        type Error = ();
        fn by_skeleton(&mut self, sk: &str, kind: Kind) -> Result<Option<(i64, String)>, ()> {
            let hit = self
                .0
                .iter()
                .find(|(_, n, k)| *k == kind && skeleton(n) == sk);
            Ok(hit.map(|(id, n, _)| (*id, n.to_string())))
        }
        fn by_head(&mut self, head: &str, kind: Kind) -> Result<Vec<(i64, String)>, ()> {
            let of = |n: &str| keys(n, kind).head;
            let hits = self
                .0
                .iter()
                .filter(|(_, n, k)| *k == kind && of(n) == head);
            Ok(hits.map(|(id, n, _)| (*id, n.to_string())).collect())
        }
        fn by_surname(&mut self, sk: &str) -> Result<Vec<i64>, ()> {
            let of = |n: &str| keys(n, Kind::Person).surname;
            let hits = self
                .0
                .iter()
                .filter(|(_, n, k)| *k == Kind::Person && of(n).as_deref() == Some(sk));
            Ok(hits.map(|(id, _, _)| *id).collect())
        }
    }

    fn merged(earlier: &mut Earlier, name: &str, kind: Kind, reason: &str) -> Option<i64> {
        let keys = keys(name, kind);
        earlier_actor(earlier, name, kind, reason, &keys)
            .unwrap()
            .map(|(id, _)| id)
    }

    #[test]
    fn names_merge_by_spelling_short_form_and_surname() {
        let mut earlier = Earlier(vec![
            (1, "Harakat al-Nour", Kind::Organization),
            (2, "Tomas Quell", Kind::Person),
        ]);
        let org = Kind::Organization;
        assert_eq!(merged(&mut earlier, "Harakat al-Nour", org, ""), Some(1));
        assert_eq!(
            merged(&mut earlier, "Harakat al-Nour al-Veloria", org, ""),
            Some(1)
        );
        let person = Kind::Person;
        assert_eq!(merged(&mut earlier, "Quell", person, ""), Some(2));
        assert_eq!(
            merged(&mut earlier, "Gen. Quell", person, "title Gen."),
            Some(2)
        );
        // Another given name is another person.
        assert_eq!(merged(&mut earlier, "Lina Quell", person, ""), None);
        // A name of another kind is another actor.
        assert_eq!(merged(&mut earlier, "Tomas Quell", org, ""), None);
    }
}

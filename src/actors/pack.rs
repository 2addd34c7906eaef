//! Packs: actor knowledge and the lexicon, as TOML data. The default pack and lexicon
//! are embedded in the binary (converted to JSON by `build.rs`, which parses faster);
//! `--pack FILE` adds user packs over them.

use serde::Deserialize;
use std::collections::HashMap;

/// `packs/default.toml` and `packs/lexicon.toml`, as JSON.
const EMBEDDED: [(&str, &str); 2] = [
    (
        "packs/default.toml (embedded)",
        include_str!(concat!(env!("OUT_DIR"), "/default.json")),
    ),
    (
        "packs/lexicon.toml (embedded)",
        include_str!(concat!(env!("OUT_DIR"), "/lexicon.json")),
    ),
];

/// What kind of party an actor is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize, PartialOrd, Ord,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Organization,
    Person,
    State,
    Agency,
    Igo,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Person => "person",
            Kind::State => "state",
            Kind::Agency => "agency",
            Kind::Igo => "igo",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "organization" => Kind::Organization,
            "person" => Kind::Person,
            "state" => Kind::State,
            "agency" => Kind::Agency,
            "igo" => Kind::Igo,
            _ => return None,
        })
    }
}

/// A known role of a person: `{ role = "leader", of = "al-qaeda" }`.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub role: String,
    pub of: String,
}

/// One actor of a pack.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ActorDef {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub acronyms: Vec<String>,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// A state's capital, which stands for its government ("Kessa said").
    #[serde(default)]
    pub capital: Option<String>,
    /// Other cities that stand for the state's government as its capital does: a seat
    /// of government that is not the capital ("Abidjan", "Cotonou"), or a former capital
    /// in older reporting ("Lagos", "Rangoon").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seats: Vec<String>,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub note: Option<String>,
}

impl ActorDef {
    /// Whether `surface` is one of the cities that stand for the state's government: its
    /// capital or another seat.
    pub fn is_seat(&self, surface: &str) -> bool {
        self.capital
            .iter()
            .chain(&self.seats)
            .any(|c| c.eq_ignore_ascii_case(surface))
    }
}

/// Words the recognizer keys on (`[discovery]` of the lexicon).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Discovery {
    pub organization_heads: Vec<String>,
    pub agency_heads: Vec<String>,
    pub organization_formants: Vec<String>,
    pub name_connectors: Vec<String>,
    pub person_titles: Vec<String>,
    pub person_roles: Vec<String>,
    pub speech_verbs: Vec<String>,
    pub not_names: Vec<String>,
    pub locatives: Vec<String>,
    pub force_nouns: Vec<String>,
    pub intelligence_nouns: Vec<String>,
    pub police_nouns: Vec<String>,
    pub state_heads: Vec<String>,
    pub state_offices: Vec<String>,
    pub state_acts: Vec<String>,
    pub generic_name_words: Vec<String>,
    pub name_particles: Vec<String>,
    pub name_suffixes: Vec<String>,
    pub given_name_titles: Vec<String>,
    pub given_names: Vec<String>,
    pub vessel_nouns: Vec<String>,
    pub region_words: Vec<String>,
    pub party_heads: Vec<String>,
    pub alias_markers: Vec<String>,
    pub place_words: Vec<String>,
    pub organization_nouns: Vec<String>,
    pub group_nouns_after: Vec<String>,
    pub body_verbs: Vec<String>,
    pub not_group_names: Vec<String>,
    pub acronym_nouns: Vec<String>,
    pub not_acronym_groups: Vec<String>,
    pub acronym_thing_nouns: Vec<String>,
    pub unit_heads: Vec<String>,
    pub not_plural_names: Vec<String>,
    pub capital_verbs: Vec<String>,
    pub capital_party_words: Vec<String>,
    pub adjective_nouns: Vec<String>,
    pub function_words: Vec<String>,
    pub person_verbs: Vec<String>,
    pub force_sites: Vec<String>,
    pub border_nouns: Vec<String>,
    #[serde(default)]
    pub possessed_places: Vec<String>,
    #[serde(default)]
    pub operation_words: Vec<String>,
    #[serde(default)]
    pub landform_words: Vec<String>,
}

impl Discovery {
    fn extend(&mut self, other: Discovery) {
        self.organization_heads.extend(other.organization_heads);
        self.agency_heads.extend(other.agency_heads);
        self.organization_formants
            .extend(other.organization_formants);
        self.name_connectors.extend(other.name_connectors);
        self.person_titles.extend(other.person_titles);
        self.person_roles.extend(other.person_roles);
        self.speech_verbs.extend(other.speech_verbs);
        self.not_names.extend(other.not_names);
        self.locatives.extend(other.locatives);
        self.force_nouns.extend(other.force_nouns);
        self.intelligence_nouns.extend(other.intelligence_nouns);
        self.police_nouns.extend(other.police_nouns);
        self.state_heads.extend(other.state_heads);
        self.state_offices.extend(other.state_offices);
        self.state_acts.extend(other.state_acts);
        self.generic_name_words.extend(other.generic_name_words);
        self.name_particles.extend(other.name_particles);
        self.name_suffixes.extend(other.name_suffixes);
        self.given_name_titles.extend(other.given_name_titles);
        self.given_names.extend(other.given_names);
        self.vessel_nouns.extend(other.vessel_nouns);
        self.region_words.extend(other.region_words);
        self.party_heads.extend(other.party_heads);
        self.alias_markers.extend(other.alias_markers);
        self.place_words.extend(other.place_words);
        self.organization_nouns.extend(other.organization_nouns);
        self.group_nouns_after.extend(other.group_nouns_after);
        self.body_verbs.extend(other.body_verbs);
        self.not_group_names.extend(other.not_group_names);
        self.acronym_nouns.extend(other.acronym_nouns);
        self.not_acronym_groups.extend(other.not_acronym_groups);
        self.acronym_thing_nouns.extend(other.acronym_thing_nouns);
        self.unit_heads.extend(other.unit_heads);
        self.not_plural_names.extend(other.not_plural_names);
        self.capital_verbs.extend(other.capital_verbs);
        self.capital_party_words.extend(other.capital_party_words);
        self.adjective_nouns.extend(other.adjective_nouns);
        self.function_words.extend(other.function_words);
        self.person_verbs.extend(other.person_verbs);
        self.force_sites.extend(other.force_sites);
        self.border_nouns.extend(other.border_nouns);
        self.possessed_places.extend(other.possessed_places);
        self.operation_words.extend(other.operation_words);
        self.landform_words.extend(other.landform_words);
    }
}

/// One pack file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    #[serde(default)]
    actor: Vec<ActorDef>,
    #[serde(default)]
    discovery: Option<Discovery>,
    #[serde(default)]
    claims: Option<toml::Table>,
}

/// All packs merged: actors by id (a later pack's entry replaces an earlier one with the
/// same id) and the lexicon.
#[derive(Debug, Clone)]
pub struct Pack {
    pub actors: Vec<ActorDef>,
    pub by_id: HashMap<String, usize>,
    pub discovery: Discovery,
    /// The `[claims]` tables of every pack, in order (read by the claim extractor).
    pub claims: Vec<toml::Table>,
    /// A hash of the texts the pack was loaded from (`store::provenance::packs_hash`).
    pub digest: u64,
}

/// A pack that could not be loaded, with the file and the problem.
#[derive(Debug, Clone)]
pub struct PackError(pub String);

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PackError {}

impl Pack {
    /// The embedded default pack and lexicon.
    pub fn default_pack() -> Pack {
        Pack::load(&[]).expect("the embedded packs are valid (tested)")
    }

    /// The default pack with user packs `(file name, TOML text)` laid over it.
    pub fn load(user: &[(String, String)]) -> Result<Pack, PackError> {
        let mut pack = Pack {
            actors: Vec::new(),
            by_id: HashMap::new(),
            discovery: Discovery::default(),
            claims: Vec::new(),
            digest: crate::store::provenance::packs_hash(user.iter().map(|(_, t)| t.as_str())),
        };
        let embedded = EMBEDDED
            .iter()
            .map(|(name, json)| (*name, serde_json::from_str(json).map_err(|e| e.to_string())));
        let users = user.iter().map(|(name, text)| {
            (
                name.as_str(),
                toml::from_str(text).map_err(|e| e.to_string()),
            )
        });
        for (name, file) in embedded.chain(users) {
            let file: PackFile = file.map_err(|e| PackError(format!("{name}: {e}")))?;
            for a in file.actor {
                if a.id.is_empty() || a.name.trim().is_empty() {
                    return Err(PackError(format!(
                        "{name}: an actor has an empty id or name"
                    )));
                }
                // An empty alias or acronym would match at every position of every text.
                let words = a.aliases.iter().chain(&a.acronyms).chain(&a.demonyms);
                let words = words.chain(&a.capital).chain(&a.seats);
                if words.into_iter().any(|w| w.trim().is_empty()) {
                    return Err(PackError(format!(
                        "{name}: actor {} has an empty alias, acronym, demonym or capital",
                        a.id
                    )));
                }
                match pack.by_id.get(&a.id) {
                    Some(&i) => pack.actors[i] = a,
                    None => {
                        pack.by_id.insert(a.id.clone(), pack.actors.len());
                        pack.actors.push(a);
                    }
                }
            }
            if let Some(d) = file.discovery {
                pack.discovery.extend(d);
            }
            if let Some(c) = file.claims {
                pack.claims.push(c);
            }
        }
        for a in &pack.actors {
            for r in a.parent.iter().chain(a.roles.iter().map(|r| &r.of)) {
                if !pack.by_id.contains_key(r) {
                    return Err(PackError(format!(
                        "actor {} refers to unknown actor id {r:?}",
                        a.id
                    )));
                }
            }
        }
        Ok(pack)
    }

    pub fn get(&self, id: &str) -> Option<&ActorDef> {
        self.by_id.get(id).map(|&i| &self.actors[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_pack_is_valid_and_broad() {
        let p = Pack::default_pack();
        assert!(p.actors.len() >= 300, "{} actors", p.actors.len());
        for kind in [
            Kind::Organization,
            Kind::Person,
            Kind::State,
            Kind::Agency,
            Kind::Igo,
        ] {
            assert!(p.actors.iter().any(|a| a.kind == kind), "{kind:?}");
        }
        assert!(!p.discovery.person_titles.is_empty());
    }

    #[test]
    fn user_pack_overrides_and_reports_errors_with_file_name() {
        let user = r#"
[[actor]]
id = "kessari-front"
name = "Kessari Liberation Front"
kind = "organization"
aliases = ["Kessari Front"]
acronyms = ["KLF"]
"#;
        let p = Pack::load(&[("mine.toml".into(), user.into())]).unwrap();
        assert_eq!(p.get("kessari-front").unwrap().acronyms, vec!["KLF"]);
        let bad = Pack::load(&[("bad.toml".into(), "[[actor]]\nid = 3".into())]).unwrap_err();
        assert!(bad.0.starts_with("bad.toml:"), "{bad}");
        let dangling =
            "[[actor]]\nid = \"x\"\nname = \"X\"\nkind = \"organization\"\nparent = \"nope\"\n";
        assert!(Pack::load(&[("d.toml".into(), dangling.into())])
            .unwrap_err()
            .0
            .contains("nope"));
    }
}

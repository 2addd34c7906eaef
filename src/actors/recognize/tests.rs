use super::*;
use crate::text::sentences;

fn recognizer() -> Recognizer {
    Recognizer::new(Pack::default_pack())
}

/// `(surface, actor name, kind)` of every mention.
fn mentions(r: &Recognizer, text: &str) -> Vec<(String, String, Kind)> {
    let doc = r.recognize(text, &sentences(text));
    doc.mentions
        .iter()
        .map(|m| {
            let (name, kind) = match m.actor {
                ActorRef::Pack(i) => (r.pack.actors[i].name.clone(), r.pack.actors[i].kind),
                ActorRef::Found(i) => (doc.discovered[i].name.clone(), doc.discovered[i].kind),
            };
            (text[m.start..m.end].to_string(), name, kind)
        })
        .collect()
}

fn names_of(found: &[(String, String, Kind)]) -> Vec<String> {
    let mut v: Vec<String> = found.iter().map(|f| f.1.clone()).collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn case_sense_and_word_boundaries() {
    let r = recognizer();
    let m = mentions(
        &r,
        "IS claimed the attack. It is said that Hamas and Hamasville differ.",
    );
    let surfaces: Vec<&str> = m.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(surfaces, vec!["IS", "Hamas"]);
}

#[test]
fn transliteration_variants_hit_one_actor() {
    let r = recognizer();
    let text = "Al Qaeda, al-Qaida and al-Qaeda’s leaders met the Taliban's envoy.";
    let m = mentions(&r, text);
    let qaeda: Vec<&(String, String, Kind)> = m
        .iter()
        .filter(|x| x.0.to_lowercase().contains("qa"))
        .collect();
    assert_eq!(qaeda.len(), 3, "{m:?}");
    assert!(qaeda.iter().all(|x| x.1 == qaeda[0].1));
}

#[test]
fn organizations_discovered_by_head_word_formant_and_acronym() {
    let r = recognizer();
    let text = "Fighters of the Kessari Liberation Front (KLF) took the town. The KLF denied it. \
                Harakat al-Nour al-Veloria sent rockets. Jama'at Nusrat al-Miran wal-Salam grew. \
                The Council of Tamsin Elders mediated. The Cassiar Mountain Front (CMF) struck.";
    let m = mentions(&r, text);
    let names = names_of(&m);
    for want in [
        "Kessari Liberation Front",
        "Harakat al-Nour al-Veloria",
        "Jama'at Nusrat al-Miran wal-Salam",
        "Council of Tamsin Elders",
        "Cassiar Mountain Front",
    ] {
        assert!(names.iter().any(|n| n == want), "{want} not in {names:?}");
    }
    let klf: Vec<_> = m.iter().filter(|x| x.0 == "KLF").collect();
    assert_eq!(klf.len(), 2);
    assert!(klf.iter().all(|x| x.1 == "Kessari Liberation Front"));
}

#[test]
fn a_head_word_may_end_the_name_possessively() {
    let r = recognizer();
    let text = "The Delta Brigade, the Tamsin Liberation Army's armed wing, took the port. \
                The Kessari Defence Council’s envoys left.";
    let m = mentions(&r, text);
    let names = names_of(&m);
    for want in ["Tamsin Liberation Army", "Kessari Defence Council"] {
        assert!(names.iter().any(|n| n == want), "{want} not in {names:?}");
    }
    let army = m.iter().find(|x| x.1 == "Tamsin Liberation Army").unwrap();
    assert_eq!(
        army.0, "Tamsin Liberation Army",
        "the possessive is no part of the mention"
    );
    // Generic words stay generic with a possessive ending.
    let m = mentions(
        &r,
        "Fighters of the National Army's third brigade deserted.",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn persons_by_title_role_and_speech_then_surnames() {
    let r = recognizer();
    let text = "Gen. Marta Quell said the rebels were armed. \"We have the serial numbers,\" Quell told reporters. \
                The group's spokesman Yusuf Darrak denied it. Darrak said so twice. \
                \"We fought,\" said Karim, a soldier. Karim later left. Edmund Pryce-Hale, the team's coordinator, agreed.";
    let m = mentions(&r, text);
    let person = |s: &str| m.iter().find(|x| x.0 == s).map(|x| (x.1.clone(), x.2));
    assert_eq!(
        person("Marta Quell"),
        Some(("Marta Quell".into(), Kind::Person))
    );
    assert_eq!(person("Quell"), Some(("Marta Quell".into(), Kind::Person)));
    assert_eq!(
        person("Darrak"),
        Some(("Yusuf Darrak".into(), Kind::Person))
    );
    assert_eq!(person("Karim").map(|p| p.1), Some(Kind::Person));
    assert_eq!(m.iter().filter(|x| x.0 == "Karim").count(), 2);
    assert_eq!(
        person("Edmund Pryce-Hale"),
        Some(("Edmund Pryce-Hale".into(), Kind::Person))
    );
}

#[test]
fn places_and_sentence_starts_are_not_actors() {
    let r = recognizer();
    let m = mentions(
        &r,
        "In Mirest the fighting went on. Meanwhile Port Aldane was calm. National Army units left. \
         Rebels struck a post in North Vesh, the largest district.",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn short_form_of_a_discovered_name_is_the_same_actor() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Harakat al-Nour al-Veloria is based in the hills. Harakat al-Nour sends weapons.",
    );
    assert_eq!(names_of(&m), vec!["Harakat al-Nour al-Veloria".to_string()]);
    assert_eq!(m.len(), 2);
}

#[test]
fn mentions_carry_their_sentence_and_reason() {
    let r = recognizer();
    let text = "First sentence. The Taliban met al-Qaeda.";
    let doc = r.recognize(text, &sentences(text));
    assert!(doc
        .mentions
        .iter()
        .all(|m| m.sentence == 1 && !m.rule.is_empty()));
}

#[test]
fn demonym_before_an_office_or_a_participle_is_the_state() {
    let r = recognizer();
    let text = "The Angolan foreign minister met Uzbek President Tamar Osk in Tashkent. \
                Qatari-funded clinics opened while Nigerien-backed militias withdrew.";
    let m = mentions(&r, text);
    for (surface, state) in [
        ("Angolan", "Angola"),
        ("Uzbek", "Uzbekistan"),
        ("Qatari", "Qatar"),
        ("Nigerien", "Niger"),
    ] {
        assert!(
            m.iter()
                .any(|x| x.0 == surface && x.1 == state && x.2 == Kind::State),
            "{surface} in {m:?}"
        );
    }
    // The office and the person stay out of the state's mention.
    assert!(
        m.iter().any(|x| x.0 == "Tamar Osk" && x.2 == Kind::Person),
        "{m:?}"
    );
    // A demonym before any other noun is no mention.
    assert!(mentions(&r, "Uzbek farmers sold cotton.").is_empty());
}

#[test]
fn demonym_coordinated_before_a_force_noun_is_the_first_states_forces() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Chadian and Cameroonian troops crossed the river at dawn.",
    );
    let chad = m.iter().find(|x| x.0 == "Chadian").expect("Chadian");
    assert_eq!(chad.2, Kind::Agency);
    assert_eq!(chad.1, r.pack.get("chad-armed-forces").unwrap().name);
    assert!(m.iter().any(|x| x.0 == "Cameroonian troops"), "{m:?}");
}

#[test]
fn states_without_named_forces_get_a_forces_actor() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Ecuadorian soldiers guarded the port. The armed forces of Ecuador later left.",
    );
    let forces: Vec<_> = m.iter().filter(|x| x.2 == Kind::Agency).collect();
    assert_eq!(forces.len(), 2, "{m:?}");
    assert!(forces.iter().all(|x| x.1 == "Ecuadorian Military"), "{m:?}");
}

#[test]
fn a_state_after_a_locative_is_a_place_however_spelled() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Fighting spread in the Central African Republic last week.",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn organization_names_keep_their_opening_adjectives_but_generic_phrases_are_none() {
    let r = recognizer();
    let text = "The Southern Riverine Command shelled the port, said researchers at the \
                University of Tarsel. Terror Group Strikes Again. The Task Force left.";
    let names = names_of(&mentions(&r, text));
    assert_eq!(
        names,
        vec![
            "Southern Riverine Command".to_string(),
            "University of Tarsel".to_string()
        ]
    );
}

#[test]
fn a_pack_acronym_binds_a_variant_of_its_name_without_the_owner() {
    let r = recognizer();
    let text = "Pakistan’s Inter Services Intel Agency (ISI) denied the report.";
    let m = mentions(&r, text);
    let isi = r.pack.get("isi").unwrap().name.clone();
    assert!(
        m.iter()
            .any(|x| x.0 == "Inter Services Intel Agency" && x.1 == isi),
        "{m:?}"
    );
    assert!(m.iter().filter(|x| x.1 == isi).count() == 2, "{m:?}");
}

/// The actor named by the mention with this surface.
fn actor_of(m: &[(String, String, Kind)], surface: &str) -> Option<(String, Kind)> {
    m.iter()
        .find(|x| x.0 == surface)
        .map(|x| (x.1.clone(), x.2))
}

#[test]
fn stacked_and_hyphenated_titles_stay_out_of_names() {
    let r = recognizer();
    let text = "Lieutenant-Colonel Arvo Pentti inspected the lines. Lt. Gen. Maro Tesk and \
                Brigadier General Oda Fenn spoke at noon. Maj Gen RKT Sandhu arrived later.";
    let m = mentions(&r, text);
    for name in ["Arvo Pentti", "Maro Tesk", "Oda Fenn", "RKT Sandhu"] {
        assert_eq!(
            actor_of(&m, name),
            Some((name.to_string(), Kind::Person)),
            "{m:?}"
        );
    }
}

#[test]
fn given_name_titles_particles_initials_and_suffixes_belong_to_names() {
    let r = recognizer();
    let text = "Amir Dastan Kohi met the envoy. Col. Mateo de la Vega said the road was open. \
                Sgt. Paul R. Ostrand, Jr., was wounded. Abu Bakr alBaghdadi was named.";
    let m = mentions(&r, text);
    for name in [
        "Amir Dastan Kohi",
        "Mateo de la Vega",
        "Paul R. Ostrand, Jr",
    ] {
        assert_eq!(
            actor_of(&m, name),
            Some((name.to_string(), Kind::Person)),
            "{m:?}"
        );
    }
    assert_eq!(
        actor_of(&m, "Abu Bakr alBaghdadi").map(|a| a.0),
        Some("Abu Bakr al-Baghdadi".to_string()),
        "{m:?}"
    );
}

#[test]
fn aliases_name_the_person_before_them_or_stand_alone_in_quotes() {
    let r = recognizer();
    let text = "The wanted men include Tomas Reyva, alias Cuervo; and alias “El Zorro” is at \
                large. Dario Funes a.k.a. Tigre fled. The town, also known as Puerto Lis, fell.";
    let m = mentions(&r, text);
    assert_eq!(
        actor_of(&m, "Cuervo").map(|a| a.0),
        Some("Tomas Reyva".into())
    );
    assert_eq!(
        actor_of(&m, "Tigre").map(|a| a.0),
        Some("Dario Funes".into())
    );
    assert_eq!(
        actor_of(&m, "El Zorro"),
        Some(("El Zorro".into(), Kind::Person))
    );
    assert_eq!(actor_of(&m, "Puerto Lis"), None, "{m:?}");
}

#[test]
fn places_generic_words_and_plural_acronyms() {
    let r = recognizer();
    let text = "“We will hold,” Ferro Lant told Camp Maru reporters. Hollin Dam, the largest \
                in the valley, was shelled. The Deputy Defense Minister left. Two VDPs died \
                in clashes with forces of Ecuador’s government.";
    let m = mentions(&r, text);
    let surfaces: Vec<&str> = m.iter().map(|x| x.0.as_str()).collect();
    // Ecuador's government, not its forces: the state, one mention.
    assert_eq!(
        surfaces,
        vec!["Ferro Lant", "VDPs", "Ecuador’s government"],
        "{m:?}"
    );
    assert_eq!(
        actor_of(&m, "Ecuador’s government").map(|a| a.1),
        Some(Kind::State)
    );
    assert_eq!(
        actor_of(&m, "VDPs").map(|a| a.0),
        Some(r.pack.get("vdp").unwrap().name.clone())
    );
}

#[test]
fn numbered_units_and_bodies_named_after_a_noun_of_their_kind() {
    let r = recognizer();
    let text = "The 41 Corps commander said the 7th Brigade moved. An analyst at the \
                consultancy Orlan Risk agreed, and a firm called Tessel signed. The group \
                met on Sunday. The Angolan air force struck.";
    let m = mentions(&r, text);
    for (name, kind) in [
        ("41 Corps", Kind::Agency),
        ("7th Brigade", Kind::Organization),
        ("Orlan Risk", Kind::Organization),
        ("Tessel", Kind::Organization),
    ] {
        assert_eq!(actor_of(&m, name), Some((name.to_string(), kind)), "{m:?}");
    }
    assert_eq!(
        actor_of(&m, "Angolan air force"),
        Some(("Angolan Military".to_string(), Kind::Agency))
    );
    assert_eq!(m.len(), 5, "{m:?}");
}

#[test]
fn bodies_named_in_apposition_or_called_further_on() {
    let r = recognizer();
    let text = "Mirax Invest, a company owned by a Russian banker, won the tender. \
                Korvel Tarsh, a little-known Sudanese firm, signed. \
                A company owned or run by the banker's family called Delta Nilo shipped the gold. \
                A company run by a man called Omar Tisse paid. \
                Amina Yusuf, a lawyer, objected.";
    let m = mentions(&r, text);
    for name in ["Mirax Invest", "Korvel Tarsh", "Delta Nilo"] {
        assert_eq!(
            actor_of(&m, name),
            Some((name.to_string(), Kind::Organization)),
            "{m:?}"
        );
    }
    // A person's apposition names no body, nor does a nearer noun's name.
    assert_eq!(actor_of(&m, "Amina Yusuf").map(|a| a.1), Some(Kind::Person));
    assert_ne!(
        actor_of(&m, "Omar Tisse").map(|a| a.1),
        Some(Kind::Organization)
    );
}

#[test]
fn bodies_named_in_apposition_with_the_or_before_their_noun_and_in_lists() {
    let r = recognizer();
    let text = "Korubeagu, the regional security outfit set up by the governors, raided a camp. \
                Police said an online charity, Rahmat Sejati, had paid the cells. \
                A task force known as Tarvo Raya hunted them. \
                The gang split into two factions, the Valientes and the Serranos, which fought. \
                The pro-Russian Zorile bloc paid for the buses. \
                Later Rahmat Sejati closed its office.";
    let m = mentions(&r, text);
    for name in [
        "Korubeagu",
        "Rahmat Sejati",
        "Tarvo Raya",
        "Valientes",
        "Serranos",
        "Zorile bloc",
    ] {
        assert_eq!(
            actor_of(&m, name).map(|a| a.1),
            Some(Kind::Organization),
            "{name}: {m:?}"
        );
    }
    // The later use of a name found by its context is a mention of the same actor.
    let uses = m.iter().filter(|x| x.0 == "Rahmat Sejati").count();
    assert_eq!(uses, 2, "{m:?}");
}

#[test]
fn a_spanish_plural_article_opens_a_gangs_name_but_no_places() {
    let r = recognizer();
    let text = "Police said Los Tiguerones and Los Lobos fought in Los Angeles and Las Vegas. \
                A Los Angeles-based gang and a gang in Los Ríos were named. The militia seized \
                Las Anod and the airport at Las Anod.";
    let m = mentions(&r, text);
    for name in ["Los Tiguerones", "Los Lobos"] {
        assert_eq!(
            actor_of(&m, name).map(|a| a.1),
            Some(Kind::Organization),
            "{name}: {m:?}"
        );
    }
    assert!(
        !m.iter().any(|x| ["Angeles", "Vegas", "Ríos", "Anod"]
            .iter()
            .any(|p| x.0.contains(p))),
        "{m:?}"
    );
}

#[test]
fn persons_named_after_a_person_noun_or_founding_a_body() {
    let r = recognizer();
    let text = "The faction is led by a cleric named Garba Tukuri. \
                A rebel commander known as Modu Salami was killed. \
                Police arrested a man identified as Matias Curilon. \
                Carla Villagra founded the movement in 2008. \
                A group known as Kuru Defenders attacked.";
    let m = mentions(&r, text);
    for name in [
        "Garba Tukuri",
        "Modu Salami",
        "Matias Curilon",
        "Carla Villagra",
    ] {
        assert_eq!(
            actor_of(&m, name).map(|a| a.1),
            Some(Kind::Person),
            "{name}: {m:?}"
        );
    }
    assert_ne!(
        actor_of(&m, "Kuru Defenders").map(|a| a.1),
        Some(Kind::Person),
        "{m:?}"
    );
}

#[test]
fn a_discovered_names_first_word_ending_the_document_is_no_fault() {
    // The first word of a two-word name found earlier is the document's last word.
    let r = recognizer();
    let m = mentions(
        &r,
        "The security firm Orlan Vek trained soldiers. They praised Orlan",
    );
    assert_eq!(
        actor_of(&m, "Orlan Vek").map(|a| a.1),
        Some(Kind::Organization),
        "{m:?}"
    );
}

#[test]
fn appositions_that_name_no_body() {
    let r = recognizer();
    let text = "Separately, the armed wing of the movement said it fought. \
                Afterwards, the faction led by the general withdrew. \
                Hassan Abdi, a clan elder in the town, said so. \
                The head of the party, Nelson Chamisa, said so. \
                Bakhmut, the hottest front, is quiet. \
                They opened two new fronts, Kharkiv and Sumy, last week. \
                Many fighters are Tavani, the ethnic group of the president. \
                Gen. Halane Dirir, a Somali brigade commander, spoke. \
                In Korvasa, the militia said it would fight. \
                Sadio's faction denied a role. \
                He has no contact with any Tigrayan faction.";
    let m = mentions(&r, text);
    for surface in [
        "Separately",
        "Afterwards",
        "Hassan Abdi",
        "Nelson Chamisa",
        "Bakhmut",
        "Kharkiv",
        "Sumy",
        "Tavani",
        "Korvasa",
        "Sadio's faction",
        "Tigrayan faction",
    ] {
        assert_ne!(
            actor_of(&m, surface).map(|a| a.1),
            Some(Kind::Organization),
            "{surface}: {m:?}"
        );
    }
    assert_ne!(
        actor_of(&m, "Halane Dirir").map(|a| a.1),
        Some(Kind::Organization),
        "{m:?}"
    );
}

#[test]
fn appositions_after_roles_of_something_and_names_in_brackets() {
    let r = recognizer();
    let text = "The governor of Vesh Province, Baro Kintal, announced the curfew. \
                Ilsa Marrov, secretary-general of the union, spoke. \
                The movement has one commander (Tavo Renn) left.";
    let m = mentions(&r, text);
    for name in ["Baro Kintal", "Ilsa Marrov", "Tavo Renn"] {
        assert_eq!(
            actor_of(&m, name),
            Some((name.to_string(), Kind::Person)),
            "{m:?}"
        );
    }
}

#[test]
fn a_capital_stands_for_its_government_only_as_a_party() {
    let r = recognizer();
    let text = "Bamako said it would respond. Flights to Bamako airport resumed. The Bamako \
                talks stalled in Bamako. The plan was backed by Nairobi.";
    let m = mentions(&r, text);
    let got: Vec<(&str, &str)> = m.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert_eq!(got, vec![("Bamako", "Mali"), ("Nairobi", "Kenya")]);
}

#[test]
fn a_seat_of_government_stands_for_its_state_as_a_capital_does() {
    let r = recognizer();
    let text = "Abidjan denies backing the rebels. Fighting reached Abidjan. Liberia accused \
                Cotonou of hosting French troops.";
    let m = mentions(&r, text);
    let got: Vec<(&str, &str)> = m.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("Abidjan", "Côte d'Ivoire"),
            ("Liberia", "Liberia"),
            ("Cotonou", "Benin"),
            ("French troops", "French Armed Forces")
        ]
    );
}

#[test]
fn a_capital_opening_its_sentence_before_a_coordinate_or_an_aside_is_a_party() {
    let r = recognizer();
    let text = "Riyadh and the Houthis have held talks. Nairobi, for its part, has said little. \
                Bamako, the capital, is calm. Nairobi and Mombasa hotels filled. \
                Bamako and Gao were shelled. Bamako and Gao have been shelled.";
    let m = mentions(&r, text);
    let got: Vec<(&str, &str)> = m.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert!(got.contains(&("Riyadh", "Saudi Arabia")), "{got:?}");
    assert!(got.contains(&("Nairobi", "Kenya")), "{got:?}");
    // A place set off by an aside, or coordinated before a noun, stays a place.
    assert!(!got.iter().any(|g| g.0 == "Bamako"), "{got:?}");
    assert_eq!(
        got.iter().filter(|g| g.0 == "Nairobi").count(),
        1,
        "{got:?}"
    );
}

#[test]
fn military_as_an_adjective_names_no_body_and_intelligence_is_generated() {
    let r = recognizer();
    let text = "Peru's military ruler thanked donors for Peruvian military assistance. \
                The mine was run by Peruvian military intelligence. The Peruvian military \
                said it was trained by the Peruvian military in 2019.";
    let m = mentions(&r, text);
    let got: Vec<(&str, &str)> = m.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert_eq!(
        got,
        vec![
            // The state owns the ruler; its military is no body here.
            ("Peru", "Peru"),
            ("Peruvian military intelligence", "Peruvian Intelligence"),
            ("Peruvian military", "Peruvian Military"),
            ("Peruvian military", "Peruvian Military"),
        ]
    );
}

#[test]
fn unknown_names_between_two_persons_of_a_list_are_persons() {
    let r = recognizer();
    let text = "The wanted men include Tomas Reyva, alias Cuervo; Ilan Dorso, Pavel Quist, \
                Sheikh Omar Beltan and others. Officials visited Gen. Arvo Pentti, North Vesh \
                and Low Ridge.";
    let m = mentions(&r, text);
    for name in ["Ilan Dorso", "Pavel Quist", "Omar Beltan"] {
        assert_eq!(
            actor_of(&m, name),
            Some((name.to_string(), Kind::Person)),
            "{m:?}"
        );
    }
    assert_eq!(actor_of(&m, "North Vesh"), None, "{m:?}");
}

#[test]
fn forces_and_spies_by_possessive_and_of_phrases() {
    let r = recognizer();
    let text = "Jordan's air force struck first. The armed forces of Ecuador withdrew, but \
                forces of Ecuador's rivals stayed. Sudanese intelligence officials denied it.";
    let m = mentions(&r, text);
    let got: Vec<(&str, Kind)> = m.iter().map(|x| (x.0.as_str(), x.2)).collect();
    assert_eq!(
        got,
        vec![
            ("Jordan's air force", Kind::Agency),
            ("armed forces of Ecuador", Kind::Agency),
            ("Ecuador", Kind::State),
            ("Sudanese intelligence officials", Kind::Agency),
        ]
    );
}

#[test]
fn persons_as_objects_of_arrests_and_leaders_by_agent() {
    let r = recognizer();
    let text = "Police arrested Tomas Verhaal in the port. The cell was led by Ines Marrow Kade. \
                The army killed Makeni at dawn. Troops detained Lower Juba residents.";
    let m = mentions(&r, text);
    let names = names_of(&m);
    for want in ["Tomas Verhaal", "Ines Marrow Kade"] {
        assert!(
            names.iter().any(|n| n == want),
            "{want} missing from {names:?}"
        );
    }
    // One word is too little to tell a person from a place.
    assert!(!names.iter().any(|n| n == "Makeni"), "{names:?}");
}

#[test]
fn a_second_alias_names_the_person_of_the_first() {
    let r = recognizer();
    let text = "Police seek Tomas Reyva, alias Cuervo, alias Negro, in Lima.";
    let m = mentions(&r, text);
    for name in ["Cuervo", "Negro"] {
        assert_eq!(
            actor_of(&m, name).map(|a| a.0),
            Some("Tomas Reyva".into()),
            "{name}: {m:?}"
        );
    }
}

#[test]
fn spans_overlap_as_a_scan_finds() {
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut kept = Vec::new();
    let mut spans = Spans::default();
    for n in 0..300 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let s = (x % 2000) as usize;
        // Mostly short, one long, some empty.
        let len = if n == 11 {
            700
        } else {
            ((x >> 24) % 30) as usize
        };
        spans.insert(s, s + len);
        kept.push((s, s + len));
    }
    for s in (0..2100).step_by(3) {
        for len in [0, 1, 4, 25, 120] {
            let e = s + len;
            let scan = kept.iter().any(|&(fs, fe)| fs < e && s < fe);
            assert_eq!(spans.overlaps(s, e), scan, "{s}..{e}");
        }
        // A reversed span, as no caller gives, still answers as the scan does.
        let scan = kept.iter().any(|&(fs, fe)| fs < s && s + 5 < fe);
        assert_eq!(spans.overlaps(s + 5, s), scan, "reversed at {s}");
    }
}

#[test]
fn a_capital_between_or_with_is_a_party() {
    let r = recognizer();
    let text = "Angola mediates between Kigali and Kinshasa. Talks with Bamako stalled. \
                He lives between Bamako airport and the river. Delegates met in Nairobi.";
    let m = mentions(&r, text);
    let got: Vec<(&str, &str)> = m.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("Angola", "Angola"),
            ("Kigali", "Rwanda"),
            ("Kinshasa", "Democratic Republic of the Congo"),
            ("Bamako", "Mali")
        ]
    );
}

#[test]
fn both_names_of_a_hyphenated_pair_are_found() {
    let r = recognizer();
    let text = "The India-US partnership grew. US-Iran talks stalled. Lashkar-e-Taiba struck.";
    let m = mentions(&r, text);
    let got: Vec<(&str, &str)> = m.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("India", "India"),
            ("US", "United States"),
            ("US", "United States"),
            ("Iran", "Iran"),
            ("Lashkar-e-Taiba", "Lashkar-e-Taiba")
        ]
    );
}

#[test]
fn a_prefix_joined_by_a_hyphen_is_no_name_of_a_pair() {
    let r = recognizer();
    let text = "Lissouba's Pan-African Union for Social Democracy (UPADS) won the vote.";
    let m = mentions(&r, text);
    let got: Vec<&str> = m.iter().map(|x| x.1.as_str()).collect();
    assert!(!got.contains(&"African Union"), "{got:?}");
    assert!(
        got.contains(&"Pan-African Union for Social Democracy"),
        "{got:?}"
    );
}

#[test]
fn a_name_of_two_words_before_group_names_a_body() {
    let r = recognizer();
    let m = mentions(&r, "The Corsica Nazione group won seats in the assembly.");
    assert!(
        m.iter()
            .any(|x| x.1 == "Corsica Nazione" && x.0 == "Corsica Nazione group"),
        "{m:?}"
    );
    // Words that describe a group, or one word (as often a people's), name none.
    for text in [
        "The Maoist group won seats.",
        "The Kurdish-led group won seats.",
        "The Kokang group won seats.",
        "The West Bank group won seats.",
    ] {
        let m = mentions(&r, text);
        assert!(m.iter().all(|x| !x.0.ends_with("group")), "{m:?}");
    }
}

#[test]
fn one_name_set_off_after_a_noun_of_kin_is_a_person() {
    let r = recognizer();
    let m = mentions(&r, "Another son, Saadi, crossed into Niger.");
    assert!(
        m.iter().any(|x| x.0 == "Saadi" && x.2 == Kind::Person),
        "{m:?}"
    );
    // Not a word no person's name is.
    let m = mentions(&r, "His son, Reuters reported, crossed into Niger.");
    assert!(m.iter().all(|x| x.0 != "Reuters"), "{m:?}");
}

#[test]
fn a_head_word_stands_for_the_body_named_by_its_acronym() {
    let r = recognizer();
    let text = "What kept the KDP in the field was help from abroad. Israel trained the \
                party's fighters.";
    let m = mentions(&r, text);
    assert!(
        m.iter()
            .any(|x| x.0 == "party" && x.1 == "Kurdistan Democratic Party"),
        "{m:?}"
    );
}

#[test]
fn a_name_with_the_article_set_off_before_led_by_is_a_body() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The Babbar Khalsa, led by Sukhdev Singh Babbar until 1992, was known for bombings.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "Babbar Khalsa" && x.2 == Kind::Organization),
        "{m:?}"
    );
    // One word may be a place's.
    let m = mentions(&r, "In the Hague, led by its judges, the court sat.");
    assert!(m.iter().all(|x| x.0 != "Hague"), "{m:?}");
    // Nor a region's name.
    let m = mentions(
        &r,
        "The Gaza Strip, led by Hamas since 2007, is under blockade.",
    );
    assert!(m.iter().all(|x| x.0 != "Gaza Strip"), "{m:?}");
}

#[test]
fn a_shorter_name_that_ends_a_fuller_one_is_the_same_person() {
    let r = recognizer();
    let text = "Karim Haddad's last campaign\n\nThe bones of Anwar Karim Haddad were found. \
                Haddad died in 1967.";
    let m = mentions(&r, text);
    let named: Vec<(&str, &str)> = m.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert!(
        named.contains(&("Karim Haddad", "Anwar Karim Haddad")),
        "{named:?}"
    );
    assert!(
        named.contains(&("Haddad", "Anwar Karim Haddad")),
        "{named:?}"
    );
    // A son who carries his father's name is another person.
    let text = "Karim Haddad ruled the province. His son, Ahmed Karim Haddad, succeeded him.";
    let m = mentions(&r, text);
    assert!(
        m.iter()
            .any(|x| x.0 == "Karim Haddad" && x.1 == "Karim Haddad"),
        "{m:?}"
    );
}

#[test]
fn a_surname_with_its_particle_may_open_a_sentence() {
    let r = recognizer();
    let text = "Posters showed the council's leader Aidarous al-Zubaidi in Aden. Al-Zubaidi fled.";
    let m = mentions(&r, text);
    let got: Vec<(&str, &str)> = m.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert!(
        got.contains(&("Al-Zubaidi", "Aidarous al-Zubaidi")),
        "{got:?}"
    );
}

#[test]
fn a_states_government_forces_are_its_forces() {
    let r = recognizer();
    let text = "Chad's government forces and Malian government troops advanced.";
    let m = mentions(&r, text);
    let got: Vec<&str> = m.iter().map(|x| x.1.as_str()).collect();
    assert!(!got.contains(&"Chad") && !got.contains(&"Mali"), "{got:?}");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_name_before_militiamen_is_an_armed_group() {
    let r = recognizer();
    let text = "Fulani militiamen attacked farmers. Mai-Mai militias killed two soldiers. \
                Islamist militias and Nigerian militias struck, as did the Fulani militia. \
                Fano militiamen fought.";
    let m = mentions(&r, text);
    let got: Vec<(&str, &str)> = m.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("Fulani militiamen", "Fulani militia"),
            ("Mai-Mai militias", "Mai-Mai"),
            ("Fulani militia", "Fulani militia"),
            ("Fano militiamen", "Fano")
        ]
    );
}

#[test]
fn a_capital_after_an_accusation_is_a_party() {
    let r = recognizer();
    let text = "Kinshasa accuses Kigali of arming the rebels.";
    let m = mentions(&r, text);
    let got: Vec<&str> = m.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(got, vec!["Democratic Republic of the Congo", "Rwanda"]);
}

#[test]
fn a_state_holding_a_named_place_after_at_is_a_place() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The strike at Syria's Shayrat airbase followed an attack at Kenya’s Manda Bay.",
    );
    assert!(m.is_empty(), "{m:?}");
    // A party named after the possessive keeps the state a party.
    let m = mentions(&r, "Funds arrived at Iran's Revolutionary Guard Corps.");
    assert!(names_of(&m).contains(&"Iran".to_string()), "{m:?}");
}

#[test]
fn a_states_possessive_before_a_place_noun_is_a_place() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The offensive to retake Iraq's second city began as fighting spread in Syria's \
         oil-rich north-east and Yemen's capital.",
    );
    assert!(m.is_empty(), "{m:?}");
    // Its government or forces stay the state's.
    let m = mentions(&r, "Iraq's government and Syria's army met.");
    assert_eq!(m.len(), 2, "{m:?}");
}

#[test]
fn a_states_short_proper_name_before_a_force_noun_names_its_forces() {
    let r = recognizer();
    let m = mentions(&r, "The DR Congo army attacked the ADF.");
    assert_eq!(m[0].0, "DR Congo army", "{m:?}");
    assert_eq!(m[0].2, Kind::Agency, "{m:?}");
}

#[test]
fn an_organizations_forces_are_its_one_mission_the_document_names() {
    let r = recognizer();
    let text = "MINUSMA has a base in Gao. Militants attacked U.N. forces near the town, and UN \
                peacekeeping troops fired back.";
    let m = mentions(&r, text);
    let minusma: Vec<&str> = m
        .iter()
        .filter(|x| x.1.contains("Stabilization Mission"))
        .map(|x| x.0.as_str())
        .collect();
    assert_eq!(
        minusma,
        ["MINUSMA", "U.N. forces", "UN peacekeeping troops"],
        "{m:?}"
    );
    // A body that fields no troops is not the organization's forces, and with no mission
    // named the organization stays.
    let m = mentions(
        &r,
        "OCHA counted the dead after militants attacked U.N. forces.",
    );
    assert!(
        m.iter().any(|x| x.0 == "U.N." && x.1 == "United Nations"),
        "{m:?}"
    );
}

#[test]
fn states_listed_after_a_place_are_places_too() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Militias attacked bases in Iraq and Syria, and in Mali, Niger or Chad.",
    );
    assert!(m.is_empty(), "{m:?}");
    // A state after a place is still a party where the list breaks off.
    let m = mentions(&r, "Attacks rose in Iraq as Syria protested.");
    assert_eq!(names_of(&m), ["Syria"], "{m:?}");
}

#[test]
fn a_name_before_then_or_now_and_an_article_is_an_apposed_person() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Troops killed Kessim Varrow, then the region's emir, in March.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "Kessim Varrow" && x.2 == Kind::Person),
        "{m:?}"
    );
    let m = mentions(&r, "They met Odel Bramanto, now a senior commander.");
    assert!(
        m.iter()
            .any(|x| x.0 == "Odel Bramanto" && x.2 == Kind::Person),
        "{m:?}"
    );
}

#[test]
fn a_state_after_a_compound_direction_and_a_locative_is_a_place() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The attack in north-central Burkina Faso killed dozens.",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn a_discovered_persons_whole_name_repeated_without_context_is_that_person() {
    let r = recognizer();
    let text = "Commander Kessim Varrow Odel leads the unit. Officials know of no man by the \
                name of Kessim Varrow Odel.";
    let m = mentions(&r, text);
    let whole: Vec<&str> = m
        .iter()
        .filter(|x| x.2 == Kind::Person)
        .map(|x| x.0.as_str())
        .collect();
    assert_eq!(whole, ["Kessim Varrow Odel", "Kessim Varrow Odel"], "{m:?}");
}

#[test]
fn a_states_forces_are_the_agency_an_alias_names_as_forces() {
    // The Tatmadaw's name has no force word, but its alias "Myanmar military" does: no
    // second, made-up "Burmese Military" stands beside it.
    let r = recognizer();
    let m = mentions(
        &r,
        "The armed forces of Myanmar shelled villages; Burmese troops advanced.",
    );
    let names = names_of(&m);
    assert_eq!(names, ["Tatmadaw"], "{m:?}");
}

#[test]
fn a_wire_credit_in_a_dateline_is_no_acronym() {
    let r = recognizer();
    // The credit after a state names no actor, with or without the dash; a state's own
    // acronym in parentheses still binds.
    let text = "MOGADISHU, Somalia (AP) — Fighters massed near the port. The AP reporter \
                left. Officials of the Central African Republic (CAR) met. CAR troops moved.";
    let m = mentions(&r, text);
    assert_eq!(actor_of(&m, "AP"), None, "{m:?}");
    assert_eq!(actor_of(&m, "CAR").map(|a| a.1), Some(Kind::State), "{m:?}");
    let m = mentions(
        &r,
        "KABUL (Reuters) — The Zanu Defence Front (ZDF) said ZDF units held.",
    );
    assert_eq!(actor_of(&m, "Reuters"), None, "{m:?}");
    assert!(actor_of(&m, "ZDF").is_some(), "{m:?}");
    assert!(!dateline_credit(" said"));
    assert!(dateline_credit(" – Troops"));
    assert!(spells("UAE", "United Arab Emirates") && !spells("AP", "Yemen"));
}

#[test]
fn a_generic_title_is_a_name_only_where_the_document_keeps_using_it_as_one() {
    let r = recognizer();
    let twice = "The Supreme Council shelled Varn. Later the Supreme Council denied it.";
    assert!(names_of(&mentions(&r, twice)).contains(&"Supreme Council".to_string()));
    // Once is a description, not a name.
    let once = "The Supreme Council shelled Varn. Its envoys left.";
    assert!(!names_of(&mentions(&r, once)).contains(&"Supreme Council".to_string()));
    // Without "the" one time, or as the start of a longer name, it is not a title of its
    // own.
    for text in [
        "The Supreme Council shelled Varn. A Supreme Council envoy left.",
        "The Supreme Council shelled Varn. The Supreme Council Secretariat left.",
    ] {
        let names = names_of(&mentions(&r, text));
        assert!(
            !names.contains(&"Supreme Council".to_string()),
            "{text}: {names:?}"
        );
    }
}

#[test]
fn initials_of_a_discovered_body_name_it_though_never_defined() {
    let r = recognizer();
    let text = "The Tamsin Liberation Front seized the pass. Later TLF fighters withdrew, \
                and the TLF commander spoke.";
    let m = mentions(&r, text);
    let tlf: Vec<&(String, String, Kind)> = m.iter().filter(|x| x.0 == "TLF").collect();
    assert_eq!(tlf.len(), 2, "{m:?}");
    assert!(
        tlf.iter().all(|x| x.1 == "Tamsin Liberation Front"),
        "{m:?}"
    );
    // Initials that two names share are no one's.
    let text = "The Tamsin Liberation Front and the Tarvo Labour Federation met. TLF left.";
    let m = mentions(&r, text);
    assert!(!m.iter().any(|x| x.0 == "TLF"), "{m:?}");
    // Capitals that are no name's initials are not that name (before a member noun they
    // are a group of their own).
    let text = "The Tamsin Liberation Front seized the pass. XYZ fighters withdrew.";
    let m = mentions(&r, text);
    assert!(m.iter().all(|x| x.0 != "XYZ" || x.1 == "XYZ"), "{m:?}");
}

#[test]
fn a_body_noun_then_known_as_or_calling_itself_gives_a_name() {
    let r = recognizer();
    for (text, name) in [
        (
            "A militia known as the Varn Defenders raided the market.",
            "Varn Defenders",
        ),
        (
            "A new movement calling itself Tamsin Dawn claimed the attack.",
            "Tamsin Dawn",
        ),
        (
            "A small cartel dubbed Los Quintos moved the cargo.",
            "Los Quintos",
        ),
    ] {
        let names = names_of(&mentions(&r, text));
        assert!(names.contains(&name.to_string()), "{text}: {names:?}");
    }
    // Without a body noun before it, "known as" names nothing new.
    let text = "The town, known as Varn Crossing, fell.";
    let names = names_of(&mentions(&r, text));
    assert!(!names.contains(&"Varn Crossing".to_string()), "{names:?}");
}

#[test]
fn a_given_name_before_a_pack_persons_surname_is_part_of_the_mention() {
    let r = recognizer();
    let text = "A US strike killed al-Shabaab leader Ahmed Godane in 2014.";
    let m = mentions(&r, text);
    let godane: Vec<&(String, String, Kind)> =
        m.iter().filter(|x| x.1 == "Ahmed Abdi Godane").collect();
    assert_eq!(godane.len(), 1, "{m:?}");
    assert_eq!(godane[0].0, "Ahmed Godane");
    assert!(!m.iter().any(|x| x.0 == "Ahmed"), "{m:?}");
    // A title before the name stays out of it.
    let text = "President Joe Biden spoke.";
    let m = mentions(&r, text);
    assert!(m.iter().any(|x| x.0 == "Joe Biden"), "{m:?}");
}

#[test]
fn a_states_possessive_before_its_government_is_the_state() {
    let r = recognizer();
    let m = mentions(&r, "Colombia's government and the ELN signed a truce.");
    assert!(
        m.iter()
            .any(|x| x.0 == "Colombia's government" && x.1 == "Colombia"),
        "{m:?}"
    );
    // "government forces" after the possessive are the forces.
    let m = mentions(&r, "Sudan's government forces shelled the camp.");
    assert!(!m.iter().any(|x| x.0 == "Sudan's government"), "{m:?}");
}

#[test]
fn a_pack_name_ending_a_longer_one_the_acronym_spells_is_the_longer_ones() {
    let r = recognizer();
    let text = "The Eritrean People's Liberation Front (EPLF) took Asmara. Prince Johnson \
                formed the Independent National Patriotic Front of Liberia (INPFL), which \
                fought the NPFL. The EPLF and the INPFL were never allies.";
    let m = mentions(&r, text);
    let got: Vec<(&str, &str)> = m.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert!(
        got.contains(&("EPLF", "Eritrean People's Liberation Front")),
        "{got:?}"
    );
    assert!(
        got.contains(&("INPFL", "Independent National Patriotic Front of Liberia")),
        "{got:?}"
    );
    assert!(
        got.contains(&("NPFL", "National Patriotic Front of Liberia")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|g| g.1 == "Janatha Vimukthi Peramuna"),
        "{got:?}"
    );
    assert_eq!(
        got.iter()
            .filter(|g| g.1 == "National Patriotic Front of Liberia")
            .count(),
        1,
        "{got:?}"
    );
}

#[test]
fn initials_of_a_pack_body_the_document_names_are_that_body() {
    let r = recognizer();
    let text = "The Arakan Army took Paletwa. The KIA has trained AA fighters since 2009.";
    let m = mentions(&r, text);
    assert!(
        m.iter().any(|x| x.0 == "AA" && x.1 == "Arakan Army"),
        "{m:?}"
    );
    // Not where the document never names the body.
    let text = "The KIA has trained AA fighters since 2009.";
    assert!(!mentions(&r, text).iter().any(|x| x.0 == "AA"));
}

#[test]
fn a_nickname_in_quotes_does_not_split_a_persons_name() {
    let r = recognizer();
    for text in [
        "Cartel co-founder Ismael \"El Mayo\" Zambada was arrested in Texas.",
        "Cartel co-founder Ismael “El Mayo” Zambada was arrested in Texas.",
    ] {
        let m = mentions(&r, text);
        assert!(
            m.iter()
                .any(|x| x.1 == "Ismael Zambada García" && x.0.ends_with("Zambada")),
            "{m:?}"
        );
        assert!(!m.iter().any(|x| x.1 == "Ismael"), "{m:?}");
    }
}

#[test]
fn a_nickname_in_quotes_stays_out_of_a_discovered_name() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Commander Tomas \"El Gordo\" Villa leads the unit. Villa said it would fight on.",
    );
    let people: Vec<&str> = m
        .iter()
        .filter(|x| x.2 == Kind::Person)
        .map(|x| x.1.as_str())
        .collect();
    assert_eq!(people, vec!["Tomas Villa", "Tomas Villa"], "{m:?}");
}

#[test]
fn a_place_word_before_a_states_name_makes_a_place() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Boko Haram fighters hide on islands in Lake Chad. Herders crossed into Inner \
         Mongolia. Nigeria sent troops.",
    );
    let names = names_of(&m);
    assert!(!names.contains(&"Chad".to_string()), "{m:?}");
    assert!(!names.contains(&"Mongolia".to_string()), "{m:?}");
    assert!(names.contains(&"Nigeria".to_string()), "{m:?}");
}

#[test]
fn a_spanish_plural_article_opens_a_gangs_name_not_a_persons() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Los Lobos, the largest gang, said it would fight. The army attacked Los Lobos again.",
    );
    let lobos: Vec<_> = m.iter().filter(|x| x.1 == "Los Lobos").collect();
    assert_eq!(lobos.len(), 2, "{m:?}");
    assert!(lobos.iter().all(|x| x.2 == Kind::Organization), "{m:?}");
}

#[test]
fn a_definition_in_the_text_wins_over_the_packs_acronym() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The Ambazonia Defence Forces (ADF) attacked a school. Later the ADF killed two soldiers.",
    );
    let adf: Vec<_> = m.iter().filter(|x| x.0 == "ADF").collect();
    assert_eq!(adf.len(), 2, "{m:?}");
    assert!(
        adf.iter().all(|x| x.1 == "Ambazonia Defence Forces"),
        "{m:?}"
    );
    // Without a definition the pack's acronym stands.
    let m = mentions(&r, "The ADF killed villagers near Beni.");
    assert!(m.iter().any(|x| x.1 == "Allied Democratic Forces"), "{m:?}");
}

#[test]
fn a_given_name_after_an_owners_possessive_opens_a_person() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Cuba's Fidel Castro pressed the three factions to reunite.",
    );
    assert!(m.iter().any(|x| x.0 == "Fidel Castro"), "{m:?}");
    // (A capitalized word with no possessive still runs into the name: a place's.)
    let m = mentions(&r, "They met at the Omar Bongo stadium.");
    assert!(!m.iter().any(|x| x.0 == "Omar Bongo"), "{m:?}");
}

#[test]
fn a_capital_before_an_adverb_and_a_verb_is_its_government() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Islamabad also faces a resurgent TTP. Kigali repeatedly denied it. Nairobi then \
         hosted talks.",
    );
    let names = names_of(&m);
    assert!(names.contains(&"Kenya".to_string()), "{m:?}");
    assert!(names.contains(&"Pakistan".to_string()), "{m:?}");
    assert!(names.contains(&"Rwanda".to_string()), "{m:?}");
}

#[test]
fn a_nickname_then_a_possessive_keeps_the_span_whole() {
    let r = recognizer();
    for text in [
        "Police arrested Juan “El Flaco” Li's brother on Monday.",
        "Police arrested Juan \"El Flaco\" Perez's brother. Perez fled.",
    ] {
        let m = mentions(&r, text);
        assert!(
            m.iter()
                .any(|x| x.2 == Kind::Person && !x.1.contains('"') && !x.1.contains('“')),
            "{m:?}"
        );
    }
}

#[test]
fn a_possessive_opening_a_name_belongs_to_it() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The Lord's Resistance Army attacked villages. Troops clashed with the People's \
         Revolutionary Front.",
    );
    let names = names_of(&m);
    assert!(
        names.contains(&"Lord's Resistance Army".to_string()),
        "{m:?}"
    );
    assert!(
        names.contains(&"People's Revolutionary Front".to_string()),
        "{m:?}"
    );
    // An owner's possessive stays outside the name it owns.
    let m = mentions(&r, "Pakistan's Tehreek Revolutionary Front attacked.");
    assert!(
        names_of(&m).contains(&"Tehreek Revolutionary Front".to_string()),
        "{m:?}"
    );
}

#[test]
fn a_name_ending_inside_a_word_hides_no_name_that_word_opens() {
    // "The Gambia" ends inside "Gambian"; "Gambian government" is a name of its own.
    let r = recognizer();
    let m = mentions(&r, "The Gambian government expelled the rebels.");
    assert_eq!(names_of(&m), vec!["Gambia".to_string()], "{m:?}");
}

#[test]
fn a_pack_name_inside_a_longer_unknown_name_gives_way_to_it() {
    let r = recognizer();
    let cases = [
        (
            "Morocco accused the Sahrawi People's Liberation Army of shelling.",
            "Sahrawi People's Liberation Army",
        ),
        (
            "Tanzanian troops fought alongside the Kenya National Liberation Army.",
            "Kenya National Liberation Army",
        ),
        (
            "The Japanese Red Army received training in Lebanon.",
            "Japanese Red Army",
        ),
    ];
    for (text, name) in cases {
        let m = mentions(&r, text);
        let found = m.iter().find(|x| x.0 == name);
        assert!(
            found.is_some_and(|x| x.1 == name && x.2 == Kind::Organization),
            "{m:?}"
        );
    }
    // A state's own body, or a state's name before a group's, keeps the pack's actor.
    let m = mentions(&r, "Chinese People's Liberation Army troops held drills.");
    assert_eq!(names_of(&m), ["People's Liberation Army"], "{m:?}");
    let m = mentions(&r, "The Libyan National Army attacked.");
    assert_eq!(names_of(&m), ["Libyan National Army"], "{m:?}");
}

#[test]
fn an_acronym_in_another_language_or_order_still_names_the_organization_before_it() {
    let r = recognizer();
    let text = "The Second Valley Command (SCV) armed the gang. The SCV denied it. The \
                Militarized Communist Party of Peru (MPCP) attacked. The MPCP fled.";
    let m = mentions(&r, text);
    let of = |s: &str| {
        m.iter()
            .filter(|x| x.0 == s)
            .map(|x| x.1.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(of("SCV"), ["Second Valley Command"; 2], "{m:?}");
    assert_eq!(
        of("MPCP"),
        ["Militarized Communist Party of Peru"; 2],
        "{m:?}"
    );
    // A credit after a dateline names no organization.
    let m = mentions(&r, "KABUL (AFP) - The Taliban said on Monday.");
    assert!(!m.iter().any(|x| x.0 == "AFP"), "{m:?}");
}

#[test]
fn a_designation_in_brackets_is_no_organization() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Washington designated the group a Foreign Terrorist Organization (FTO) in 2023.",
    );
    assert_eq!(names_of(&m), ["United States"], "{m:?}");
}

#[test]
fn an_unexplained_acronym_used_as_a_partys_name_is_an_organization() {
    let r = recognizer();
    // Before a member noun, after "the" before a verb of speech, after a role "for the":
    // every use of the word is then the group's.
    let text = "The ZLF-K accused the army of killing two of its cadres. Later, ZLF-K \
                fighters withdrew. A spokesman for the KVDM said the KVDM would talk.";
    let m = mentions(&r, text);
    let of = |s: &str| {
        m.iter()
            .filter(|x| x.0 == s)
            .map(|x| (x.1.as_str(), x.2))
            .collect::<Vec<_>>()
    };
    assert_eq!(of("ZLF-K"), [("ZLF-K", Kind::Organization); 2], "{m:?}");
    assert_eq!(of("KVDM").len(), 2, "{m:?}");
    // A possessive ending is no part of the acronym; one defined in brackets after a name
    // found by its shape is that name's.
    let text = "The Tamsin Defence Forces (TADEF) held the pass. TADEF's spokesman spoke.";
    let m = mentions(&r, text);
    let tadef: Vec<&str> = m
        .iter()
        .filter(|x| x.0 == "TADEF")
        .map(|x| x.1.as_str())
        .collect();
    assert_eq!(tadef, ["Tamsin Defence Forces"; 2], "{m:?}");
    // The capitalized words before the bracket name it when they end in a head word.
    let text = "Kessaria's Joint Task Force (FTK) said so. An FTK spokesman spoke.";
    let m = mentions(&r, text);
    let ftk: Vec<&str> = m
        .iter()
        .filter(|x| x.0 == "FTK")
        .map(|x| x.1.as_str())
        .collect();
    assert_eq!(ftk.len(), 2, "{m:?}");
    assert!(ftk.iter().all(|n| n.ends_with("Joint Task Force")), "{m:?}");
    // Used otherwise, or a news agency, or a shouting line: no actor.
    for text in [
        "The IED exploded near the market, police said.",
        "The BBC said the talks had failed.",
        "A GDP report said growth slowed.",
        "The CEO said it had paid the Taliban. The DOJ said so too.",
        "Gunmen attacked an IDP camp. A Chapter VII mission and AK-47 rifles.",
        "KVDM FIGHTERS WITHDRAW\nThe army said it held the town.",
    ] {
        let m = mentions(&r, text);
        assert!(
            !m.iter()
                .any(|x| x.0.chars().all(|c| c.is_ascii_uppercase())),
            "{text}: {m:?}"
        );
    }
    assert!(acronym_shape("NSCN-IM") && acronym_shape("FLEC-FAC") && acronym_shape("KNU"));
    assert!(!acronym_shape("US-backed") && !acronym_shape("A") && !acronym_shape("I-95x"));
}

#[test]
fn a_pack_acronym_between_two_hyphens_is_a_syllable() {
    let r = recognizer();
    let m = mentions(&r, "PORT-AU-PRINCE, Haiti - Gangs attacked the AU mission.");
    let au: Vec<&str> = m
        .iter()
        .filter(|x| x.1 == "African Union")
        .map(|x| x.0.as_str())
        .collect();
    assert_eq!(au, ["AU"], "{m:?}");
    // Names joined by hyphens in ordinary case are each named.
    let m = mentions(&r, "The Russia-Iran-Turkey summit ended.");
    assert!(names_of(&m).contains(&"Iran".to_string()), "{m:?}");
}

#[test]
fn a_demonym_before_a_police_noun_names_the_states_police() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Spanish police arrested him. Kenyan police officers were ambushed.",
    );
    let police: Vec<(&str, Kind)> = m.iter().map(|x| (x.1.as_str(), x.2)).collect();
    assert!(police.contains(&("Spanish Police", Kind::Agency)), "{m:?}");
    assert!(police.contains(&("Kenyan Police", Kind::Agency)), "{m:?}");
    // A special unit whose alias ends in "police" is no state's police.
    let m = mentions(&r, "Gunmen killed five Pakistani policemen.");
    assert!(
        m.iter().all(|x| x.1 != "Counter Terrorism Department"),
        "{m:?}"
    );
}

#[test]
fn and_the_before_a_second_name_ends_the_first() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The Popular Front of Corsica and the Union des Combattants split in 1990.",
    );
    let names = names_of(&m);
    assert!(
        names.contains(&"Popular Front of Corsica".to_string()),
        "{m:?}"
    );
    let m = mentions(
        &r,
        "The Popular Front of Corsica and the CCFL split in 1990.",
    );
    assert!(
        names_of(&m).contains(&"Popular Front of Corsica".to_string()),
        "{m:?}"
    );
    // One word after the article is still the name's own ("of Iraq and the Levant").
    let m = mentions(
        &r,
        "The Popular Front of Ruvia and the Levant split in 1990.",
    );
    assert!(
        names_of(&m).contains(&"Popular Front of Ruvia and the Levant".to_string()),
        "{m:?}"
    );
}

#[test]
fn a_state_after_the_of_of_a_longer_name_is_a_word_of_it() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Police killed a leader of the Workers Party of India on Monday.",
    );
    assert!(
        names_of(&m).contains(&"Workers Party of India".to_string()),
        "{m:?}"
    );
    assert!(!names_of(&m).contains(&"India".to_string()), "{m:?}");
    let m = mentions(
        &r,
        "The Front for the Renewal of the Niger Delta attacked a pipeline.",
    );
    assert!(
        names_of(&m).contains(&"Front for the Renewal of the Niger Delta".to_string()),
        "{m:?}"
    );
    // A title's "of" keeps its state; so does a lone head word.
    let m = mentions(
        &r,
        "The Prime Minister of India Narendra Modi met the Party of India.",
    );
    assert!(names_of(&m).contains(&"India".to_string()), "{m:?}");
}

#[test]
fn a_name_apposed_to_a_place_noun_is_no_person() {
    let r = recognizer();
    for text in [
        "The militia seized Kal Anod, the main town, on Monday.",
        "Gunmen attacked Empalme Norte, the neighbourhood where the gang began.",
    ] {
        let m = mentions(&r, text);
        assert!(m.iter().all(|x| x.2 != Kind::Person), "{text}: {m:?}");
    }
    // A person's noun before the place, or a role after it, still makes a person.
    for (text, name) in [
        (
            "Abdi Warsame, a town elder, said the militia had left.",
            "Abdi Warsame",
        ),
        (
            "Asel Tokoeva, a teacher in the village of Ak-Sai, said so.",
            "Asel Tokoeva",
        ),
        (
            "Abdi Warsame, the district commissioner, said so.",
            "Abdi Warsame",
        ),
    ] {
        let m = mentions(&r, text);
        assert_eq!(
            actor_of(&m, name).map(|a| a.1),
            Some(Kind::Person),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn an_acronym_hyphenated_to_a_word_names_a_body() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Somaliland said the SSC-Khatumo administration held Erigavo.",
    );
    assert_eq!(
        actor_of(&m, "SSC-Khatumo").map(|a| a.1),
        Some(Kind::Organization),
        "{m:?}"
    );
    // Two names the pack knows, a second acronym, a number: no body of their own.
    let m = mentions(
        &r,
        "The US-Iran talks stalled. Photo: EPA-EFE. An F-16 crashed.",
    );
    assert!(
        m.iter()
            .all(|x| !x.0.contains('-') && x.2 != Kind::Organization),
        "{m:?}"
    );
}

#[test]
fn the_name_of_a_tribe_and_a_church_body() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Fighters from the Kaekin tribe attacked the rival Sikin tribe. A truce brokered by \
         the Catholic Diocese of Wabag collapsed.",
    );
    for name in ["Kaekin tribe", "Sikin tribe", "Catholic Diocese of Wabag"] {
        assert_eq!(
            actor_of(&m, name).map(|a| a.1),
            Some(Kind::Organization),
            "{name}: {m:?}"
        );
    }
    // A people's tribe without "the", or its elders, name no body.
    let m = mentions(
        &r,
        "Pashtun tribe members met. The Shinwari tribe elders met.",
    );
    assert!(m.iter().all(|x| !x.0.contains("tribe")), "{m:?}");
}

#[test]
fn a_people_in_the_plural_after_the_stands_for_its_state() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The PA denies working with the Israelis. The Americans left.",
    );
    assert!(names_of(&m).contains(&"Israel".to_string()), "{m:?}");
    assert!(names_of(&m).contains(&"United States".to_string()), "{m:?}");
    // Without "the", or before a name, it is no state.
    let m = mentions(&r, "Israelis protested. The Americans Abroad Fund met.");
    assert!(m.iter().all(|x| x.2 != Kind::State), "{m:?}");
}

#[test]
fn a_name_given_as_someone_s_after_a_naming_verb() {
    let r = recognizer();
    for (text, name) in [
        (
            "The army named the dead commander as Nayan Medhi.",
            "Nayan Medhi",
        ),
        (
            "A fighter who gave his name as Abu Ahmad al-Kurdi spoke.",
            "Abu Ahmad al-Kurdi",
        ),
        (
            "Police identified the gunman as Karim Saleh.",
            "Karim Saleh",
        ),
    ] {
        let m = mentions(&r, text);
        assert_eq!(
            actor_of(&m, name).map(|a| a.1),
            Some(Kind::Person),
            "{text}: {m:?}"
        );
    }
    // What a verb names that is no person is no person.
    let m = mentions(&r, "They named the operation as Northern Shield.");
    assert!(m.iter().all(|x| x.2 != Kind::Person), "{m:?}");
}

#[test]
fn a_people_described_after_the_is_no_state() {
    let r = recognizer();
    for text in [
        "The Taliban freed the Americans held in Kabul.",
        "The army killed the Colombians fighting for the RSF.",
        "Iran deported the Afghans who had fled.",
    ] {
        let m = mentions(&r, text);
        assert!(
            !m.iter()
                .any(|x| ["Americans", "Colombians", "Afghans"].contains(&x.0.as_str())),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn a_pack_name_opening_a_longer_name_of_another_body_gives_way_to_it() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Fighters of the Chad Salvation Front attacked a convoy. The Togo Renewal Party \
         rejected the plan. The People's Liberation Army of Kangleipak said it had hit a \
         post. The Mali Security Forces and the People's Liberation Army of China held \
         drills.",
    );
    let names = names_of(&m);
    for name in [
        "Chad Salvation Front",
        "Togo Renewal Party",
        "People's Liberation Army of Kangleipak",
    ] {
        assert!(names.contains(&name.to_string()), "{name}: {m:?}");
    }
    assert!(!names.contains(&"Chad".to_string()), "{m:?}");
    assert!(!names.contains(&"Togo".to_string()), "{m:?}");
    // A state's own body keeps its state; its own army of its own state stays itself.
    assert_eq!(
        actor_of(&m, "Mali Security Forces").map(|a| a.0),
        Some("Malian Armed Forces".to_string()),
        "{m:?}"
    );
    assert_eq!(
        actor_of(&m, "People's Liberation Army").map(|a| a.0),
        Some("People's Liberation Army".to_string()),
        "{m:?}"
    );
}

#[test]
fn a_pack_name_glued_to_other_capitalized_words_is_part_of_another_name() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Police in Brazil said they had arrested Assad Karim Haddad, a trader. Members of \
         the Unruly ISIS gang were jailed. Suspected ISIS fighters attacked a post. \
         President Assad fled to Moscow.",
    );
    assert_eq!(actor_of(&m, "Assad"), None, "{m:?}");
    assert_eq!(
        actor_of(&m, "ISIS").map(|a| a.0),
        Some("Islamic State".to_string()),
        "{m:?}"
    );
    assert!(
        m.iter().filter(|x| x.1 == "Islamic State").count() == 1,
        "the Unruly ISIS gang is another body: {m:?}"
    );
    assert!(
        m.iter().any(|x| x.1 == "Bashar al-Assad"),
        "a title before the name keeps it: {m:?}"
    );
}

#[test]
fn an_adjective_of_a_people_or_creed_before_an_acronym_names_no_other_body() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Ankara says it shelled the Kurdish PKK in northern Iraq. Moscow says it struck \
         the Islamist HTS near Idlib.",
    );
    let names = names_of(&m);
    for want in ["Kurdistan Workers' Party", "Hayat Tahrir al-Sham"] {
        assert!(names.iter().any(|n| n == want), "{want}: {m:?}");
    }
}

#[test]
fn a_gang_named_with_its_noun_is_named_without_it_later() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Police said leaders of the Rasta City gang ordered the killings. Rasta City has \
         received rifles from abroad.",
    );
    assert_eq!(
        actor_of(&m, "Rasta City").map(|a| a.0),
        Some("Rasta City gang".to_string()),
        "{m:?}"
    );
}

#[test]
fn the_last_word_of_a_bodys_name_after_the_names_it_again() {
    let r = recognizer();
    let text = "Jordan banned the Muslim Brotherhood. Egypt jailed members of the Brotherhood. \
                The American University of Kabul closed; the Kabul office stayed open. The \
                Sahel Front and the Kessar Front clashed; the Front said nothing.";
    let m = mentions(&r, text);
    assert_eq!(
        actor_of(&m, "Brotherhood").map(|a| a.0),
        Some("Muslim Brotherhood".to_string()),
        "{m:?}"
    );
    // A place ends a name, and a word two bodies end in names neither.
    assert!(
        !m.iter()
            .any(|x| x.0 == "Kabul" && x.1.contains("University")),
        "{m:?}"
    );
    assert_eq!(actor_of(&m, "Front"), None, "{m:?}");
}

#[test]
fn a_name_before_an_age_set_off_by_commas_is_a_persons() {
    let r = recognizer();
    let m = mentions(&r, "Karim Benali, 45, was charged with arson on Tuesday.");
    assert_eq!(
        actor_of(&m, "Karim Benali"),
        Some(("Karim Benali".to_string(), Kind::Person)),
        "{m:?}"
    );
    let m = mentions(&r, "Fighting in Kessar Valley, 2021, left dozens dead.");
    assert_eq!(actor_of(&m, "Kessar Valley"), None, "{m:?}");
}

#[test]
fn a_titles_word_after_a_name_ends_it_and_a_capital_with_a_relative_act_governs() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Prime Minister Hun Sen said the border would stay closed.",
    );
    assert_eq!(
        actor_of(&m, "Hun Sen").map(|a| a.1),
        Some(Kind::Person),
        "{m:?}"
    );
    let m = mentions(&r, "Sen. Ana Ruiz said the bill would pass.");
    assert!(m.iter().any(|x| x.0 == "Ana Ruiz"), "{m:?}");
    let m = mentions(
        &r,
        "Moscow, which backed Assad throughout the war, has been talking to Damascus.",
    );
    assert_eq!(
        actor_of(&m, "Moscow").map(|a| a.0),
        Some("Russia".to_string()),
        "{m:?}"
    );
    let m = mentions(&r, "Kabul, which fell in August, was calm.");
    assert_eq!(actor_of(&m, "Kabul"), None, "{m:?}");
}

#[test]
fn a_name_opening_with_a_common_given_name_is_a_persons_wherever_it_stands() {
    let r = recognizer();
    let text = "Evo Morales praised the strikers. The arrest of Daniel Karlsson followed. \
                Later, Trevino Morales, 54, and Miguel Angel Trevino Morales were moved. \
                Elon Musk's SpaceX launched. The Omar Bongo Foundation and Camp Ahmed stayed.";
    let m = mentions(&r, text);
    for name in ["Evo Morales", "Daniel Karlsson", "Elon Musk"] {
        assert_eq!(
            actor_of(&m, name),
            Some((name.to_string(), Kind::Person)),
            "{name}: {m:?}"
        );
    }
    assert!(
        !m.iter()
            .any(|x| x.2 == Kind::Person && (x.0.contains("Bongo") || x.0.contains("Camp"))),
        "{m:?}"
    );
}

#[test]
fn places_firms_and_ships_named_after_persons_are_no_persons() {
    let r = recognizer();
    let text = "Gunmen stormed the Ahmed Nur Hotel in Mogadishu. The Treasury named Khalil \
                Haidar Trading and Ali Mahan Airlines. Pirates seized the tanker Maria Elena.";
    let m = mentions(&r, text);
    assert!(
        !m.iter().any(|x| x.2 == Kind::Person),
        "no person here: {m:?}"
    );
}

#[test]
fn the_body_named_before_by_its_head_word_in_lowercase() {
    let r = recognizer();
    let text = "The Federal Bureau of Investigation said hackers breached the firms. The \
                bureau said they worked for Sichuan Lantern Network Co. Police guarded the \
                bureau of statistics.";
    let m = mentions(&r, text);
    assert_eq!(
        actor_of(&m, "bureau").map(|a| a.0),
        Some("Federal Bureau of Investigation".to_string()),
        "{m:?}"
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "Sichuan Lantern Network Co" && x.2 == Kind::Organization),
        "{m:?}"
    );
    assert_eq!(m.iter().filter(|x| x.0 == "bureau").count(), 1, "{m:?}");
}

#[test]
fn a_full_name_run_on_by_another_surname_is_a_relatives() {
    let r = recognizer();
    let names_in = |t: &str| names_of(&mentions(&r, t));
    let names = names_in("La Mayiza is now led by his son Ismael Zambada Sicairos.");
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("Ismael Zambada Sicairos")),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n.contains("García")), "{names:?}");
    // A spelling the pack lists is the person.
    let names = names_in("Joaquin Guzman Loera was extradited.");
    assert!(names.iter().any(|n| n.contains("Guzmán")), "{names:?}");
}

#[test]
fn a_party_named_before_the_noun_party_keeps_its_own_name() {
    let r = recognizer();
    let names = names_of(&mentions(
        &r,
        "He led the ruling Srpska Lista party for years.",
    ));
    assert!(names.iter().any(|n| n == "Srpska Lista"), "{names:?}");
    let names = names_of(&mentions(&r, "He joined the main Hutu party."));
    assert!(names.is_empty(), "{names:?}");
    let names = names_of(&mentions(&r, "He joined the Kosovo party."));
    assert_eq!(names, ["Kosovo"]);
}

#[test]
fn an_operations_name_is_no_person() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Troops deployed under Operation Mirador, the mission launched in 2022, were hit.",
    );
    assert!(!m.iter().any(|x| x.0.contains("Mirador")), "{m:?}");
}

#[test]
fn a_bare_junta_is_the_named_states_junta() {
    let r = recognizer();
    // The pack's "Myanmar junta" is the Tatmadaw; "Malian junta" is Mali itself.
    let m = mentions(
        &r,
        "Fighting spread across Myanmar. Junta troops shelled the town, and the junta denied it.",
    );
    let junta: Vec<&str> = m
        .iter()
        .filter(|x| x.0.eq_ignore_ascii_case("junta"))
        .map(|x| x.1.as_str())
        .collect();
    assert_eq!(junta, vec!["Tatmadaw", "Tatmadaw"]);
    let m = mentions(
        &r,
        "Mali expelled the envoy. The junta said he had meddled.",
    );
    assert!(m.iter().any(|x| x.0 == "junta" && x.1 == "Mali"));
    // With no state that has a junta named, the junta is one discovered body.
    let m = mentions(&r, "The junta said the rebels broke the truce.");
    assert!(m
        .iter()
        .any(|x| x.0 == "junta" && x.1 == "Junta" && x.2 == Kind::Agency));
    // "juntas" in general, or a junta of a state named in the alias, are left alone.
    let m = mentions(&r, "The Sahel's juntas met in Niamey.");
    assert!(!m.iter().any(|x| x.1 == "Junta"));
    // "the Junta" after a body named with the word is that body, not a state's junta.
    let m = mentions(
        &r,
        "Mali expelled the envoy. The Renamo Military Junta split off. The Junta denied it.",
    );
    let junta: Vec<&str> = m
        .iter()
        .filter(|x| x.0 == "Junta")
        .map(|x| x.1.as_str())
        .collect();
    assert_eq!(junta, vec!["Renamo Military Junta"], "{m:?}");
}

#[test]
fn unexplained_acronyms_used_as_names() {
    let r = recognizer();
    // "the New IRA": a capitalized word between "the" and an unexplained acronym.
    let m = mentions(
        &r,
        "The New IRA said it shot the officer. Police blamed the New IRA's leadership.",
    );
    assert_eq!(m.iter().filter(|x| x.1 == "New IRA").count(), 2, "{m:?}");
    // "the KRF" twice: an acronym that only a party's name is.
    let m = mentions(
        &r,
        "The KRF denied it. Officials said the KRF had armed them.",
    );
    assert!(
        m.iter().any(|x| x.1 == "KRF" && x.2 == Kind::Organization),
        "{m:?}"
    );
    // Once only, a word also written in lowercase, or kit, is no party.
    let m = mentions(
        &r,
        "They saw the BIG picture. It was big. The SUV and the SUV burned.",
    );
    assert!(m.iter().all(|x| x.1 != "BIG" && x.1 != "SUV"), "{m:?}");
    let m = mentions(&r, "The KRF denied it.");
    assert!(m.iter().all(|x| x.1 != "KRF"), "{m:?}");
    // An adjective of a people before the acronym is no part of a name.
    let m = mentions(&r, "Under the European WLTP cycle, the car did well.");
    assert!(m.iter().all(|x| !x.1.contains("WLTP")), "{m:?}");
}

#[test]
fn an_acronym_before_party_is_a_party() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Members of Burundi's ruling KRF-DD party were sent to the front.",
    );
    assert!(
        m.iter()
            .any(|x| x.1 == "KRF-DD" && x.2 == Kind::Organization),
        "{m:?}"
    );
}

#[test]
fn common_words_after_a_states_possessive_name_its_body() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Malaysia's National Security Council said the talks would resume.",
    );
    assert!(
        m.iter()
            .any(|x| x.1 == "National Security Council of Malaysia" && x.2 == Kind::Agency),
        "{m:?}"
    );
    // Without a state's possessive, common words stay no name.
    let m = mentions(
        &r,
        "The National Security Council said the talks would resume.",
    );
    assert!(
        m.iter().all(|x| !x.1.contains("National Security")),
        "{m:?}"
    );
}

#[test]
fn a_junta_after_a_states_name_is_that_states() {
    let r = recognizer();
    // "Sudan's junta": the state named right before, which the pack gives no junta of.
    let m = mentions(
        &r,
        "Sudan's junta rejected the plan. The junta said it would fight on.",
    );
    assert!(m.iter().any(|x| x.0 == "junta" && x.1 == "Sudan"), "{m:?}");
    // "junta leader X": the role's word, left to the role.
    let m = mentions(
        &r,
        "Mali expelled the envoy. Junta leader Assimi Goita spoke.",
    );
    assert!(m.iter().all(|x| x.0 != "Junta"), "{m:?}");
    // "Myanmar's military" names the junta itself.
    let m = mentions(
        &r,
        "Myanmar's military shelled the town. The junta denied it.",
    );
    assert!(
        m.iter().any(|x| x.0 == "junta" && x.1 == "Tatmadaw"),
        "{m:?}"
    );
}

#[test]
fn an_acronym_that_never_acts_or_names_a_thing_is_no_party() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Troops crossed the LAC line. Both sides patrol the LAC.",
    );
    assert!(m.iter().all(|x| x.1 != "LAC"), "{m:?}");
    let m = mentions(&r, "The KRF claimed the attack. The KRF denied it later.");
    assert!(m.iter().any(|x| x.1 == "KRF"), "{m:?}");
}

#[test]
fn an_acronym_before_talks_may_still_be_a_party() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The KRF said it was ready. The KRF talks with the government resumed.",
    );
    assert!(m.iter().any(|x| x.1 == "KRF"), "{m:?}");
}

#[test]
fn a_unit_named_before_by_its_head_word_and_a_plural_name_glossed_as_a_militia() {
    let r = recognizer();
    let text = "Ngwa Tabe heads the Southern Lions Brigade. The brigade has fought the army \
                since 2018. The Red Dragons, a separatist militia, attacked a police post. \
                Police said the Black Scorpions, another armed group, joined them.";
    let m = mentions(&r, text);
    assert_eq!(
        actor_of(&m, "brigade").map(|a| a.0),
        Some("Southern Lions Brigade".to_string()),
        "{m:?}"
    );
    // An article opens no person's name, even at a sentence's start.
    assert_eq!(
        actor_of(&m, "Red Dragons"),
        Some(("Red Dragons".to_string(), Kind::Organization)),
        "{m:?}"
    );
    assert_eq!(
        actor_of(&m, "Black Scorpions"),
        Some(("Black Scorpions".to_string(), Kind::Organization)),
        "{m:?}"
    );
}

#[test]
fn a_titled_alias_takes_the_names_word_after_it() {
    let r = recognizer();
    let text = "Eritrea's President Isaias Afwerki has kept his counsel. Prime Minister Abiy \
                Ahmed spoke.";
    let m = mentions(&r, text);
    assert_eq!(
        actor_of(&m, "President Isaias Afwerki").map(|a| a.0),
        Some("Isaias Afwerki".to_string()),
        "{m:?}"
    );
    assert_eq!(
        actor_of(&m, "Prime Minister Abiy Ahmed").map(|a| a.0),
        Some("Abiy Ahmed".to_string()),
        "{m:?}"
    );
    assert!(
        !m.iter().any(|x| x.0 == "Afwerki" || x.0 == "Ahmed"),
        "{m:?}"
    );
}

#[test]
fn a_name_set_off_before_a_possessed_role_of_four_words_is_a_person() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Nuhu Ribadu, Nigeria's national security adviser, said the talks failed.",
    );
    assert_eq!(
        actor_of(&m, "Nuhu Ribadu"),
        Some(("Nuhu Ribadu".to_string(), Kind::Person)),
        "{m:?}"
    );
}

#[test]
fn a_plural_name_written_twice_after_the_and_acting_is_a_group() {
    let r = recognizer();
    let text = "The Red Dragons attacked a police post on Monday. Police said the Red Dragons \
                had killed two officers.";
    let m = mentions(&r, text);
    assert_eq!(
        m.iter()
            .filter(|x| x.0 == "Red Dragons" && x.2 == Kind::Organization)
            .count(),
        2,
        "{m:?}"
    );
    // Places, outlets and a single use are no groups.
    let text = "The Golan Heights remained calm. Israel annexed the Golan Heights. The New \
                York Times reported it, and the New York Times said so. The Black Hawks \
                landed.";
    let m = mentions(&r, text);
    assert!(
        !m.iter()
            .any(|x| x.0.contains("Heights") || x.0.contains("Times") || x.0.contains("Hawks")),
        "{m:?}"
    );
}

#[test]
fn a_party_described_after_its_name_and_a_person_by_kin_or_a_past_role() {
    let r = recognizer();
    let text = "Days later Vuk Petrovic, then vice-president of Nova Lista, the largest \
                Montenegrin Serb party, spoke.";
    let m = mentions(&r, text);
    assert_eq!(
        actor_of(&m, "Nova Lista"),
        Some(("Nova Lista".to_string(), Kind::Organization)),
        "{m:?}"
    );
    assert_eq!(
        actor_of(&m, "Vuk Petrovic"),
        Some(("Vuk Petrovic".to_string(), Kind::Person)),
        "{m:?}"
    );
    let m = mentions(
        &r,
        "Ivo Markan, Dukic's cousin and a member of the party, was arrested.",
    );
    assert_eq!(
        actor_of(&m, "Ivo Markan"),
        Some(("Ivo Markan".to_string(), Kind::Person)),
        "{m:?}"
    );
    // A relative clause after a name is no description of a body.
    let m = mentions(
        &r,
        "Ngwa Tabe, who heads the Southern Lions Brigade, said so.",
    );
    assert_eq!(
        actor_of(&m, "Ngwa Tabe"),
        Some(("Ngwa Tabe".to_string(), Kind::Person)),
        "{m:?}"
    );
}

#[test]
fn a_states_possessive_before_the_rest_of_a_bodys_demonym_alias_names_the_body() {
    let r = recognizer();
    let m = mentions(&r, "The unit is controlled by Russia's defence ministry.");
    assert_eq!(
        actor_of(&m, "Russia's defence ministry"),
        Some(("Russian Armed Forces".to_string(), Kind::Agency)),
        "{m:?}"
    );
    // Not a force noun read as an adjective, nor a capitalized name of its own.
    let m = mentions(&r, "He fought Sudan's military ruler.");
    assert!(names_of(&m).contains(&"Sudan".to_string()), "{m:?}");
}

#[test]
fn an_acronym_in_another_word_order_defines_the_name_before_it() {
    let r = recognizer();
    for (text, name) in [
        (
            "Ivo Darn leads the Union of Velorian Resistance Forces (UFRV), a rebel coalition.",
            "Union of Velorian Resistance Forces",
        ),
        (
            "The Coordination of Tamsin Sahel Movements (CMTS) signed the accord.",
            "Coordination of Tamsin Sahel Movements",
        ),
        (
            "The group now calls itself the Ejército Popular de Colombia (EPC).",
            "Ejército Popular de Colombia",
        ),
    ] {
        let m = mentions(&r, text);
        assert_eq!(
            actor_of(&m, name),
            Some((name.to_string(), Kind::Organization)),
            "{m:?}"
        );
    }
    // Letters that are not the initials define nothing.
    let m = mentions(&r, "The Union of National Resistance Forces (XYZ) said so.");
    assert_eq!(
        actor_of(&m, "Union of National Resistance Forces"),
        None,
        "{m:?}"
    );
}

#[test]
fn names_opened_by_their_head_in_spanish_and_portuguese() {
    let r = recognizer();
    for name in [
        "Frente Comuneros del Velor",
        "Comandos de la Sierra Alta",
        "Autodefensas Campesinas de la Costa Norte",
    ] {
        let m = mentions(&r, &format!("Troops clashed with the {name} on Monday."));
        assert_eq!(
            actor_of(&m, name),
            Some((name.to_string(), Kind::Organization)),
            "{m:?}"
        );
    }
    // A capitalized particle after an Arabic formant is a name part.
    let m = mentions(&r, "Troops clashed with Harakat Al Nour on Monday.");
    assert_eq!(
        actor_of(&m, "Harakat Al Nour"),
        Some(("Harakat Al Nour".to_string(), Kind::Organization)),
        "{m:?}"
    );
    // A head word with no name after it opens none.
    let m = mentions(&r, "The Frente said nothing.");
    assert_eq!(actor_of(&m, "Frente"), None, "{m:?}");
}

#[test]
fn a_name_may_open_with_a_state_or_a_particle() {
    let r = recognizer();
    for name in [
        "Burma National Revolutionary Army",
        "al-Qasim bin Tariq Brigade",
    ] {
        let m = mentions(&r, &format!("The {name} attacked a base."));
        assert_eq!(
            actor_of(&m, name),
            Some((name.to_string(), Kind::Organization)),
            "{m:?}"
        );
    }
    // A state's own army keeps the state.
    let m = mentions(&r, "The Sudan National Army attacked a base.");
    assert!(names_of(&m).contains(&"Sudan".to_string()), "{m:?}");
}

#[test]
fn initials_open_a_persons_name() {
    let r = recognizer();
    let m = mentions(&r, "Police arrested A. S. Dulat on Monday.");
    assert_eq!(
        actor_of(&m, "A. S. Dulat"),
        Some(("A. S. Dulat".to_string(), Kind::Person)),
        "{m:?}"
    );
    let m = mentions(
        &r,
        "S. P. Thamilselvan, the head of the political wing, was killed.",
    );
    assert_eq!(
        actor_of(&m, "S. P. Thamilselvan"),
        Some(("S. P. Thamilselvan".to_string(), Kind::Person)),
        "{m:?}"
    );
}

#[test]
fn a_name_after_a_particle_of_arabic_names_is_the_persons() {
    let r = recognizer();
    let m = mentions(&r, "Police arrested Yasser Abu Shabab on Monday.");
    assert_eq!(
        actor_of(&m, "Yasser Abu Shabab"),
        Some(("Yasser Abu Shabab".to_string(), Kind::Person)),
        "{m:?}"
    );
    assert!(!names_of(&m).contains(&"al-Shabaab".to_string()), "{m:?}");
}

#[test]
fn an_acronym_after_a_role_and_of_is_a_partys() {
    let r = recognizer();
    let m = mentions(
        &r,
        "General El Hadj Ag Gamou, the founder of KTLA, fought on.",
    );
    assert_eq!(
        actor_of(&m, "KTLA"),
        Some(("KTLA".to_string(), Kind::Organization)),
        "{m:?}"
    );
}

#[test]
fn a_name_before_a_noun_of_places_is_no_person() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Rebels shelled the Sheikh Maqsoud district of Aleppo overnight.",
    );
    assert_eq!(actor_of(&m, "Sheikh Maqsoud"), None, "{m:?}");
    assert_eq!(actor_of(&m, "Maqsoud"), None, "{m:?}");
    let m = mentions(&r, "Sheikh Abdi Nur Farah surrendered in 2013.");
    assert_eq!(
        actor_of(&m, "Abdi Nur Farah"),
        Some(("Abdi Nur Farah".to_string(), Kind::Person)),
        "{m:?}"
    );
}

#[test]
fn a_name_of_two_words_or_more_before_fighters_or_a_movement() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Toloba said his Dan Koro Sagou fighters had clashed with rivals.",
    );
    assert_eq!(
        actor_of(&m, "Dan Koro Sagou fighters"),
        Some(("Dan Koro Sagou".to_string(), Kind::Organization)),
        "{m:?}"
    );
    let m = mentions(
        &r,
        "Police detained the leader of the Silver Dawn movement.",
    );
    assert_eq!(
        actor_of(&m, "Silver Dawn movement"),
        Some(("Silver Dawn".to_string(), Kind::Organization)),
        "{m:?}"
    );
    // One word is a people's, not a group's name.
    let m = mentions(&r, "Tuareg fighters clashed with the army near Kidal.");
    assert_eq!(actor_of(&m, "Tuareg fighters"), None, "{m:?}");
    let m = mentions(&r, "Al-Jamaa al-Islamiya's armed wing fired rockets.");
    assert_eq!(
        actor_of(&m, "Al-Jamaa al-Islamiya"),
        Some(("Al-Jamaa al-Islamiya".to_string(), Kind::Organization)),
        "{m:?}"
    );
}

#[test]
fn a_unit_numbered_after_its_head() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Brigade 517, commanded by Mahmoud Hamza, fought in Tripoli.",
    );
    assert_eq!(
        actor_of(&m, "Brigade 517"),
        Some(("Brigade 517".to_string(), Kind::Organization)),
        "{m:?}"
    );
}

#[test]
fn an_acronym_after_ruling_is_a_council() {
    let r = recognizer();
    let m = mentions(
        &r,
        "A spokesman for Guinea's ruling CNRD read the statement.",
    );
    assert_eq!(
        actor_of(&m, "CNRD"),
        Some(("CNRD".to_string(), Kind::Organization)),
        "{m:?}"
    );
}

#[test]
fn police_or_authorities_in_a_state_are_that_states() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Police in Norway detained a suspect. Authorities in Mali said nothing. US officials \
         in Iraq met the PMF.",
    );
    let of = |surface: &str| m.iter().find(|x| x.0 == surface).map(|x| x.1.clone());
    assert_eq!(of("Police").as_deref(), Some("Norwegian Police"), "{m:?}");
    assert_eq!(of("Authorities").as_deref(), Some("Mali"), "{m:?}");
    // After a name, the officials are the name's.
    assert_eq!(of("officials"), None, "{m:?}");
}

#[test]
fn a_states_name_before_a_noun_of_borders_is_a_place() {
    let r = recognizer();
    let text = "Gunmen attacked villages along the Niger border. Clashes erupted on the \
                Chad-Sudan frontier. Chad accused the RSF.";
    let m = mentions(&r, text);
    let states: Vec<&str> = m
        .iter()
        .filter(|x| x.2 == Kind::State)
        .map(|x| x.0.as_str())
        .collect();
    assert_eq!(states, vec!["Chad"], "{m:?}");
    assert!(r
        .recognize(text, &sentences(text))
        .places
        .iter()
        .any(|&(p, _)| text[p..].starts_with("Niger")));
}

#[test]
fn a_weekday_s_possessive_after_called_names_no_body() {
    let r = recognizer();
    let m = mentions(&r, "The group called Monday's move courageous.");
    assert!(m.iter().all(|x| !x.0.contains("Monday")), "{m:?}");
}

#[test]
fn a_british_honorific_opens_a_person_s_name() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The chief constable, Sir Hugh Orde, blamed the loyalists.",
    );
    assert!(
        m.iter().any(|x| x.1 == "Hugh Orde" && x.2 == Kind::Person),
        "{m:?}"
    );
}

#[test]
fn coordinated_demonyms_before_a_plural_of_government_are_each_their_state() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The Kenyan and Ugandan governments welcomed the report.",
    );
    let names = names_of(&m);
    assert!(names.contains(&"Kenya".to_string()), "{m:?}");
    assert!(names.contains(&"Uganda".to_string()), "{m:?}");
}

#[test]
fn an_operations_name_is_no_force() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Two days later NATO launched Operation Deliberate Force against Serb positions.",
    );
    let names = names_of(&m);
    assert!(!names.iter().any(|n| n.contains("Deliberate")), "{m:?}");
    assert!(
        names.contains(&"North Atlantic Treaty Organization".to_string()),
        "{m:?}"
    );
}

#[test]
fn a_state_before_a_landform_is_a_place_and_a_name_after_of_has_no_short_form() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The Movement for the Emancipation of the Niger Delta attacked pipelines. The army \
         polices the Delta. Ateke Tom leads the Niger Delta Vigilante in the Niger Delta.",
    );
    let names = names_of(&m);
    assert!(!names.contains(&"Niger".to_string()), "{m:?}");
    // "the Delta" is the region, not the movement's short form.
    let movement = m
        .iter()
        .filter(|x| x.1 == "Movement for the Emancipation of the Niger Delta")
        .count();
    assert_eq!(movement, 1, "{m:?}");
}

#[test]
fn a_given_name_that_is_a_speech_verb_and_a_described_person_after_led_by() {
    let r = recognizer();
    let text = "The president, Emomali Rakhmonov, and Said Abdullo Nuri signed the accord. \
                The Kessar Front, a militia led by the ex-convict Sangak Safarov, took the \
                town. The attack was led by the rebel Kessar Front.";
    let m = mentions(&r, text);
    let names = names_of(&m);
    assert!(
        names.contains(&"Said Abdullo Nuri".to_string()),
        "{names:?}"
    );
    assert!(!names.contains(&"Abdullo Nuri".to_string()), "{names:?}");
    assert!(names.contains(&"Sangak Safarov".to_string()), "{names:?}");
    // A name a body's word ends is no person's.
    assert!(
        !m.iter()
            .any(|x| x.0 == "Kessar Front" && x.2 == Kind::Person),
        "{m:?}"
    );
}

#[test]
fn a_pack_organization_run_on_by_an_arabic_article_is_another() {
    let r = recognizer();
    let m = mentions(
        &r,
        "He broke away from Fatah al-Intifada, a pro-Syrian faction.",
    );
    assert!(m.iter().any(|x| x.1 == "Fatah al-Intifada"), "{m:?}");
    assert!(!m.iter().any(|x| x.1 == "Fatah"), "{m:?}");
    let m = mentions(&r, "Fatah signed the deal.");
    assert!(m.iter().any(|x| x.1 == "Fatah"), "{m:?}");
}

#[test]
fn persons_by_given_names_of_many_regions() {
    let r = recognizer();
    let text = "Officials said peace would come when Jonas Savimbi was gone. Later, Slobodan \
                Milosevic and Shamil Basayev were named in the report.";
    let m = mentions(&r, text);
    for name in ["Jonas Savimbi", "Slobodan Milosevic", "Shamil Basayev"] {
        assert!(
            m.iter().any(|x| x.0 == name && x.2 == Kind::Person),
            "{name}: {m:?}"
        );
    }
}

#[test]
fn a_cause_a_name_is_for_keeps_its_state() {
    let r = recognizer();
    let text = "Jonas Savimbi led the rebels. Savimbi's National Union for the Total \
                Independence of Angola went back to war in 1992.";
    let m = mentions(&r, text);
    let name = "National Union for the Total Independence of Angola";
    assert!(m.iter().any(|x| x.0 == name), "{m:?}");
    // The owner before the name is no word of it, and the state inside it is no mention.
    assert!(!m.iter().any(|x| x.0.starts_with("Savimbi's")), "{m:?}");
    assert!(!m.iter().any(|x| x.0 == "Angola"), "{m:?}");
    // A state after a cause in lowercase is the state.
    let m = mentions(&r, "They fought for the liberation of Angola.");
    assert!(m.iter().any(|x| x.0 == "Angola"), "{m:?}");
}

#[test]
fn a_name_runs_on_over_a_form_of_state_and_an_elided_particle() {
    let r = recognizer();
    // "of the Republic of <state>" after a head word: the state is the name's last words.
    let text = "The Army of the Republic of Bosnia and Herzegovina attacked Serb lines.";
    let m = mentions(&r, text);
    let name = "Army of the Republic of Bosnia and Herzegovina";
    assert!(m.iter().any(|x| x.0 == name), "{m:?}");
    assert!(!m.iter().any(|x| x.0 == "Bosnia and Herzegovina"), "{m:?}");
    // Not a republic named for itself: "the president of the Republic of X" is X's.
    let m = mentions(
        &r,
        "He is the president of the Republic of Bosnia and Herzegovina.",
    );
    assert!(m.iter().any(|x| x.0 == "Bosnia and Herzegovina"), "{m:?}");
    // "d'Ivoire", "d'Estaing": an elided particle is a word of the name it stands in.
    let m = mentions(
        &r,
        "The Patriotic Movement of Cote d'Ivoire attacked the town.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "Patriotic Movement of Cote d'Ivoire"),
        "{m:?}"
    );
    let m = mentions(&r, "Valéry Giscard d'Estaing met the envoys.");
    assert!(m.iter().any(|x| x.0 == "Valéry Giscard d'Estaing"), "{m:?}");
}

#[test]
fn a_leaning_before_a_noun_of_armed_groups_names_no_group() {
    let r = recognizer();
    let m = mentions(&r, "Pro-Iranian militias attacked the base.");
    assert!(!m.iter().any(|x| x.0.starts_with("Pro-")), "{m:?}");
    // A name before the noun still names its group.
    let m = mentions(&r, "Mai-Mai militias attacked the base.");
    assert!(m.iter().any(|x| x.0.starts_with("Mai-Mai")), "{m:?}");
}

#[test]
fn a_name_set_off_before_a_noun_of_its_kind() {
    let r = recognizer();
    let text = "Tavari, the guerrilla army that had fought the occupation since 1975, never \
                struck back. Kelesh, the army's special forces command, trained the militias. \
                Groups such as Moraki, the Vella militia led by Eurico Guterres, sprang up.";
    let m = mentions(&r, text);
    for (name, kind) in [
        ("Tavari", Kind::Organization),
        ("Kelesh", Kind::Agency),
        ("Moraki", Kind::Organization),
    ] {
        assert!(
            m.iter().any(|x| x.0 == name && x.2 == kind),
            "{name}: {m:?}"
        );
    }
    // The description set off after a name is no name of its own.
    assert!(!m.iter().any(|x| x.0.contains("Vella")), "{m:?}");
}

#[test]
fn an_apposed_mission_or_joint_force_is_intergovernmental() {
    let r = recognizer();
    let text = "Verana, the European Union's naval mission, escorted ships. Kessa, the West \
                African force assembled by ECOWAS, arrived.";
    let m = mentions(&r, text);
    for name in ["Verana", "Kessa"] {
        assert!(
            m.iter().any(|x| x.0 == name && x.2 == Kind::Igo),
            "{name}: {m:?}"
        );
    }
}

#[test]
fn a_hyphenated_given_name_opens_a_persons_name() {
    let r = recognizer();
    let m = mentions(
        &r,
        "In August Jean-Pierre Bemba turned on his patrons. Daniel arap Moi said so.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "Daniel arap Moi" && x.2 == Kind::Person),
        "{m:?}"
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "Jean-Pierre Bemba" && x.2 == Kind::Person),
        "{m:?}"
    );
}

#[test]
fn authorities_and_missions_by_their_head_words() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The Coalition Provisional Authority shut the paper. The Kessar Monitoring Mission \
         counted the guns.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "Coalition Provisional Authority" && x.2 == Kind::Agency),
        "{m:?}"
    );
    assert!(
        m.iter().any(|x| x.0 == "Kessar Monitoring Mission"),
        "{m:?}"
    );
}

#[test]
fn an_acronym_of_the_name_in_another_order_defines_it() {
    let r = recognizer();
    let text = "Weapons held by the Defence and Security Forces (FDS) were hit. The assault \
                was carried out by the Republican Forces of Côte d'Ivoire (FRCI).";
    let m = mentions(&r, text);
    for (surface, name) in [
        ("FDS", "Defence and Security Forces"),
        ("FRCI", "Republican Forces of Côte d'Ivoire"),
    ] {
        assert!(
            m.iter().any(|x| x.0 == surface && x.1 == name),
            "{surface}: {m:?}"
        );
    }
}

#[test]
fn initials_without_spaces_open_a_name_and_spell_no_other() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Militias sprang up after President B.J. Habibie offered a ballot.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "B.J. Habibie" && x.2 == Kind::Person),
        "{m:?}"
    );
    assert!(!m.iter().any(|x| x.1 == "Paul Biya"), "{m:?}");
}

#[test]
fn tribunals_monitors_and_private_mediators_are_known_bodies() {
    let r = recognizer();
    let text = "The Yugoslav war crimes tribunal indicted him after OSCE monitors left, and \
                talks were facilitated by the Henry Dunant Centre; MSF and Royal Dutch Shell \
                withdrew staff.";
    let m = mentions(&r, text);
    for (surface, name) in [
        (
            "Yugoslav war crimes tribunal",
            "International Criminal Tribunal for the former Yugoslavia",
        ),
        (
            "OSCE",
            "Organization for Security and Co-operation in Europe",
        ),
        ("Henry Dunant Centre", "Centre for Humanitarian Dialogue"),
        ("MSF", "Médecins Sans Frontières"),
        ("Royal Dutch Shell", "Royal Dutch Shell"),
    ] {
        assert!(
            m.iter().any(|x| x.0 == surface && x.1 == name),
            "{surface}: {m:?}"
        );
    }
    // A lowercase shell is ammunition.
    let m = mentions(&r, "Shell fragments hit the market in Gaza.");
    assert!(!m.iter().any(|x| x.1 == "Royal Dutch Shell"), "{m:?}");
}

#[test]
fn a_name_whose_surname_the_text_writes_alone_is_a_persons() {
    let r = recognizer();
    let text = "The army commander took power from Milton Obote in July. Okello later \
                overthrew Obote, and Obote's ministers fled.";
    let m = mentions(&r, text);
    assert!(
        m.iter()
            .any(|x| x.0 == "Milton Obote" && x.2 == Kind::Person),
        "{m:?}"
    );
    // A region named by a compass word and its place is no person.
    let m = mentions(
        &r,
        "Fighting spread across North Darfur this week. Aid left Darfur.",
    );
    assert!(!m.iter().any(|x| x.2 == Kind::Person), "{m:?}");
}

#[test]
fn common_words_with_a_rebels_cause_name_a_group() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Fighters of the National Resistance Army took the capital.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "National Resistance Army" && x.2 == Kind::Organization),
        "{m:?}"
    );
    // Without a cause, common words and a head name no one.
    let m = mentions(&r, "Fighters of the National Army took the capital.");
    assert!(!m.iter().any(|x| x.0 == "National Army"), "{m:?}");
}

#[test]
fn a_peoples_name_the_same_in_the_plural_stands_for_its_state_before_a_verb() {
    let r = recognizer();
    let m = mentions(&r, "The French sheltered him for ten months.");
    assert!(
        m.iter().any(|x| x.0 == "French" && x.1 == "France"),
        "{m:?}"
    );
    // Before a noun it qualifies, the adjective is the noun's: the troops are the forces.
    let m = mentions(&r, "The French troops left Mali.");
    assert!(
        !m.iter().any(|x| x.0 == "French" && x.1 == "France"),
        "{m:?}"
    );
}

#[test]
fn a_capital_opening_its_sentence_before_an_adverb_and_a_verb_is_its_government() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Ouagadougou regularly mentions its partnership with Russia.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "Ouagadougou" && x.1 == "Burkina Faso"),
        "{m:?}"
    );
}

#[test]
fn a_places_name_whose_last_word_recurs_is_no_persons() {
    let r = recognizer();
    for text in [
        "The RSF besieged El Fasher for months. Hospitals in Fasher were shelled.",
        "The cartel fought for control of Ciudad Juarez. Murders in Juarez peaked.",
        "Eritrea celebrates Independence Day in May, with a Martyrs Day vigil.",
    ] {
        let m = mentions(&r, text);
        assert!(!m.iter().any(|x| x.2 == Kind::Person), "{text}: {m:?}");
    }
    // A surname opening its sentence before a verb in the past still counts.
    let m = mentions(
        &r,
        "Forces loyal to Tito Okello fled Kampala. Okello went into exile in Kenya.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "Tito Okello" && x.2 == Kind::Person),
        "{m:?}"
    );
}

#[test]
fn given_names_of_older_wars_open_a_persons_name() {
    let r = recognizer();
    let text = "Vincent Otti was killed in 2007. Milton Obote fled to Zambia in 1985. \
                Frederick Chiluba won the election.";
    let m = mentions(&r, text);
    for name in ["Vincent Otti", "Milton Obote", "Frederick Chiluba"] {
        assert!(
            m.iter().any(|x| x.0 == name && x.2 == Kind::Person),
            "{name} in {m:?}"
        );
    }
}

#[test]
fn a_title_of_tenure_in_one_word_opens_a_persons_name() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Ex-President Daniel Moi spoke. Then-President Tito Okello fled.",
    );
    for name in ["Daniel Moi", "Tito Okello"] {
        assert!(
            m.iter().any(|x| x.0 == name && x.2 == Kind::Person),
            "{name} in {m:?}"
        );
    }
}

#[test]
fn a_name_may_open_with_international_or_a_creed() {
    let r = recognizer();
    let text = "The International Tessaly Commission met the rebels. Fighters of the Arab \
                Vornal Front attacked the town. International pressure grew on them.";
    let names = names_of(&mentions(&r, text));
    for want in ["International Tessaly Commission", "Arab Vornal Front"] {
        assert!(names.iter().any(|n| n == want), "{want} not in {names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("pressure")), "{names:?}");
}

#[test]
fn what_a_founder_founded_is_named_after_the() {
    let r = recognizer();
    let text = "Tarek Olvan founded the Vessar Awakening in 2006. The Vessar Awakening grew. \
                The river formed the Kessar Valley long ago.";
    let m = mentions(&r, text);
    let awakening: Vec<_> = m.iter().filter(|x| x.1 == "Vessar Awakening").collect();
    assert_eq!(awakening.len(), 2, "{m:?}");
    assert!(awakening.iter().all(|x| x.2 == Kind::Organization));
    // (A place's word in the run: no body.)
    assert!(!names_of(&m).iter().any(|n| n.contains("Valley")), "{m:?}");
}

#[test]
fn a_deliberating_bodys_name_goes_on_after_on() {
    let r = recognizer();
    let text = "The Tessaly Commission on Decommissioning met. The Vornal Council on \
                Monday said nothing.";
    let names = names_of(&mentions(&r, text));
    assert!(
        names
            .iter()
            .any(|n| n == "Tessaly Commission on Decommissioning"),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n.contains("Monday")), "{names:?}");
}

#[test]
fn a_name_after_a_noun_of_kin_and_of_is_a_persons() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The widow of the late Tomas Vell spoke. He is the son of Irsa Quell.",
    );
    for want in ["Tomas Vell", "Irsa Quell"] {
        assert!(
            m.iter().any(|x| x.1 == want && x.2 == Kind::Person),
            "{want} not a person in {m:?}"
        );
    }
}

#[test]
fn a_name_opening_a_sentence_before_leading_or_a_persons_passive_is_a_persons() {
    let r = recognizer();
    for text in [
        "Vesko Quell was killed in a drone strike.",
        "Vesko Quell has been detained since May.",
        "Vesko Quell leads the Kessar Front.",
    ] {
        let m = mentions(&r, text);
        assert!(
            m.iter()
                .any(|x| x.1 == "Vesko Quell" && x.2 == Kind::Person),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn a_name_joined_by_and_to_a_person_found_is_a_persons() {
    let r = recognizer();
    for text in [
        "Vesko Quell and Tarek Olvan signed the accord.",
        "Talks between Tarek Olvan and Vesko Quell failed.",
    ] {
        let m = mentions(&r, text);
        assert!(
            m.iter()
                .any(|x| x.1 == "Vesko Quell" && x.2 == Kind::Person),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn capitalized_common_words_joined_by_and_before_a_head_name_a_body() {
    let r = recognizer();
    let m = mentions(&r, "The Defence and Security Forces clashed with Renamo.");
    assert!(
        m.iter()
            .any(|x| x.0 == "Defence and Security Forces" && x.1 == "Defence and Security Forces"),
        "{m:?}"
    );
    // The African Union's council is no UN body.
    let m = mentions(&r, "The Peace and Security Council met in Addis Ababa.");
    assert!(
        m.iter().any(|x| x.0 == "Peace and Security Council"
            && x.1 == "African Union Peace and Security Council"),
        "{m:?}"
    );
    // (Two states joined by "and" stay two.)
    let m = mentions(&r, "Kenya and Uganda Forces met.");
    assert!(m.iter().any(|x| x.1 == "Kenya"), "{m:?}");
}

#[test]
fn a_state_opening_a_body_with_a_distinctive_word_is_part_of_its_name() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Fighters joined the Kosovo Protection Corps under Agim Ceku.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "Kosovo Protection Corps" && x.1 == "Kosovo Protection Corps"),
        "{m:?}"
    );
    assert!(!m.iter().any(|x| x.1 == "Kosovo"), "{m:?}");
    // (Common words after a state still name the state's own forces.)
    let m = mentions(&r, "The Iraq Security Forces attacked.");
    assert!(m.iter().any(|x| x.1 == "Iraqi Security Forces"), "{m:?}");
    // ("and" joins two of the name's words; "Kenya and Uganda Forces" stays two states.)
    let m = mentions(
        &r,
        "The rising was fought by the Kenya Land and Freedom Army in the forests.",
    );
    assert!(
        m.iter().any(|x| x.1 == "Kenya Land and Freedom Army"),
        "{m:?}"
    );
    assert!(!m.iter().any(|x| x.1 == "Kenya"), "{m:?}");
}

#[test]
fn a_state_closing_a_longer_name_is_part_of_it() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Cairo armed the Front for the Liberation of Occupied South Yemen (FLOSY) instead.",
    );
    assert!(
        m.iter()
            .any(|x| x.1 == "Front for the Liberation of Occupied South Yemen"),
        "{m:?}"
    );
    assert!(!m.iter().any(|x| x.1 == "South Yemen"), "{m:?}");
    // (Not past a comma: the state opens a clause after a body's name.)
    let m = mentions(
        &r,
        "According to the Observatory for Human Rights, Ankara has flown in fighters.",
    );
    assert!(m.iter().any(|x| x.1 == "Turkey"), "{m:?}");
}

#[test]
fn a_name_set_off_before_its_owners_movement_is_a_body() {
    let r = recognizer();
    let m = mentions(
        &r,
        "In the south Varda, Ahmed Kol's movement, had been fighting the army. Varda, Ahmed Kol's movement, had won.",
    );
    assert!(
        m.iter()
            .any(|x| x.1 == "Varda" && x.2 == Kind::Organization),
        "{m:?}"
    );
    // (A place before a state's army is no body.)
    let m = mentions(&r, "In Beirut, Syria's army moved.");
    assert!(
        !m.iter()
            .any(|x| x.1 == "Beirut" && x.2 == Kind::Organization),
        "{m:?}"
    );
}

#[test]
fn a_name_set_off_after_its_forces_is_the_forces_body() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The front is better known by the name of its forces, the Varda Khet, and is led by a prince.",
    );
    assert!(m.iter().any(|x| x.1 == "Varda Khet"), "{m:?}");
    // (A lowercase noun after the comma names no one.)
    let m = mentions(
        &r,
        "It moved its forces, the tanks and the guns, to the border.",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn a_hyphenated_name_after_a_title_is_whole_without_it() {
    let found = mentions(
        &recognizer(),
        "The army chief, General Waker-Uz-Zaman, spoke.",
    );
    assert!(
        found
            .iter()
            .any(|f| f.1 == "Waker-Uz-Zaman" && f.2 == Kind::Person),
        "{found:?}"
    );
    // (One capitalized word after a title keeps the title: "General Dagalo".)
    let found = mentions(&recognizer(), "Later General Kessaro spoke to the press.");
    assert!(found.iter().all(|f| f.1 != "Kessaro"), "{found:?}");
}

#[test]
fn a_pack_acronym_after_other_words_is_the_texts_own() {
    let found = mentions(
        &recognizer(),
        "The Multinational Security Support (MSS) mission arrived in June. The MSS patrols the port.",
    );
    assert!(
        found.iter().all(|f| f.1 != "Ministry of State Security"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.0 == "MSS" && f.1 == "Multinational Security Support"),
        "{found:?}"
    );
    // A variant of the pack actor's name keeps it.
    let found = mentions(
        &recognizer(),
        "The Islamic State of Iraq and the Levant (ISIL) claimed the attack.",
    );
    assert!(
        found
            .iter()
            .any(|f| f.0 == "ISIL" && f.1 == "Islamic State"),
        "{found:?}"
    );
}

#[test]
fn an_opposition_named_in_capitals_is_a_body() {
    let found = mentions(
        &recognizer(),
        "The government and the United Tajik Opposition signed a peace accord in Moscow.",
    );
    assert!(
        found
            .iter()
            .any(|f| f.1 == "United Tajik Opposition" && f.2 == Kind::Organization),
        "{found:?}"
    );
}

#[test]
fn states_listed_before_a_verb_after_a_place_are_parties() {
    let r = recognizer();
    for text in [
        "In New York, Angola, Cuba and South Africa signed the accord.",
        "In Pretoria, Angola and South Africa signed the accord.",
    ] {
        let names = names_of(&mentions(&r, text));
        for state in ["Angola", "South Africa"] {
            assert!(names.contains(&state.to_string()), "{text}: {names:?}");
        }
    }
    // A country after a town, and no list, is where it happened.
    for text in [
        "The attack in Manda Bay, Kenya, killed three Americans.",
        "He was killed in Manda Bay, Kenya and buried at home.",
    ] {
        assert!(mentions(&r, text).is_empty(), "{text}");
    }
}

#[test]
fn a_name_whose_verb_closes_a_clause_after_a_body_noun_is_no_bodys_name() {
    let r = recognizer();
    for (text, person) in [
        (
            "SWAPO, the movement Sam Nujoma led, was not a party.",
            "Sam Nujoma",
        ),
        (
            "The UNLA, the army Tito Okello commanded, fled north.",
            "Tito Okello",
        ),
    ] {
        let m = mentions(&r, text);
        assert!(
            m.iter().any(|x| x.1 == person && x.2 == Kind::Person),
            "{text}: {m:?}"
        );
    }
    // The body's own name before its verb stays the body's.
    let m = mentions(&r, "The movement Ansar Dine said it would fight on.");
    assert!(
        m.iter().any(|x| x.1 == "Ansar Dine" && x.2 != Kind::Person),
        "{m:?}"
    );
}

#[test]
fn a_republic_no_list_names_is_a_body_and_a_states_other_spelling_is_the_state() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Igor Smirnov, who leads the Dniester Moldavian Republic, said the guards would stay.",
    );
    assert!(
        m.iter()
            .any(|x| x.1 == "Dniester Moldavian Republic" && x.2 == Kind::Organization),
        "{m:?}"
    );
    // (After "in", a state spelled another way is still the place it was.)
    let m = mentions(
        &r,
        "Fighters attacked bases in the Democratic Republic of Congo.",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn a_malay_formant_opens_a_groups_name() {
    let r = recognizer();
    let m = mentions(&r, "Laskar Jihad fighters landed on Ambon in May 2000.");
    assert!(
        m.iter()
            .any(|x| x.1 == "Laskar Jihad" && x.2 == Kind::Organization),
        "{m:?}"
    );
}

#[test]
fn a_name_set_off_after_an_owners_armed_body_is_an_organization() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Troops went to Mpila to disarm his militia, the Kobrani. Marek Dolan's own fighters, \
         the Vasquiles, joined them. Nigeria's richest men, Emeka Obi, stayed away.",
    );
    let orgs: Vec<&str> = m
        .iter()
        .filter(|x| x.2 == Kind::Organization)
        .map(|x| x.0.as_str())
        .collect();
    assert_eq!(orgs, vec!["Kobrani", "Vasquiles"]);
    assert!(!m
        .iter()
        .any(|x| x.0.contains("Emeka") && x.2 == Kind::Organization));
}

#[test]
fn the_first_of_two_surnames_names_the_person_later() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Denis Sassou Nguesso returned to Brazzaville. Troops surrounded Sassou's compound. \
         Abu Mohammad al-Jolani spoke. Mohammad was not there.",
    );
    assert!(m
        .iter()
        .any(|x| x.0 == "Sassou" && x.1 == "Denis Sassou Nguesso"));
    assert!(!m.iter().any(|x| x.0 == "Mohammad"));
}

#[test]
fn a_dates_word_or_an_adverb_opens_no_persons_name() {
    let r = recognizer();
    let m = mentions(
        &r,
        "On New Year's Eve Mario Monje walked up to the camp. Later Juan Lechín spoke. \
         Then the Omar Bongo stadium filled.",
    );
    let persons: Vec<&str> = m
        .iter()
        .filter(|x| x.2 == Kind::Person)
        .map(|x| x.0.as_str())
        .collect();
    assert_eq!(persons, ["Mario Monje", "Juan Lechín"], "{m:?}");
}

#[test]
fn a_pack_acronym_spelling_a_body_the_text_names_is_that_bodys() {
    let r = recognizer();
    let m = mentions(
        &r,
        "A commando of the Red Army Faction seized him. The RAF had grown out of a circle \
         of students.",
    );
    assert_eq!(
        actor_of(&m, "RAF").map(|a| a.0),
        Some("Red Army Faction".to_string()),
        "{m:?}"
    );
    // (Where the pack's own body is named too, the acronym stays its.)
    let m = mentions(
        &r,
        "The Red Army Faction bombed a base. British troops and the RAF struck back.",
    );
    assert_eq!(
        actor_of(&m, "RAF").map(|a| a.0),
        Some("British Armed Forces".to_string()),
        "{m:?}"
    );
}

#[test]
fn a_given_name_alone_is_the_one_person_named_with_it() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Habré and Goukouni Oueddei fell out in 1976. In 1980 Goukouni drove Habré from \
         the capital. Mario Firmenich and Mario Santucho met. Mario spoke first.",
    );
    assert!(m
        .iter()
        .any(|x| x.0 == "Goukouni" && x.1 == "Goukouni Oueddei"));
    // (Two named so: the given name alone is no one's.)
    assert!(!m.iter().any(|x| x.0 == "Mario"), "{m:?}");
}

#[test]
fn a_surname_two_persons_share_is_the_one_named_before_it() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Juan Perón returned in 1973. Perón won a third term. After his death his widow, \
         Isabel Perón, took the presidency. Perón's name was everywhere.",
    );
    let perons: Vec<&str> = m
        .iter()
        .filter(|x| x.0 == "Perón")
        .map(|x| x.1.as_str())
        .collect();
    // (The first alone is Juan's, named before it; once both are named, it is no one's.)
    assert_eq!(perons, ["Juan Perón"], "{m:?}");
    assert!(m
        .iter()
        .any(|x| x.0 == "Isabel Perón" && x.1 == "Isabel Perón"));
}

#[test]
fn an_acronym_spells_a_name_joined_by_to() {
    let r = recognizer();
    let m = mentions(
        &r,
        "He surrendered to the Regional Assistance Mission to Solomon Islands (RAMSI) on \
         Friday. RAMSI officers took him away.",
    );
    let name = "Regional Assistance Mission to Solomon Islands";
    assert_eq!(
        actor_of(&m, name),
        Some((name.to_string(), Kind::Organization)),
        "{m:?}"
    );
    assert!(m.iter().any(|x| x.0 == "RAMSI" && x.1 == name), "{m:?}");
}

#[test]
fn a_days_date_opens_a_movements_name() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Fidel Castro, leader of the 26th of July Movement, landed. Some 200 of Wagner Group \
         fighters left.",
    );
    assert_eq!(
        actor_of(&m, "26th of July Movement"),
        Some(("26th of July Movement".to_string(), Kind::Organization)),
        "{m:?}"
    );
    assert!(!m.iter().any(|x| x.0.starts_with("200")), "{m:?}");
}

#[test]
fn a_kunya_opens_a_name_of_three_words() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The envoy met Abu Khalid al-Suri in Aleppo. In Abu Kamal, troops fought. The prison \
         at Abu Ghraib closed.",
    );
    assert!(m
        .iter()
        .any(|x| x.0 == "Abu Khalid al-Suri" && x.2 == Kind::Person));
    assert!(!m
        .iter()
        .any(|x| x.0.contains("Kamal") || x.0.contains("Ghraib")));
}

#[test]
fn the_first_word_of_a_long_name_that_is_no_given_name_names_the_person_later() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Zaire's President Mobutu Sese Seko flew north. Nelson Mandela brought Mobutu and \
         Kabila together. President Vladimir Putin spoke. The President was not there.",
    );
    assert!(m
        .iter()
        .any(|x| x.0 == "Mobutu" && x.1 == "Mobutu Sese Seko"));
    // (Not a title: "President" stays no name of Putin's.)
    assert!(!m.iter().any(|x| x.0 == "President"));
}

#[test]
fn a_commando_heads_an_organizations_name() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The Ulster Volunteer Force and its smaller ally, the Red Hand Commando, disarmed.",
    );
    assert!(m
        .iter()
        .any(|x| x.0 == "Red Hand Commando" && x.2 == Kind::Organization));
}

#[test]
fn a_persons_name_with_a_middle_name_is_the_same_person_as_without() {
    let r = recognizer();
    let text = "Charles Taylor takes the oath. Charles Ghankay Taylor was sworn in today. \
                Taylor said little.";
    let m = mentions(&r, text);
    let names: Vec<&str> = m
        .iter()
        .filter(|x| x.2 == Kind::Person)
        .map(|x| x.1.as_str())
        .collect();
    assert_eq!(
        names,
        vec!["Charles Taylor", "Charles Taylor", "Charles Taylor"],
        "{m:?}"
    );
}

#[test]
fn a_states_name_after_a_capitalized_word_opens_no_body_of_that_state() {
    let r = recognizer();
    let text = "Saad Haddad's militia later became the South Lebanon Army. The Lebanon army \
                stayed in its barracks.";
    let m = mentions(&r, text);
    let got: Vec<(&str, &str)> = m.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert!(
        got.contains(&("South Lebanon Army", "South Lebanon Army")),
        "{got:?}"
    );
    assert!(
        got.contains(&("Lebanon army", "Lebanese Armed Forces")),
        "{got:?}"
    );
}

#[test]
fn a_name_stops_before_and_and_an_owner_of_the_next_item() {
    let text = "The deal bound Holden Roberto's National Front for the Liberation of Angola \
                and Jonas Savimbi's movement.";
    let names = names_of(&mentions(&recognizer(), text));
    assert!(
        names.contains(&"National Front for the Liberation of Angola".to_string()),
        "{names:?}"
    );
    assert!(names.contains(&"Jonas Savimbi".to_string()), "{names:?}");
    // (One word's possessive may close a name joined by "and".)
    let text = "The Front for Justice and Equality's fighters crossed the border.";
    let names = names_of(&mentions(&recognizer(), text));
    assert!(
        names.iter().any(|n| n.contains("Justice and Equality")),
        "{names:?}"
    );
}

#[test]
fn a_long_form_with_a_distinctive_word_of_its_own_is_no_variant_of_the_packs_name() {
    // The pack's MNLA is Azawad's; Malaya's shares only words common to rebel names.
    let text = "Its army, the Malayan National Liberation Army (MNLA), had 5,000 men. \
                The MNLA fought on.";
    let found = mentions(&recognizer(), text);
    assert!(
        found
            .iter()
            .all(|(_, name, _)| name == "Malayan National Liberation Army"),
        "{found:?}"
    );
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn a_city_of_a_state_of_another_era_is_that_states_where_the_text_names_it() {
    let r = recognizer();
    let m = mentions(
        &r,
        "In 1977 the Soviet Union switched sides: Moscow sent the Derg tanks.",
    );
    assert!(
        m.iter().any(|x| x.0 == "Moscow" && x.1 == "Soviet Union"),
        "{m:?}"
    );
    // (Elsewhere the city is today's state's.)
    let m = mentions(&r, "Moscow sent tanks to the front.");
    assert!(
        m.iter().any(|x| x.0 == "Moscow" && x.1 == "Russia"),
        "{m:?}"
    );
}

#[test]
fn a_people_the_same_in_the_plural_before_a_preposition_is_its_state() {
    let r = recognizer();
    let m = mentions(&r, "The front had fought the British for four years.");
    assert!(
        m.iter()
            .any(|x| x.0 == "British" && x.1 == "United Kingdom"),
        "{m:?}"
    );
    // (Not before a noun it qualifies.)
    let m = mentions(
        &r,
        "The front had fought the British garrison for four years.",
    );
    assert!(!m.iter().any(|x| x.0 == "British"), "{m:?}");
}

#[test]
fn a_capital_set_off_by_its_mood_before_its_verb_is_the_government() {
    let r = recognizer();
    for text in [
        "Beijing, anxious about its border, then hosted talks.",
        "Kigali, angered by the report, recalled its envoy.",
    ] {
        let m = mentions(&r, text);
        assert!(m.iter().any(|x| x.1 == "China" || x.1 == "Rwanda"), "{m:?}");
    }
    // (A description of the city is no act of its government.)
    for text in [
        "Bamako, the capital, is calm.",
        "Kabul, besieged for weeks, was calm.",
    ] {
        let m = mentions(&r, text);
        assert!(m.is_empty(), "{m:?}");
    }
}

#[test]
fn a_found_persons_first_word_that_is_no_given_name_names_the_person() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The front's leader, Qahtan al-Shaabi, flew to Geneva. Qahtan became president in November.",
    );
    assert_eq!(
        m.iter().filter(|x| x.1 == "Qahtan al-Shaabi").count(),
        2,
        "{m:?}"
    );
}

#[test]
fn a_states_name_closing_a_persons_name_is_the_persons_surname() {
    let r = recognizer();
    let m = mentions(
        &r,
        "President Julio César Méndez Montenegro declared a state of siege. \
         Colonel Peralta ruled until Méndez Montenegro took office in 1966.",
    );
    assert!(!m.iter().any(|x| x.1 == "Montenegro"), "{m:?}");
    assert_eq!(
        m.iter()
            .filter(|x| x.1 == "Julio César Méndez Montenegro")
            .count(),
        3,
        "{m:?}"
    );
    // (A state's name after a single capitalized word, a place word or a title stays
    // the state's.)
    for text in [
        "Troops from Montenegro and Chad arrived.",
        "Late on Monday Jordan closed its border.",
        "The Papua New Guinea government sent troops.",
    ] {
        let m = mentions(&r, text);
        assert!(
            m.iter()
                .any(|x| matches!(x.1.as_str(), "Montenegro" | "Jordan" | "Papua New Guinea")),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn one_name_set_off_by_a_role_is_a_person() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Within weeks Laldenga, the front's president, was sworn in. \
         Laldenga, a former army clerk, organised relief.",
    );
    assert_eq!(
        m.iter()
            .filter(|x| x.1 == "Laldenga" && x.2 == Kind::Person)
            .count(),
        2,
        "{m:?}"
    );
    // (A place after a preposition, or a sentence adverb, names no one.)
    for text in [
        "From Lubumbashi, the alliance's leader flew north.",
        "Later, the group's leader spoke.",
        "He lived in a village in central Luzon, the supreme commander said.",
    ] {
        let m = mentions(&r, text);
        assert!(m.iter().all(|x| x.2 != Kind::Person), "{text}: {m:?}");
    }
}

#[test]
fn all_after_an_article_opens_a_name() {
    let r = recognizer();
    let m = mentions(
        &r,
        "He later led the All Progressives Grand Alliance, and its rival, the All Tripura Tiger Force, fought on.",
    );
    assert!(
        m.iter().any(|x| x.0 == "All Progressives Grand Alliance"),
        "{m:?}"
    );
    assert!(m.iter().any(|x| x.0 == "All Tripura Tiger Force"), "{m:?}");
}

#[test]
fn names_set_off_after_a_noun_of_kin_are_persons() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The group was founded by two brothers, Zau Seng and Zau Tu, in 1961.",
    );
    assert!(
        m.iter().any(|x| x.0 == "Zau Seng" && x.2 == Kind::Person),
        "{m:?}"
    );
}

#[test]
fn a_body_known_by_another_name_is_one_actor_and_so_are_its_initials() {
    let r = recognizer();
    let m = mentions(
        &r,
        "The Muttahida Qaumi Movement, known until 1997 as the Mohajir Qaumi Movement, \
         speaks for the city. The MQM quit the government.",
    );
    for surface in ["Mohajir Qaumi Movement", "MQM"] {
        assert!(
            m.iter()
                .any(|x| x.0 == surface && x.1 == "Muttahida Qaumi Movement"),
            "{m:?}"
        );
    }
    // A name after other words is a body of its own.
    let m = mentions(
        &r,
        "The Movement for Peace, which fought the Peace Front, signed.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "Peace Front" && x.1 == "Peace Front"),
        "{m:?}"
    );
}

#[test]
fn a_states_defence_force_is_its_forces_and_a_body_for_a_cause_is_one_name() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Troops had fought soldiers of the Lesotho Defence Force at the barracks, and the \
         Lesotho Congress for Democracy won the vote. Port Moresby sent the Papua New Guinea \
         Defence Force to the island. PNGDF patrols raided villages.",
    );
    let forces = m
        .iter()
        .find(|x| x.0 == "Lesotho Defence Force")
        .unwrap_or_else(|| panic!("{m:?}"));
    assert_eq!(forces.2, Kind::Agency, "{m:?}");
    assert!(
        m.iter()
            .any(|x| x.0 == "Lesotho Congress for Democracy" && x.2 == Kind::Organization),
        "{m:?}"
    );
    assert!(!m.iter().any(|x| x.0 == "Lesotho"), "{m:?}");
    // The initials of the forces' name as the text gives it.
    let png = m
        .iter()
        .find(|x| x.0 == "Papua New Guinea Defence Force")
        .unwrap_or_else(|| panic!("{m:?}"));
    assert!(m.iter().any(|x| x.0 == "PNGDF" && x.1 == png.1), "{m:?}");
}

#[test]
fn common_words_and_an_agencys_head_are_a_name_when_its_initials_recur() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Gunmen attacked the headquarters of the National Security Service, the only armed \
         force. The NSS held out.",
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "National Security Service" && x.2 == Kind::Agency),
        "{m:?}"
    );
    assert!(
        m.iter()
            .any(|x| x.0 == "NSS" && x.1 == "National Security Service"),
        "{m:?}"
    );
    // Once, and no initials: common words name no one.
    let m = mentions(&r, "Gunmen attacked the National Security Service at dawn.");
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn parties_and_forces_named_in_other_languages() {
    let r = recognizer();
    for (text, name) in [
        (
            "Its armed wing, the Mukti Bahini, fought on.",
            "Mukti Bahini",
        ),
        (
            "The leader of the Parti Démocratique urged calm.",
            "Parti Démocratique",
        ),
        ("Dostum founded Junbish-i Milli in 1992.", "Junbish-i Milli"),
    ] {
        let m = mentions(&r, text);
        assert!(m.iter().any(|x| x.0 == name), "{name}: {m:?}");
    }
}

#[test]
fn a_title_that_is_also_a_surname_ends_a_name_and_an_honorific_stands_inside_one() {
    let r = recognizer();
    let m = mentions(
        &r,
        "Soldiers shot Prime Minister Maurice Bishop. Later Mohamed Haji Ibrahim Egal said \
         the talks would go on.",
    );
    assert!(m.iter().any(|x| x.0 == "Maurice Bishop"), "{m:?}");
    assert!(
        m.iter().any(|x| x.0 == "Mohamed Haji Ibrahim Egal"),
        "{m:?}"
    );
    // The end of a title of two words is no surname.
    let m = mentions(&r, "The Saudi Crown Prince met envoys.");
    assert!(m.iter().all(|x| !x.0.contains("Prince")), "{m:?}");
    // A title before a name is still a title.
    let m = mentions(&r, "Bishop Desmond Tutu spoke.");
    assert!(m.iter().any(|x| x.1 == "Desmond Tutu"), "{m:?}");
}

#[test]
fn a_span_of_time_after_a_locative_makes_no_place() {
    let r = recognizer();
    let m = mentions(&r, "Within days Senegal and Guinea sent troops.");
    assert!(
        m.iter().any(|x| x.1 == "Senegal") && m.iter().any(|x| x.1 == "Guinea"),
        "{m:?}"
    );
    // A modifier of place still makes one.
    let m = mentions(&r, "Fighting spread within northern Senegal.");
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn an_office_before_a_single_name_is_no_part_of_it_as_a_religious_title_or_a_king_s_is() {
    let r = recognizer();
    let m = mentions(
        &r,
        "President Sukarno left the campaign to the army. The front is led by Chief \
         Minister Zoramthanga.",
    );
    assert!(m.iter().any(|x| x.1 == "Sukarno"), "{m:?}");
    assert!(m.iter().any(|x| x.1 == "Zoramthanga"), "{m:?}");
    assert!(m.iter().all(|x| !x.1.contains("President")), "{m:?}");
    let m = mentions(&r, "Mullah Zakir met King Abdallah in Amman.");
    assert!(m.iter().any(|x| x.1 == "Mullah Zakir"), "{m:?}");
    assert!(m.iter().any(|x| x.1 == "King Abdallah"), "{m:?}");
}

#[test]
fn initials_may_come_before_a_particle_and_a_surname() {
    let r = recognizer();
    let m = mentions(&r, "The government of President F. W. de Klerk denied it.");
    assert!(m.iter().any(|x| x.1 == "F. W. de Klerk"), "{m:?}");
    let m = mentions(&r, "Talks were led by J. R. Jayewardene in Colombo.");
    assert!(m.iter().any(|x| x.1 == "J. R. Jayewardene"), "{m:?}");
}

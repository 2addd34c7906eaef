//! Confidence: how much weight the independent sources put behind a tie, less the
//! weight of credible denials, and the same reasoning in words.
//!
//! Each independent source adds the weight of its firmest claim: an assertion 1, a
//! hedged claim 0.5, a pledge 0.25 (a promise says what someone will do, not what is),
//! a hypothetical 0.15. A denial by one of the pair (or by its member or leader) is
//! self-serving and weighs 0.4 of a third party's. Then
//!
//! ```text
//! support    = 1 - e^(-0.7 * affirming weight)     1 source ≈ 0.50, 2 ≈ 0.75, 4 ≈ 0.94
//! confidence = support * affirming / (affirming + negating)
//! ```

use super::{Modality, Side};

pub const PARTY_DENIAL: f64 = 0.4;
const GROWTH: f64 = 0.7;

pub fn modality_weight(m: Modality) -> f64 {
    match m {
        Modality::Asserted => 1.0,
        Modality::Hedged => 0.5,
        Modality::Commitment => 0.25,
        Modality::Hypothetical => 0.15,
    }
}

/// Confidence in [0, 1] from the affirming and negating weights, to two decimals.
pub fn confidence(affirming: f64, negating: f64) -> f64 {
    if affirming <= 0.0 {
        return 0.0;
    }
    let support = 1.0 - (-GROWTH * affirming).exp();
    let c = support * affirming / (affirming + negating.max(0.0));
    (c.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// A word for a confidence.
pub fn level(c: f64) -> &'static str {
    if c >= 0.85 {
        "strong"
    } else if c >= 0.6 {
        "likely"
    } else if c >= 0.35 {
        "possible"
    } else if c > 0.0 {
        "weak"
    } else {
        "unsupported"
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn names(side: &Side, n: usize) -> String {
    let mut v: Vec<String> = side
        .sources
        .iter()
        .take(n)
        .map(|s| {
            if s.kind == "author" {
                s.name.clone()
            } else {
                format!("{} [{}]", s.name, s.kind)
            }
        })
        .collect();
    if side.sources.len() > n {
        v.push(format!("{} more", side.sources.len() - n));
    }
    v.join(", ")
}

/// The reasons behind a confidence, in words.
pub fn explain(relation: &str, aff: &Side, neg: &Side) -> String {
    let mut out = String::new();
    if aff.claims == 0 {
        out.push_str(&format!(
            "No source affirms {}.",
            relation.replace('_', " ")
        ));
    } else {
        out.push_str(&format!(
            "{} affirm{} it ({}): {}.",
            plural(
                aff.independent_sources,
                "independent source",
                "independent sources"
            ),
            if aff.independent_sources == 1 {
                "s"
            } else {
                ""
            },
            plural(aff.claims, "claim", "claims"),
            names(aff, 5)
        ));
        let weak: Vec<String> = [
            ("hedged", "hedged"),
            ("commitment", "pledges"),
            ("hypothetical", "hypothetical"),
        ]
        .iter()
        .filter_map(|(k, w)| aff.by_modality.get(k).map(|n| format!("{n} {w}")))
        .collect();
        if !weak.is_empty() {
            out.push_str(&format!(
                " Weighed less than assertions: {}",
                weak.join(", ")
            ));
            if aff.asserted_sources == 0 {
                out.push_str(", and no source asserts it outright");
            }
            out.push('.');
        }
        if aff.copied_claims > 0 {
            out.push_str(&format!(
                " {} in passages copied from earlier documents {} under {} origin, not again.",
                plural(aff.copied_claims, "claim", "claims"),
                if aff.copied_claims == 1 {
                    "counts"
                } else {
                    "count"
                },
                if aff.copied_claims == 1 {
                    "its"
                } else {
                    "their"
                }
            ));
        }
    }
    if neg.claims > 0 {
        let party = neg.source_kinds.get("party").copied().unwrap_or(0);
        out.push_str(&format!(
            " Against it, {} ({}): {}.",
            plural(
                neg.independent_sources,
                "source denies it or says it ended",
                "sources deny it or say it ended"
            ),
            plural(neg.claims, "claim", "claims"),
            names(neg, 4)
        ));
        if party > 0 {
            out.push_str(&format!(
                " {} from the pair (or a member or leader of one): self-serving, weighed at {PARTY_DENIAL} of a third party's.",
                plural(party, "denial comes", "denials come")
            ));
        }
        if neg.by_modality.get("commitment").is_some_and(|n| *n > 0) {
            out.push_str(
                " Pledges to cut a tie are weighed lightly: a promise implies the tie existed.",
            );
        }
    }
    out.trim_end().to_string()
}

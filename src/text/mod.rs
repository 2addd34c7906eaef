//! Sentence segmentation with byte offsets into the document's text.
//! `phrases` finds sets of phrases in text on word boundaries.
//!
//! Architecture invariant: every span is a byte range on char boundaries of the text it
//! was computed from; line breaks always end a sentence (headlines, captions, paragraphs).

pub mod phrases;

/// A sentence as a byte range of its document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
}

/// Whether byte `pos` is where a dateline's place may stand: the start of a line, or
/// past a label in capitals and a dash ("ANALYSIS — BOGOTÁ —").
pub fn opens_dateline(text: &str, pos: usize) -> bool {
    let opening = &text[text[..pos].rfind('\n').map_or(0, |i| i + 1)..pos];
    opening.is_empty()
        || opening.len() <= 20
            && [" — ", " – ", " - "].iter().any(|d| {
                opening.strip_suffix(d).is_some_and(|l| {
                    l.len() >= 3 && l.chars().all(|c| c.is_uppercase() || c == ' ')
                })
            })
}

/// Abbreviations after which a period does not end a sentence (lowercase, no final dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
    "pfc", "spc", "adm", "brig", "cmdr", "gov", "sen", "rep", "rev", "st", "jr", "sr", "amb",
    "pres", "ret", "no", "nos", "vs", "v", "inc", "corp", "co", "ltd", "dept", "mt", "ft",
    "approx", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "a.m", "p.m", "e.g", "i.e", "u.s", "u.n", "u.k", "u.a.e", "d.c", "al", "sheikh", "hon",
    "supt", "insp", "det", "cdr", "gens", "messrs", "mme", "mlle", "op", "vol", "pp", "ch", "art",
];

/// Splits `text` into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        split_line(text, line_start, line_start + line.len(), &mut out);
        line_start += line.len();
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Sentence {
            start: start + lead,
            end: end - trail,
        });
    }
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«')
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut depth: i32 = 0;
    let mut sent_start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            '.' | '!' | '?' | '…' => {
                // Extend over repeated marks and closing quotes/brackets.
                let mut j = i + 1;
                while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
                    j += 1;
                }
                while j < chars.len() && is_closer(chars[j].1) {
                    if matches!(chars[j].1, ')' | ']') {
                        depth = (depth - 1).max(0);
                    }
                    j += 1;
                }
                if j < chars.len() && chars[j].1.is_whitespace() && depth == 0 {
                    let mut k = j;
                    while k < chars.len() && chars[k].1.is_whitespace() {
                        k += 1;
                    }
                    let starts_new = k < chars.len() && {
                        let mut n = k;
                        while n < chars.len() && is_opener(chars[n].1) {
                            n += 1;
                        }
                        n < chars.len()
                            && (chars[n].1.is_uppercase() || chars[n].1.is_ascii_digit())
                    };
                    if starts_new && !(c == '.' && j == i + 1 && is_abbreviation(line, pos)) {
                        let cut = chars.get(j).map(|x| x.0).unwrap_or(line.len());
                        push_trimmed(text, start + sent_start, start + cut, out);
                        sent_start = cut;
                        i = k;
                        continue;
                    }
                }
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    push_trimmed(text, start + sent_start, end, out);
}

/// True when the period at byte `dot` of `line` closes an abbreviation or an initial.
fn is_abbreviation(line: &str, dot: usize) -> bool {
    let before = &line[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“' || c == '[')
        .map(|p| p + before[p..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    let letters: Vec<char> = word.chars().collect();
    // An initial: "J." in "J. R. Allen".
    if letters.len() == 1 && letters[0].is_uppercase() {
        return true;
    }
    // Dotted acronyms: "U.S", "D.C", "a.m" (the last dot is the one being tested).
    word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn a_dateline_opens_a_line_or_follows_a_label_in_capitals() {
        let t = "Title\nANALYSIS — BOGOTÁ — Text\nKABUL - Text\nIn Kabul — x";
        let at = |w: &str| t.find(w).unwrap();
        assert!(opens_dateline(t, at("BOGOT")));
        assert!(opens_dateline(t, at("KABUL")));
        assert!(!opens_dateline(t, at("Kabul")));
        assert!(!opens_dateline(t, at("Text")));
    }

    #[test]
    fn news_abbreviations_do_not_split() {
        let t = "Mr. Smith of the U.S. Department of State left at 5 p.m. on Friday. The No. 2 official, Gen. J. R. Allen, met U.N. monitors on Dec. 8 in Kabul. He left.";
        assert_eq!(
            split(t),
            vec![
                "Mr. Smith of the U.S. Department of State left at 5 p.m. on Friday.",
                "The No. 2 official, Gen. J. R. Allen, met U.N. monitors on Dec. 8 in Kabul.",
                "He left."
            ]
        );
    }

    #[test]
    fn quotes_and_parentheses() {
        let t = "“It’s a bond that cannot be broken,” Hanafi said. The group (which formed in 1994. It grew fast.) denied it. “We will fight. We will win.” He left.";
        assert_eq!(
            split(t),
            vec![
                "“It’s a bond that cannot be broken,” Hanafi said.",
                "The group (which formed in 1994. It grew fast.) denied it.",
                "“We will fight.",
                "We will win.”",
                "He left."
            ]
        );
    }

    #[test]
    fn lines_end_sentences_and_offsets_are_exact() {
        let t = "Headline without a period\n\nBy A. Writer\nFirst sentence here. Second one... and more. Third?\n";
        let s = sentences(t);
        let texts: Vec<&str> = s.iter().map(|x| x.text(t)).collect();
        assert_eq!(
            texts,
            vec![
                "Headline without a period",
                "By A. Writer",
                "First sentence here.",
                "Second one... and more.",
                "Third?"
            ]
        );
        for x in s {
            assert_eq!(&t[x.start..x.end], x.text(t));
        }
    }

    proptest::proptest! {
        #[test]
        fn spans_are_ordered_char_boundaries(t in "\\PC{0,200}") {
            let s = sentences(&t);
            let mut last = 0;
            for x in s {
                proptest::prop_assert!(x.start >= last && x.start < x.end && x.end <= t.len());
                proptest::prop_assert!(t.is_char_boundary(x.start) && t.is_char_boundary(x.end));
                proptest::prop_assert!(!x.text(&t).trim().is_empty());
                last = x.end;
            }
        }
    }
}

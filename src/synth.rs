//! Synthetic corpora for benchmarks: articles recombined from real example articles,
//! with the actors renamed from the whole pack (names, spellings and shingles vary as in
//! a real archive), numbers and dates changed, and one article in twenty reprinting two
//! paragraphs of a recent one, so copy detection has real work.

use crate::actors::Pack;

/// Sentences of at least eight words from the articles in `texts`.
fn sentence_pool(texts: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for text in texts {
        let Ok(doc) = crate::read::read("x.txt", text.as_bytes(), u64::MAX) else {
            continue;
        };
        for s in crate::text::sentences(&doc.text) {
            let t = s.text(&doc.text);
            if t.split_whitespace().count() >= 8 {
                out.push(t.to_string());
            }
        }
    }
    out
}

/// Makes about `target` bytes of articles from `texts`, handing each `(file name, text)`
/// to `sink` as it is made, so corpora larger than memory can be written out.
pub fn generate(texts: &[String], pack: &Pack, target: u64, mut sink: impl FnMut(String, String)) {
    let sentences = sentence_pool(texts);
    assert!(!sentences.is_empty(), "no sentences to build a corpus from");
    let pool: Vec<&str> = pack
        .actors
        .iter()
        .flat_map(|a| std::iter::once(a.name.as_str()).chain(a.aliases.iter().map(String::as_str)))
        .collect();
    let known: Vec<&str> = pack
        .actors
        .iter()
        .map(|a| a.name.as_str())
        .filter(|n| n.len() > 4)
        .collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut recent: std::collections::VecDeque<String> = std::collections::VecDeque::new();
    let mut total = 0u64;
    let mut i = 0usize;
    while total < target {
        let mut paras = vec![
            format!("Report {i}: fighting and talks in the region"),
            format!("By Writer {}", next() % 997),
            format!("March {}, {}", 1 + next() % 28, 2010 + next() % 15),
        ];
        for _ in 0..5 {
            let mut para = Vec::new();
            for _ in 0..3 {
                let mut s = sentences[(next() % sentences.len() as u64) as usize].clone();
                for k in &known {
                    if s.contains(k) {
                        s = s.replace(k, pool[(next() % pool.len() as u64) as usize]);
                    }
                }
                let s: Vec<String> = s
                    .split(' ')
                    .map(|w| {
                        if !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()) {
                            (next() % 5000).to_string()
                        } else {
                            w.to_string()
                        }
                    })
                    .collect();
                para.push(s.join(" "));
            }
            paras.push(para.join(" "));
        }
        if i % 20 == 19 && !recent.is_empty() {
            let earlier = &recent[(next() % recent.len() as u64) as usize];
            paras.extend(earlier.split("\n\n").skip(3).take(2).map(str::to_string));
        }
        let text = paras.join("\n\n");
        total += text.len() as u64;
        recent.push_back(text.clone());
        if recent.len() > 100 {
            recent.pop_front();
        }
        sink(format!("synthetic-{i:07}.txt"), text);
        i += 1;
    }
}

/// The example articles of a folder (`.txt` files), in name order.
pub fn read_examples(dir: &std::path::Path) -> std::io::Result<Vec<String>> {
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(std::fs::read_to_string).collect()
}

//! Escaping article text for each output. Article text is hostile input: it may hold
//! markup, control characters, terminal escape sequences or spreadsheet formulas.

/// One line of plain text for a terminal: control characters (escape sequences
/// included) become spaces, runs of whitespace collapse.
pub fn line(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| {
            if c.is_control() || is_bidi_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Unicode controls that reorder text on display (a classic way to disguise content).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// Inline Markdown: one line, with every character that could open emphasis, code, a
/// link, a table cell, raw HTML or an entity escaped, so the text shows as written.
/// (Block markup cannot start: the text never begins a line of the dossier.)
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in line(s).chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Text for an XML attribute or element: the five special characters as entities;
/// characters XML 1.0 forbids even escaped (most C0 controls, U+FFFE, U+FFFF) as spaces.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes
/// doubled. Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
/// `@`, tab or carriage return) is prefixed with an apostrophe.
pub fn csv(s: &str) -> String {
    let mut v = s.to_string();
    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        v.insert(0, '\'');
    }
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// A number for CSV and XML: never a formula, always plain.
pub fn num(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    format!("{r}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_and_drops_forbidden() {
        assert_eq!(
            xml("a<b>&\"'\u{1b}[31m"),
            "a&lt;b&gt;&amp;&quot;&apos; [31m"
        );
    }

    #[test]
    fn csv_guards_formulas_and_quotes() {
        assert_eq!(csv("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv("plain"), "plain");
        assert_eq!(csv("a,b"), "\"a,b\"");
    }

    #[test]
    fn md_neutralizes_markup() {
        assert_eq!(md("<script>x</script>"), "\\<script\\>x\\</script\\>");
        assert_eq!(md("[a](javascript:x)\n# h"), "\\[a\\](javascript:x) # h");
        assert_eq!(line("a\u{1b}]8;;x\u{7}b"), "a ]8;;x b");
    }
}

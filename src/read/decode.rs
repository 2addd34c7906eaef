//! Bytes to text: UTF-8, UTF-16 (with a byte-order mark or detectably so),
//! Windows-1252; binary refused; gzip unwrapped.

use std::io::Read;

/// Why a file's bytes could not be turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Binary,
    Undecodable(String),
    Gzip(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "the file is empty"),
            DecodeError::Binary => write!(f, "the file is binary, not text"),
            DecodeError::Undecodable(why) => write!(f, "the text cannot be decoded: {why}"),
            DecodeError::Gzip(why) => write!(f, "the gzip stream is broken: {why}"),
        }
    }
}

/// Unwraps a gzip stream, refusing to inflate beyond `limit` bytes.
pub fn gunzip(bytes: &[u8], limit: u64) -> Result<Vec<u8>, DecodeError> {
    let mut out = Vec::new();
    let mut reader = flate2::read::MultiGzDecoder::new(bytes).take(limit + 1);
    reader
        .read_to_end(&mut out)
        .map_err(|e| DecodeError::Gzip(e.to_string()))?;
    if out.len() as u64 > limit {
        return Err(DecodeError::Gzip(format!(
            "it inflates beyond {limit} bytes"
        )));
    }
    Ok(out)
}

pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Decodes text bytes. The encoding is taken from a byte-order mark, else UTF-8 when the
/// bytes are valid UTF-8, else UTF-16 when every other byte is zero, else Windows-1252
/// when the bytes look like text in it.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(DecodeError::Undecodable(format!(
                "invalid {} after its byte-order mark",
                enc.name()
            )));
        }
        return check_text(text.into_owned());
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if !had_errors {
            return check_text(text.into_owned());
        }
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => check_text(s.to_string()),
        Err(_) => {
            // Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in Windows-1252.
            if bytes
                .iter()
                .any(|b| matches!(b, 0x81 | 0x8d | 0x8f | 0x90 | 0x9d))
            {
                return Err(DecodeError::Undecodable(
                    "neither UTF-8, UTF-16 nor Windows-1252".to_string(),
                ));
            }
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            check_text(text.into_owned())
        }
    }
}

fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    let even_zero = sample.chunks(2).filter(|c| c[0] == 0).count();
    let odd_zero = sample.chunks(2).filter(|c| c[1] == 0).count();
    if odd_zero * 10 >= pairs * 7 && even_zero * 10 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 10 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Refuses text that is mostly control characters (a binary file that happened to decode).
fn check_text(text: String) -> Result<String, DecodeError> {
    let sample: Vec<char> = text.chars().take(8192).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if control * 20 > sample.len() {
        return Err(DecodeError::Binary);
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_and_1252() {
        assert_eq!(decode("al-Qa‘ida".as_bytes()).unwrap(), "al-Qa‘ida");
        // "café “quoted”" in Windows-1252.
        let bytes = b"caf\xe9 \x93quoted\x94";
        assert_eq!(decode(bytes).unwrap(), "café “quoted”");
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "Hamas and Hezbollah — ties";
        let mut le = vec![0xff, 0xfe];
        for u in text.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le).unwrap(), text);
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode(&be).unwrap(), text);
    }

    #[test]
    fn refuses_binary_empty_and_undecodable() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"  \n\t "), Err(DecodeError::Empty));
        assert_eq!(
            decode(&[0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]),
            Err(DecodeError::Binary)
        );
        assert!(matches!(
            decode(b"abc \x81\x8d def"),
            Err(DecodeError::Undecodable(_))
        ));
    }

    #[test]
    fn gzip_round_trip_and_limit() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(&vec![b'a'; 10_000]).unwrap();
        let gz = enc.finish().unwrap();
        assert!(is_gzip(&gz));
        assert_eq!(gunzip(&gz, 20_000).unwrap().len(), 10_000);
        assert!(gunzip(&gz, 100).is_err());
    }
}

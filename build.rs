//! Converts the embedded packs from TOML to JSON at compile time: the same data, parsed
//! at every start in a fifth of the time (`actors::pack`).

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["default", "lexicon"] {
        let src = format!("packs/{name}.toml");
        println!("cargo:rerun-if-changed={src}");
        let text = std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{src}: {e}"));
        let json = serde_json::to_string(&value).expect("a TOML value is JSON");
        std::fs::write(Path::new(&out).join(format!("{name}.json")), json)
            .expect("write to OUT_DIR");
    }
}

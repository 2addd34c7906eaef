//! `cargo +nightly fuzz run read_text`: see `tiegraph::fuzzing::read_text`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tiegraph::fuzzing::read_text(data));

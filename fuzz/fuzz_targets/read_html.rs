//! `cargo +nightly fuzz run read_html`: see `tiegraph::fuzzing::read_html`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tiegraph::fuzzing::read_html(data));

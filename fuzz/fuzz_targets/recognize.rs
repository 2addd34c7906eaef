//! `cargo +nightly fuzz run recognize`: see `tiegraph::fuzzing::recognize`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tiegraph::fuzzing::recognize(data));

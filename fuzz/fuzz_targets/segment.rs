//! `cargo +nightly fuzz run segment`: see `tiegraph::fuzzing::segment`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tiegraph::fuzzing::segment(data));

//! The one integration-test binary: drives the real `riktlinjer` binary in
//! throwaway repositories, one module per command.

mod common;

mod check;
mod cli;
mod comment;
mod fmt;
mod import;
mod init;
mod round;
mod show_list;
mod workflow;

//! `riktlinjer`: a git-native repository for binding guidelines and their
//! review workflow.
//!
//! Data flows one way: the command line ([`cli`]) calls one command
//! ([`commands`]), which reads a [`snapshot::Snapshot`] of the repository
//! through [`store`] into [`model`] values, computes a result, and hands it
//! to a renderer ([`render`]) with a writer. Only [`repo`] touches git.

#![forbid(unsafe_code)]

pub mod cli;
pub mod clock;
pub mod commands;
pub mod diff;
pub mod error;
pub mod example;
pub mod history;
pub mod i18n;
pub mod import;
pub mod model;
pub mod progress;
pub mod render;
pub mod repo;
pub mod signing;
pub mod site;
pub mod snapshot;
pub mod store;

pub use error::{Error, ErrorKind, Hint, Result};

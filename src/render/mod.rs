//! Renderers: each a function of a result and a writer. None computes
//! anything; none prints on its own.

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod review;
pub mod text;

use crate::model::{Collection, TextField};
use crate::{Error, Result};

/// The language to render: the one asked for (if the collection declares
/// it) or the primary language.
pub fn pick_language(collection: &Collection, wanted: Option<&str>) -> Result<String> {
    match wanted {
        None => Ok(collection.primary_language().to_string()),
        Some(lang) if collection.languages.iter().any(|l| l == lang) => Ok(lang.to_string()),
        Some(lang) => Err(Error::Usage(format!(
            "the collection has no language `{lang}`; its languages are: {}",
            collection.languages.join(", ")
        ))),
    }
}

/// Labels of the fixed fields in a language (Swedish, Finnish, English;
/// English for any other).
pub fn field_label(field: &TextField, lang: &str, collection: &Collection) -> String {
    let (statement, description, title) = match lang {
        "sv" => ("Riktlinje", "Beskrivning", "Rubrik"),
        "fi" => ("Linjaus", "Kuvaus", "Otsikko"),
        _ => ("Guideline", "Description", "Title"),
    };
    match field {
        TextField::Title => title.to_string(),
        TextField::Statement => statement.to_string(),
        TextField::Description => description.to_string(),
        TextField::Actor(id) => collection
            .actors
            .iter()
            .find(|a| &a.id == id)
            .map(|a| a.name_in(lang).to_string())
            .unwrap_or_else(|| id.clone()),
    }
}

/// ANSI styling that is a no-op when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    /// Whether to emit escape codes.
    pub on: bool,
}

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    /// Bold.
    pub fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }
    /// Dimmed.
    pub fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }
    /// Red (removed text).
    pub fn red(self, s: &str) -> String {
        self.wrap("31", s)
    }
    /// Green (inserted text).
    pub fn green(self, s: &str) -> String {
        self.wrap("32", s)
    }
    /// Yellow (warnings, due dates).
    pub fn yellow(self, s: &str) -> String {
        self.wrap("33", s)
    }
}

//! The collection: what `guidelines/index.toml` declares.

use indexmap::IndexMap;
use serde::Serialize;

/// A theme (group of guidelines), in collection order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Theme {
    /// Stable id, referenced by each guideline's `theme`.
    pub id: String,
    /// Display name per language.
    pub names: IndexMap<String, String>,
}

/// An actor the guidelines address, in collection order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// Stable id, the key of the actor's paragraph in a guideline.
    pub id: String,
    /// Display name per language.
    pub names: IndexMap<String, String>,
}

/// The collection of guidelines: title, owner, languages, themes, actors,
/// review interval and introduction. Nothing about a particular ministry's
/// set is hard-coded; it all comes from here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Collection {
    /// Title per language.
    pub title: IndexMap<String, String>,
    /// The body that owns and approves the set.
    pub owner: IndexMap<String, String>,
    /// Languages, primary first.
    pub languages: Vec<String>,
    /// Languages in which every field of every guideline must be present.
    pub complete_languages: Vec<String>,
    /// Themes in order.
    pub themes: Vec<Theme>,
    /// Actors in order.
    pub actors: Vec<Actor>,
    /// Months between currency checks.
    pub review_interval_months: u32,
    /// The collection-level text (introduction) per language.
    pub introduction: IndexMap<String, String>,
}

fn name_in<'a>(names: &'a IndexMap<String, String>, lang: &str, fallback: &'a str) -> &'a str {
    names
        .get(lang)
        .or_else(|| names.values().next())
        .map(String::as_str)
        .unwrap_or(fallback)
}

impl Collection {
    /// The primary language (the first declared).
    pub fn primary_language(&self) -> &str {
        self.languages.first().map(String::as_str).unwrap_or("sv")
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// The position of a theme in collection order (unknown themes last).
    pub fn theme_position(&self, id: &str) -> usize {
        self.themes.iter().position(|t| t.id == id).unwrap_or(usize::MAX)
    }

    /// Title in `lang`, falling back to the first language that has one.
    pub fn title_in(&self, lang: &str) -> &str {
        name_in(&self.title, lang, "")
    }
}

impl Theme {
    /// Name in `lang`, falling back to another language, then the id.
    pub fn name_in(&self, lang: &str) -> &str {
        name_in(&self.names, lang, &self.id)
    }
}

impl Actor {
    /// Name in `lang`, falling back to another language, then the id.
    pub fn name_in(&self, lang: &str) -> &str {
        name_in(&self.names, lang, &self.id)
    }
}

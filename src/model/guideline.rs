//! One guideline and the paths of its text fields.

use indexmap::IndexMap;
use serde::Serialize;

/// The texts of a guideline in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct GuidelineText {
    /// Short title ("Samarbete").
    pub title: String,
    /// The guideline itself (*Riktlinje*).
    pub statement: String,
    /// The description (*Beskrivning*).
    pub description: String,
    /// One paragraph per actor id, in collection order.
    pub actors: IndexMap<String, String>,
}

/// A guideline: one TOML file under `guidelines/`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Guideline {
    /// Stable id: the file name without `.toml`.
    pub id: String,
    /// Position in the published numbering, 1..N.
    pub number: u32,
    /// Theme id.
    pub theme: String,
    /// Texts keyed by language.
    pub texts: IndexMap<String, GuidelineText>,
}

/// Which text field of a guideline: the non-language part of a field path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum TextField {
    /// `title`
    Title,
    /// `statement`
    Statement,
    /// `description`
    Description,
    /// `actors.<id>`
    Actor(String),
}

/// A field of a guideline in one language: `sv.description`,
/// `fi.actors.klient`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath {
    /// Language code.
    pub lang: String,
    /// The field.
    pub field: TextField,
}

impl std::fmt::Display for FieldPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.field {
            TextField::Title => write!(f, "{}.title", self.lang),
            TextField::Statement => write!(f, "{}.statement", self.lang),
            TextField::Description => write!(f, "{}.description", self.lang),
            TextField::Actor(a) => write!(f, "{}.actors.{a}", self.lang),
        }
    }
}

impl Serialize for FieldPath {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl std::str::FromStr for FieldPath {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.splitn(3, '.');
        let lang = parts.next().unwrap_or_default().to_string();
        let field = match (parts.next(), parts.next()) {
            (Some("title"), None) => TextField::Title,
            (Some("statement"), None) => TextField::Statement,
            (Some("description"), None) => TextField::Description,
            (Some("actors"), Some(actor)) if !actor.is_empty() => TextField::Actor(actor.to_string()),
            _ => {
                return Err(format!(
                    "`{s}` is not a field path; write LANG.title, LANG.statement, LANG.description or LANG.actors.ACTOR"
                ));
            }
        };
        if lang.is_empty() {
            return Err(format!("`{s}` lacks a language"));
        }
        Ok(FieldPath { lang, field })
    }
}

impl GuidelineText {
    /// The value of one field, if the guideline has it.
    pub fn get(&self, field: &TextField) -> Option<&str> {
        match field {
            TextField::Title => Some(self.title.as_str()),
            TextField::Statement => Some(self.statement.as_str()),
            TextField::Description => Some(self.description.as_str()),
            TextField::Actor(a) => self.actors.get(a).map(String::as_str),
        }
        .filter(|s| !s.is_empty())
    }

    /// Every field in canonical order: title, statement, description, then
    /// the actors in the order given.
    pub fn fields<'a>(&'a self, actor_order: &'a [String]) -> impl Iterator<Item = (TextField, &'a str)> + 'a {
        let fixed = [
            (TextField::Title, self.title.as_str()),
            (TextField::Statement, self.statement.as_str()),
            (TextField::Description, self.description.as_str()),
        ];
        let known = actor_order.iter().map(move |a| {
            (
                TextField::Actor(a.clone()),
                self.actors.get(a).map(String::as_str).unwrap_or(""),
            )
        });
        let extra = self
            .actors
            .iter()
            .filter(move |(a, _)| !actor_order.contains(a))
            .map(|(a, t)| (TextField::Actor(a.clone()), t.as_str()));
        fixed.into_iter().chain(known).chain(extra)
    }
}

impl Guideline {
    /// Title in `lang`, falling back to the first language that has one.
    pub fn title_in(&self, lang: &str) -> &str {
        self.texts
            .get(lang)
            .map(|t| t.title.as_str())
            .filter(|t| !t.is_empty())
            .or_else(|| self.texts.values().map(|t| t.title.as_str()).find(|t| !t.is_empty()))
            .unwrap_or("")
    }

    /// The value of a field path.
    pub fn get(&self, path: &FieldPath) -> Option<&str> {
        self.texts.get(&path.lang).and_then(|t| t.get(&path.field))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_paths_round_trip() {
        for s in ["sv.title", "fi.statement", "en.description", "sv.actors.klient"] {
            let p: FieldPath = s.parse().unwrap();
            assert_eq!(p.to_string(), s);
        }
        assert!("sv.body".parse::<FieldPath>().is_err());
        assert!("sv.actors.".parse::<FieldPath>().is_err());
    }
}

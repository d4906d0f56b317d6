//! Pure domain types and rules: no I/O, no git, no file formats.

mod collection;
mod date;
mod guideline;
mod review;
pub mod rules;
pub mod status;
pub mod text;
mod workflow;

pub use collection::{Actor, Collection, Theme};
pub use date::{PartialDate, Precision, no_such_day};
pub use guideline::{FieldPath, Guideline, GuidelineText, TextField};
pub use review::{
    Answer, CommentWindow, Content, Decision, Deviation, DeviationEnd, Disposition, Event, EventAction, EventRecord,
    Round, RoundKind, RoundRecord, Standing, Statement, StatementRecord, Verdict, VerdictKind, Withdrawal, decisions,
    standings, statement_id,
};
pub use workflow::{CurrencyCheck, Stage, StageKind, Workflow};

/// Make a stable, file-name-safe id from a title: lowercase ASCII letters,
/// digits and hyphens (`Säkerställande av interoperabiliteten` →
/// `sakerstallande-av-interoperabiliteten`).
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for ch in title.chars().flat_map(char::to_lowercase) {
        let mapped = match ch {
            'å' | 'ä' | 'à' | 'á' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            'í' | 'ì' => 'i',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if mapped == '-' && (slug.is_empty() || slug.ends_with('-')) {
            continue;
        }
        slug.push(mapped);
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// A short id for a new guideline: the slug of the title, cut at a word
/// boundary to at most 40 characters, so file names stay readable.
pub fn short_slug(title: &str) -> String {
    let full = slugify(title);
    let mut out = String::new();
    for word in full.split('-') {
        if !out.is_empty() && out.len() + 1 + word.len() > 40 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_folds_swedish_letters_and_punctuation() {
        assert_eq!(
            slugify("Säkerställande av interoperabiliteten"),
            "sakerstallande-av-interoperabiliteten"
        );
        assert_eq!(slugify("Omedelbar Kanta-registrering"), "omedelbar-kanta-registrering");
        assert_eq!(slugify("  Själv- och egenvård!  "), "sjalv-och-egenvard");
        assert_eq!(
            short_slug("Klientens möjligheter att påverka informationshanteringen som gäller klientens tjänster"),
            "klientens-mojligheter-att-paverka"
        );
    }
}

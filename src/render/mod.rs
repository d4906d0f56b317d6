//! Renderers: each a function of a result and a writer. None computes
//! anything; none prints on its own.

pub mod changelog;
pub mod comments;
pub mod csv;
pub mod deviations;
pub mod diff_docx;
pub mod diff_html;
pub mod diff_json;
pub mod diff_markdown;
pub mod diff_text;
pub mod docx;
pub mod html;
pub mod json;
pub mod labels;
pub mod markdown;
pub mod review;
pub mod summary;
pub mod table;
pub mod term;
pub mod text;
pub mod xlsx;

use crate::diff::{FieldDiff, Piece, Side};
use crate::model::{Collection, TextField};
use crate::{Error, Result};

pub use labels::Labels;

/// The language to render: the one asked for (if the collection declares
/// it) or the primary language.
pub fn pick_language(collection: &Collection, wanted: Option<&str>) -> Result<String> {
    match wanted {
        None => Ok(collection.primary_language().to_string()),
        Some(lang) if collection.languages.iter().any(|l| l == lang) => Ok(lang.to_string()),
        Some(lang) => Err(Error::UnknownLanguage {
            wanted: lang.to_string(),
            languages: collection.languages.clone(),
        }),
    }
}

/// Labels of the fixed fields in a language (Swedish, Finnish, English;
/// English for any other).
pub fn field_label(field: &TextField, lang: &str, collection: &Collection) -> String {
    let l = Labels::of(lang);
    match field {
        TextField::Title => l.title_field.to_string(),
        TextField::Statement => l.statement_field.to_string(),
        TextField::Description => l.description_field.to_string(),
        TextField::Actor(id) => collection
            .actors
            .iter()
            .find(|a| &a.id == id)
            .map(|a| a.name_in(lang).to_string())
            .unwrap_or_else(|| id.clone()),
    }
}

/// `text` as every document shows it (HTML, Word, Markdown, CSV): each
/// character a text may not hold ([`crate::model::text::is_forbidden`]) as
/// U+FFFD, and CRLF as LF. `check` refuses such characters in the files;
/// this is for what still arrives (commit messages, old records), so that a
/// Word document is always valid XML and a page never carries a code point
/// HTML forbids. The terminal shows them escaped instead ([`term`]).
pub fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    use crate::model::text::is_forbidden;
    // Every page's text passes here: a byte scan settles almost all of it,
    // and only text holding a suspect byte is looked at character by
    // character.
    if !text.bytes().any(may_begin_forbidden) || !text.chars().any(is_forbidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            c if is_forbidden(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether UTF-8 byte `b` may begin a forbidden character: every one of
/// them begins with such a byte (tested over every character), and most
/// text has none.
fn may_begin_forbidden(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0b..=0x1f | 0x7f | 0xc2 | 0xef | 0xf0..=0xff)
}

/// How a piece of the inline view of a change is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    /// Unchanged text.
    Same,
    /// Removed text.
    Del,
    /// Inserted text.
    Ins,
}

/// The inline view of a field for reading formats (text, Markdown, HTML):
/// unchanged text, then each change as removed and inserted text with the
/// whitespace around it moved outside the marks, so a change reads
/// `a [-b-]{+c+} d`, never `a [-b -]d`. (The Word renderer uses the exact
/// pieces instead, so accepting every change gives the new text.)
pub fn inline_marks(field: &FieldDiff) -> Vec<(Mark, &str)> {
    let starts_ws = |s: &str| s.starts_with(char::is_whitespace) && !s.trim().is_empty();
    let ends_ws = |s: &str| s.ends_with(char::is_whitespace) && !s.trim().is_empty();
    let mut out = Vec::new();
    for piece in field.pieces() {
        match piece {
            Piece::Same(s) => out.push((Mark::Same, s)),
            Piece::Change { lead, old, new, trail } => {
                if !lead.is_empty() || starts_ws(old) || starts_ws(new) {
                    out.push((Mark::Same, " "));
                }
                if !old.trim().is_empty() {
                    out.push((Mark::Del, old.trim()));
                }
                if !new.trim().is_empty() {
                    out.push((Mark::Ins, new.trim()));
                }
                if !trail.is_empty() || ends_ws(old) || ends_ws(new) {
                    out.push((Mark::Same, " "));
                }
            }
        }
    }
    out
}

/// The label of a field in a diff: the field's name in the diff's language
/// (that of its headings), with the field's language added when that is
/// another one.
pub fn diff_field_label(d: &crate::diff::CollectionDiff, field: &FieldDiff) -> String {
    let label = field_label(&field.field.field, &d.lang, &d.collection);
    if d.languages.len() > 1 && field.field.lang != d.lang {
        format!("{label} ({})", field.field.lang)
    } else {
        label
    }
}

/// How a side of a diff is named in a document: `HEAD~1 (1a2b3c4)`,
/// `1a2b3c4`, `round 2026-1: base (1a2b3c4)`, the working tree.
pub fn side_label(side: &Side, l: &Labels) -> String {
    let Some(commit) = &side.commit else {
        return l.working_tree.to_string();
    };
    let short = &commit[..commit.len().min(7)];
    match (&side.round, &side.name) {
        (Some(round), Some(name)) => format!("{} {round}: {name} ({short})", l.round),
        (None, Some(name)) => format!("{name} ({short})"),
        _ => short.to_string(),
    }
}

/// What `diff --round` compares, as `(round, from, to)`: the events (or
/// `base`), the working tree named in the document's language.
pub fn round_sides<'a>(d: &'a crate::diff::CollectionDiff, l: &'a Labels) -> Option<(&'a str, &'a str, &'a str)> {
    d.round.as_ref().map(|r| {
        let to = if d.to.commit.is_none() {
            l.working_tree
        } else {
            r.to.as_str()
        };
        (r.id.as_str(), r.from.as_str(), to)
    })
}

/// The one-line summary every reading format ends with.
pub fn summary_line(d: &crate::diff::CollectionDiff, l: &Labels) -> String {
    let s = d.summary();
    let total = s.added + s.removed + s.modified;
    if total == 0 {
        return l.no_changes(&side_label(&d.from, l), &side_label(&d.to, l));
    }
    l.diff_summary(total, s.modified, s.added, s.removed, s.hunks, s.fields)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_forbidden_character_begins_with_a_suspect_byte() {
        let mut buf = [0; 4];
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if crate::model::text::is_forbidden(c) {
                let first = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(super::may_begin_forbidden(first), "{c:?} begins with {first:#x}");
            }
        }
        assert!(!"Samarbete åäö – “citat” €".bytes().any(super::may_begin_forbidden));
    }

    #[test]
    fn clean_replaces_what_documents_cannot_hold() {
        assert_eq!(super::clean("a\tb\nc"), "a\tb\nc");
        assert!(matches!(super::clean("ok åäö"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(
            super::clean("x\u{1b}[2K\r\ny\rz\u{0}\u{85}\u{ffff}"),
            "x\u{fffd}[2K\ny\u{fffd}z\u{fffd}\u{fffd}\u{fffd}"
        );
    }
}

//! The diff for the terminal: a header per guideline and field, each changed
//! field in full with its changes marked — in colour on a terminal,
//! `[-old-]{+new+}` otherwise — and a summary line, worded in the
//! operator's language (the catalogue given); the guidelines' own words are
//! the document language's.

use std::io::Write;

use crate::diff::{CollectionDiff, FieldDiff, Status};
use crate::fluent_args;
use crate::i18n::Catalogue;
use crate::render::labels::Labels;
use crate::render::term::{Style, Term};
use crate::render::{Mark, diff_field_label, inline_marks, side_label, summary_line};

const WIDTH: usize = 80;
const INDENT: &str = "    ";

/// One visible word: parts with their marks, and whether a space precedes it.
struct Word {
    space_before: bool,
    parts: Vec<(Mark, String)>,
}

/// Split marked text into words, keeping each part's mark; plain output
/// wraps the removed and inserted runs in `[-…-]` and `{+…+}`.
fn words(marks: &[(Mark, &str)], color: bool) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut pending_space = false;
    for (mark, text) in marks {
        let (open, close) = match (mark, color) {
            (Mark::Del, false) => ("[-", "-]"),
            (Mark::Ins, false) => ("{+", "+}"),
            _ => ("", ""),
        };
        let mut first = true;
        let chunks: Vec<&str> = text.split(char::is_whitespace).collect();
        let last_index = chunks.len() - 1;
        for (i, chunk) in chunks.into_iter().enumerate() {
            if i > 0 {
                pending_space = true;
            }
            let mut s = String::new();
            if first && !open.is_empty() {
                s.push_str(open);
            }
            s.push_str(chunk);
            if i == last_index {
                s.push_str(close);
            }
            if s.is_empty() {
                continue;
            }
            first = false;
            match out.last_mut() {
                Some(w) if !pending_space => w.parts.push((*mark, s)),
                _ => out.push(Word {
                    space_before: pending_space,
                    parts: vec![(*mark, s)],
                }),
            }
            pending_space = false;
        }
    }
    out
}

fn write_part(out: &mut Term<'_>, mark: Mark, s: &str) -> std::io::Result<()> {
    match mark {
        Mark::Same => write!(out, "{s}"),
        Mark::Del => out.styled(Style::Red, s),
        Mark::Ins => out.styled(Style::Green, s),
    }
}

/// Write the field's inline view, wrapped at [`WIDTH`] columns.
fn field_body(out: &mut Term<'_>, field: &FieldDiff) -> std::io::Result<()> {
    let marks = inline_marks(field);
    let mut len = 0;
    for word in words(&marks, out.color()) {
        let w: usize = word.parts.iter().map(|(_, s)| s.chars().count()).sum();
        if len > 0 && INDENT.len() + len + usize::from(word.space_before) + w > WIDTH {
            writeln!(out)?;
            len = 0;
        } else if len > 0 && word.space_before {
            write!(out, " ")?;
            len += 1;
        }
        if len == 0 {
            write!(out, "{INDENT}")?;
        }
        for (mark, s) in &word.parts {
            write_part(out, *mark, s)?;
        }
        len += w;
    }
    if len > 0 {
        writeln!(out)?;
    }
    Ok(())
}

/// Write the whole diff.
pub fn write(out: &mut Term<'_>, d: &CollectionDiff, cat: &Catalogue) -> std::io::Result<()> {
    let l = Labels::of(cat.lang());
    out.line(
        Style::Bold,
        &l.changes_from_to(&side_label(&d.from, l), &side_label(&d.to, l)),
    )?;
    if let Some(r) = &d.round {
        out.line(
            Style::Dim,
            &cat.get(
                "diff-review-round",
                Some(&fluent_args!["round" => &r.id, "from" => &r.from, "to" => &r.to]),
            ),
        )?;
    }
    for g in d.changed() {
        writeln!(out)?;
        out.styled(Style::Bold, &format!("{}. {}", g.number, g.title))?;
        write!(out, " (")?;
        let status = match g.status {
            Status::Added => Style::Green,
            Status::Removed => Style::Red,
            _ => Style::Yellow,
        };
        out.styled(status, l.status(g.status))?;
        writeln!(out, ")")?;
        out.line(
            Style::Dim,
            &cat.get(
                "show-id-theme",
                Some(&fluent_args!["id" => &g.id, "theme" => d.theme_name(&g.theme)]),
            ),
        )?;
        if let Some((old, new)) = g.renumbered() {
            write!(out, "  {} ", cat.text("diff-number"))?;
            out.styled(Style::Red, &old.to_string())?;
            write!(out, " → ")?;
            out.line(Style::Green, &new.to_string())?;
        }
        if let Some((old, new)) = g.rethemed() {
            write!(out, "  {} ", cat.text("diff-theme"))?;
            out.styled(Style::Red, &d.theme_name(old))?;
            write!(out, " → ")?;
            out.line(Style::Green, &d.theme_name(new))?;
        }
        for f in g.changed_fields() {
            write!(out, "  ")?;
            out.styled(Style::Bold, &diff_field_label(d, f))?;
            write!(out, " ")?;
            out.line(Style::Dim, &format!("({})", f.field))?;
            field_body(out, f)?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", summary_line(d, l))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FieldPath;

    fn body(old: &str, new: &str, color: bool) -> String {
        let f = FieldDiff::new("sv.description".parse::<FieldPath>().unwrap(), old, new);
        let mut out = Vec::new();
        field_body(&mut Term::new(&mut out, color), &f).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn marks_changes_without_colour() {
        assert_eq!(
            body("om henvård, och gränssytor.", "om hens vård, och gränsytor.", false),
            "    om [-henvård-]{+hens vård+}, och [-gränssytor-]{+gränsytor+}.\n"
        );
        assert_eq!(body("a b c", "a c", false), "    a [-b-] c\n");
        assert_eq!(body("a c", "a b c", false), "    a {+b+} c\n");
    }

    #[test]
    fn colours_changes_on_a_terminal() {
        assert_eq!(
            body("a b", "a c", true),
            "    a \u{1b}[31mb\u{1b}[0m\u{1b}[32mc\u{1b}[0m\n"
        );
    }

    #[test]
    fn wraps_long_fields_counting_visible_characters_only() {
        let old = "ord ".repeat(40);
        let new = format!("{}ny", "ord ".repeat(39));
        for line in body(&old, &new, true).lines() {
            let visible = line
                .replace("\u{1b}[31m", "")
                .replace("\u{1b}[32m", "")
                .replace("\u{1b}[0m", "");
            assert!(visible.chars().count() <= WIDTH, "{visible:?}");
        }
    }
}

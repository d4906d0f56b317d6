//! The short word-diff summaries of [`crate::history::summary`] as Markdown
//! and in Word, shared by the reports that list changes.

use crate::history::summary::{FieldSummary, GuidelineSummary};
use crate::render::Labels;
use crate::render::docx::{Doc, Look};
use crate::render::markdown::{code, escape_cell};

/// One field's changes in Markdown: `~~old~~ → new` for a replacement,
/// `+ new` for an insertion, `~~old~~` for a deletion, `; `-separated.
pub fn hunks_markdown(f: &FieldSummary, l: &Labels) -> String {
    let mut parts: Vec<String> = f
        .hunks
        .iter()
        .map(|h| match (h.old.is_empty(), h.new.is_empty()) {
            (false, false) => format!("~~{}~~ → {}", escape_cell(&h.old), escape_cell(&h.new)),
            (true, _) => format!("+ {}", escape_cell(&h.new)),
            (false, true) => format!("~~{}~~", escape_cell(&h.old)),
        })
        .collect();
    if f.more > 0 {
        parts.push(l.and_more(f.more));
    }
    parts.join("; ")
}

/// The lines that say what changed in a guideline beyond "added" or
/// "removed": number, theme, and each changed field with its words.
pub fn detail_lines_markdown(g: &GuidelineSummary, l: &Labels) -> Vec<String> {
    let mut out = Vec::new();
    if let Some((o, n)) = g.renumbered {
        out.push(format!("{}: ~~{o}~~ → {n}", l.number));
    }
    if let Some((o, n)) = &g.rethemed {
        out.push(format!("{}: ~~{}~~ → {}", l.theme, escape_cell(o), escape_cell(n)));
    }
    for f in &g.fields {
        out.push(format!("{}: {}", code(&f.field), hunks_markdown(f, l)));
    }
    out
}

/// One field's changes in Word: removed words struck through in red,
/// inserted words in green (a summary, not tracked changes).
pub fn hunks_docx(doc: &mut Doc, f: &FieldSummary, l: &Labels) -> std::io::Result<()> {
    for (i, h) in f.hunks.iter().enumerate() {
        if i > 0 {
            doc.plain("; ");
        }
        if h.old.is_empty() {
            doc.plain("+ ");
        } else {
            doc.styled(&h.old, Look::REMOVED)?;
        }
        if !h.old.is_empty() && !h.new.is_empty() {
            doc.plain(" → ");
        }
        if !h.new.is_empty() {
            doc.styled(&h.new, Look::INSERTED)?;
        }
    }
    if f.more > 0 {
        doc.plain(&format!("; {}", l.and_more(f.more)));
    }
    Ok(())
}

/// The detail lines of a guideline's change in Word, one paragraph each,
/// indented `level` steps.
pub fn details_docx(doc: &mut Doc, g: &GuidelineSummary, level: u32, l: &Labels) -> std::io::Result<()> {
    if let Some((o, n)) = g.renumbered {
        doc.start_indented(level)?;
        doc.plain(&format!("{}: ", l.number));
        doc.styled(&o.to_string(), Look::REMOVED)?;
        doc.plain(" → ");
        doc.styled(&n.to_string(), Look::INSERTED)?;
        doc.end_para()?;
    }
    if let Some((o, n)) = &g.rethemed {
        doc.start_indented(level)?;
        doc.plain(&format!("{}: ", l.theme));
        doc.styled(o, Look::REMOVED)?;
        doc.plain(" → ");
        doc.styled(n, Look::INSERTED)?;
        doc.end_para()?;
    }
    for f in &g.fields {
        doc.start_indented(level)?;
        doc.plain(&format!("{}: ", f.field));
        hunks_docx(doc, f, l)?;
        doc.end_para()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::summary::HunkSummary;

    #[test]
    fn replacements_insertions_and_deletions_read_differently() {
        let f = FieldSummary {
            field: "sv.description".into(),
            hunks: vec![
                HunkSummary {
                    old: "gränssytor".into(),
                    new: "gränsytor".into(),
                },
                HunkSummary {
                    old: "".into(),
                    new: "noga".into(),
                },
                HunkSummary {
                    old: "*alltid*".into(),
                    new: "".into(),
                },
            ],
            more: 2,
            words_removed: 2,
            words_added: 2,
        };
        assert_eq!(
            hunks_markdown(&f, &crate::render::labels::EN),
            r"~~gränssytor~~ → gränsytor; + noga; ~~\*alltid\*~~; … and 2 more"
        );
        assert!(hunks_markdown(&f, &crate::render::labels::SV).ends_with("; … och 2 till"));
    }
}

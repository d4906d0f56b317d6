//! Markdown, readable pasted into a wiki or an email.

use std::io::Write;

use crate::commands::list::ListEntry;
use crate::model::{Collection, Guideline, TextField};
use crate::render::field_label;

/// Escape the characters Markdown would read as markup at a line start or
/// inline.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The list, one section per theme.
pub fn list(out: &mut dyn Write, collection: &Collection, lang: &str, entries: &[ListEntry]) -> std::io::Result<()> {
    writeln!(out, "# {}", escape(collection.title_in(lang)))?;
    let mut theme: Option<&str> = None;
    for e in entries {
        if theme != Some(e.theme.as_str()) {
            writeln!(out, "\n## {}\n", escape(&e.theme_name))?;
            theme = Some(&e.theme);
        }
        writeln!(out, "{}. {} (`{}`)", e.number, escape(&e.title), e.id)?;
    }
    Ok(())
}

/// One guideline with a heading per field.
pub fn guideline(out: &mut dyn Write, collection: &Collection, g: &Guideline, lang: &str) -> std::io::Result<()> {
    writeln!(out, "# {}. {}", g.number, escape(g.title_in(lang)))?;
    let theme = collection.theme(&g.theme).map(|t| t.name_in(lang)).unwrap_or(&g.theme);
    writeln!(out, "\n*{}* · `{}`", escape(theme), g.id)?;
    let Some(texts) = g.texts.get(lang) else { return Ok(()) };
    let actor_order: Vec<String> = collection.actors.iter().map(|a| a.id.clone()).collect();
    for (field, value) in texts.fields(&actor_order) {
        if field == TextField::Title {
            continue;
        }
        writeln!(
            out,
            "\n## {}\n\n{}",
            escape(&field_label(&field, lang, collection)),
            escape(value)
        )?;
    }
    Ok(())
}

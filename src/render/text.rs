//! Plain text for the terminal.

use std::io::Write;

use crate::commands::list::ListEntry;
use crate::model::{Collection, Guideline, TextField};
use crate::render::{Paint, field_label};

/// The list, grouped by theme.
pub fn list(out: &mut dyn Write, entries: &[ListEntry], color: bool) -> std::io::Result<()> {
    let paint = Paint { on: color };
    let id_width = entries.iter().map(|e| e.id.chars().count()).max().unwrap_or(0);
    let mut theme: Option<&str> = None;
    for e in entries {
        if theme != Some(e.theme.as_str()) {
            if theme.is_some() {
                writeln!(out)?;
            }
            writeln!(out, "{}", paint.bold(&e.theme_name))?;
            theme = Some(&e.theme);
        }
        let pad = id_width - e.id.chars().count();
        writeln!(
            out,
            "  {:>3}  {}{}  {}",
            e.number,
            paint.dim(&e.id),
            " ".repeat(pad),
            e.title
        )?;
    }
    if entries.is_empty() {
        writeln!(
            out,
            "No guidelines yet. Add them with `riktlinjer import FILE` or by writing guidelines/<id>.toml."
        )?;
    }
    Ok(())
}

/// Wrap a paragraph at `width` columns with an indent.
pub fn wrap(text: &str, indent: &str, width: usize) -> String {
    let mut out = String::new();
    for (i, para) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut line = String::from(indent);
        let mut len = indent.len();
        for word in para.split_whitespace() {
            let w = word.chars().count();
            if len > indent.len() && len + 1 + w > width {
                out.push_str(&line);
                out.push('\n');
                line = String::from(indent);
                len = indent.len();
            }
            if len > indent.len() {
                line.push(' ');
                len += 1;
            }
            line.push_str(word);
            len += w;
        }
        out.push_str(&line);
    }
    out
}

/// One guideline, all fields, in one language.
pub fn guideline(
    out: &mut dyn Write,
    collection: &Collection,
    g: &Guideline,
    lang: &str,
    color: bool,
) -> std::io::Result<()> {
    let paint = Paint { on: color };
    let theme = collection.theme(&g.theme).map(|t| t.name_in(lang)).unwrap_or(&g.theme);
    writeln!(out, "{}", paint.bold(&format!("{}. {}", g.number, g.title_in(lang))))?;
    writeln!(out, "{}", paint.dim(&format!("id: {} · theme: {theme}", g.id)))?;
    let Some(texts) = g.texts.get(lang) else {
        writeln!(out, "\n(no texts in `{lang}`)")?;
        return Ok(());
    };
    let actor_order: Vec<String> = collection.actors.iter().map(|a| a.id.clone()).collect();
    for (field, value) in texts.fields(&actor_order) {
        if field == TextField::Title {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "{}", paint.bold(&field_label(&field, lang, collection)))?;
        if value.is_empty() {
            writeln!(out, "  {}", paint.dim("(missing)"))?;
        } else {
            writeln!(out, "{}", wrap(value, "  ", 78))?;
        }
    }
    Ok(())
}

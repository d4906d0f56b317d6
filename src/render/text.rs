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

/// The log of one guideline or of all, newest first, one block per commit.
pub fn log(
    out: &mut dyn Write,
    entries: &[crate::history::log::LogEntry],
    guideline: Option<&str>,
    color: bool,
) -> std::io::Result<()> {
    use crate::history::ChangeKind;
    let paint = Paint { on: color };
    if entries.is_empty() {
        return match guideline {
            Some(id) => writeln!(out, "No commit has changed guideline `{id}`."),
            None => writeln!(out, "No commit has changed a guideline yet."),
        };
    }
    let mut last_commit: Option<&str> = None;
    for e in entries {
        if last_commit != Some(e.commit.as_str()) {
            if last_commit.is_some() {
                writeln!(out)?;
            }
            writeln!(
                out,
                "{}  {}  {}",
                paint.yellow(&e.commit[..e.commit.len().min(7)]),
                e.date.format("%Y-%m-%d"),
                e.author
            )?;
            writeln!(out, "    {}", e.message)?;
            if let Some(r) = &e.round {
                let source = match r.source {
                    crate::history::RoundSource::Trailer => "",
                    crate::history::RoundSource::Events => " (the round was open)",
                };
                match &r.stage {
                    Some(stage) => writeln!(out, "    round {}, stage {stage}{source}", r.round)?,
                    None => writeln!(out, "    round {}{source}", r.round)?,
                }
            }
            if !e.addresses.is_empty() {
                writeln!(out, "    addresses {}", e.addresses.join(", "))?;
            }
            last_commit = Some(&e.commit);
        }
        let name = match (e.number, &e.title) {
            (Some(n), Some(t)) => format!("{n}. {t} ({})", e.guideline),
            _ => e.guideline.clone(),
        };
        let what = match e.change {
            ChangeKind::Added if e.boundary => "present when the shallow history begins".to_string(),
            ChangeKind::Added => match &e.renamed_from {
                Some(from) => format!("added (renamed from {from})"),
                None => "added".to_string(),
            },
            ChangeKind::Removed => match &e.renamed_to {
                Some(to) => format!("removed (renamed to {to})"),
                None => "removed".to_string(),
            },
            ChangeKind::Modified if e.fields.is_empty() => "modified (the texts are unchanged)".to_string(),
            ChangeKind::Modified => format!(
                "modified: {} field{}, {}",
                e.fields.len(),
                if e.fields.len() == 1 { "" } else { "s" },
                words_phrase(e.words_removed, e.words_added)
            ),
        };
        writeln!(out, "  {} {what}", paint.bold(&name))?;
        for f in &e.fields {
            match (&f.from, &f.to) {
                (Some(from), Some(to)) => writeln!(out, "      {}: {from:?} → {to:?}", f.field)?,
                _ => writeln!(
                    out,
                    "      {}: {}",
                    f.field,
                    words_phrase(f.words_removed, f.words_added)
                )?,
            }
        }
        if let Some(why) = &e.unreadable {
            writeln!(out, "      ({why})")?;
        }
    }
    Ok(())
}

/// `3 words removed, 5 added`, `1 word added`, `spacing changed`.
fn words_phrase(removed: usize, added: usize) -> String {
    let words = |n: usize| {
        if n == 1 {
            "1 word".to_string()
        } else {
            format!("{n} words")
        }
    };
    match (removed, added) {
        (0, 0) => "spacing changed".into(),
        (0, a) => format!("{} added", words(a)),
        (r, 0) => format!("{} removed", words(r)),
        (r, a) => format!("{} removed, {a} added", words(r)),
    }
}

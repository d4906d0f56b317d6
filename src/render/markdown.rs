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

/// The currency sheet: the summary and a table.
pub fn currency(
    out: &mut dyn Write,
    collection: &Collection,
    r: &crate::history::currency::CurrencyReport,
) -> std::io::Result<()> {
    use crate::history::currency::DueState;
    let s = &r.summary;
    writeln!(
        out,
        "# {} — currency as of {}\n",
        escape(collection.title_in(&r.language)),
        r.as_of
    )?;
    writeln!(
        out,
        "Each guideline is checked every {} months; *due* means the check falls within {} months.\n",
        r.interval_months, r.due_window_months
    )?;
    writeln!(
        out,
        "- {} guidelines: {} in force, {} in revision, {} withdrawn",
        s.total, s.in_force, s.in_revision, s.withdrawn
    )?;
    writeln!(out, "- **Overdue: {}**, due: {}, ok: {}", s.overdue, s.due, s.ok)?;
    writeln!(
        out,
        "- Text changed since the approval in force: {}; no approval recorded: {}; translations behind: {}\n",
        s.changed_since_approval, s.never_approved, s.translations_behind
    )?;
    writeln!(
        out,
        "| No. | Guideline | Status | Approved | Last check | Next check | | Changed since approval |"
    )?;
    writeln!(out, "|---:|---|---|---|---|---|---|---|")?;
    for g in &r.guidelines {
        let approved = g
            .approved
            .as_ref()
            .map(|a| escape(&super::text::approval_phrase(a)))
            .unwrap_or_else(|| "—".into());
        let check = g
            .last_check
            .as_ref()
            .map(|c| {
                escape(&format!(
                    "{} {} ({})",
                    c.date.map(|d| d.to_string()).unwrap_or_default(),
                    c.verdict,
                    c.round
                ))
            })
            .unwrap_or_else(|| "—".into());
        let state = match g.due_state {
            DueState::Overdue => "**overdue**",
            DueState::Due => "due",
            DueState::Ok => "ok",
        };
        writeln!(
            out,
            "| {} | {} (`{}`) | {} | {} | {} | {} | {} | {} |",
            g.number.map(|n| n.to_string()).unwrap_or_default(),
            escape(&g.title),
            g.id,
            g.status.label(),
            approved,
            check,
            g.next_due.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
            if g.status == crate::history::currency::Status::Withdrawn {
                ""
            } else {
                state
            },
            match g.changes_since_approval.len() {
                0 => String::new(),
                n => format!("{n} commits"),
            }
        )?;
    }
    Ok(())
}

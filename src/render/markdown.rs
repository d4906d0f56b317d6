//! Markdown, readable pasted into a wiki or an email.

use std::io::Write;

use crate::commands::list::ListEntry;
use crate::model::{Collection, Guideline, TextField};
use crate::render::{Labels, field_label};

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
        let withdrawn = e
            .withdrawn
            .as_ref()
            .map(|w| format!(" — *withdrawn in round {}*", escape(&w.round)))
            .unwrap_or_default();
        writeln!(out, "{}. {} (`{}`){withdrawn}", e.number, escape(&e.title), e.id)?;
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

/// An approval in one line, in the document's language.
pub fn approval_phrase(a: &crate::history::currency::Approved, l: &Labels) -> String {
    l.approval_phrase(
        a.date.map(|d| d.to_string()).as_deref(),
        a.body.as_deref(),
        a.decision.as_deref(),
        &a.round,
    )
}

/// The last currency check in one line: `2022-10-05 aktuell (2022-1)`.
pub fn check_phrase(c: &crate::history::currency::Check, l: &Labels) -> String {
    format!(
        "{} {} ({})",
        c.date.map(|d| d.to_string()).unwrap_or_default(),
        l.verdict(&c.verdict),
        c.round
    )
}

/// The currency sheet: the summary and a table, its fixed wording in the
/// report's language.
pub fn currency(
    out: &mut dyn Write,
    collection: &Collection,
    r: &crate::history::currency::CurrencyReport,
) -> std::io::Result<()> {
    use crate::history::currency::DueState;
    let l = Labels::of(&r.language);
    let s = &r.summary;
    writeln!(
        out,
        "# {}\n",
        escape(&l.currency_title(collection.title_in(&r.language), &r.as_of.to_string()))
    )?;
    writeln!(
        out,
        "{}; *{}* {}\n",
        l.checked_every(r.interval_months),
        l.due,
        l.due_means(r.due_window_months)
    )?;
    writeln!(
        out,
        "- {}",
        l.currency_totals(s.total, s.in_force, s.in_revision, s.withdrawn)
    )?;
    writeln!(
        out,
        "- **{}: {}**, {}: {}, {}: {}",
        l.overdue_cap, s.overdue, l.due, s.due, l.ok, s.ok
    )?;
    writeln!(
        out,
        "- {}\n",
        l.changed_counts(s.changed_since_approval, s.never_approved, s.translations_behind)
    )?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | | {} |",
        l.no_header,
        l.guideline_header,
        l.status_header,
        l.approved_header,
        l.last_check_header,
        l.next_check_header,
        l.changed_since_header
    )?;
    writeln!(out, "|---:|---|---|---|---|---|---|---|")?;
    for g in &r.guidelines {
        let approved = g
            .approved
            .as_ref()
            .map(|a| escape(&approval_phrase(a, l)))
            .unwrap_or_else(|| "—".into());
        let check = g
            .last_check
            .as_ref()
            .map(|c| escape(&check_phrase(c, l)))
            .unwrap_or_else(|| "—".into());
        let state = match g.due_state {
            DueState::Overdue => format!("**{}**", l.overdue),
            DueState::Due => l.due.to_string(),
            DueState::Ok => l.ok.to_string(),
        };
        writeln!(
            out,
            "| {} | {} (`{}`) | {} | {} | {} | {} | {} | {} |",
            g.number.map(|n| n.to_string()).unwrap_or_default(),
            escape(&g.title),
            g.id,
            l.currency_status(g.status),
            approved,
            check,
            g.next_due.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
            if g.status == crate::history::currency::Status::Withdrawn {
                ""
            } else {
                &state
            },
            match g.changes_since_approval.len() {
                0 => String::new(),
                n => l.commits(n),
            }
        )?;
    }
    Ok(())
}

//! Plain text for the terminal: the guidelines' own words in the document
//! language, the frame around them in the operator's (the catalogue given).

use crate::fluent_args;
use crate::i18n::Catalogue;
use std::io::Write;

use crate::commands::list::ListEntry;
use crate::model::{Collection, Guideline, TextField};
use crate::render::field_label;
use crate::render::term::{Style, Term};

/// The list, grouped by theme.
pub fn list(out: &mut Term<'_>, entries: &[ListEntry], cat: &Catalogue) -> std::io::Result<()> {
    let id_width = entries.iter().map(|e| e.id.chars().count()).max().unwrap_or(0);
    let mut theme: Option<&str> = None;
    for e in entries {
        if theme != Some(e.theme.as_str()) {
            if theme.is_some() {
                writeln!(out)?;
            }
            out.line(Style::Bold, &e.theme_name)?;
            theme = Some(&e.theme);
        }
        let pad = id_width - e.id.chars().count();
        write!(out, "  {:>3}  ", e.number)?;
        out.styled(Style::Dim, &e.id)?;
        write!(out, "{}  {}", " ".repeat(pad), e.title)?;
        match &e.withdrawn {
            Some(w) => out.line(
                Style::Dim,
                &format!(
                    "  {}",
                    cat.get("list-withdrawn-in", Some(&fluent_args!["round" => &w.round]))
                ),
            )?,
            None => writeln!(out)?,
        }
    }
    if entries.is_empty() {
        writeln!(out, "{}", cat.text("list-empty"))?;
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
    out: &mut Term<'_>,
    collection: &Collection,
    g: &Guideline,
    lang: &str,
    cat: &Catalogue,
) -> std::io::Result<()> {
    let theme = collection.theme(&g.theme).map(|t| t.name_in(lang)).unwrap_or(&g.theme);
    out.line(Style::Bold, &format!("{}. {}", g.number, g.title_in(lang)))?;
    out.line(
        Style::Dim,
        &cat.get("show-id-theme", Some(&fluent_args!["id" => &g.id, "theme" => theme])),
    )?;
    let Some(texts) = g.texts.get(lang) else {
        writeln!(
            out,
            "\n{}",
            cat.get("show-no-texts-in", Some(&fluent_args!["lang" => lang]))
        )?;
        return Ok(());
    };
    let actor_order: Vec<String> = collection.actors.iter().map(|a| a.id.clone()).collect();
    for (field, value) in texts.fields(&actor_order) {
        if field == TextField::Title {
            continue;
        }
        writeln!(out)?;
        out.line(Style::Bold, &field_label(&field, lang, collection))?;
        if value.is_empty() {
            write!(out, "  ")?;
            out.line(Style::Dim, &cat.text("show-missing"))?;
        } else {
            writeln!(out, "{}", wrap(value, "  ", 78))?;
        }
    }
    Ok(())
}

/// The log of one guideline or of all, newest first, one block per commit.
pub fn log(
    out: &mut Term<'_>,
    entries: &[crate::history::log::LogEntry],
    guideline: Option<&str>,
    cat: &Catalogue,
) -> std::io::Result<()> {
    use crate::history::ChangeKind;
    if entries.is_empty() {
        return match guideline {
            Some(id) => writeln!(
                out,
                "{}",
                cat.get("log-empty-one", Some(&fluent_args!["guideline" => id]))
            ),
            None => writeln!(out, "{}", cat.text("log-empty")),
        };
    }
    let mut last_commit: Option<&str> = None;
    for e in entries {
        if last_commit != Some(e.commit) {
            if last_commit.is_some() {
                writeln!(out)?;
            }
            out.styled(Style::Yellow, &e.commit[..e.commit.len().min(7)])?;
            writeln!(out, "  {}  {}", e.date.format("%Y-%m-%d"), e.author)?;
            writeln!(out, "    {}", e.message)?;
            if let Some(r) = &e.round {
                let by_events = match r.source {
                    crate::history::RoundSource::Trailer => "no",
                    crate::history::RoundSource::Events => "yes",
                };
                let line = match &r.stage {
                    Some(stage) => cat.get(
                        "log-round-stage",
                        Some(&fluent_args!["round" => &r.round, "stage" => stage.as_str(), "open" => by_events]),
                    ),
                    None => cat.get(
                        "log-round",
                        Some(&fluent_args!["round" => &r.round, "open" => by_events]),
                    ),
                };
                writeln!(out, "    {line}")?;
            }
            if !e.addresses.is_empty() {
                writeln!(
                    out,
                    "    {}",
                    cat.get(
                        "log-addresses",
                        Some(&fluent_args!["statements" => e.addresses.join(", ")])
                    )
                )?;
            }
            last_commit = Some(e.commit);
        }
        let name = match (e.number, &e.title) {
            (Some(n), Some(t)) => format!("{n}. {t} ({})", e.guideline),
            _ => e.guideline.to_string(),
        };
        let what = match e.change {
            ChangeKind::Added if e.boundary => cat.text("log-present-at-cutoff"),
            ChangeKind::Added => match e.renamed_from {
                Some(from) => cat.get("log-added-renamed", Some(&fluent_args!["from" => from])),
                None => cat.text("log-added"),
            },
            ChangeKind::Removed => match e.renamed_to {
                Some(to) => cat.get("log-removed-renamed", Some(&fluent_args!["to" => to])),
                None => cat.text("log-removed"),
            },
            ChangeKind::Modified if e.fields.is_empty() => cat.text("log-modified-texts-unchanged"),
            ChangeKind::Modified => cat.get(
                "log-modified",
                Some(&fluent_args![
                    "fields" => e.fields.len(),
                    "words" => words_phrase(cat, e.words_removed, e.words_added),
                ]),
            ),
        };
        write!(out, "  ")?;
        out.styled(Style::Bold, &name)?;
        writeln!(out, " {what}")?;
        for f in &e.fields {
            match (&f.from, &f.to) {
                (Some(from), Some(to)) => writeln!(out, "      {}: {from:?} → {to:?}", f.field)?,
                _ => writeln!(
                    out,
                    "      {}: {}",
                    f.field,
                    words_phrase(cat, f.words_removed, f.words_added)
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
fn words_phrase(cat: &Catalogue, removed: usize, added: usize) -> String {
    match (removed, added) {
        (0, 0) => cat.text("log-spacing-changed"),
        (0, a) => cat.get("log-words-added", Some(&fluent_args!["added" => a])),
        (r, 0) => cat.get("log-words-removed", Some(&fluent_args!["removed" => r])),
        (r, a) => cat.get(
            "log-words-removed-added",
            Some(&fluent_args!["removed" => r, "added" => a]),
        ),
    }
}

fn due_label(state: crate::history::currency::DueState, cat: &Catalogue) -> String {
    use crate::history::currency::DueState;
    cat.text(match state {
        DueState::Ok => "currency-state-ok",
        DueState::Due => "currency-state-due",
        DueState::Overdue => "currency-state-overdue",
    })
}

/// Describe an approval in one line: `2021-10-05 by SHM, decision VN/1/2021, round 2021-1`.
pub fn approval_phrase(a: &crate::history::currency::Approved) -> String {
    super::markdown::approval_phrase(a, &super::labels::EN)
}

/// The currency sheet: a summary, then one block per guideline, worded in
/// `cat`'s language.
pub fn currency(
    out: &mut Term<'_>,
    r: &crate::history::currency::CurrencyReport,
    cat: &Catalogue,
) -> std::io::Result<()> {
    use crate::history::currency::{DueBasis, DueState, Status};
    let l = super::labels::Labels::of(cat.lang());
    let s = &r.summary;
    let date = |d: &chrono::DateTime<chrono::FixedOffset>| d.format("%Y-%m-%d").to_string();
    out.line(
        Style::Bold,
        &cat.get(
            "currency-term-heading",
            Some(&fluent_args!["as-of" => r.as_of.to_string(), "commit" => &r.commit[..r.commit.len().min(7)]]),
        ),
    )?;
    let line = cat.get(
        "currency-term-interval",
        Some(&fluent_args!["months" => r.interval_months, "window" => r.due_window_months]),
    );
    writeln!(out, "{line}")?;
    writeln!(out)?;
    let line = cat.get(
        "currency-totals",
        Some(&fluent_args![
            "total" => s.total,
            "in-force" => s.in_force,
            "in-revision" => s.in_revision,
            "withdrawn" => s.withdrawn,
        ]),
    );
    writeln!(out, "{line}")?;
    let line = cat.get(
        "currency-term-due-counts",
        Some(&fluent_args!["overdue" => s.overdue, "due" => s.due, "ok" => s.ok]),
    );
    writeln!(out, "{line}")?;
    let line = cat.get(
        "currency-term-changed-counts",
        Some(&fluent_args![
            "changed" => s.changed_since_approval,
            "never-approved" => s.never_approved,
            "behind" => s.translations_behind,
        ]),
    );
    writeln!(out, "{line}")?;
    if s.active_deviations > 0 {
        let line = cat.get(
            "currency-term-active-deviations",
            Some(&fluent_args!["count" => s.active_deviations]),
        );
        writeln!(out, "{line}")?;
    }
    for g in &r.guidelines {
        writeln!(out)?;
        let number = g.number.map(|n| format!("{n}. ")).unwrap_or_default();
        out.styled(Style::Bold, &format!("{number}{}", g.title))?;
        write!(out, " ({})  ", g.id)?;
        match (g.status, g.due_state) {
            (Status::Withdrawn, _) => writeln!(out, "{}", l.currency_status(Status::Withdrawn))?,
            (status, due) => {
                write!(out, "{} · ", l.currency_status(status))?;
                match due {
                    DueState::Overdue => out.line(Style::Red, &due_label(due, cat))?,
                    DueState::Due => out.line(Style::Yellow, &due_label(due, cat))?,
                    DueState::Ok => writeln!(out, "{}", due_label(due, cat))?,
                }
            }
        }
        if let Some(round) = &g.revision_round {
            let line = cat.get("currency-term-in-revision", Some(&fluent_args!["round" => round]));
            writeln!(out, "    {line}")?;
        }
        let line = match &g.approved {
            Some(a) => cat.get(
                "currency-term-approved",
                Some(&fluent_args![
                    "approval" => super::markdown::approval_phrase(a, l),
                    "changed" => if a.text_as_approved { "no" } else { "yes" },
                ]),
            ),
            None => cat.text("currency-term-never-approved"),
        };
        writeln!(out, "    {line}")?;
        let line = match &g.last_check {
            Some(c) => cat.get(
                "currency-term-last-check",
                Some(&fluent_args![
                    "date" => c.date.map(|d| d.to_string()).unwrap_or_else(|| cat.text("currency-term-no-date")),
                    "round" => &c.round,
                    "verdict" => l.verdict(&c.verdict),
                ]),
            ),
            None => cat.text("currency-term-no-check"),
        };
        writeln!(out, "    {line}")?;
        if let Some(due) = g.next_due {
            let basis = match g.due_basis {
                Some(DueBasis::Approval) => "approval",
                Some(DueBasis::Check) => "check",
                _ => "added",
            };
            let line = cat.get(
                "currency-term-next-due",
                Some(&fluent_args!["due" => due.to_string(), "months" => r.interval_months, "basis" => basis]),
            );
            writeln!(out, "    {line}")?;
        }
        if !g.changes_since_approval.is_empty() {
            let dates: Vec<String> = g.changes_since_approval.iter().map(|c| date(&c.date)).collect();
            let shown = if dates.len() > 5 {
                format!("{} … {}", dates[..2].join(", "), dates[dates.len() - 2..].join(", "))
            } else {
                dates.join(", ")
            };
            let line = cat.get(
                "currency-term-changed-since",
                Some(&fluent_args!["count" => dates.len(), "dates" => shown]),
            );
            writeln!(out, "    {line}")?;
        }
        for t in &g.translations_behind {
            let line = cat.get(
                "currency-term-translation-behind",
                Some(&fluent_args![
                    "lang" => &t.language,
                    "changed" => t.translation_changed.format("%Y-%m-%d").to_string(),
                    "primary" => t.primary_changed.format("%Y-%m-%d").to_string(),
                ]),
            );
            writeln!(out, "    {line}")?;
        }
        if g.active_deviations > 0 {
            let line = cat.get(
                "currency-term-active-deviations",
                Some(&fluent_args!["count" => g.active_deviations]),
            );
            writeln!(out, "    {line}")?;
        }
        for d in &g.deviations_text_changed {
            let line = cat.get(
                "currency-term-deviation-earlier-text",
                Some(&fluent_args![
                    "code" => &d.code,
                    "project" => &d.project,
                    "date" => d.date.to_string(),
                    "commit" => &d.bound_commit[..d.bound_commit.len().min(7)],
                ]),
            );
            writeln!(out, "    {line}")?;
        }
    }
    Ok(())
}

/// The audit: what was checked, each finding with what to do, notes, in the
/// catalogue's language. A finding the audit words only in English (a
/// workflow rule's own message, say) gets the kind's explanation from the
/// catalogue above it in another language.
pub fn audit(out: &mut Term<'_>, r: &crate::history::audit::AuditReport, cat: &Catalogue) -> std::io::Result<()> {
    let c = &r.checked;
    let no_commit = cat.text("audit-no-commit");
    let head = r.head.as_deref().map(|h| &h[..h.len().min(7)]).unwrap_or(&no_commit);
    out.line(
        Style::Bold,
        &cat.get("audit-headline", Some(&fluent_args!["head" => head])),
    )?;
    let checked = cat.get(
        "audit-checked",
        Some(&fluent_args![
            "rounds" => c.rounds,
            "events" => c.events,
            "bindings" => c.bindings,
            "guidelines" => c.approved_guidelines,
            "statements" => c.statements,
            "objects" => c.objects_verified,
        ]),
    );
    writeln!(out, "{checked}")?;
    if c.signatures > 0 {
        writeln!(
            out,
            "{}",
            cat.get("audit-signatures", Some(&fluent_args!["signatures" => c.signatures]))
        )?;
    }
    writeln!(out)?;
    if r.findings.is_empty() {
        out.line(Style::Green, &cat.text("audit-all-holds"))?;
    } else {
        out.line(
            Style::Red,
            &cat.get("audit-findings", Some(&fluent_args!["count" => r.findings.len()])),
        )?;
        let explain = cat.lang() != crate::i18n::Catalogue::english().lang();
        for (i, f) in r.findings.iter().enumerate() {
            writeln!(out)?;
            write!(out, "{}. ", i + 1)?;
            out.line(Style::Bold, &f.file)?;
            if explain && f.message_words.is_plain() {
                writeln!(out, "   {}", cat.text(&format!("audit-kind-{}", kind_id(f.kind))))?;
            }
            writeln!(out, "   {}", f.message_words.in_catalogue(cat))?;
            if let Some(commit) = &f.commit {
                let line = cat.get(
                    "audit-commit",
                    Some(&fluent_args![
                        "commit" => &commit.id[..commit.id.len().min(7)],
                        "author" => &commit.author,
                        "date" => commit.date.format("%Y-%m-%d").to_string(),
                        "summary" => &commit.summary,
                    ]),
                );
                writeln!(out, "   {line}")?;
            }
            if f.commits.len() > 1 {
                let n = f.commits.len();
                for (k, c) in f.commits.iter().enumerate() {
                    // The first and last three; JSON has them all.
                    if n > 8 && (3..n - 3).contains(&k) {
                        if k == 3 {
                            writeln!(
                                out,
                                "     · {}",
                                cat.get("audit-more-commits", Some(&fluent_args!["count" => n - 6]))
                            )?;
                        }
                        continue;
                    }
                    writeln!(
                        out,
                        "     · {} {} {}: {}",
                        &c.id[..c.id.len().min(7)],
                        c.date.format("%Y-%m-%d"),
                        c.author,
                        c.summary
                    )?;
                }
            }
            writeln!(
                out,
                "   {} {}",
                cat.text("audit-what-to-do"),
                f.action_words.in_catalogue(cat)
            )?;
        }
    }
    if !r.notes.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", cat.text("audit-notes"))?;
        for n in &r.note_words {
            writeln!(out, "  - {}", n.in_catalogue(cat))?;
        }
    }
    Ok(())
}

/// A finding kind's name in the JSON (`event-modified`), which is also its
/// message id's tail.
fn kind_id(kind: crate::history::audit::FindingKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

//! The summary of statements ([`CommentsReport`]) as Markdown, a
//! self-contained HTML page (`templates/comments.html`), a Word document
//! and CSV (one row per statement). Each prints the computed report; none
//! decides anything.

use std::io::Write;

use minijinja::{Environment, context};

use crate::history::comments::{CommentsReport, GuidelineRef, RoundInfo, Section, StatementEntry};
use crate::history::summary::GuidelineSummary;
use crate::model::{Disposition, RoundKind};
use crate::render::docx::{Doc, Look, Properties, Whole, write_package};
use crate::render::markdown::escape;
use crate::render::summary::{count, detail_lines_markdown, details_docx};

const TEMPLATE: &str = include_str!("../../templates/comments.html");

/// A disposition in words.
pub fn disposition_label(d: Disposition) -> &'static str {
    match d {
        Disposition::Accepted => "accepted",
        Disposition::Partly => "partly accepted",
        Disposition::Rejected => "rejected",
        Disposition::Noted => "noted",
    }
}

/// The label of a row of the counts by disposition.
fn count_label(disposition: &str) -> &'static str {
    disposition
        .parse::<Disposition>()
        .map(disposition_label)
        .unwrap_or("unanswered")
}

fn short(commit: &str) -> &str {
    &commit[..commit.len().min(7)]
}

/// `1. Samarbete`, or the id alone when the guideline is unknown.
fn guideline_name(g: &GuidelineRef) -> String {
    match g.number {
        Some(n) => format!("{n}. {}", g.title),
        None => g.title.clone(),
    }
}

fn section_title(s: &Section) -> String {
    s.guideline
        .as_ref()
        .map(guideline_name)
        .unwrap_or_else(|| "The guidelines as a whole".into())
}

/// The lines that describe the round, as plain sentences.
fn round_lines(r: &RoundInfo) -> Vec<String> {
    let kind = match r.kind {
        RoundKind::Revision => "revision round",
        RoundKind::CurrencyCheck => "currency-check round",
    };
    let mut lines = vec![format!(
        "Review round {} ({kind}), opened {}, {}.",
        r.id,
        r.opened,
        count(r.scope, "guideline")
    )];
    match &r.comment_round {
        Some(w) => lines.push(format!("Comment round {} to {}.", w.opens, w.closes)),
        None => lines.push("The round has had no comment round.".into()),
    }
    match &r.approval {
        Some(a) => lines.push(format!(
            "Approved {} by {}, decision {}.",
            a.date.map(|d| d.to_string()).unwrap_or_else(|| "(no date)".into()),
            a.body.as_deref().unwrap_or("(no body recorded)"),
            a.decision.as_deref().unwrap_or("(no reference recorded)")
        )),
        None => lines.push(format!(
            "No approval is recorded; the round is {} in stage {}.",
            if r.state == "closed" { "closed" } else { "open" },
            r.stage_name.as_deref().or(r.stage.as_deref()).unwrap_or("(none)")
        )),
    }
    lines
}

fn made_line(rep: &CommentsReport) -> String {
    format!("Made {} from the records committed at {}.", rep.date, short(&rep.head))
}

fn totals_line(rep: &CommentsReport) -> String {
    format!(
        "{} from {}; {} late; {} answered, {} unanswered.",
        count(rep.statements, "statement"),
        count(rep.organisations, "organisation"),
        rep.late,
        rep.statements - rep.unanswered.len(),
        rep.unanswered.len()
    )
}

fn received_line(s: &StatementEntry) -> String {
    let mut line = format!("Received {}", s.received);
    if s.late {
        line.push_str(" (late: outside the comment round)");
    }
    if let Some(f) = &s.field {
        match &s.field_label {
            Some(l) => line.push_str(&format!(" · field: {l} ({f})")),
            None => line.push_str(&format!(" · field: {f}")),
        }
    }
    line
}

fn commit_line(a: &crate::history::comments::Addressing) -> String {
    format!(
        "{} {}, {}: {}",
        short(&a.commit),
        a.date.format("%Y-%m-%d"),
        a.author,
        a.message
    )
}

fn change_head(g: &GuidelineSummary) -> String {
    let name = format!("{}. {}", g.number, g.title);
    match g.status {
        crate::diff::Status::Added => format!("{name}: added"),
        crate::diff::Status::Removed => format!("{name}: removed"),
        _ => name,
    }
}

// ---------------------------------------------------------------- Markdown

/// The summary as Markdown.
pub fn markdown(out: &mut dyn Write, rep: &CommentsReport) -> std::io::Result<()> {
    writeln!(out, "# Summary of statements: {}", escape(&rep.round.title))?;
    writeln!(out, "\n{}\n", escape(&rep.collection_title))?;
    for l in round_lines(&rep.round) {
        writeln!(out, "{}  ", escape(&l))?;
    }
    writeln!(out, "{}", escape(&made_line(rep)))?;
    if rep.statements == 0 {
        writeln!(
            out,
            "\n**No statements are recorded for round {}.**",
            escape(&rep.round.id)
        )?;
        if let Some(note) = rep.round.comment_round.as_ref().and_then(|w| w.note.as_deref()) {
            writeln!(out, "\nNote recorded with the comment round:\n")?;
            for line in note.lines() {
                writeln!(out, "> {}", escape(line))?;
            }
        }
        return Ok(());
    }
    writeln!(out, "\n**{}**", escape(&totals_line(rep)))?;
    writeln!(out, "\n| Disposition | Statements |\n|---|---:|")?;
    for d in &rep.by_disposition {
        writeln!(out, "| {} | {} |", count_label(d.disposition), d.count)?;
    }
    writeln!(
        out,
        "\n| Organisation | Statements | Accepted | Partly | Rejected | Noted | Unanswered |\n|---|---:|---:|---:|---:|---:|---:|"
    )?;
    for o in &rep.by_organisation {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            escape(&o.organisation),
            o.statements,
            o.accepted,
            o.partly,
            o.rejected,
            o.noted,
            o.unanswered
        )?;
    }
    if !rep.unanswered.is_empty() {
        writeln!(out, "\n## Unanswered statements\n")?;
        for sec in &rep.sections {
            for s in sec.statements.iter().filter(|s| s.answer.is_none()) {
                writeln!(
                    out,
                    "- `{}` from {} on {}",
                    s.id,
                    escape(&s.organisation),
                    escape(&section_title(sec))
                )?;
            }
        }
    }
    for sec in &rep.sections {
        writeln!(out, "\n## {}", escape(&section_title(sec)))?;
        for s in &sec.statements {
            writeln!(out, "\n### `{}`: {}\n", s.id, escape(&s.organisation))?;
            writeln!(out, "{}\n", escape(&received_line(s)))?;
            for line in s.text.lines() {
                writeln!(out, "> {}", escape(line))?;
            }
            match &s.answer {
                Some(a) => writeln!(
                    out,
                    "\n**Answer ({}):** {}",
                    disposition_label(a.disposition),
                    escape(&a.reply)
                )?,
                None => writeln!(out, "\n**UNANSWERED:** no answer is recorded yet.")?,
            }
            if !s.addressed_by.is_empty() {
                writeln!(out, "\nChanged in answer:\n")?;
                for a in &s.addressed_by {
                    writeln!(
                        out,
                        "- `{}` {}, {}: {}",
                        short(&a.commit),
                        a.date.format("%Y-%m-%d"),
                        escape(&a.author),
                        escape(&a.message)
                    )?;
                    if a.changes.is_empty() {
                        writeln!(out, "  - no guideline text changed")?;
                    }
                    for g in &a.changes {
                        let details = detail_lines_markdown(g);
                        match details.as_slice() {
                            [] => writeln!(out, "  - {}", escape(&change_head(g)))?,
                            [one] => writeln!(out, "  - {}, {one}", escape(&change_head(g)))?,
                            many => {
                                writeln!(out, "  - {}", escape(&change_head(g)))?;
                                for d in many {
                                    writeln!(out, "    - {d}")?;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    if rep.guidelines_without_statements > 0 {
        writeln!(
            out,
            "\n---\n\nNo statement concerns the other {} in the round's scope.",
            count(rep.guidelines_without_statements, "guideline")
        )?;
    }
    Ok(())
}

// --------------------------------------------------------------------- CSV

/// One row per statement: `id, guideline_number, guideline_id, field,
/// organisation, received, late, disposition, reply, addressed_by, text`
/// (`addressed_by`: the citing commits' ids, space-separated; disposition
/// `unanswered` while there is no answer).
pub fn csv(out: &mut dyn Write, rep: &CommentsReport) -> std::io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "guideline_number",
        "guideline_id",
        "field",
        "organisation",
        "received",
        "late",
        "disposition",
        "reply",
        "addressed_by",
        "text",
    ])?;
    for sec in &rep.sections {
        for s in &sec.statements {
            let number = s
                .guideline
                .as_ref()
                .and_then(|g| g.number)
                .map(|n| n.to_string())
                .unwrap_or_default();
            let commits: Vec<&str> = s.addressed_by.iter().map(|a| a.commit.as_str()).collect();
            w.write_record([
                s.id.as_str(),
                &number,
                s.guideline.as_ref().map(|g| g.id.as_str()).unwrap_or(""),
                s.field.as_deref().unwrap_or(""),
                &s.organisation,
                &s.received.to_string(),
                if s.late { "yes" } else { "no" },
                s.answer
                    .as_ref()
                    .map(|a| a.disposition.as_str())
                    .unwrap_or("unanswered"),
                s.answer.as_ref().map(|a| a.reply.as_str()).unwrap_or(""),
                &commits.join(" "),
                &s.text,
            ])?;
        }
    }
    w.flush()
}

// -------------------------------------------------------------------- HTML

/// The summary as a self-contained page.
pub fn html(out: &mut dyn Write, rep: &CommentsReport) -> std::io::Result<()> {
    let mut env = Environment::new();
    env.add_template("comments.html", TEMPLATE)
        .map_err(std::io::Error::other)?;
    env.add_filter("disposition", |d: String| count_label(&d).to_string());
    env.add_filter("short", |c: String| c.chars().take(7).collect::<String>());
    let sections: Vec<(String, &Section)> = rep.sections.iter().map(|s| (section_title(s), s)).collect();
    let html = env
        .get_template("comments.html")
        .and_then(|t| {
            t.render(context! {
                lang => rep.lang,
                r => rep,
                round_lines => round_lines(&rep.round),
                made => made_line(rep),
                totals => totals_line(rep),
                sections => sections,
                style => super::html::STYLE,
            })
        })
        .map_err(std::io::Error::other)?;
    out.write_all(html.as_bytes())
}

// -------------------------------------------------------------------- DOCX

/// The day the report was made, as the document's time (midnight UTC, so
/// the same report gives the same bytes all day).
fn made_at(rep: &CommentsReport) -> chrono::DateTime<chrono::FixedOffset> {
    rep.date
        .and_hms_opt(0, 0, 0)
        .expect("midnight exists")
        .and_utc()
        .fixed_offset()
}

/// The `word/document.xml` part.
pub fn document_xml(rep: &CommentsReport) -> std::io::Result<Vec<u8>> {
    let mut doc = Doc::new("riktlinjer", made_at(rep))?;
    doc.para(Some("Title"), &format!("Summary of statements: {}", rep.round.title))?;
    doc.para(None, &rep.collection_title)?;
    for l in round_lines(&rep.round) {
        doc.para(None, &l)?;
    }
    doc.start_para(None, Whole::Kept)?;
    doc.styled(&made_line(rep), Look::QUIET)?;
    doc.end_para()?;
    if rep.statements == 0 {
        doc.start_para(None, Whole::Kept)?;
        doc.styled(
            &format!("No statements are recorded for round {}.", rep.round.id),
            Look::BOLD,
        )?;
        doc.end_para()?;
        if let Some(note) = rep.round.comment_round.as_ref().and_then(|w| w.note.as_deref()) {
            doc.para(None, "Note recorded with the comment round:")?;
            doc.para(Some("Quote"), note)?;
        }
        return doc.finish();
    }
    doc.start_para(None, Whole::Kept)?;
    doc.styled(&totals_line(rep), Look::BOLD)?;
    doc.end_para()?;
    let rows: Vec<Vec<String>> = rep
        .by_disposition
        .iter()
        .map(|d| vec![count_label(d.disposition).to_string(), d.count.to_string()])
        .collect();
    doc.table(&["Disposition", "Statements"], &rows)?;
    doc.para(None, "")?;
    let rows: Vec<Vec<String>> = rep
        .by_organisation
        .iter()
        .map(|o| {
            vec![
                o.organisation.clone(),
                o.statements.to_string(),
                o.accepted.to_string(),
                o.partly.to_string(),
                o.rejected.to_string(),
                o.noted.to_string(),
                o.unanswered.to_string(),
            ]
        })
        .collect();
    doc.table(
        &[
            "Organisation",
            "Statements",
            "Accepted",
            "Partly",
            "Rejected",
            "Noted",
            "Unanswered",
        ],
        &rows,
    )?;
    if !rep.unanswered.is_empty() {
        doc.para(Some("Heading1"), "Unanswered statements")?;
        for sec in &rep.sections {
            for s in sec.statements.iter().filter(|s| s.answer.is_none()) {
                doc.para(
                    None,
                    &format!("{} from {} on {}", s.id, s.organisation, section_title(sec)),
                )?;
            }
        }
    }
    for sec in &rep.sections {
        doc.para(Some("Heading1"), &section_title(sec))?;
        for s in &sec.statements {
            doc.para(Some("Heading2"), &format!("{}: {}", s.id, s.organisation))?;
            doc.para(None, &received_line(s))?;
            doc.para(Some("Quote"), &s.text)?;
            doc.start_para(None, Whole::Kept)?;
            match &s.answer {
                Some(a) => {
                    doc.styled(&format!("Answer ({}): ", disposition_label(a.disposition)), Look::BOLD)?;
                    doc.plain(&a.reply);
                }
                None => {
                    doc.styled(
                        "UNANSWERED: ",
                        Look {
                            color: Some("990000"),
                            ..Look::BOLD
                        },
                    )?;
                    doc.plain("no answer is recorded yet.");
                }
            }
            doc.end_para()?;
            if !s.addressed_by.is_empty() {
                doc.para(Some("Heading3"), "Changed in answer")?;
                for a in &s.addressed_by {
                    doc.para(None, &commit_line(a))?;
                    if a.changes.is_empty() {
                        doc.start_indented(1)?;
                        doc.plain("no guideline text changed");
                        doc.end_para()?;
                    }
                    for g in &a.changes {
                        doc.start_indented(1)?;
                        doc.plain(&change_head(g));
                        doc.end_para()?;
                        details_docx(&mut doc, g, 2)?;
                    }
                }
            }
        }
    }
    if rep.guidelines_without_statements > 0 {
        doc.para(
            None,
            &format!(
                "No statement concerns the other {} in the round's scope.",
                count(rep.guidelines_without_statements, "guideline")
            ),
        )?;
    }
    doc.finish()
}

/// The summary as a Word document.
pub fn docx(out: &mut dyn Write, rep: &CommentsReport) -> std::io::Result<()> {
    let document = document_xml(rep)?;
    let title = format!("Summary of statements: {}", rep.round.title);
    write_package(
        out,
        &document,
        &Properties {
            title: &title,
            creator: "riktlinjer",
            lang: &rep.lang,
            created: made_at(rep),
            track_revisions: false,
        },
    )
}

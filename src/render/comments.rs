//! The summary of statements ([`CommentsReport`]) as Markdown, a
//! self-contained HTML page (`templates/comments.html`), a Word document
//! and a table (one row per statement) for CSV and workbooks. Each prints the computed report; none
//! decides anything. The documents' fixed wording is in the report's
//! language ([`Labels`]); the CSV header and values stay English (a
//! contract).

use std::io::Write;

use minijinja::context;

use crate::history::comments::{CommentsReport, GuidelineRef, RoundInfo, Section, StatementEntry};
use crate::history::summary::GuidelineSummary;
use crate::render::Labels;
use crate::render::docx::{Doc, Look, Properties, Whole, write_package};
use crate::render::markdown::{code, escape, escape_cell};
use crate::render::summary::{detail_lines_markdown, details_docx};
use crate::render::table::Table;

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

/// [`section_title`] in Markdown: the number outside the escaped title.
fn section_title_md(s: &Section, l: &Labels) -> String {
    match &s.guideline {
        Some(GuidelineRef {
            number: Some(n), title, ..
        }) => format!("{n}. {}", escape_cell(title)),
        Some(g) => escape_cell(&g.title),
        None => escape_cell(l.whole_set),
    }
}

fn section_title(s: &Section, l: &Labels) -> String {
    s.guideline
        .as_ref()
        .map(guideline_name)
        .unwrap_or_else(|| l.whole_set.into())
}

/// The lines that describe the round, as plain sentences.
fn round_lines(r: &RoundInfo, l: &Labels) -> Vec<String> {
    let mut lines = vec![l.round_line(&r.id, r.kind, &r.opened.to_string(), r.scope)];
    match &r.comment_round {
        Some(w) => lines.push(l.comment_round_line(&w.opens.to_string(), &w.closes.to_string())),
        None => lines.push(l.no_comment_round.into()),
    }
    match &r.approval {
        Some(a) => lines.push(l.approved_line(
            a.date.map(|d| d.to_string()).as_deref(),
            a.body.as_deref(),
            a.decision.as_deref(),
        )),
        None => lines.push(l.not_approved_line(r.state == "closed", r.stage_name.as_deref().or(r.stage.as_deref()))),
    }
    lines
}

fn made_line(rep: &CommentsReport, l: &Labels) -> String {
    l.made_line(&rep.date.to_string(), short(&rep.head))
}

fn totals_line(rep: &CommentsReport, l: &Labels) -> String {
    l.totals_line(
        rep.statements,
        rep.organisations,
        rep.late,
        rep.statements - rep.unanswered.len(),
        rep.unanswered.len(),
    )
}

fn received_line(s: &StatementEntry, l: &Labels) -> String {
    let mut line = format!("{} {}", l.received, s.received);
    if s.late {
        line.push_str(&format!(" ({})", l.late_note));
    }
    if let Some(f) = &s.field {
        match &s.field_label {
            Some(label) => line.push_str(&format!(" · {}: {label} ({f})", l.field)),
            None => line.push_str(&format!(" · {}: {f}", l.field)),
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

/// [`change_head`] in Markdown: the number outside the escaped title.
fn change_head_md(g: &GuidelineSummary, l: &Labels) -> String {
    let name = format!("{}. {}", g.number, escape_cell(&g.title));
    match g.status {
        crate::diff::Status::Added | crate::diff::Status::Removed => format!("{name}: {}", l.status(g.status)),
        _ => name,
    }
}

fn change_head(g: &GuidelineSummary, l: &Labels) -> String {
    let name = format!("{}. {}", g.number, g.title);
    match g.status {
        crate::diff::Status::Added | crate::diff::Status::Removed => format!("{name}: {}", l.status(g.status)),
        _ => name,
    }
}

/// The organisation table's header row.
fn organisation_header(l: &Labels) -> [&'static str; 7] {
    [
        l.organisation_header,
        l.statements_header,
        l.accepted_header,
        l.partly_header,
        l.rejected_header,
        l.noted_header,
        l.unanswered_header,
    ]
}

// ---------------------------------------------------------------- Markdown

/// The summary as Markdown, its fixed wording in the report's language.
pub fn markdown(out: &mut dyn Write, rep: &CommentsReport) -> std::io::Result<()> {
    let l = Labels::of(&rep.lang);
    writeln!(out, "# {}", escape_cell(&l.statements_title(&rep.round.title)))?;
    writeln!(out, "\n{}\n", escape_cell(&rep.collection_title))?;
    for line in round_lines(&rep.round, l) {
        writeln!(out, "{}  ", escape_cell(&line))?;
    }
    writeln!(out, "{}", escape_cell(&made_line(rep, l)))?;
    if rep.statements == 0 {
        writeln!(out, "\n**{}**", escape_cell(&l.no_statements(&rep.round.id)))?;
        if let Some(note) = rep.round.comment_round.as_ref().and_then(|w| w.note.as_deref()) {
            writeln!(out, "\n{}\n", l.comment_round_note)?;
            for line in note.lines() {
                writeln!(out, "> {}", escape(line))?;
            }
        }
        return Ok(());
    }
    writeln!(out, "\n**{}**", escape_cell(&totals_line(rep, l)))?;
    writeln!(
        out,
        "\n| {} | {} |\n|---|---:|",
        l.disposition_header, l.statements_header
    )?;
    for d in &rep.by_disposition {
        writeln!(
            out,
            "| {} | {} |",
            escape_cell(l.disposition_or_unanswered(d.disposition)),
            d.count
        )?;
    }
    writeln!(
        out,
        "\n| {} |\n|---|---:|---:|---:|---:|---:|---:|",
        organisation_header(l).join(" | ")
    )?;
    for o in &rep.by_organisation {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            escape_cell(&o.organisation),
            o.statements,
            o.accepted,
            o.partly,
            o.rejected,
            o.noted,
            o.unanswered
        )?;
    }
    if !rep.unanswered.is_empty() {
        writeln!(out, "\n## {}\n", l.unanswered_statements)?;
        for sec in &rep.sections {
            for s in sec.statements.iter().filter(|s| s.answer.is_none()) {
                writeln!(
                    out,
                    "- {}{}{}{}{}",
                    code(&s.id),
                    l.unanswered_from,
                    escape_cell(&s.organisation),
                    l.unanswered_on,
                    section_title_md(sec, l)
                )?;
            }
        }
    }
    for sec in &rep.sections {
        writeln!(out, "\n## {}", section_title_md(sec, l))?;
        for s in &sec.statements {
            writeln!(out, "\n### {}: {}\n", code(&s.id), escape_cell(&s.organisation))?;
            writeln!(out, "{}\n", escape_cell(&received_line(s, l)))?;
            for line in s.text.lines() {
                writeln!(out, "> {}", escape(line))?;
            }
            match &s.answer {
                Some(a) => writeln!(
                    out,
                    "\n**{} ({}):** {}",
                    l.answer,
                    l.disposition(a.disposition),
                    escape(&a.reply)
                )?,
                None => writeln!(out, "\n**{}:** {}", l.unanswered_caps, l.no_answer_yet)?,
            }
            if !s.addressed_by.is_empty() {
                writeln!(out, "\n{}:\n", l.changed_in_answer)?;
                for a in &s.addressed_by {
                    writeln!(
                        out,
                        "- {} {}, {}: {}",
                        code(short(&a.commit)),
                        a.date.format("%Y-%m-%d"),
                        escape_cell(&a.author),
                        escape_cell(&a.message)
                    )?;
                    if a.changes.is_empty() {
                        writeln!(out, "  - {}", l.no_text_changed)?;
                    }
                    for g in &a.changes {
                        let details = detail_lines_markdown(g, l);
                        match details.as_slice() {
                            [] => writeln!(out, "  - {}", change_head_md(g, l))?,
                            [one] => writeln!(out, "  - {}, {one}", change_head_md(g, l))?,
                            many => {
                                writeln!(out, "  - {}", change_head_md(g, l))?;
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
            "\n---\n\n{}",
            escape_cell(&l.others_without_statements(rep.guidelines_without_statements))
        )?;
    }
    Ok(())
}

// ------------------------------------------------------------- CSV, XLSX

/// One row per statement: `id, guideline_number, guideline_id, field,
/// organisation, received, late, disposition, reply, addressed_by, text`
/// (`addressed_by`: the citing commits' ids, space-separated; disposition
/// `unanswered` while there is no answer), for CSV and workbooks.
pub fn table(rep: &CommentsReport) -> Table {
    let mut rows = Vec::new();
    for sec in &rep.sections {
        for s in &sec.statements {
            let commits: Vec<&str> = s.addressed_by.iter().map(|a| a.commit.as_str()).collect();
            rows.push(vec![
                s.id.as_str().into(),
                s.guideline.as_ref().and_then(|g| g.number).into(),
                s.guideline.as_ref().map(|g| g.id.as_str()).into(),
                s.field.as_deref().into(),
                s.organisation.as_str().into(),
                s.received.into(),
                if s.late { "yes" } else { "no" }.into(),
                s.answer
                    .as_ref()
                    .map(|a| a.disposition.as_str())
                    .unwrap_or("unanswered")
                    .into(),
                s.answer.as_ref().map(|a| a.reply.as_str()).into(),
                commits.join(" ").into(),
                s.text.as_str().into(),
            ]);
        }
    }
    Table {
        name: "statements",
        headers: vec![
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
        ],
        rows,
    }
}

// -------------------------------------------------------------------- HTML

/// The summary as a self-contained page, its fixed wording in the report's
/// language.
pub fn html(out: &mut dyn Write, rep: &CommentsReport) -> std::io::Result<()> {
    let l = Labels::of(&rep.lang);
    let mut env = super::html::environment();
    env.add_filter("disposition", move |d: String| {
        l.disposition_or_unanswered(&d).to_string()
    });
    env.add_filter("status", move |s: String| match s.as_str() {
        "added" => l.added,
        "removed" => l.removed,
        _ => "",
    });
    env.add_filter("short", |c: String| c.chars().take(7).collect::<String>());
    let sections: Vec<(String, &Section)> = rep.sections.iter().map(|s| (section_title(s, l), s)).collect();
    let html = env
        .get_template("comments.html")
        .and_then(|t| {
            t.render(context! {
                lang => rep.lang,
                l => minijinja::Value::from_serialize(l),
                page_title => l.statements_title(&rep.round.title),
                r => rep,
                round_lines => round_lines(&rep.round, l),
                made => made_line(rep, l),
                totals => totals_line(rep, l),
                no_statements => l.no_statements(&rep.round.id),
                organisation_header => organisation_header(l),
                no_answer_yet => crate::render::labels::capitalized(l.no_answer_yet),
                others => l.others_without_statements(rep.guidelines_without_statements),
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

/// The `word/document.xml` part, its fixed wording in the report's language.
pub fn document_xml(rep: &CommentsReport) -> std::io::Result<Vec<u8>> {
    let l = Labels::of(&rep.lang);
    let mut doc = Doc::new("riktlinjer", made_at(rep), &rep.lang)?;
    doc.para(Some("Title"), &l.statements_title(&rep.round.title))?;
    doc.para(None, &rep.collection_title)?;
    for line in round_lines(&rep.round, l) {
        doc.para(None, &line)?;
    }
    doc.start_para(None, Whole::Kept)?;
    doc.styled(&made_line(rep, l), Look::QUIET)?;
    doc.end_para()?;
    if rep.statements == 0 {
        doc.start_para(None, Whole::Kept)?;
        doc.styled(&l.no_statements(&rep.round.id), Look::BOLD)?;
        doc.end_para()?;
        if let Some(note) = rep.round.comment_round.as_ref().and_then(|w| w.note.as_deref()) {
            doc.para(None, l.comment_round_note)?;
            doc.para(Some("Quote"), note)?;
        }
        return doc.finish();
    }
    doc.start_para(None, Whole::Kept)?;
    doc.styled(&totals_line(rep, l), Look::BOLD)?;
    doc.end_para()?;
    let rows: Vec<Vec<String>> = rep
        .by_disposition
        .iter()
        .map(|d| {
            vec![
                l.disposition_or_unanswered(d.disposition).to_string(),
                d.count.to_string(),
            ]
        })
        .collect();
    doc.table(&[l.disposition_header, l.statements_header], &rows)?;
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
    doc.table(&organisation_header(l), &rows)?;
    if !rep.unanswered.is_empty() {
        doc.para(Some("Heading1"), l.unanswered_statements)?;
        for sec in &rep.sections {
            for s in sec.statements.iter().filter(|s| s.answer.is_none()) {
                doc.para(
                    None,
                    &format!(
                        "{}{}{}{}{}",
                        s.id,
                        l.unanswered_from,
                        s.organisation,
                        l.unanswered_on,
                        section_title(sec, l)
                    ),
                )?;
            }
        }
    }
    for sec in &rep.sections {
        doc.para(Some("Heading1"), &section_title(sec, l))?;
        for s in &sec.statements {
            doc.para(Some("Heading2"), &format!("{}: {}", s.id, s.organisation))?;
            doc.para(None, &received_line(s, l))?;
            doc.para(Some("Quote"), &s.text)?;
            doc.start_para(None, Whole::Kept)?;
            match &s.answer {
                Some(a) => {
                    doc.styled(
                        &format!("{} ({}): ", l.answer, l.disposition(a.disposition)),
                        Look::BOLD,
                    )?;
                    doc.plain(&a.reply);
                }
                None => {
                    doc.styled(
                        &format!("{}: ", l.unanswered_caps),
                        Look {
                            color: Some("990000"),
                            ..Look::BOLD
                        },
                    )?;
                    doc.plain(l.no_answer_yet);
                }
            }
            doc.end_para()?;
            if !s.addressed_by.is_empty() {
                doc.para(Some("Heading3"), l.changed_in_answer)?;
                for a in &s.addressed_by {
                    doc.para(None, &commit_line(a))?;
                    if a.changes.is_empty() {
                        doc.start_indented(1)?;
                        doc.plain(l.no_text_changed);
                        doc.end_para()?;
                    }
                    for g in &a.changes {
                        doc.start_indented(1)?;
                        doc.plain(&change_head(g, l));
                        doc.end_para()?;
                        details_docx(&mut doc, g, 2, l)?;
                    }
                }
            }
        }
    }
    if rep.guidelines_without_statements > 0 {
        doc.para(None, &l.others_without_statements(rep.guidelines_without_statements))?;
    }
    doc.finish()
}

/// The summary as a Word document (its author `riktlinjer` and its date the
/// day the report was made, in every language).
pub fn docx(out: &mut dyn Write, rep: &CommentsReport) -> std::io::Result<()> {
    let document = document_xml(rep)?;
    let title = Labels::of(&rep.lang).statements_title(&rep.round.title);
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

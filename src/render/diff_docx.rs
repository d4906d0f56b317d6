//! The diff as a Word document (OOXML, `.docx`) of the whole new text in
//! which every change is a real tracked change: removed text in `w:del`,
//! inserted text in `w:ins`, each with author and date, so a reader accepts
//! or rejects each change in Word or LibreOffice. Headings per theme and
//! guideline; each field, actor paragraphs included, under its name.
//!
//! Written with the shared writer of [`crate::render::docx`] (which escapes
//! every text and attribute); tracking stays on for further edits. The same
//! diff gives the same bytes.

use std::io::Write;

use crate::diff::{CollectionDiff, FieldDiff, GuidelineDiff, Piece, Status};
use crate::model::TextField;
use crate::render::docx::{Doc, Properties, Whole, write_package};
use crate::render::{Labels, diff_field_label, round_sides, side_label, summary_line};

type Res = std::io::Result<()>;

/// A field's text with each change tracked: accepting every change gives
/// the new text, rejecting every change the old one.
fn field_text(doc: &mut Doc, f: &FieldDiff) -> Res {
    for piece in f.pieces() {
        match piece {
            Piece::Same(s) => doc.plain(s),
            Piece::Change { lead, old, new, trail } => {
                doc.plain(lead);
                doc.tracked(old, false)?;
                doc.tracked(new, true)?;
                doc.plain(trail);
            }
        }
    }
    Ok(())
}

/// How a field's paragraph as a whole changed.
fn whole_of(g: &GuidelineDiff, f: &FieldDiff) -> Whole {
    match g.status {
        Status::Added => Whole::Inserted,
        Status::Removed => Whole::Deleted,
        _ if f.old.trim().is_empty() => Whole::Inserted,
        _ if f.new.trim().is_empty() => Whole::Deleted,
        _ => Whole::Kept,
    }
}

fn guideline(doc: &mut Doc, d: &CollectionDiff, g: &GuidelineDiff) -> Res {
    let whole = match g.status {
        Status::Added => Whole::Inserted,
        Status::Removed => Whole::Deleted,
        _ => Whole::Kept,
    };
    // The heading: number (tracked when renumbered) and the title field of
    // the display language, with its changes tracked.
    let title = g
        .fields
        .iter()
        .find(|f| f.field.field == TextField::Title && f.field.lang == d.lang);
    doc.start_para(Some("Heading2"), whole)?;
    match g.renumbered() {
        Some((old, new)) => {
            doc.tracked(&old.to_string(), false)?;
            doc.tracked(&new.to_string(), true)?;
            doc.plain(". ");
        }
        None => doc.text_as(&format!("{}. ", g.number), whole)?,
    }
    match title {
        Some(f) => field_text(doc, f)?,
        None => doc.text_as(&g.title, whole)?,
    }
    doc.end_para()?;
    for f in &g.fields {
        if title.is_some_and(|t| std::ptr::eq(t, f)) {
            continue;
        }
        let whole = whole_of(g, f);
        doc.start_para(Some("Heading3"), whole)?;
        doc.text_as(&diff_field_label(d, f), whole)?;
        doc.end_para()?;
        doc.start_para(None, whole)?;
        field_text(doc, f)?;
        doc.end_para()?;
    }
    Ok(())
}

/// The `word/document.xml` part, its fixed wording in the diff's language.
pub fn document_xml(d: &CollectionDiff) -> std::io::Result<Vec<u8>> {
    let l = Labels::of(&d.lang);
    let mut doc = Doc::new(&d.author, d.date, &d.lang)?;
    doc.para(Some("Title"), d.collection.title_in(&d.lang))?;
    doc.para(
        None,
        &format!("{}.", l.changes_from_to(&side_label(&d.from, l), &side_label(&d.to, l))),
    )?;
    if let Some((id, from, to)) = round_sides(d, l) {
        doc.para(None, &format!("{} {id}: {from} → {to}.", l.review_round))?;
    }
    doc.para(None, &summary_line(d, l))?;
    doc.para(None, &l.tracked_note(&d.author))?;
    let mut theme: Option<&str> = None;
    for g in &d.guidelines {
        if theme != Some(g.theme.as_str()) {
            doc.para(Some("Heading1"), &d.theme_name(&g.theme))?;
            theme = Some(&g.theme);
        }
        guideline(&mut doc, d, g)?;
    }
    doc.finish()
}

/// Write the `.docx` package (the author and date of the tracked changes
/// as [`CollectionDiff`] says; the title in the diff's language).
pub fn write(out: &mut dyn Write, d: &CollectionDiff) -> std::io::Result<()> {
    let document = document_xml(d)?;
    let l = Labels::of(&d.lang);
    let title = l.changes_title(
        d.collection.title_in(&d.lang),
        &side_label(&d.from, l),
        &side_label(&d.to, l),
    );
    write_package(
        out,
        &document,
        &Properties {
            title: &title,
            creator: &d.author,
            lang: &d.lang,
            created: d.date,
            track_revisions: true,
        },
    )
}

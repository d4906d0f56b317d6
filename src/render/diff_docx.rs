//! The diff as a Word document (OOXML, `.docx`) of the whole new text in
//! which every change is a real tracked change: removed text in `w:del`,
//! inserted text in `w:ins`, each with author and date, so a reader accepts
//! or rejects each change in Word or LibreOffice. Headings per theme and
//! guideline; each field, actor paragraphs included, under its name.
//!
//! Written with quick-xml (which escapes every text and attribute) and zip;
//! the package holds only the parts Word needs: content types, relations,
//! the document, styles, settings (tracking stays on for further edits) and
//! core properties. The zip entries carry a fixed time, so the same diff
//! gives the same bytes.

use std::io::{Cursor, Write};

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use zip::write::SimpleFileOptions;

use crate::diff::{CollectionDiff, FieldDiff, GuidelineDiff, Piece, Status};
use crate::model::TextField;
use crate::render::{diff_field_label, summary_line};

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>"#;

const SETTINGS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/><w:defaultTabStop w:val="708"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="480" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style></w:styles>"#;

/// How a whole paragraph takes part in the changes: its paragraph mark is
/// tracked too when the paragraph is new or gone, so accepting or rejecting
/// leaves no empty paragraph behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Whole {
    Kept,
    Inserted,
    Deleted,
}

/// The document being written, with the attribution of every change.
struct Doc {
    w: Writer<Vec<u8>>,
    /// Unchanged text not yet written, so that neighbouring pieces make one run.
    pending: String,
    next_id: u32,
    author: String,
    date: String,
}

type Res = std::io::Result<()>;

/// Characters XML 1.0 cannot hold are dropped; `\n` and `\t` become breaks
/// and tabs.
fn xml_safe(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' | '\r')
}

impl Doc {
    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> Res {
        let mut e = BytesStart::new(name);
        for a in attrs {
            e.push_attribute(*a);
        }
        self.w.write_event(Event::Start(e))
    }

    fn end(&mut self, name: &str) -> Res {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> Res {
        let mut e = BytesStart::new(name);
        for a in attrs {
            e.push_attribute(*a);
        }
        self.w.write_event(Event::Empty(e))
    }

    fn revision_attrs(&mut self) -> (String, String, String) {
        self.next_id += 1;
        (self.next_id.to_string(), self.author.clone(), self.date.clone())
    }

    fn start_para(&mut self, style: Option<&str>, whole: Whole) -> Res {
        self.start("w:p", &[])?;
        if style.is_some() || whole != Whole::Kept {
            self.start("w:pPr", &[])?;
            if let Some(s) = style {
                self.empty("w:pStyle", &[("w:val", s)])?;
            }
            if whole != Whole::Kept {
                let (id, author, date) = self.revision_attrs();
                self.start("w:rPr", &[])?;
                let tag = if whole == Whole::Inserted { "w:ins" } else { "w:del" };
                self.empty(tag, &[("w:id", &id), ("w:author", &author), ("w:date", &date)])?;
                self.end("w:rPr")?;
            }
            self.end("w:pPr")?;
        }
        Ok(())
    }

    fn end_para(&mut self) -> Res {
        self.flush()?;
        self.end("w:p")?;
        self.w.write_event(Event::Text(BytesText::new("\n")))
    }

    /// Unchanged text (written as one run with its neighbours).
    fn plain(&mut self, text: &str) {
        self.pending.push_str(text);
    }

    fn flush(&mut self) -> Res {
        let text = std::mem::take(&mut self.pending);
        self.run(&text, false)
    }

    /// One run of text; `deleted` runs hold `w:delText`.
    fn run(&mut self, text: &str, deleted: bool) -> Res {
        if text.is_empty() {
            return Ok(());
        }
        let text_tag = if deleted { "w:delText" } else { "w:t" };
        self.start("w:r", &[])?;
        let clean: String = text.chars().filter(|&c| xml_safe(c)).collect();
        let mut first = true;
        for line in clean.split('\n') {
            if !first {
                self.empty("w:br", &[])?;
            }
            first = false;
            let mut first_cell = true;
            for cell in line.split('\t') {
                if !first_cell {
                    self.empty("w:tab", &[])?;
                }
                first_cell = false;
                if !cell.is_empty() {
                    self.start(text_tag, &[("xml:space", "preserve")])?;
                    self.w.write_event(Event::Text(BytesText::new(cell)))?;
                    self.end(text_tag)?;
                }
            }
        }
        self.end("w:r")
    }

    /// A tracked change: `w:ins` or `w:del` around one run.
    fn tracked(&mut self, text: &str, inserted: bool) -> Res {
        if text.is_empty() {
            return Ok(());
        }
        self.flush()?;
        let (id, author, date) = self.revision_attrs();
        let tag = if inserted { "w:ins" } else { "w:del" };
        self.start(tag, &[("w:id", &id), ("w:author", &author), ("w:date", &date)])?;
        self.run(text, !inserted)?;
        self.end(tag)
    }

    /// Text whose paragraph as a whole is kept, inserted or deleted.
    fn text_as(&mut self, text: &str, whole: Whole) -> Res {
        match whole {
            Whole::Kept => {
                self.plain(text);
                Ok(())
            }
            Whole::Inserted => self.tracked(text, true),
            Whole::Deleted => self.tracked(text, false),
        }
    }

    /// A field's text with each change tracked: accepting every change gives
    /// the new text, rejecting every change the old one.
    fn field_text(&mut self, f: &FieldDiff) -> Res {
        for piece in f.pieces() {
            match piece {
                Piece::Same(s) => self.plain(s),
                Piece::Change { lead, old, new, trail } => {
                    self.plain(lead);
                    self.tracked(old, false)?;
                    self.tracked(new, true)?;
                    self.plain(trail);
                }
            }
        }
        Ok(())
    }

    fn para(&mut self, style: Option<&str>, text: &str) -> Res {
        self.start_para(style, Whole::Kept)?;
        self.plain(text);
        self.end_para()
    }
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
        Some(f) => doc.field_text(f)?,
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
        doc.field_text(f)?;
        doc.end_para()?;
    }
    Ok(())
}

/// The `word/document.xml` part.
pub fn document_xml(d: &CollectionDiff) -> std::io::Result<Vec<u8>> {
    let mut doc = Doc {
        w: Writer::new(Vec::new()),
        pending: String::new(),
        next_id: 0,
        author: d.author.clone(),
        date: d
            .date
            .with_timezone(&chrono::Utc)
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string(),
    };
    doc.w
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), Some("yes"))))?;
    doc.w.write_event(Event::Text(BytesText::new("\n")))?;
    doc.start("w:document", &[("xmlns:w", W_NS)])?;
    doc.start("w:body", &[])?;
    doc.w.write_event(Event::Text(BytesText::new("\n")))?;
    doc.para(Some("Title"), d.collection.title_in(&d.lang))?;
    doc.para(None, &format!("Changes from {} to {}.", d.from.label, d.to.label))?;
    if let Some(r) = &d.round {
        doc.para(None, &format!("Review round {}: {} → {}.", r.id, r.from, r.to))?;
    }
    doc.para(None, &summary_line(d))?;
    doc.para(
        None,
        &format!(
            "Every change is a tracked change by {}: accept or reject each one in Word (Review) or LibreOffice (Edit › Track Changes).",
            d.author
        ),
    )?;
    let mut theme: Option<&str> = None;
    for g in &d.guidelines {
        if theme != Some(g.theme.as_str()) {
            doc.para(Some("Heading1"), &d.theme_name(&g.theme))?;
            theme = Some(&g.theme);
        }
        guideline(&mut doc, d, g)?;
    }
    doc.empty("w:sectPr", &[])?;
    doc.end("w:body")?;
    doc.end("w:document")?;
    Ok(doc.w.into_inner())
}

fn core_xml(d: &CollectionDiff) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), Some("yes"))))?;
    let mut root = BytesStart::new("cp:coreProperties");
    root.push_attribute((
        "xmlns:cp",
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    ));
    root.push_attribute(("xmlns:dc", "http://purl.org/dc/elements/1.1/"));
    root.push_attribute(("xmlns:dcterms", "http://purl.org/dc/terms/"));
    root.push_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"));
    w.write_event(Event::Start(root))?;
    let title = format!(
        "{}: changes from {} to {}",
        d.collection.title_in(&d.lang),
        d.from.label,
        d.to.label
    );
    let date = d
        .date
        .with_timezone(&chrono::Utc)
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    w.create_element("dc:title")
        .write_text_content(BytesText::new(&title))?;
    w.create_element("dc:creator")
        .write_text_content(BytesText::new(&d.author))?;
    w.create_element("dc:language")
        .write_text_content(BytesText::new(&d.lang))?;
    w.create_element("dcterms:created")
        .with_attribute(("xsi:type", "dcterms:W3CDTF"))
        .write_text_content(BytesText::new(&date))?;
    w.write_event(Event::End(BytesEnd::new("cp:coreProperties")))?;
    Ok(w.into_inner())
}

/// Write the `.docx` package.
pub fn write(out: &mut dyn Write, d: &CollectionDiff) -> std::io::Result<()> {
    let document = document_xml(d)?;
    let core = core_xml(d)?;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let parts: [(&str, &[u8]); 7] = [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", PACKAGE_RELS.as_bytes()),
        ("word/document.xml", &document),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes()),
        ("word/styles.xml", STYLES.as_bytes()),
        ("word/settings.xml", SETTINGS.as_bytes()),
        ("docProps/core.xml", &core),
    ];
    for (name, bytes) in parts {
        zip.start_file(name, options).map_err(std::io::Error::other)?;
        zip.write_all(bytes)?;
    }
    let bytes = zip.finish().map_err(std::io::Error::other)?.into_inner();
    out.write_all(&bytes)
}

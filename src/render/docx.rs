//! A small writer of Word documents (OOXML, `.docx`) shared by every Word
//! output (the diff with tracked changes, the summary of statements).
//!
//! Written with quick-xml (which escapes every text and attribute) and zip;
//! the package holds only the parts Word needs: content types, relations,
//! the document, styles, settings and core properties. The zip entries carry
//! a fixed time, so the same document gives the same bytes.

use std::io::{Cursor, Write};

use chrono::{DateTime, FixedOffset};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use zip::write::SimpleFileOptions;

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>"#;

const SETTINGS_TRACKED: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/><w:defaultTabStop w:val="708"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#;

const SETTINGS_PLAIN: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="708"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#;

/// The styles part; `{LANG}` becomes the document's language tag (the
/// default for every paragraph mark and run, spelling and hyphenation).
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{LANG}" w:eastAsia="{LANG}" w:bidi="{LANG}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="480" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:i/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:left w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:right w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="999999"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#;

/// How a whole paragraph takes part in tracked changes: its paragraph mark
/// is tracked too when the paragraph is new or gone, so accepting or
/// rejecting leaves no empty paragraph behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whole {
    /// The paragraph stays.
    Kept,
    /// The paragraph is inserted.
    Inserted,
    /// The paragraph is deleted.
    Deleted,
}

/// How a run of text looks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Look {
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// Struck through (removed words in a summary, not a tracked change).
    pub strike: bool,
    /// A colour as `RRGGBB`.
    pub color: Option<&'static str>,
}

impl Look {
    /// Bold.
    pub const BOLD: Look = Look {
        bold: true,
        italic: false,
        strike: false,
        color: None,
    };
    /// Struck through in dark red.
    pub const REMOVED: Look = Look {
        bold: false,
        italic: false,
        strike: true,
        color: Some("990000"),
    };
    /// Dark green.
    pub const INSERTED: Look = Look {
        bold: false,
        italic: false,
        strike: false,
        color: Some("006600"),
    };
    /// Grey.
    pub const QUIET: Look = Look {
        bold: false,
        italic: false,
        strike: false,
        color: Some("555555"),
    };
}

type Res = std::io::Result<()>;

/// The language tag Word and LibreOffice use for a collection language:
/// the guidelines are Finland's, so Swedish is Finland Swedish (`sv-FI`),
/// Finnish `fi-FI`, English British (`en-GB`); another tag is kept as it is.
pub fn language_tag(lang: &str) -> String {
    match lang {
        "sv" => "sv-FI".into(),
        "fi" => "fi-FI".into(),
        "en" => "en-GB".into(),
        other => other.into(),
    }
}

/// A4 with 2 cm margins: the page every document is laid out on.
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
const MARGIN: u32 = 1134;
/// The width of the text, in twentieths of a point.
const TEXT_WIDTH: u32 = PAGE_WIDTH - 2 * MARGIN;
/// About the width of one character of the tables' 9 pt text (bold, with
/// room for a wider substitute of Calibri), and the cell's left and right
/// margins (the table style's 85 each).
const CHAR_WIDTH: u32 = 100;
const CELL_MARGINS: u32 = 170;

/// Column widths (twips) that fill the text width: each column gets at
/// least its longest word, so no word is split ("Organisa|tion"), and the
/// rest is shared by how much longer each column's longest text is.
pub fn column_widths(header: &[&str], rows: &[Vec<String>]) -> Vec<u32> {
    let n = header.len();
    let cells =
        |c: usize| std::iter::once(header[c]).chain(rows.iter().filter_map(move |r| r.get(c).map(String::as_str)));
    let chars = |s: &str| s.chars().count() as u32;
    let min: Vec<u32> = (0..n)
        .map(|c| cells(c).flat_map(str::split_whitespace).map(chars).max().unwrap_or(1) * CHAR_WIDTH + CELL_MARGINS)
        .collect();
    let want: Vec<u32> = (0..n)
        .map(|c| cells(c).flat_map(str::lines).map(chars).max().unwrap_or(1) * CHAR_WIDTH + CELL_MARGINS)
        .collect();
    let (min_sum, want_sum): (u32, u32) = (min.iter().sum(), want.iter().sum());
    let mut widths: Vec<u32> = if want_sum <= TEXT_WIDTH {
        want.iter().map(|w| w * TEXT_WIDTH / want_sum.max(1)).collect()
    } else if min_sum <= TEXT_WIDTH {
        let room = TEXT_WIDTH - min_sum;
        let more = want_sum - min_sum;
        min.iter()
            .zip(&want)
            .map(|(m, w)| m + (w - m) * room / more.max(1))
            .collect()
    } else {
        // Even the longest words do not fit: share the width by them.
        min.iter().map(|m| m * TEXT_WIDTH / min_sum).collect()
    };
    // Rounding leaves a few twips; the last column takes them.
    let sum: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += TEXT_WIDTH.saturating_sub(sum);
    }
    widths
}

/// Every text and attribute value of a part, as XML 1.0 can hold it: the
/// characters a text may not hold (most C0 controls are not even allowed
/// escaped) become U+FFFD ([`crate::render::clean`]); quick-xml then
/// escapes markup.
fn xml(text: &str) -> std::borrow::Cow<'_, str> {
    crate::render::clean(text)
}

/// The `word/document.xml` being written: paragraphs, runs, tracked changes
/// (attributed to one author and date) and simple tables.
pub struct Doc {
    w: Writer<Vec<u8>>,
    /// Plain text not yet written, so that neighbouring pieces make one run.
    pending: String,
    next_id: u32,
    author: String,
    date: String,
    /// The language tag every run carries (`sv-FI`).
    lang: String,
}

impl Doc {
    /// Start a document in language `lang` (`sv`, `fi`, `en`: every run is
    /// marked with it, for spelling and hyphenation); tracked changes are
    /// attributed to `author` at `date`.
    pub fn new(author: &str, date: DateTime<FixedOffset>, lang: &str) -> std::io::Result<Doc> {
        let mut doc = Doc {
            w: Writer::new(Vec::new()),
            pending: String::new(),
            next_id: 0,
            author: author.to_string(),
            date: w3c_date(date),
            lang: language_tag(lang),
        };
        doc.w
            .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), Some("yes"))))?;
        doc.newline()?;
        doc.start("w:document", &[("xmlns:w", W_NS)])?;
        doc.start("w:body", &[])?;
        doc.newline()?;
        Ok(doc)
    }

    /// End the document and return the bytes of `word/document.xml`.
    pub fn finish(mut self) -> std::io::Result<Vec<u8>> {
        self.start("w:sectPr", &[])?;
        self.empty(
            "w:pgSz",
            &[("w:w", &PAGE_WIDTH.to_string()), ("w:h", &PAGE_HEIGHT.to_string())],
        )?;
        let margin = MARGIN.to_string();
        self.empty(
            "w:pgMar",
            &[
                ("w:top", &margin),
                ("w:right", &margin),
                ("w:bottom", &margin),
                ("w:left", &margin),
                ("w:header", "567"),
                ("w:footer", "567"),
                ("w:gutter", "0"),
            ],
        )?;
        self.end("w:sectPr")?;
        self.end("w:body")?;
        self.end("w:document")?;
        Ok(self.w.into_inner())
    }

    fn newline(&mut self) -> Res {
        self.w.write_event(Event::Text(BytesText::new("\n")))
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> Res {
        let mut e = BytesStart::new(name);
        for (key, value) in attrs {
            e.push_attribute((*key, xml(value).as_ref()));
        }
        self.w.write_event(Event::Start(e))
    }

    fn end(&mut self, name: &str) -> Res {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> Res {
        let mut e = BytesStart::new(name);
        for (key, value) in attrs {
            e.push_attribute((*key, xml(value).as_ref()));
        }
        self.w.write_event(Event::Empty(e))
    }

    fn revision_attrs(&mut self) -> (String, String, String) {
        self.next_id += 1;
        (self.next_id.to_string(), self.author.clone(), self.date.clone())
    }

    /// Open a paragraph in `style`, its mark tracked as `whole` says.
    pub fn start_para(&mut self, style: Option<&str>, whole: Whole) -> Res {
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

    /// Open a plain paragraph indented `level` steps (about 0.6 cm each).
    pub fn start_indented(&mut self, level: u32) -> Res {
        self.start("w:p", &[])?;
        self.start("w:pPr", &[])?;
        self.empty("w:ind", &[("w:left", &(level * 340).to_string())])?;
        self.end("w:pPr")
    }

    /// Close the paragraph.
    pub fn end_para(&mut self) -> Res {
        self.flush()?;
        self.end("w:p")?;
        self.newline()
    }

    /// Plain text (written as one run with its plain neighbours).
    pub fn plain(&mut self, text: &str) {
        self.pending.push_str(text);
    }

    fn flush(&mut self) -> Res {
        let text = std::mem::take(&mut self.pending);
        self.run(&text, false, Look::default())
    }

    /// One run of text; `deleted` runs hold `w:delText`.
    fn run(&mut self, text: &str, deleted: bool, look: Look) -> Res {
        if text.is_empty() {
            return Ok(());
        }
        let text_tag = if deleted { "w:delText" } else { "w:t" };
        self.start("w:r", &[])?;
        // Children in the schema's order: b, i, strike, color, lang.
        self.start("w:rPr", &[])?;
        if look.bold {
            self.empty("w:b", &[])?;
        }
        if look.italic {
            self.empty("w:i", &[])?;
        }
        if look.strike {
            self.empty("w:strike", &[])?;
        }
        if let Some(c) = look.color {
            self.empty("w:color", &[("w:val", c)])?;
        }
        let lang = self.lang.clone();
        self.empty("w:lang", &[("w:val", &lang)])?;
        self.end("w:rPr")?;
        let clean = xml(text);
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

    /// Text that looks a certain way (bold, struck through, coloured).
    pub fn styled(&mut self, text: &str, look: Look) -> Res {
        self.flush()?;
        self.run(text, false, look)
    }

    /// A tracked change: `w:ins` or `w:del` around one run.
    pub fn tracked(&mut self, text: &str, inserted: bool) -> Res {
        if text.is_empty() {
            return Ok(());
        }
        self.flush()?;
        let (id, author, date) = self.revision_attrs();
        let tag = if inserted { "w:ins" } else { "w:del" };
        self.start(tag, &[("w:id", &id), ("w:author", &author), ("w:date", &date)])?;
        self.run(text, !inserted, Look::default())?;
        self.end(tag)
    }

    /// Text whose paragraph as a whole is kept, inserted or deleted.
    pub fn text_as(&mut self, text: &str, whole: Whole) -> Res {
        match whole {
            Whole::Kept => {
                self.plain(text);
                Ok(())
            }
            Whole::Inserted => self.tracked(text, true),
            Whole::Deleted => self.tracked(text, false),
        }
    }

    /// A paragraph of plain text.
    pub fn para(&mut self, style: Option<&str>, text: &str) -> Res {
        self.start_para(style, Whole::Kept)?;
        self.plain(text);
        self.end_para()
    }

    /// A table with a bold header row across the text width, its columns
    /// as wide as [`column_widths`] says; every cell is plain text.
    pub fn table(&mut self, header: &[&str], rows: &[Vec<String>]) -> Res {
        self.flush()?;
        let widths: Vec<String> = column_widths(header, rows).iter().map(u32::to_string).collect();
        self.start("w:tbl", &[])?;
        self.start("w:tblPr", &[])?;
        self.empty("w:tblStyle", &[("w:val", "TableGrid")])?;
        self.empty("w:tblW", &[("w:w", &TEXT_WIDTH.to_string()), ("w:type", "dxa")])?;
        // Fixed: the widths are kept, not recomputed from the content.
        self.empty("w:tblLayout", &[("w:type", "fixed")])?;
        self.end("w:tblPr")?;
        self.start("w:tblGrid", &[])?;
        for w in &widths {
            self.empty("w:gridCol", &[("w:w", w)])?;
        }
        self.end("w:tblGrid")?;
        let header_row: Vec<String> = header.iter().map(|s| s.to_string()).collect();
        for (n, row) in std::iter::once(&header_row).chain(rows).enumerate() {
            self.start("w:tr", &[])?;
            if n == 0 {
                self.start("w:trPr", &[])?;
                self.empty("w:tblHeader", &[])?;
                self.end("w:trPr")?;
            }
            for (cell, w) in row.iter().zip(&widths) {
                self.start("w:tc", &[])?;
                self.start("w:tcPr", &[])?;
                self.empty("w:tcW", &[("w:w", w), ("w:type", "dxa")])?;
                self.end("w:tcPr")?;
                self.start("w:p", &[])?;
                self.start("w:pPr", &[])?;
                self.empty("w:pStyle", &[("w:val", "TableText")])?;
                self.end("w:pPr")?;
                self.run(cell, false, if n == 0 { Look::BOLD } else { Look::default() })?;
                self.end("w:p")?;
                self.end("w:tc")?;
            }
            self.end("w:tr")?;
        }
        self.end("w:tbl")?;
        self.newline()
    }
}

/// `2026-03-02T08:00:00Z`, the form OOXML dates take.
fn w3c_date(date: DateTime<FixedOffset>) -> String {
    date.with_timezone(&chrono::Utc)
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// What the package's core properties say about the document.
#[derive(Debug, Clone)]
pub struct Properties<'a> {
    /// The document's title.
    pub title: &'a str,
    /// Its author.
    pub creator: &'a str,
    /// Its language (`sv`; written as its tag, `sv-FI`).
    pub lang: &'a str,
    /// When it was made.
    pub created: DateTime<FixedOffset>,
    /// Whether Word keeps tracking changes when the reader edits it.
    pub track_revisions: bool,
}

fn core_xml(p: &Properties<'_>) -> std::io::Result<Vec<u8>> {
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
    w.create_element("dc:title")
        .write_text_content(BytesText::new(&xml(p.title)))?;
    w.create_element("dc:creator")
        .write_text_content(BytesText::new(&xml(p.creator)))?;
    w.create_element("dc:language")
        .write_text_content(BytesText::new(&xml(&language_tag(p.lang))))?;
    w.create_element("dcterms:created")
        .with_attribute(("xsi:type", "dcterms:W3CDTF"))
        .write_text_content(BytesText::new(&w3c_date(p.created)))?;
    w.write_event(Event::End(BytesEnd::new("cp:coreProperties")))?;
    Ok(w.into_inner())
}

/// Write the `.docx` package around a finished `word/document.xml`.
pub fn write_package(out: &mut dyn Write, document: &[u8], properties: &Properties<'_>) -> std::io::Result<()> {
    let core = core_xml(properties)?;
    let styles = STYLES.replace("{LANG}", &language_tag(properties.lang));
    let settings = if properties.track_revisions {
        SETTINGS_TRACKED
    } else {
        SETTINGS_PLAIN
    };
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let parts: [(&str, &[u8]); 7] = [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", PACKAGE_RELS.as_bytes()),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/settings.xml", settings.as_bytes()),
        ("docProps/core.xml", &core),
    ];
    for (name, bytes) in parts {
        zip.start_file(name, options).map_err(std::io::Error::other)?;
        zip.write_all(bytes)?;
    }
    let bytes = zip.finish().map_err(std::io::Error::other)?.into_inner();
    out.write_all(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_control_characters_replaced() {
        let date = DateTime::parse_from_rfc3339("2026-03-02T10:00:00+02:00").unwrap();
        let mut doc = Doc::new("A & B\u{1b}", date, "sv").unwrap();
        doc.para(Some("Heading1"), "<b>x</b> & \u{1}y\u{ffff}").unwrap();
        doc.tracked("ny\u{7}", true).unwrap();
        doc.table(&["a", "b"], &[vec!["<1>".into(), "2".into()]]).unwrap();
        let xml = String::from_utf8(doc.finish().unwrap()).unwrap();
        assert!(xml.contains("&lt;b&gt;x&lt;/b&gt; &amp; \u{fffd}y\u{fffd}"), "{xml}");
        assert!(xml.contains("w:author=\"A &amp; B\u{fffd}\""), "{xml}");
        assert!(xml.contains(">ny\u{fffd}</w:t>"), "{xml}");
        assert!(xml.contains("<w:tblHeader/>"), "{xml}");
        assert!(xml.contains("&lt;1&gt;"), "{xml}");
        assert!(!xml.chars().any(crate::model::text::is_forbidden), "{xml}");
    }

    #[test]
    fn every_run_carries_the_language_and_every_cell_a_width() {
        let date = DateTime::parse_from_rfc3339("2026-03-02T10:00:00+02:00").unwrap();
        let mut doc = Doc::new("riktlinjer", date, "fi").unwrap();
        doc.para(None, "Lausunto").unwrap();
        doc.start_para(None, Whole::Kept).unwrap();
        doc.styled("Vastaus: ", Look::BOLD).unwrap();
        doc.plain("hyväksytty");
        doc.end_para().unwrap();
        doc.table(
            &["Organisaatio", "Lausuntoja"],
            &[vec!["Kuntaliitto".into(), "2".into()]],
        )
        .unwrap();
        let xml = String::from_utf8(doc.finish().unwrap()).unwrap();
        let runs = xml.matches("<w:r>").count();
        assert_eq!(runs, 7, "{xml}");
        assert_eq!(xml.matches(r#"<w:lang w:val="fi-FI"/>"#).count(), runs, "{xml}");
        assert!(
            xml.contains(r#"<w:rPr><w:b/><w:lang w:val="fi-FI"/></w:rPr><w:t xml:space="preserve">Vastaus: </w:t>"#),
            "{xml}"
        );
        assert_eq!(xml.matches("<w:tcW ").count(), 4, "{xml}");
        assert!(xml.contains(r#"<w:tblLayout w:type="fixed"/>"#), "{xml}");
        assert!(xml.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#), "{xml}");
    }

    #[test]
    fn columns_fill_the_text_width_and_keep_words_whole() {
        let w = column_widths(
            &["Organisation", "Utlåtanden"],
            &[vec!["Kommunförbundet".into(), "2".into()]],
        );
        assert_eq!(w.iter().sum::<u32>(), TEXT_WIDTH);
        assert!(w[0] > w[1], "{w:?}");
        // A long text column takes the room; the short ones keep their words.
        let long = "ord ".repeat(200);
        let w = column_widths(
            &["Organisation", "Antal", "Svar"],
            &[vec!["Kommunförbundet".into(), "12".into(), long]],
        );
        assert_eq!(w.iter().sum::<u32>(), TEXT_WIDTH);
        assert!(w[0] >= 15 * CHAR_WIDTH + CELL_MARGINS, "{w:?}");
        assert!(w[1] >= 5 * CHAR_WIDTH + CELL_MARGINS, "{w:?}");
        assert!(w[2] > w[0], "{w:?}");
        assert_eq!(language_tag("sv"), "sv-FI");
        assert_eq!(language_tag("se"), "se");
    }
}

//! The spreadsheet of statements a secretariat receives or compiles: CSV in
//! UTF-8 (with or without BOM) or Windows-1252/Latin-1, `;`, `,` or tab
//! separated, CRLF or LF, with columns found by their header names in
//! Swedish, Finnish or English (or named with `--map`).

use std::path::Path;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use crate::error::Location;
use crate::store::Diagnostic;
use crate::{Error, Result};

/// The columns a statement row may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// Who sent the statement (required).
    From,
    /// What it says (required).
    Text,
    /// The guideline (id or number; empty: the whole set).
    Guideline,
    /// The field path (`sv.description`).
    Field,
    /// When it was received.
    Date,
}

impl Column {
    const ALL: [Column; 5] = [
        Column::From,
        Column::Text,
        Column::Guideline,
        Column::Field,
        Column::Date,
    ];

    /// The name used with `--map`.
    pub fn key(self) -> &'static str {
        match self {
            Column::From => "from",
            Column::Text => "text",
            Column::Guideline => "guideline",
            Column::Field => "field",
            Column::Date => "date",
        }
    }

    /// What the column holds, for messages.
    fn what(self) -> &'static str {
        match self {
            Column::From => "the organisation that sent the statement",
            Column::Text => "the statement text",
            Column::Guideline => "the guideline",
            Column::Field => "the field",
            Column::Date => "the date received",
        }
    }

    /// Header names recognised without `--map` (compared in lower case).
    fn names(self) -> &'static [&'static str] {
        match self {
            Column::From => &[
                "organisation",
                "organization",
                "organisaatio",
                "from",
                "avsändare",
                "lähettäjä",
                "respondent",
                "vastaaja",
                "lausunnonantaja",
                "utlåtandegivare",
                "sender",
            ],
            Column::Text => &[
                "utlåtande",
                "lausunto",
                "text",
                "teksti",
                "comment",
                "comments",
                "kommentar",
                "kommentarer",
                "kommentti",
                "kommentit",
                "statement",
            ],
            Column::Guideline => &["riktlinje", "linjaus", "guideline"],
            Column::Field => &["fält", "kenttä", "field"],
            Column::Date => &[
                "datum",
                "päivämäärä",
                "pvm",
                "date",
                "received",
                "mottagen",
                "inkommen",
                "vastaanotettu",
                "saapunut",
            ],
        }
    }

    /// Parse a `--map` column name.
    pub fn parse(s: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.key() == s.trim().to_lowercase())
    }
}

/// One statement row, cells as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The spreadsheet row number (the header is row 1).
    pub row: usize,
    /// The file line the row starts on.
    pub line: usize,
    /// Who sent it.
    pub from: String,
    /// What it says.
    pub text: String,
    /// Guideline cell (empty → `None`).
    pub guideline: Option<String>,
    /// Field cell.
    pub field: Option<String>,
    /// Date cell.
    pub date: Option<String>,
}

/// What was read from the file.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The rows with a statement.
    pub rows: Vec<Row>,
    /// The encoding used (`UTF-8`, `windows-1252`…).
    pub encoding: &'static str,
    /// The separator found.
    pub delimiter: char,
    /// Columns the file has that were not used.
    pub ignored: Vec<String>,
    /// Which header was used for which column.
    pub columns: Vec<(Column, String)>,
}

fn unusable(path: &Path, message: impl Into<String>) -> Error {
    Error::UnusableInput {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

fn line_col_of_byte(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before.iter().rposition(|&b| b == b'\n').map(|i| i + 1).unwrap_or(0);
    (line, String::from_utf8_lossy(&before[start..]).chars().count() + 1)
}

/// Decode the file: the encoding given, or the one its byte-order mark
/// names, or UTF-8 when it is valid UTF-8, else Windows-1252 (the superset
/// of Latin-1 that Excel writes on Windows).
pub fn decode(path: &Path, bytes: &[u8], encoding: Option<&str>) -> Result<(String, &'static str)> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(unusable(
            path,
            "the file is empty; it should hold a header row and one row per statement",
        ));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(unusable(
            path,
            "this is a spreadsheet workbook (.xlsx or .ods), not CSV; save the sheet as CSV and import that",
        ));
    }
    let (text, name) = match encoding {
        Some(label) => {
            let enc = Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
                Error::Usage(format!(
                    "--encoding {label}: unknown encoding; use utf-8, windows-1252 or latin1 (ISO-8859-1)"
                ))
            })?;
            let body = match Encoding::for_bom(bytes) {
                Some((bom_enc, len)) if bom_enc == enc => &bytes[len..],
                _ => bytes,
            };
            match enc.decode_without_bom_handling_and_without_replacement(body) {
                Some(text) => (text.into_owned(), enc.name()),
                None => {
                    let offset = if enc == UTF_8 {
                        std::str::from_utf8(body).err().map(|e| e.valid_up_to()).unwrap_or(0)
                    } else {
                        0
                    };
                    let (line, col) = line_col_of_byte(body, offset);
                    return Err(Error::BadInput {
                        location: Location {
                            path: path.display().to_string(),
                            line,
                            col,
                        },
                        message: format!(
                            "the file is not {} text (byte 0x{:02X} here cannot be {}); it is probably Windows-1252 (Latin-1), as Excel saves CSV on Windows: run again with --encoding windows-1252, or leave out --encoding to detect it",
                            enc.name(),
                            body.get(offset).copied().unwrap_or(0),
                            enc.name()
                        ),
                    });
                }
            }
        }
        None => match Encoding::for_bom(bytes) {
            Some((enc, _)) => {
                // `decode` removes the byte-order mark.
                let (text, _, _) = enc.decode(bytes);
                (text.into_owned(), enc.name())
            }
            None => match std::str::from_utf8(bytes) {
                Ok(text) => (text.to_string(), UTF_8.name()),
                Err(_) => {
                    let (text, _, _) = WINDOWS_1252.decode(bytes);
                    (text.into_owned(), WINDOWS_1252.name())
                }
            },
        },
    };
    if let Some(pos) = text.find(|c: char| c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))) {
        let (line, _) = crate::store::line_col(&text, pos);
        let c = text[pos..].chars().next().unwrap_or('\0');
        let message = if c == '\0' {
            format!(
                "this does not look like a CSV file: line {line} holds a NUL byte (a binary file, or UTF-16 text without a byte-order mark); save the sheet as CSV in UTF-8 or Windows-1252"
            )
        } else {
            format!(
                "the text does not read as {name}: line {line} holds the control character U+{:04X}; give the file's encoding with --encoding (e.g. utf-8, windows-1252, latin1)",
                c as u32
            )
        };
        return Err(unusable(path, message));
    }
    Ok((text, name))
}

/// The separator of the header line: the most frequent of `;`, `,` and tab
/// outside quotes (`,` when there is none: a one-column file).
fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let mut counts = [(b';', 0usize), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    if counts[0].1 == 0 { b',' } else { counts[0].0 }
}

fn normalize(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .trim_end_matches(':')
        .trim()
        .to_lowercase()
}

/// Read the statement rows. `map` holds `(column, header)` pairs from
/// `--map`. Any bad row fails the whole file: nothing is imported.
pub fn read(path: &Path, bytes: &[u8], encoding: Option<&str>, map: &[(Column, String)]) -> Result<Sheet> {
    let (text, encoding) = decode(path, bytes, encoding)?;
    let shown = path.display().to_string();
    let delimiter = detect_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| csv_error(&shown, &e))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    let header_list = headers.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(", ");
    let at_header = |message: String| Error::BadInput {
        location: Location {
            path: shown.clone(),
            line: 1,
            col: 1,
        },
        message,
    };

    let mut columns: Vec<(Column, usize)> = Vec::new();
    for (column, header) in map {
        let Some(i) = headers.iter().position(|h| normalize(h) == normalize(header)) else {
            return Err(at_header(format!(
                "--map {}={header}: the file has no column `{header}`; its columns are: {header_list}",
                column.key()
            )));
        };
        columns.retain(|(c, _)| c != column);
        columns.push((*column, i));
    }
    for column in Column::ALL {
        if columns.iter().any(|(c, _)| *c == column) {
            continue;
        }
        let found: Vec<usize> = headers
            .iter()
            .enumerate()
            .filter(|(i, h)| column.names().contains(&normalize(h).as_str()) && !columns.iter().any(|(_, j)| j == i))
            .map(|(i, _)| i)
            .collect();
        match found.as_slice() {
            [] => {}
            [i] => columns.push((column, *i)),
            many => {
                return Err(at_header(format!(
                    "more than one column could hold {}: {}; choose one with --map {}=HEADER",
                    column.what(),
                    many.iter()
                        .map(|&i| format!("`{}`", headers[i]))
                        .collect::<Vec<_>>()
                        .join(" and "),
                    column.key()
                )));
            }
        }
    }
    for required in [Column::From, Column::Text] {
        if !columns.iter().any(|(c, _)| *c == required) {
            return Err(at_header(format!(
                "no column for {} (looked for a header named {}); the file's columns are: {header_list} (separated by `{}`). Name the column with --map {}=HEADER",
                required.what(),
                required
                    .names()
                    .iter()
                    .take(4)
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                match delimiter {
                    b'\t' => "tab".to_string(),
                    d => (d as char).to_string(),
                },
                required.key()
            )));
        }
    }
    let col = |c: Column| columns.iter().find(|(x, _)| *x == c).map(|(_, i)| *i);
    let ignored: Vec<String> = headers
        .iter()
        .enumerate()
        .filter(|(i, h)| !h.is_empty() && !columns.iter().any(|(_, j)| j == i))
        .map(|(_, h)| h.clone())
        .collect();

    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| csv_error(&shown, &e))?;
        let row = index + 2;
        let line = record.position().map(|p| p.line() as usize).unwrap_or(row);
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        let mut problem = |message: String| {
            problems.push(Diagnostic {
                path: shown.clone(),
                line,
                col: 1,
                message: format!("row {row}: {message}"),
            })
        };
        if cells.len() < headers.len() || cells[headers.len()..].iter().any(|c| !c.is_empty()) {
            problem(format!(
                "{} cells, but the header row has {}; a text that contains `{}` or a line break must be in double quotes",
                cells.len(),
                headers.len(),
                delimiter as char
            ));
            continue;
        }
        let cell = |c: Column| -> Option<String> { col(c).map(|i| cells[i].clone()).filter(|s| !s.is_empty()) };
        let from = cell(Column::From);
        let text = cell(Column::Text);
        for (value, column) in [(&from, Column::From), (&text, Column::Text)] {
            if value.is_none() {
                problem(format!(
                    "{} (column `{}`) is empty",
                    column.what(),
                    headers[col(column).expect("required columns exist")]
                ));
            }
        }
        if let (Some(from), Some(text)) = (from, text) {
            rows.push(Row {
                row,
                line,
                from,
                text,
                guideline: cell(Column::Guideline),
                field: cell(Column::Field),
                date: cell(Column::Date),
            });
        }
    }
    if !problems.is_empty() {
        return Err(Error::BadRows { problems });
    }
    if rows.is_empty() {
        return Err(unusable(
            path,
            "the file has a header row but no statements; add one row per statement",
        ));
    }
    Ok(Sheet {
        rows,
        encoding,
        delimiter: delimiter as char,
        ignored,
        columns: columns.iter().map(|(c, i)| (*c, headers[*i].clone())).collect(),
    })
}

/// The header of a column as the file names it, for messages.
pub fn header_of(sheet: &Sheet, column: Column) -> String {
    sheet
        .columns
        .iter()
        .find(|(c, _)| *c == column)
        .map(|(_, h)| h.clone())
        .unwrap_or_else(|| column.key().to_string())
}

fn csv_error(path: &str, e: &csv::Error) -> Error {
    let line = e.position().map(|p| p.line() as usize).unwrap_or(1);
    Error::BadInput {
        location: Location {
            path: path.to_string(),
            line,
            col: 1,
        },
        message: format!("not readable as CSV: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_ok(bytes: &[u8]) -> Sheet {
        read(Path::new("s.csv"), bytes, None, &[]).unwrap()
    }

    #[test]
    fn reads_latin1_semicolons_and_crlf() {
        let (bytes, _, _) = WINDOWS_1252
            .encode("Organisation;Utlåtande;Riktlinje\r\nKommunförbundet;Bra, men förtydliga;samarbete\r\n");
        let sheet = read_ok(&bytes);
        assert_eq!(sheet.encoding, "windows-1252");
        assert_eq!(sheet.delimiter, ';');
        assert_eq!(sheet.rows.len(), 1);
        assert_eq!(sheet.rows[0].from, "Kommunförbundet");
        assert_eq!(sheet.rows[0].text, "Bra, men förtydliga");
        assert_eq!(sheet.rows[0].guideline.as_deref(), Some("samarbete"));
        assert_eq!(sheet.rows[0].row, 2);
    }

    #[test]
    fn reads_utf8_with_bom_commas_and_finnish_headers() {
        let sheet = read_ok(
            "\u{feff}Organisaatio,Lausunto,Päivämäärä,Muuta\nKuntaliitto,\"Hyvä; selkeä\",31.8.2021,x\n".as_bytes(),
        );
        assert_eq!(sheet.encoding, "UTF-8");
        assert_eq!(sheet.delimiter, ',');
        assert_eq!(sheet.rows[0].text, "Hyvä; selkeä");
        assert_eq!(sheet.rows[0].date.as_deref(), Some("31.8.2021"));
        assert_eq!(sheet.ignored, ["Muuta"]);
    }

    #[test]
    fn map_names_other_columns() {
        let bytes = b"Vem;Vad\nA;B\n";
        let e = read(Path::new("s.csv"), bytes, None, &[]).unwrap_err().to_string();
        assert!(e.contains("no column for the organisation"), "{e}");
        let sheet = read(
            Path::new("s.csv"),
            bytes,
            None,
            &[(Column::From, "vem".into()), (Column::Text, "Vad".into())],
        )
        .unwrap();
        assert_eq!((sheet.rows[0].from.as_str(), sheet.rows[0].text.as_str()), ("A", "B"));
    }

    #[test]
    fn a_bad_row_names_its_number() {
        let e = read(Path::new("s.csv"), b"from;text\nA;ok\nB;\nC;x;y\n", None, &[]).unwrap_err();
        let Error::BadRows { problems } = e else {
            panic!("{e:?}")
        };
        let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            text,
            [
                "s.csv:3:1: row 3: the statement text (column `text`) is empty",
                "s.csv:4:1: row 4: 3 cells, but the header row has 2; a text that contains `;` or a line break must be in double quotes"
            ]
        );
    }

    #[test]
    fn wrong_or_unreadable_encodings_are_refused() {
        let (latin1, _, _) = WINDOWS_1252.encode("from;text\nÅbo;Bra\n");
        let e = read(Path::new("s.csv"), &latin1, Some("utf-8"), &[])
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("s.csv:2:1: the file is not UTF-8 text (byte 0xC5"), "{e}");
        let utf16: Vec<u8> = "from;text\n".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let e = read(Path::new("s.csv"), &utf16, None, &[]).unwrap_err().to_string();
        assert!(e.contains("NUL byte"), "{e}");
        let e = read(Path::new("s.csv"), b"  \n", None, &[]).unwrap_err().to_string();
        assert!(e.contains("empty"), "{e}");
        let e = read(Path::new("s.csv"), b"from;text\n", None, &[])
            .unwrap_err()
            .to_string();
        assert!(e.contains("no statements"), "{e}");
        let e = read(Path::new("s.csv"), b"from;text\n", Some("klingon"), &[])
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown encoding"), "{e}");
    }
}

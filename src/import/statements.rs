//! The spreadsheet of statements a secretariat receives or compiles: a
//! workbook sheet (`.xlsx`, `.xls`, `.ods`), or CSV in UTF-8 (with or
//! without BOM) or Windows-1252/Latin-1, `;`, `,` or tab separated, CRLF or
//! LF; with columns found by their header names in Swedish, Finnish or
//! English (or named with `--map`); one statement per row ([`Layout::Long`])
//! or one respondent per row and one statement per cell ([`Layout::Wide`]).

use std::path::Path;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::cells::{self, Cell, Grid, GridRow, Origin};
use super::workbook;
use crate::error::{Location, Placed};
use crate::i18n::Wording;
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
    fn what(self) -> Wording {
        match self {
            Column::From => Wording::new("sheet-column-from"),
            Column::Text => Wording::new("sheet-column-text"),
            Column::Guideline => Wording::new("sheet-column-guideline"),
            Column::Field => Wording::new("sheet-column-field"),
            Column::Date => Wording::new("sheet-column-date"),
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

/// How the statements are laid out in the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// One statement per row: columns for who sent it and what it says,
    /// and optionally the guideline, the field and the date.
    #[default]
    Long,
    /// One row per respondent, one column per question or guideline: the
    /// header of each statement column names its guideline (`3`,
    /// `Linjaus 3`, `samarbete`) or is a general comment column
    /// (`Kommentarer`); one statement per non-empty cell.
    Wide,
}

/// How to read a statement sheet.
pub struct Options<'a> {
    /// The CSV file's encoding (`None`: detect it).
    pub encoding: Option<&'a str>,
    /// `(column, header)` pairs from `--map`.
    pub map: &'a [(Column, String)],
    /// The workbook sheet (`None`: the first).
    pub sheet: Option<&'a str>,
    /// The layout.
    pub layout: Layout,
    /// For [`Layout::Wide`]: the id of the guideline a header names (a
    /// number or an id), or why there is none.
    pub guideline: &'a dyn Fn(&str) -> std::result::Result<String, Wording>,
}

/// One statement, its cells as written (a date as `YYYY-MM-DD`, `YYYY-MM`
/// or `YYYY`), and where each cell is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The spreadsheet row number.
    pub row: usize,
    /// Who sent it.
    pub from: String,
    /// What it says.
    pub text: String,
    /// The guideline (as written, or the id a wide sheet's header names).
    pub guideline: Option<String>,
    /// Field cell.
    pub field: Option<String>,
    /// Date cell.
    pub date: Option<String>,
    /// Where each column's cell is: `(column, sheet column, name)`.
    places: Vec<(Column, usize, Wording)>,
}

impl Row {
    /// Where the cell of `column` is (`file:Sheet!C7`, or `file:7:1: cell
    /// C7` in CSV), and its column number for ordering; a column the sheet
    /// does not have is placed at the row's organisation cell.
    pub fn at(&self, column: Column) -> (usize, Wording) {
        self.places
            .iter()
            .find(|(c, _, _)| *c == column)
            .or_else(|| self.places.iter().find(|(c, _, _)| *c == Column::From))
            .map(|(_, i, at)| (*i, at.clone()))
            .unwrap_or((0, Wording::plain("")))
    }
}

/// A bad cell (or row) of the sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    /// The spreadsheet row number, for ordering.
    pub row: usize,
    /// The sheet column (0-based), for ordering.
    pub col: usize,
    /// Where: `file:Sheet!B7`, `file:7:1: cell B7`, `file:7:1: row 7`.
    pub at: Wording,
    /// What is wrong.
    pub message: Wording,
}

/// Put problems in sheet order, each once, as the error that reports them.
pub fn report(mut problems: Vec<CellProblem>) -> Error {
    problems.sort_by_key(|p| (p.row, p.col));
    let mut seen = std::collections::HashSet::new();
    Error::BadRows {
        problems: problems
            .into_iter()
            .filter(|p| seen.insert((p.at.english(), p.message.english())))
            .map(|p| Placed {
                at: p.at,
                message: p.message,
            })
            .collect(),
    }
}

/// What was read from the file.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The statements whose cells read cleanly.
    pub rows: Vec<Row>,
    /// Cells that did not; the caller adds its own and reports them all.
    pub problems: Vec<CellProblem>,
    /// How the file was read, for the user: `UTF-8, separated by `;``, or
    /// `sheet `Lausunnot``.
    pub source: Wording,
    /// Columns the file has that were not used.
    pub ignored: Vec<String>,
}

fn unusable(path: &Path, message: Wording) -> Error {
    Error::UnusableInput {
        path: path.to_path_buf(),
        message,
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
        return Err(unusable(path, Wording::new("sheet-file-empty")));
    }
    let (text, name) = match encoding {
        Some(label) => {
            let enc = Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
                Error::worded(
                    Wording::new("sheet-unknown-encoding").arg("encoding", label),
                    Vec::new(),
                )
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
                        message: Wording::new("sheet-not-in-encoding")
                            .arg("encoding", enc.name())
                            .arg("byte", format!("0x{:02X}", body.get(offset).copied().unwrap_or(0))),
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
            Wording::new("sheet-nul-byte").arg("line", line.to_string())
        } else {
            Wording::new("sheet-control-character")
                .arg("encoding", name)
                .arg("line", line.to_string())
                .arg("character", format!("U+{:04X}", c as u32))
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

/// Read the statements of a CSV file or a workbook sheet. Problems that
/// make the sheet unusable (no header for a required column, an unknown
/// `--map` header) fail at once; bad cells are collected in
/// [`Sheet::problems`] so that every one is reported together.
pub fn read(path: &Path, bytes: &[u8], options: &Options<'_>) -> Result<Sheet> {
    let grid = if workbook::is_workbook(path, bytes) {
        if let Some(e) = options.encoding {
            return Err(Error::worded(
                Wording::new("sheet-encoding-of-workbook")
                    .arg("encoding", e)
                    .arg("path", path.display().to_string()),
                vec![Wording::new("sheet-encoding-of-workbook-hint")],
            ));
        }
        workbook::read(path, bytes, options.sheet)?
    } else {
        if let Some(s) = options.sheet {
            return Err(Error::worded(
                Wording::new("sheet-sheet-of-csv")
                    .arg("sheet", s)
                    .arg("path", path.display().to_string()),
                vec![Wording::new("sheet-sheet-of-csv-hint")],
            ));
        }
        csv_grid(path, bytes, options.encoding)?
    };
    match options.layout {
        Layout::Long => long(&grid, options.map),
        Layout::Wide => wide(&grid, options.map, options.guideline),
    }
}

/// A CSV file as a grid of text cells.
fn csv_grid(path: &Path, bytes: &[u8], encoding: Option<&str>) -> Result<Grid> {
    let (text, encoding) = decode(path, bytes, encoding)?;
    let shown = path.display().to_string();
    let delimiter = detect_delimiter(&text);
    if let Some((line, col)) = unclosed_quote(&text, delimiter) {
        // The reader would take the rest of the file as one cell: every
        // later row would become part of one statement's text.
        return Err(Error::BadInput {
            location: Location { path: shown, line, col },
            message: Wording::new("sheet-unclosed-quote"),
        });
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<Cell> = reader
        .headers()
        .map_err(|e| csv_error(&shown, &e))?
        .iter()
        .map(|h| Cell::text(h.trim_start_matches('\u{feff}')))
        .collect();
    let width = headers.len();
    let mut rows = Vec::new();
    // Line breaks counted so far, up to byte `counted_to`: each row counts
    // only its own, so a sheet of any length is read in linear time.
    let (mut counted_to, mut breaks) = (0usize, 0usize);
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| csv_error(&shown, &e))?;
        let number = index + 2;
        // From the byte offset: after a CRLF the reader's own line count
        // lags one line behind.
        let line = record
            .position()
            .map(|p| {
                let bytes = text.as_bytes();
                let mut start = (p.byte() as usize).min(bytes.len());
                while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
                    start += 1;
                }
                if start >= counted_to {
                    breaks += memchr::memchr_iter(b'\n', &bytes[counted_to..start]).count();
                    counted_to = start;
                    1 + breaks
                } else {
                    1 + memchr::memchr_iter(b'\n', &bytes[..start]).count()
                }
            })
            .unwrap_or(number);
        let mut cells: Vec<Cell> = record.iter().map(Cell::text).collect();
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        let shape = (cells.len() < width || cells[width..].iter().any(|c| !c.is_empty())).then(|| {
            Wording::new("sheet-row-shape")
                .count("cells", cells.len())
                .count("width", width)
                .arg("separator", (delimiter as char).to_string())
        });
        cells.resize(width, Cell::Empty);
        rows.push(GridRow {
            number,
            line,
            cells,
            shape,
        });
    }
    Ok(Grid {
        origin: Origin::Csv {
            path: shown,
            encoding,
            delimiter: delimiter as char,
        },
        header: GridRow {
            number: 1,
            line: 1,
            cells: headers,
            shape: None,
        },
        rows,
    })
}

/// How the file was read, in words.
fn source(grid: &Grid) -> Wording {
    match &grid.origin {
        Origin::Csv {
            encoding, delimiter, ..
        } => Wording::new("sheet-source-csv")
            .arg("encoding", *encoding)
            .words("separator", separator(*delimiter)),
        Origin::Workbook { sheet, .. } => Wording::new("sheet-source-sheet").arg("sheet", sheet),
    }
}

/// A CSV separator as a message names it (`;`, or the word for a tab).
fn separator(delimiter: char) -> Wording {
    match delimiter {
        '\t' => Wording::new("sheet-separator-tab"),
        d => Wording::plain(d.to_string()),
    }
}

/// A problem with the header row, which makes the sheet unusable.
fn header_error(grid: &Grid, message: Wording) -> Error {
    match &grid.origin {
        Origin::Csv { path, .. } => Error::BadInput {
            location: Location {
                path: path.clone(),
                line: 1,
                col: 1,
            },
            message,
        },
        Origin::Workbook { .. } => Error::BadRows {
            problems: vec![Placed {
                at: grid.row_at(&grid.header),
                message,
            }],
        },
    }
}

/// Find the columns of `wanted` by `--map` or by their header names.
fn find_columns(grid: &Grid, map: &[(Column, String)], wanted: &[Column]) -> Result<Vec<(Column, usize)>> {
    let headers = grid.headers();
    let header_list = headers.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(", ");
    let mut columns: Vec<(Column, usize)> = Vec::new();
    for (column, header) in map {
        let Some(i) = headers.iter().position(|h| normalize(h) == normalize(header)) else {
            return Err(header_error(
                grid,
                Wording::new("sheet-map-no-such-column")
                    .arg("column", column.key())
                    .arg("header", header)
                    .arg("columns", header_list),
            ));
        };
        columns.retain(|(c, _)| c != column);
        columns.push((*column, i));
    }
    for &column in wanted {
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
                return Err(header_error(
                    grid,
                    Wording::new("sheet-columns-ambiguous")
                        .words("what", column.what())
                        .arg(
                            "columns",
                            many.iter()
                                .map(|&i| format!("`{}`", headers[i]))
                                .collect::<Vec<_>>()
                                .join(", "),
                        )
                        .arg("column", column.key()),
                ));
            }
        }
    }
    Ok(columns)
}

fn missing_column(grid: &Grid, required: Column) -> Error {
    let headers = grid.headers();
    let header_list = headers.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(", ");
    let separated = match &grid.origin {
        Origin::Csv { delimiter, .. } => Wording::new("sheet-separated-by").words("separator", separator(*delimiter)),
        Origin::Workbook { .. } => Wording::plain(""),
    };
    header_error(
        grid,
        Wording::new("sheet-no-column")
            .words("what", required.what())
            .arg(
                "names",
                required
                    .names()
                    .iter()
                    .take(4)
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .arg("columns", header_list)
            .words("separated", separated)
            .arg("column", required.key()),
    )
}

/// The used columns' cells of one row read as text, and their dates.
struct Reader<'g> {
    grid: &'g Grid,
    headers: Vec<String>,
    /// Per row: the date column's value, or why it is not a date.
    dates: Vec<std::result::Result<Option<String>, Wording>>,
    date_col: Option<usize>,
    problems: Vec<CellProblem>,
}

impl<'g> Reader<'g> {
    fn new(grid: &'g Grid, date_col: Option<usize>) -> Self {
        let dates = match date_col {
            Some(i) => cells::dates(&grid.rows.iter().map(|r| &r.cells[i]).collect::<Vec<_>>()),
            None => grid.rows.iter().map(|_| Ok(None)).collect(),
        };
        Reader {
            grid,
            headers: grid.headers(),
            dates,
            date_col,
            problems: Vec::new(),
        }
    }

    fn problem(&mut self, row: &GridRow, col: usize, message: Wording) {
        self.problems.push(CellProblem {
            row: row.number,
            col,
            at: self.grid.at(row, col),
            message,
        });
    }

    fn text(&mut self, row: &GridRow, col: usize) -> Option<String> {
        match row.cells[col].as_text() {
            Ok(t) => t,
            Err(message) => {
                self.problem(row, col, message);
                None
            }
        }
    }

    /// The row's date; `Err` when the cell is bad (and reported).
    fn date(&mut self, index: usize, row: &GridRow) -> std::result::Result<Option<String>, ()> {
        match (self.dates[index].clone(), self.date_col) {
            (Ok(d), _) => Ok(d),
            (Err(message), Some(col)) => {
                self.problem(row, col, message);
                Err(())
            }
            (Err(_), None) => Ok(None),
        }
    }

    fn empty(&mut self, row: &GridRow, col: usize, column: Column) {
        let message = Wording::new("sheet-cell-empty")
            .words("what", column.what())
            .arg("header", &self.headers[col]);
        self.problem(row, col, message);
    }

    fn ignored(&self, used: impl Fn(usize) -> bool) -> Vec<String> {
        self.headers
            .iter()
            .enumerate()
            .filter(|(i, h)| !h.is_empty() && !used(*i))
            .map(|(_, h)| h.clone())
            .collect()
    }
}

fn no_statements(path: &Origin) -> Error {
    let path = match path {
        Origin::Csv { path, .. } | Origin::Workbook { path, .. } => path,
    };
    Error::UnusableInput {
        path: path.into(),
        message: Wording::new("sheet-no-statements"),
    }
}

/// One statement per row.
fn long(grid: &Grid, map: &[(Column, String)]) -> Result<Sheet> {
    let columns = find_columns(grid, map, &Column::ALL)?;
    for required in [Column::From, Column::Text] {
        if !columns.iter().any(|(c, _)| *c == required) {
            return Err(missing_column(grid, required));
        }
    }
    let col = |c: Column| columns.iter().find(|(x, _)| *x == c).map(|(_, i)| *i);
    let mut reader = Reader::new(grid, col(Column::Date));
    let mut rows = Vec::new();
    for (index, row) in grid.rows.iter().enumerate() {
        if let Some(shape) = &row.shape {
            reader.problems.push(CellProblem {
                row: row.number,
                col: 0,
                at: grid.row_at(row),
                message: shape.clone(),
            });
            continue;
        }
        let before = reader.problems.len();
        let mut cell = |c: Column| col(c).and_then(|i| reader.text(row, i));
        let (from, text, guideline, field) = (
            cell(Column::From),
            cell(Column::Text),
            cell(Column::Guideline),
            cell(Column::Field),
        );
        let date = reader.date(index, row);
        for (value, column) in [(&from, Column::From), (&text, Column::Text)] {
            let i = col(column).expect("required columns exist");
            if value.is_none() && row.cells[i].is_empty() {
                reader.empty(row, i, column);
            }
        }
        if let (Some(from), Some(text), Ok(date), true) = (from, text, date, reader.problems.len() == before) {
            rows.push(Row {
                row: row.number,
                from,
                text,
                guideline,
                field,
                date,
                places: columns.iter().map(|&(c, i)| (c, i, grid.at(row, i))).collect(),
            });
        }
    }
    if rows.is_empty() && reader.problems.is_empty() {
        return Err(no_statements(&grid.origin));
    }
    Ok(Sheet {
        ignored: reader.ignored(|i| columns.iter().any(|(_, j)| *j == i)),
        problems: reader.problems,
        rows,
        source: source(grid),
    })
}

/// What a wide sheet's header says about a column's guideline.
#[derive(Debug, PartialEq, Eq)]
enum Reference {
    /// It names one (`3`, `Linjaus 3`, `Riktlinje samarbete`): it must exist.
    Claimed(String),
    /// The whole header may be a guideline id (or just another column).
    Maybe(String),
}

/// Read the guideline a header names: a leading number (`3`, `3.
/// Samarbete`), a number or id after `Riktlinje`/`Linjaus`/`Guideline`
/// (`Linjaus nro 3`), or else the whole header as an id.
fn reference(header: &str) -> Reference {
    let n = normalize(header);
    let leading_number = |s: &str| -> Option<String> {
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        let after = s[digits.len()..].chars().next();
        (!digits.is_empty() && after.is_none_or(|c| !c.is_alphanumeric())).then_some(digits)
    };
    let sep = |c: char| c.is_whitespace() || ".:#-–—)".contains(c);
    for keyword in Column::Guideline.names() {
        let Some(rest) = n.strip_prefix(keyword) else {
            continue;
        };
        if !(rest.is_empty() || rest.starts_with(sep)) {
            continue;
        }
        let mut rest = rest.trim_start_matches(sep);
        for nr in ["nro", "nr", "no", "n:o"] {
            if let Some(r) = rest.strip_prefix(nr)
                && (r.is_empty() || r.starts_with(sep))
            {
                rest = r.trim_start_matches(sep);
                break;
            }
        }
        if let Some(number) = leading_number(rest) {
            return Reference::Claimed(number);
        }
        let id: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
        return Reference::Claimed(id);
    }
    match leading_number(&n) {
        Some(number) => Reference::Claimed(number),
        None => Reference::Maybe(n),
    }
}

/// What a statement column of a wide sheet is about.
enum About {
    /// A guideline (its id).
    Guideline(String),
    /// The whole set.
    General,
}

/// One row per respondent, one statement per non-empty cell.
fn wide(
    grid: &Grid,
    map: &[(Column, String)],
    guideline_of: &dyn Fn(&str) -> std::result::Result<String, Wording>,
) -> Result<Sheet> {
    if let Some((c, _)) = map.iter().find(|(c, _)| matches!(c, Column::Guideline | Column::Field)) {
        return Err(Error::worded(
            Wording::new("sheet-map-in-wide").arg("column", c.key()),
            vec![Wording::new("sheet-map-in-wide-hint").arg("column", c.key())],
        ));
    }
    let general_by_map: Option<&str> = map.iter().find(|(c, _)| *c == Column::Text).map(|(_, h)| h.as_str());
    let keyed: Vec<(Column, String)> = map.iter().filter(|(c, _)| *c != Column::Text).cloned().collect();
    let columns = find_columns(grid, &keyed, &[Column::From, Column::Date])?;
    let Some(from_col) = columns.iter().find(|(c, _)| *c == Column::From).map(|(_, i)| *i) else {
        return Err(missing_column(grid, Column::From));
    };
    let date_col = columns.iter().find(|(c, _)| *c == Column::Date).map(|(_, i)| *i);
    let mut reader = Reader::new(grid, date_col);
    let headers = reader.headers.clone();
    if let Some(h) = general_by_map
        && !headers.iter().any(|x| normalize(x) == normalize(h))
    {
        return Err(header_error(
            grid,
            Wording::new("sheet-map-no-such-column")
                .arg("column", "text")
                .arg("header", h)
                .arg(
                    "columns",
                    headers.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(", "),
                ),
        ));
    }
    // Classify every other column by its header.
    let mut statement_cols: Vec<(usize, About)> = Vec::new();
    let mut header_problems = false;
    for (i, h) in headers.iter().enumerate() {
        if i == from_col || Some(i) == date_col || h.is_empty() {
            continue;
        }
        let n = normalize(h);
        if general_by_map.is_some_and(|g| normalize(g) == n) || Column::Text.names().contains(&n.as_str()) {
            statement_cols.push((i, About::General));
            continue;
        }
        match reference(h) {
            Reference::Claimed(r) => match guideline_of(&r) {
                Ok(id) => statement_cols.push((i, About::Guideline(id))),
                Err(e) => {
                    header_problems = true;
                    let message = if r.is_empty() {
                        Wording::new("sheet-header-names-no-guideline").arg("header", h)
                    } else {
                        Wording::new("sheet-header-unknown-guideline")
                            .arg("header", h)
                            .words("reason", e)
                    };
                    reader.problem(&grid.header, i, message);
                }
            },
            Reference::Maybe(r) => {
                if let Ok(id) = guideline_of(&r) {
                    statement_cols.push((i, About::Guideline(id)));
                }
            }
        }
    }
    if statement_cols.is_empty() && !header_problems {
        return Err(header_error(
            grid,
            Wording::new("sheet-no-guideline-column").arg(
                "columns",
                headers.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(", "),
            ),
        ));
    }
    let mut rows = Vec::new();
    for (index, row) in grid.rows.iter().enumerate() {
        let before = reader.problems.len();
        let from = reader.text(row, from_col);
        let date = reader.date(index, row);
        let mut statements = Vec::new();
        for (i, about) in &statement_cols {
            if let Some(text) = reader.text(row, *i) {
                statements.push((*i, about, text));
            }
        }
        if statements.is_empty() {
            continue;
        }
        if from.is_none() && row.cells[from_col].is_empty() {
            reader.empty(row, from_col, Column::From);
        }
        let (Some(from), Ok(date), true) = (from, date, reader.problems.len() == before) else {
            continue;
        };
        for (i, about, text) in statements {
            let mut places = vec![
                (Column::From, from_col, grid.at(row, from_col)),
                (Column::Text, i, grid.at(row, i)),
            ];
            if let Some(d) = date_col {
                places.push((Column::Date, d, grid.at(row, d)));
            }
            let guideline = match about {
                About::Guideline(id) => {
                    places.push((Column::Guideline, i, grid.at(&grid.header, i)));
                    Some(id.clone())
                }
                About::General => None,
            };
            rows.push(Row {
                row: row.number,
                from: from.clone(),
                text,
                guideline,
                field: None,
                date: date.clone(),
                places,
            });
        }
    }
    if rows.is_empty() && reader.problems.is_empty() {
        return Err(no_statements(&grid.origin));
    }
    let used = |i: usize| i == from_col || Some(i) == date_col || statement_cols.iter().any(|(j, _)| *j == i);
    Ok(Sheet {
        ignored: reader.ignored(used),
        problems: reader.problems,
        rows,
        source: source(grid),
    })
}

/// Where (line, column) the quote stands that opens a cell never closed,
/// read as the CSV reader reads: a quote opens a quoted cell only at the
/// start of a cell, and `""` inside one is a quote.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let (mut at_start, mut open) = (true, None);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if open.is_some() {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    open = None;
                }
            }
        } else if b == b'"' && at_start {
            open = Some(i);
        }
        at_start = open.is_none() && (b == delimiter || b == b'\n' || b == b'\r');
        i += 1;
    }
    open.map(|at| crate::store::line_col(text, at))
}

fn csv_error(path: &str, e: &csv::Error) -> Error {
    let line = e.position().map(|p| p.line() as usize).unwrap_or(1);
    Error::BadInput {
        location: Location {
            path: path.to_string(),
            line,
            col: 1,
        },
        message: Wording::new("sheet-not-csv").arg("reason", e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_that_never_closes_is_found_where_it_opens() {
        assert_eq!(unclosed_quote("from;text\nTHL;\"open\nKela;x\n", b';'), Some((2, 5)));
        assert_eq!(unclosed_quote("a;b\n\"x\"\"y\";z\n", b';'), None);
        assert_eq!(
            unclosed_quote("a;b\nTHL;it\"s\n", b';'),
            None,
            "a quote inside a cell is text"
        );
        assert_eq!(unclosed_quote("a;b\n\"two\nlines\";z\n", b';'), None);
        assert_eq!(unclosed_quote("a;b\n\"\"\"\n", b';'), Some((2, 1)));
    }

    fn no_guidelines(g: &str) -> std::result::Result<String, Wording> {
        Err(Wording::plain(format!("no guideline `{g}`")))
    }

    /// Guidelines 1 (`samarbete`) and 3 (`tredje`).
    fn two_guidelines(g: &str) -> std::result::Result<String, Wording> {
        match g {
            "1" | "samarbete" => Ok("samarbete".into()),
            "3" | "tredje" => Ok("tredje".into()),
            _ => Err(Wording::plain(format!("no guideline `{g}`"))),
        }
    }

    fn read_with(bytes: &[u8], encoding: Option<&str>, map: &[(Column, String)], layout: Layout) -> Result<Sheet> {
        read(
            Path::new("s.csv"),
            bytes,
            &Options {
                encoding,
                map,
                sheet: None,
                layout,
                guideline: &two_guidelines,
            },
        )
    }

    fn read_ok(bytes: &[u8]) -> Sheet {
        let sheet = read_with(bytes, None, &[], Layout::Long).unwrap();
        assert_eq!(sheet.problems, [], "{sheet:?}");
        sheet
    }

    fn english_at(row: &Row, column: Column) -> (usize, String) {
        let (col, at) = row.at(column);
        (col, at.english())
    }

    fn problems(sheet: &Sheet) -> Vec<String> {
        sheet
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.at, p.message))
            .collect()
    }

    #[test]
    fn reads_latin1_semicolons_and_crlf() {
        let (bytes, _, _) = WINDOWS_1252
            .encode("Organisation;Utlåtande;Riktlinje\r\nKommunförbundet;Bra, men förtydliga;samarbete\r\n");
        let sheet = read_ok(&bytes);
        assert_eq!(sheet.source.english(), "windows-1252, separated by `;`");
        assert_eq!(sheet.rows.len(), 1);
        assert_eq!(sheet.rows[0].from, "Kommunförbundet");
        assert_eq!(sheet.rows[0].text, "Bra, men förtydliga");
        assert_eq!(sheet.rows[0].guideline.as_deref(), Some("samarbete"));
        assert_eq!(sheet.rows[0].row, 2);
        assert_eq!(
            english_at(&sheet.rows[0], Column::Guideline),
            (2, "s.csv:2:1: cell C2".to_string())
        );
    }

    #[test]
    fn reads_utf8_with_bom_commas_finnish_headers_and_date_times() {
        let sheet = read_ok(
            "\u{feff}Organisaatio,Lausunto,Päivämäärä,Muuta\nKuntaliitto,\"Hyvä; selkeä\",31.8.2021,x\nTHL,Toinen,20.2.2026 14:35,\nKela,Kolmas,02/27/2026 09:30:00,\n"
                .as_bytes(),
        );
        assert_eq!(sheet.source.english(), "UTF-8, separated by `,`");
        assert_eq!(sheet.rows[0].text, "Hyvä; selkeä");
        let dates: Vec<_> = sheet.rows.iter().map(|r| r.date.as_deref()).collect();
        assert_eq!(dates, [Some("2021-08-31"), Some("2026-02-20"), Some("2026-02-27")]);
        assert_eq!(sheet.ignored, ["Muuta"]);
    }

    #[test]
    fn map_names_other_columns() {
        let bytes = b"Vem;Vad\nA;B\n";
        let e = read_with(bytes, None, &[], Layout::Long).unwrap_err().to_string();
        assert!(e.contains("no column for the organisation"), "{e}");
        let sheet = read_with(
            bytes,
            None,
            &[(Column::From, "vem".into()), (Column::Text, "Vad".into())],
            Layout::Long,
        )
        .unwrap();
        assert_eq!((sheet.rows[0].from.as_str(), sheet.rows[0].text.as_str()), ("A", "B"));
    }

    #[test]
    fn every_bad_cell_is_named() {
        let sheet = read_with(
            b"from;text;date\nA;ok;2026-02-02\nB;;2026-02-02\nC;x;y;z\nD;ok;03/04/2026\nE;ok;31.2.2026\n",
            None,
            &[],
            Layout::Long,
        )
        .unwrap();
        assert_eq!(
            problems(&sheet),
            [
                "s.csv:3:1: cell B3: the statement text (column `text`) is empty",
                "s.csv:4:1: row 4: 4 cells, but the header row has 3; a text that contains `;` or a line break must be in double quotes",
                "s.csv:5:1: cell C5: `03/04/2026` is ambiguous: 4 March 2026 (month first, as US English LibreOffice and Excel write it) or 3 April 2026 (day first), and no other date of the column shows the order; write it as YYYY-MM-DD or D.M.YYYY",
                "s.csv:6:1: cell C6: `31.2.2026` is not a date (day 31, month 2, year 2026 does not exist)",
            ]
        );
        assert_eq!(sheet.rows.len(), 1);
    }

    #[test]
    fn a_bad_cell_of_a_csv_file_is_placed_and_explained_in_finnish() {
        let sheet = read_with(b"from;text\nA;\nB;ok\nC;x;y\n", None, &[], Layout::Long).unwrap();
        let fi = crate::i18n::Catalogue::of("fi");
        let shown: Vec<String> = match report(sheet.problems) {
            Error::BadRows { problems } => problems.iter().map(|p| p.message_in(fi)).collect(),
            other => panic!("{other}"),
        };
        assert_eq!(
            shown,
            [
                "s.csv:2:1: solu B2: lausunnon teksti (sarake `text`) on tyhjä",
                "s.csv:4:1: rivi 4: 3 solua, mutta otsikkorivillä on 2; teksti, jossa on `;` tai rivinvaihto, on kirjoitettava lainausmerkkeihin",
            ]
        );
    }

    #[test]
    fn wrong_or_unreadable_encodings_are_refused() {
        let (latin1, _, _) = WINDOWS_1252.encode("from;text\nÅbo;Bra\n");
        let e = read_with(&latin1, Some("utf-8"), &[], Layout::Long)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("s.csv:2:1: the file is not UTF-8 text (byte 0xC5"), "{e}");
        let utf16: Vec<u8> = "from;text\n".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let e = read_with(&utf16, None, &[], Layout::Long).unwrap_err().to_string();
        assert!(e.contains("NUL byte"), "{e}");
        let e = read_with(b"  \n", None, &[], Layout::Long).unwrap_err().to_string();
        assert!(e.contains("empty"), "{e}");
        let e = read_with(b"from;text\n", None, &[], Layout::Long)
            .unwrap_err()
            .to_string();
        assert!(e.contains("no statements"), "{e}");
        let e = read_with(b"from;text\n", Some("klingon"), &[], Layout::Long)
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown encoding"), "{e}");
    }

    #[test]
    fn headers_name_guidelines() {
        let claimed = |s: &str| Reference::Claimed(s.to_string());
        assert_eq!(reference("3"), claimed("3"));
        assert_eq!(reference("3. Samarbete"), claimed("3"));
        assert_eq!(reference("12) Frågor"), claimed("12"));
        assert_eq!(reference("Linjaus 3"), claimed("3"));
        assert_eq!(reference("Linjaus nro 3: kommentit"), claimed("3"));
        assert_eq!(reference("Riktlinje nr. 3 – kommentarer"), claimed("3"));
        assert_eq!(reference("Guideline samarbete"), claimed("samarbete"));
        assert_eq!(reference("Riktlinje"), claimed(""));
        assert_eq!(reference("Samarbete"), Reference::Maybe("samarbete".into()));
        assert_eq!(reference("Riktlinjer"), Reference::Maybe("riktlinjer".into()));
        assert_eq!(reference("3D-kommentar"), Reference::Maybe("3d-kommentar".into()));
    }

    #[test]
    fn a_wide_sheet_gives_one_statement_per_cell() {
        let sheet = read_with(
            "Lausunnonantaja;Päivämäärä;Linjaus 1;3. Tredje;Samarbete;Yhteyshenkilö;Kommentit\nKuntaliitto;20.2.2026 14:35;Hyvä.;;Selkeä.;Matti;Yleisesti hyvä.\nTHL;21.2.2026;;Tarkenna.;;Maija;\nKela;;;;;Pekka;\n"
                .as_bytes(),
            None,
            &[],
            Layout::Wide,
        )
        .unwrap();
        assert_eq!(sheet.problems, []);
        let got: Vec<_> = sheet
            .rows
            .iter()
            .map(|r| {
                (
                    r.from.as_str(),
                    r.guideline.as_deref(),
                    r.text.as_str(),
                    r.date.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Kuntaliitto", Some("samarbete"), "Hyvä.", Some("2026-02-20")),
                ("Kuntaliitto", Some("samarbete"), "Selkeä.", Some("2026-02-20")),
                ("Kuntaliitto", None, "Yleisesti hyvä.", Some("2026-02-20")),
                ("THL", Some("tredje"), "Tarkenna.", Some("2026-02-21")),
            ]
        );
        assert_eq!(sheet.ignored, ["Yhteyshenkilö"]);
        // A guideline's problem is its header cell's.
        assert_eq!(
            english_at(&sheet.rows[3], Column::Guideline),
            (3, "s.csv:1:1: cell D1".to_string())
        );
        assert_eq!(
            english_at(&sheet.rows[3], Column::Text),
            (3, "s.csv:3:1: cell D3".to_string())
        );
    }

    #[test]
    fn a_wide_sheet_names_its_bad_headers_and_cells() {
        let sheet = read_with(
            b"from;date;Linjaus 9;Linjaus;1\n;2026-02-02;x;y;z\nB;soon;;;ok\n",
            None,
            &[],
            Layout::Wide,
        )
        .unwrap();
        assert_eq!(
            problems(&sheet),
            [
                "s.csv:1:1: cell C1: column `Linjaus 9`: no guideline `9`; the header of a statement column names its guideline's number or id",
                "s.csv:1:1: cell D1: column `Linjaus` names no guideline; in --layout wide the header of each statement column names its guideline's number or id (`Linjaus 3`, `3`, `samarbete`)",
                "s.csv:2:1: cell A2: the organisation that sent the statement (column `from`) is empty",
                "s.csv:3:1: cell B3: `soon` is not a date; write YYYY-MM-DD, D.M.YYYY or M/D/YYYY (a time of day after it is allowed), or YYYY-MM or YYYY when only the month or year is known",
            ]
        );
        let e = read(
            Path::new("s.csv"),
            b"from;Fragor\nA;x\n",
            &Options {
                encoding: None,
                map: &[],
                sheet: None,
                layout: Layout::Wide,
                guideline: &no_guidelines,
            },
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.starts_with("s.csv:1:1: no column of the sheet names a guideline"),
            "{e}"
        );
        let e = read_with(b"from;x\nA;x\n", None, &[(Column::Field, "x".into())], Layout::Wide)
            .unwrap_err()
            .to_string();
        assert!(e.contains("--map field applies to --layout long"), "{e}");
        let e = read(
            Path::new("s.csv"),
            b"from;text\nA;x\n",
            &Options {
                encoding: None,
                map: &[],
                sheet: Some("Blad1"),
                layout: Layout::Long,
                guideline: &no_guidelines,
            },
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("--sheet Blad1: s.csv is a CSV file"), "{e}");
    }
}

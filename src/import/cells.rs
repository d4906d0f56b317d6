//! The cells of a statement sheet, whatever file they came from (CSV, or a
//! workbook read by [`super::workbook`]), where each cell is, and how the
//! cells of a date column become dates.

use chrono::{NaiveDate, NaiveDateTime};

use crate::i18n::Wording;
use crate::model::PartialDate;

/// One cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing (or only white space).
    Empty,
    /// Text as written.
    Text(String),
    /// A number (a workbook cell; CSV cells are text).
    Number(f64),
    /// A yes/no cell.
    Bool(bool),
    /// A date cell without a time of day.
    Date(NaiveDate),
    /// A date cell with a time of day.
    DateTime(NaiveDateTime),
    /// An error value (`#N/A`, `#REF!`) a formula left.
    Error(String),
}

impl Cell {
    /// A text cell, `Empty` when it holds only white space.
    pub fn text(s: &str) -> Cell {
        let t = s.trim();
        if t.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(t.to_string())
        }
    }

    /// Whether the cell holds nothing.
    pub fn is_empty(&self) -> bool {
        matches!(self, Cell::Empty)
    }

    /// The cell read as text, for a column that holds text: a number without
    /// a trailing `.0` (`3`, not `3.0`), a date as `YYYY-MM-DD`. `None` when
    /// empty; an error value is refused.
    pub fn as_text(&self) -> Result<Option<String>, Wording> {
        Ok(Some(match self {
            Cell::Empty => return Ok(None),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => number_text(*n),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
            Cell::DateTime(t) => t.format("%Y-%m-%d %H:%M").to_string(),
            Cell::Error(e) => return Err(error_value(e)),
        }))
    }
}

fn error_value(e: &str) -> Wording {
    Wording::new("cell-error-value").arg("value", e)
}

/// `3.0` → `3`, `2.5` → `2.5`: a number typed into a text column reads as
/// the person typed it.
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// The spreadsheet name of a column: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_name(index: usize) -> String {
    let mut n = index + 1;
    let mut name = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        name.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

/// A sheet name as a cell reference writes it: quoted (`'Sheet 1'!B7`)
/// unless it is letters, digits and `_` only.
pub fn sheet_ref(name: &str) -> String {
    if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

/// Where the cells came from, to name a cell in a message.
#[derive(Debug, Clone)]
pub enum Origin {
    /// A CSV file: cells are named with the file line as well.
    Csv {
        /// The file as the user named it.
        path: String,
        /// The encoding it was read in.
        encoding: &'static str,
        /// Its separator.
        delimiter: char,
    },
    /// A sheet of a workbook.
    Workbook {
        /// The file as the user named it.
        path: String,
        /// The sheet's name.
        sheet: String,
        /// The 0-based column of the sheet's first used column.
        first_col: usize,
    },
}

/// A row of the sheet.
#[derive(Debug, Clone)]
pub struct GridRow {
    /// The row number a spreadsheet shows (1-based).
    pub number: usize,
    /// The file line the row starts on (CSV; the row number otherwise).
    pub line: usize,
    /// Its cells, one per header cell.
    pub cells: Vec<Cell>,
    /// What is wrong with the row's shape, if anything (CSV rows with
    /// more or fewer cells than the header).
    pub shape: Option<Wording>,
}

/// A sheet: the header row, then the rows below it.
#[derive(Debug, Clone)]
pub struct Grid {
    /// Where the cells came from.
    pub origin: Origin,
    /// The header row.
    pub header: GridRow,
    /// The rows below it, empty rows left out.
    pub rows: Vec<GridRow>,
}

impl Grid {
    /// The name of a cell for a message: `file:Sheet!B7`, or for CSV
    /// `file:7:1: cell B7` (the line first, so an editor can jump to it;
    /// the word in the reader's language).
    pub fn at(&self, row: &GridRow, col: usize) -> Wording {
        match &self.origin {
            Origin::Csv { path, .. } => Wording::new("sheet-at-csv-cell")
                .arg("path", path)
                .arg("line", row.line.to_string())
                .arg("cell", format!("{}{}", column_name(col), row.number)),
            Origin::Workbook {
                path, sheet, first_col, ..
            } => Wording::plain(format!(
                "{path}:{}!{}{}",
                sheet_ref(sheet),
                column_name(first_col + col),
                row.number
            )),
        }
    }

    /// The name of a whole row for a message.
    pub fn row_at(&self, row: &GridRow) -> Wording {
        match &self.origin {
            Origin::Csv { path, .. } => Wording::new("sheet-at-csv-row")
                .arg("path", path)
                .arg("line", row.line.to_string())
                .arg("row", row.number.to_string()),
            Origin::Workbook { path, sheet, .. } => {
                Wording::plain(format!("{path}:{}!{n}:{n}", sheet_ref(sheet), n = row.number))
            }
        }
    }

    /// The header's cells as text (an empty or error cell reads as empty).
    pub fn headers(&self) -> Vec<String> {
        self.header
            .cells
            .iter()
            .map(|c| c.as_text().ok().flatten().unwrap_or_default())
            .collect()
    }
}

/// A date as a text cell writes it, before the order of a slashed date
/// is known.
#[derive(Debug, Clone, PartialEq)]
enum Written {
    /// Known: the canonical form (`2026-02-20`, `2026-02`, `2026`).
    Known(String),
    /// `A/B/YYYY`: month and day in an order the column decides.
    Slashed { a: u32, b: u32, year: i32, shown: String },
}

/// `` `soon` is not a date; write YYYY-MM-DD, D.M.YYYY or M/D/YYYY … ``.
fn not_a_date(s: &str) -> Wording {
    Wording::new("cell-not-a-date").arg("date", s)
}

fn four_digit_year(s: &str) -> Wording {
    Wording::new("cell-year-four-digits").arg("date", s)
}

/// `4 March 2026` in the reader's language.
fn day_month_year(day: u32, month: u32, year: i32) -> Wording {
    Wording::new("cell-day-month-year")
        .arg("day", day.to_string())
        .count("month", month as usize)
        .arg("year", year.to_string())
}

fn digits(p: &str, max_len: usize) -> Option<u32> {
    (!p.is_empty() && p.len() <= max_len && p.bytes().all(|b| b.is_ascii_digit()))
        .then(|| p.parse().ok())
        .flatten()
}

/// Whether `t` is a time of day: `14:35`, `09:30:00`, `9:30:00.5`,
/// `2:35 PM`.
fn is_time(t: &str) -> bool {
    let t = t.trim();
    // The last two bytes may be inside a character (`2026 två`).
    let (t, twelve) = match t.len().checked_sub(2).and_then(|i| t.split_at_checked(i)) {
        Some((rest, ampm)) if ampm.eq_ignore_ascii_case("am") || ampm.eq_ignore_ascii_case("pm") => (rest.trim(), true),
        _ => (t, false),
    };
    let t = t.trim_end_matches('Z');
    let parts: Vec<&str> = t.split(':').collect();
    if !(2..=3).contains(&parts.len()) {
        return false;
    }
    let Some(hour) = digits(parts[0], 2) else {
        return false;
    };
    let minute_ok = digits(parts[1], 2).is_some_and(|m| m < 60 && parts[1].len() == 2);
    let second_ok = parts.get(2).is_none_or(|s| {
        let (whole, frac) = s.split_once('.').unwrap_or((s, "0"));
        whole.len() == 2 && digits(whole, 2).is_some_and(|s| s < 61) && digits(frac, 9).is_some()
    });
    let hour_ok = if twelve { (1..=12).contains(&hour) } else { hour < 24 };
    hour_ok && minute_ok && second_ok
}

/// Read one text cell of a date column.
fn written(s: &str) -> Result<Written, Wording> {
    let t = s.trim();
    let (date, time) = match t.find([' ', 'T']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    if time.is_some_and(|time| !is_time(time)) {
        return Err(not_a_date(t));
    }
    let dotted: Vec<&str> = date.strip_suffix('.').unwrap_or(date).split('.').collect();
    if dotted.len() == 3 {
        let (Some(d), Some(m), Some(y)) = (digits(dotted[0], 2), digits(dotted[1], 2), digits(dotted[2], 4)) else {
            return Err(not_a_date(t));
        };
        if dotted[2].len() != 4 {
            return Err(four_digit_year(t));
        }
        return NaiveDate::from_ymd_opt(y as i32, m, d)
            .filter(|_| PartialDate::year(y as i32).is_some())
            .map(|d| Written::Known(d.format("%Y-%m-%d").to_string()))
            .ok_or_else(|| crate::model::no_such_day(t, &d.to_string(), &m.to_string(), &y.to_string()));
    }
    let slashed: Vec<&str> = date.split('/').collect();
    if slashed.len() == 3 {
        let (Some(a), Some(b), Some(y)) = (digits(slashed[0], 2), digits(slashed[1], 2), digits(slashed[2], 4)) else {
            return Err(not_a_date(t));
        };
        if slashed[2].len() != 4 {
            return Err(four_digit_year(t));
        }
        return Ok(Written::Slashed {
            a,
            b,
            year: y as i32,
            shown: t.to_string(),
        });
    }
    PartialDate::parse(date)
        .map(|d| Written::Known(d.to_string()))
        .map_err(|_| not_a_date(t))
}

fn day_month(year: i32, month: u32, day: u32) -> Option<String> {
    NaiveDate::from_ymd_opt(year, month, day)
        .filter(|_| PartialDate::year(year).is_some())
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// The dates of one column, each as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`),
/// `None` where the cell is empty, or why the cell is not a date. A date
/// cell of a workbook is a date (its time of day dropped); a text cell is
/// read in the forms `cell-not-a-date` names. `A/B/YYYY` is month first (as the
/// US English LibreOffice and Excel write it) when `B` is over 12, day
/// first when `A` is; when both are 12 or less the other cells of the
/// column decide, and if they do not, the cell is refused as ambiguous.
pub fn dates(cells: &[&Cell]) -> Vec<Result<Option<String>, Wording>> {
    let read: Vec<Result<Option<Written>, Wording>> = cells
        .iter()
        .map(|c| match c {
            Cell::Empty => Ok(None),
            Cell::Date(d) => Ok(Some(Written::Known(d.format("%Y-%m-%d").to_string()))),
            Cell::DateTime(t) => Ok(Some(Written::Known(t.date().format("%Y-%m-%d").to_string()))),
            Cell::Text(s) => written(s).map(Some),
            Cell::Number(n) => written(&number_text(*n)).map(Some),
            Cell::Bool(b) => Err(not_a_date(&b.to_string())),
            Cell::Error(e) => Err(error_value(e)),
        })
        .collect();
    let slashed = || {
        read.iter().filter_map(|r| match r {
            Ok(Some(Written::Slashed { a, b, .. })) => Some((*a, *b)),
            _ => None,
        })
    };
    let month_first = slashed().any(|(a, b)| b > 12 && a <= 12);
    let day_first = slashed().any(|(a, b)| a > 12 && b <= 12);
    read.into_iter()
        .map(|r| {
            let Some(w) = r? else { return Ok(None) };
            match w {
                Written::Known(s) => Ok(Some(s)),
                Written::Slashed { a, b, year, shown } => {
                    let as_month_first = day_month(year, a, b);
                    let as_day_first = day_month(year, b, a);
                    let chosen = match (as_month_first, as_day_first) {
                        (None, None) => {
                            return Err(Wording::new("cell-slashed-no-day")
                                .arg("date", shown)
                                .arg("a", a.to_string())
                                .arg("b", b.to_string())
                                .arg("year", year.to_string()));
                        }
                        (Some(m), None) => m,
                        (None, Some(d)) => d,
                        (Some(m), Some(d)) if m == d => m,
                        (Some(m), Some(d)) => match (month_first, day_first) {
                            (true, false) => m,
                            (false, true) => d,
                            (both, _) => {
                                return Err(Wording::new("cell-date-ambiguous")
                                    .arg("date", shown)
                                    .words("month_first", day_month_year(b, a, year))
                                    .words("day_first", day_month_year(a, b, year))
                                    .words(
                                        "why",
                                        if both {
                                            Wording::new("cell-date-ambiguous-both-orders")
                                        } else {
                                            Wording::new("cell-date-ambiguous-no-order")
                                        },
                                    ));
                            }
                        },
                    };
                    Ok(Some(chosen))
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_dates(cells: &[&str]) -> Vec<Result<Option<String>, String>> {
        let cells: Vec<Cell> = cells.iter().map(|s| Cell::text(s)).collect();
        english(dates(&cells.iter().collect::<Vec<_>>()))
    }

    fn english(r: Vec<Result<Option<String>, Wording>>) -> Vec<Result<Option<String>, String>> {
        r.into_iter().map(|r| r.map_err(|e| e.english())).collect()
    }

    fn ok(s: &str) -> Result<Option<String>, String> {
        Ok(Some(s.to_string()))
    }

    #[test]
    fn a_date_cell_ending_in_a_wide_character_is_refused_not_a_crash() {
        // Found by the fuzz harness: the check for `AM`/`PM` split the cell
        // two bytes from its end, inside `å`.
        let got = text_dates(&["2026 två", "2021-08-31 ä", "9:30 å"]);
        assert!(got.iter().all(Result::is_err), "{got:?}");
        assert!(
            got[0].as_ref().unwrap_err().contains("`2026 två` is not a date"),
            "{got:?}"
        );
    }

    #[test]
    fn names_columns_and_sheets() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
        assert_eq!(sheet_ref("Lausunnot"), "Lausunnot");
        assert_eq!(sheet_ref("Blad 1"), "'Blad 1'");
        assert_eq!(sheet_ref("O'Neil"), "'O''Neil'");
    }

    #[test]
    fn numbers_read_as_typed() {
        let text = |c: Cell| c.as_text().map_err(|e| e.english());
        assert_eq!(text(Cell::Number(3.0)), ok("3"));
        assert_eq!(text(Cell::Number(2.5)), ok("2.5"));
        assert_eq!(text(Cell::Number(-12.0)), ok("-12"));
        assert_eq!(Cell::text("  "), Cell::Empty);
        assert!(text(Cell::Error("#N/A".into())).unwrap_err().contains("#N/A"));
    }

    #[test]
    fn reads_date_times_in_every_form() {
        assert_eq!(
            text_dates(&[
                "20.2.2026 14:35",
                "27.02.2026 09:30:00",
                "1.3.2026.",
                "2026-02-21",
                "2026-02-21T10:15:00",
                "2026-02",
                "2026",
                "",
                "02/20/2026 14:35:00",
                "2/20/2026 2:35 PM",
            ]),
            [
                ok("2026-02-20"),
                ok("2026-02-27"),
                ok("2026-03-01"),
                ok("2026-02-21"),
                ok("2026-02-21"),
                ok("2026-02"),
                ok("2026"),
                Ok(None),
                ok("2026-02-20"),
                ok("2026-02-20"),
            ]
        );
        let cells = [
            Cell::Date(NaiveDate::from_ymd_opt(2026, 2, 3).unwrap()),
            Cell::DateTime(
                NaiveDate::from_ymd_opt(2026, 2, 4)
                    .unwrap()
                    .and_hms_opt(23, 59, 0)
                    .unwrap(),
            ),
            Cell::Number(2026.0),
        ];
        assert_eq!(
            english(dates(&cells.iter().collect::<Vec<_>>())),
            [ok("2026-02-03"), ok("2026-02-04"), ok("2026")]
        );
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for bad in [
            "31.2.2026",
            "20.2.26",
            "20.2.2026 25:00",
            "20.2.2026 soon",
            "13/13/2026",
            "2/20/26",
            "tomorrow",
            "2026-02-30",
        ] {
            let r = text_dates(&[bad]);
            let e = r[0].clone().unwrap_err();
            assert!(e.starts_with(&format!("`{bad}` is not a date")), "{bad}: {e}");
        }
        let e = dates(&[&Cell::Error("#REF!".into())])[0].clone().unwrap_err().english();
        assert!(e.contains("#REF!"), "{e}");
    }

    #[test]
    fn the_column_decides_the_order_of_slashed_dates() {
        // One month-first date decides the column.
        assert_eq!(
            text_dates(&["02/20/2026", "03/04/2026", "5/5/2026"]),
            [ok("2026-02-20"), ok("2026-03-04"), ok("2026-05-05")]
        );
        // One day-first date decides it the other way.
        assert_eq!(
            text_dates(&["20/02/2026", "03/04/2026"]),
            [ok("2026-02-20"), ok("2026-04-03")]
        );
        // Nothing decides: refused, naming both readings.
        let r = text_dates(&["03/04/2026"]);
        assert_eq!(
            r[0].clone().unwrap_err(),
            "`03/04/2026` is ambiguous: 4 March 2026 (month first, as US English LibreOffice and Excel write it) or 3 April 2026 (day first), and no other date of the column shows the order; write it as YYYY-MM-DD or D.M.YYYY"
        );
        // Both orders in one column: only the unambiguous ones are read.
        let r = text_dates(&["02/20/2026", "20/02/2026", "03/04/2026"]);
        assert_eq!(r[0], ok("2026-02-20"));
        assert_eq!(r[1], ok("2026-02-20"));
        assert!(r[2].clone().unwrap_err().contains("both orders"), "{r:?}");
    }

    #[test]
    fn an_ambiguous_date_is_explained_in_swedish_and_finnish() {
        use crate::i18n::Catalogue;
        let e = dates(&[&Cell::text("03/04/2026")])[0].clone().unwrap_err();
        assert_eq!(
            e.in_catalogue(Catalogue::of("sv")),
            "`03/04/2026` är tvetydigt: 4 mars 2026 (månaden först, som LibreOffice och Excel på amerikansk engelska skriver) eller 3 april 2026 (dagen först), och inget annat datum i kolumnen visar ordningen; skriv det som ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ"
        );
        assert_eq!(
            e.in_catalogue(Catalogue::of("fi")),
            "`03/04/2026` on monitulkintainen: 4. maaliskuuta 2026 (kuukausi ensin, kuten amerikanenglanninkielinen LibreOffice ja Excel kirjoittavat) tai 3. huhtikuuta 2026 (päivä ensin), eikä mikään muu sarakkeen päivämäärä näytä järjestystä; kirjoita se muodossa VVVV-KK-PP tai P.K.VVVV"
        );
    }
}

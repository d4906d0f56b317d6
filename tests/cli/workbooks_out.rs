//! Workbooks and CSV for Excel out: every report with a CSV form also as
//! `--format xlsx`, read back with calamine (cells and their types), and
//! `--csv-dialect excel`.

use std::io::Read;
use std::path::Path;

use calamine::{Data, Reader};

use crate::common::*;
use crate::history_records::approved_round;
use crate::round::refused;
use crate::workflow::in_comment_round;

/// The cells of the workbook's only sheet `name`.
fn sheet(bytes: &[u8], name: &str) -> Vec<Vec<Data>> {
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes.to_vec())).expect("an xlsx workbook");
    assert_eq!(book.sheet_names(), [name]);
    // No cell holds a formula, whatever its text.
    let formulas = book.worksheet_formula(name).unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "{formulas:?}");
    let range = book.worksheet_range(name).unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    range.rows().map(|r| r.to_vec()).collect()
}

/// The sheet's XML, for what calamine does not read (panes, widths).
fn sheet_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

fn text(s: &str) -> Data {
    Data::String(s.into())
}

fn date_of(d: &Data) -> String {
    match d {
        Data::DateTime(t) => t.as_datetime().unwrap().format("%Y-%m-%d").to_string(),
        other => panic!("not a date cell: {other:?}"),
    }
}

fn headers(rows: &[Vec<Data>]) -> Vec<String> {
    rows[0]
        .iter()
        .map(|h| match h {
            Data::String(s) => s.clone(),
            other => panic!("header {other:?}"),
        })
        .collect()
}

/// The header row is frozen and has a filter, and no column keeps the
/// default width.
fn assert_laid_out(bytes: &[u8], columns: usize) {
    let xml = sheet_xml(bytes);
    assert!(
        xml.contains(r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#),
        "{xml}"
    );
    assert!(xml.contains("<autoFilter ref=\"A1:"), "{xml}");
    assert_eq!(xml.matches("customWidth=\"1\"").count(), columns, "{xml}");
}

#[test]
fn list_as_a_workbook() {
    let repo = TestRepo::example();
    let out = repo
        .cmd()
        .args(["list", "--format", "xlsx", "--lang", "fi"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows = sheet(&out.stdout, "guidelines");
    assert_eq!(headers(&rows), ["number", "id", "theme", "theme_name", "title"]);
    assert_eq!(rows.len(), 17);
    assert_eq!(rows[1][0], Data::Float(1.0));
    assert_eq!(rows[1][1], text("samarbete"));
    assert!(
        matches!(&rows[1][4], Data::String(s) if !s.is_empty()),
        "{:?}",
        rows[1][4]
    );
    assert_laid_out(&out.stdout, 5);
    // --out writes the same bytes, atomically, and says so.
    let file = repo.path().join("linjaukset.xlsx");
    let o = repo
        .cmd()
        .args(["list", "--format", "xlsx", "--lang", "fi", "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(o.status.success());
    // In the terminal's language, which the command's `--lang` names.
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(
        said.contains("kirjoitettiin ") && said.contains("(16 linjausta)"),
        "{said}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), out.stdout);
}

#[test]
fn the_currency_report_as_a_workbook() {
    let d = approved_round();
    let out = d
        .repo
        .cmd()
        .args(["report", "currency", "--as-of", "2021-12-31", "--format", "xlsx"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows = sheet(&out.stdout, "currency");
    assert_eq!(
        headers(&rows)[..5],
        ["number", "id", "title", "status", "approved_date"]
    );
    assert_eq!(rows.len(), 17);
    let s = rows.iter().find(|r| r[1] == text("samarbete")).expect("samarbete");
    assert_eq!(s[0], Data::Float(1.0));
    assert_eq!(s[3], text("in force"));
    assert_eq!(date_of(&s[4]), "2021-10-05");
    assert_eq!(s[5], text("Social- och hälsovårdsministeriet"));
    assert_eq!(s[6], text("VN/1234/2021"));
    assert_eq!(s[8], Data::Bool(true));
    assert_eq!(s[9], Data::Empty);
    assert_eq!(date_of(&s[12]), "2022-10-05");
    assert_eq!(s[13], text("ok"));
    assert_eq!(s[14], Data::Float(0.0));
    assert_laid_out(&out.stdout, 18);
    // The same report, the same bytes.
    let again = d
        .repo
        .cmd()
        .args(["report", "currency", "--as-of", "2021-12-31", "--format", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(again.stdout, out.stdout);
}

/// A comment round with a statement whose text looks like a formula.
fn round_with_a_formula() -> TestRepo {
    let repo = in_comment_round();
    for args in [
        [
            "--from",
            "Ålands landskapsregering – ε",
            "--date",
            "2026-02-10",
            "--guideline",
            "2",
            "--text",
            "=HYPERLINK(\"http://example.org\";\"Klicka\")",
        ],
        [
            "--from",
            "Kommunförbundet",
            "--date",
            "2026-02-11",
            "--guideline",
            "1",
            "--text",
            "Bra; men \"kort\".",
        ],
    ] {
        let mut all = vec!["comment", "add", "2026-1"];
        all.extend_from_slice(&args);
        repo.run_ok(&all);
    }
    repo
}

#[test]
fn the_summary_of_statements_as_a_workbook() {
    let repo = round_with_a_formula();
    let file = repo.path().join("utlatanden.xlsx");
    repo.run_ok(&[
        "report",
        "comments",
        "2026-1",
        "--format",
        "xlsx",
        "--out",
        file.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&file).unwrap();
    let rows = sheet(&bytes, "statements");
    assert_eq!(
        headers(&rows),
        [
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
            "text"
        ]
    );
    assert_eq!(rows.len(), 3);
    let by = |org: &str| rows.iter().find(|r| r[4] == text(org)).expect(org);
    let a = by("Ålands landskapsregering – ε");
    assert!(
        matches!(&a[0], Data::String(s) if s.starts_with("2026-1/S-")),
        "{:?}",
        a[0]
    );
    assert_eq!(a[1], Data::Float(2.0));
    assert_eq!(a[2], text("sakerstallande-av-interoperabiliteten"));
    assert_eq!(a[3], Data::Empty);
    assert_eq!(date_of(&a[5]), "2026-02-10");
    assert_eq!(a[6], text("no"));
    assert_eq!(a[7], text("unanswered"));
    assert_eq!(a[10], text("=HYPERLINK(\"http://example.org\";\"Klicka\")"));
    assert_eq!(by("Kommunförbundet")[10], text("Bra; men \"kort\"."));
    assert_laid_out(&bytes, 11);
}

#[test]
fn a_workbook_is_not_written_to_a_terminal() {
    if !Path::new("/usr/bin/script").exists() {
        assert!(
            std::env::var("CI").map(|v| v != "true").unwrap_or(true),
            "`script` (bsdutils) is needed to give the command a terminal"
        );
        return;
    }
    let repo = round_with_a_formula();
    let bin = assert_cmd::cargo::cargo_bin!("riktlinjer");
    for (args, example) in [
        ("list --format xlsx", "--out riktlinjer.xlsx"),
        ("report currency --format xlsx", "--out aktualitet.xlsx"),
        ("report comments 2026-1 --format xlsx", "--out utlatanden.xlsx"),
    ] {
        let mut cmd = std::process::Command::new("script");
        isolate(&mut cmd);
        let out = cmd
            .current_dir(repo.path())
            .args(["-qec", &format!("{} {args}", bin.display()), "/dev/null"])
            .output()
            .unwrap();
        let shown = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(2), "{args}: {shown}");
        assert!(
            shown.contains("a workbook is binary and cannot be shown in the terminal"),
            "{shown}"
        );
        assert!(shown.contains(example), "{shown}");
        assert!(!shown.contains("PK"), "no zip bytes on the terminal");
    }
}

#[test]
fn csv_for_excel_has_a_bom_semicolons_and_crlf() {
    let repo = round_with_a_formula();
    let standard = repo.run_ok(&["report", "comments", "2026-1", "--format", "csv"]);
    assert!(standard.starts_with("\"id\",\"guideline_number\","), "{standard}");
    assert!(!standard.contains('\r'));
    let out = repo
        .cmd()
        .args([
            "report",
            "comments",
            "2026-1",
            "--format",
            "csv",
            "--csv-dialect",
            "excel",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let excel = String::from_utf8(out.stdout).unwrap();
    assert!(excel.starts_with("\u{feff}\"id\";\"guideline_number\";\"guideline_id\";\"field\";\"organisation\";\"received\";\"late\";\"disposition\";\"reply\";\"addressed_by\";\"text\"\r\n"), "{excel:?}");
    // A text holding the separator is quoted.
    assert!(excel.contains(";\"Bra; men \"\"kort\"\".\"\r\n"), "{excel:?}");
    assert_eq!(excel.matches("\r\n").count(), 3);
    assert_eq!(excel.matches('\n').count(), 3);
    // Read back as Excel would: the same cells as the standard dialect.
    let read = |data: &str, sep: u8| -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .delimiter(sep)
            .from_reader(data.trim_start_matches('\u{feff}').as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    };
    assert_eq!(read(&excel, b';'), read(&standard, b','));
    let list = repo.run_ok(&["list", "--format", "csv", "--csv-dialect", "excel"]);
    assert!(
        list.starts_with("\u{feff}\"number\";\"id\";\"theme\";\"theme_name\";\"title\"\r\n\"1\";\"samarbete\";"),
        "{list}"
    );
    let currency = repo.run_ok(&["report", "currency", "--format", "csv", "--csv-dialect", "excel"]);
    assert!(
        currency.starts_with("\u{feff}\"number\";\"id\";\"title\";"),
        "{currency}"
    );
    refused(
        &repo,
        &["list", "--format", "json", "--csv-dialect", "excel"],
        "--csv-dialect excel: the dialect applies to --format csv only",
    );
}

//! Workbooks in: `comment import` of real `.xlsx` and `.ods` files that
//! LibreOffice makes from CSV written here (Finnish headers, date-time
//! cells, text beyond Latin-1), in both layouts, end to end.

use std::path::{Path, PathBuf};

use calamine::{Data, Reader};

use crate::common::*;
use crate::round::refused;
use crate::workflow::in_comment_round;

/// Convert `csv` (UTF-8, `;`-separated, read in the Finnish locale, so
/// `20.2.2026 14:35` becomes a date-time cell) to `format` with
/// LibreOffice; `None` when soffice is missing outside CI.
pub fn libreoffice_workbook(dir: &Path, name: &str, csv: &str, format: &str) -> Option<PathBuf> {
    let soffice = crate::diff::soffice()?;
    let source = dir.join(format!("{name}.csv"));
    std::fs::write(&source, csv).unwrap();
    let profile = format!("file://{}", dir.join("profile").display());
    let out = std::process::Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile}"))
        // Separator `;`, quote `"`, UTF-8 (76), from line 1, Finnish (1035).
        .args([
            "--headless",
            "--infilter=CSV:59,34,76,1,,1035",
            "--convert-to",
            format,
            "--outdir",
        ])
        .arg(dir)
        .arg(&source)
        .env("HOME", dir)
        .output()
        .expect("run soffice");
    let made = dir.join(format!("{name}.{format}"));
    assert!(
        made.is_file(),
        "LibreOffice did not make {format} (is libreoffice-calc-nogui installed?):\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(made)
}

/// The first sheet's cells, as calamine reads them.
fn cells(path: &Path) -> Vec<Vec<Data>> {
    let mut wb = calamine::open_workbook_auto(path).unwrap();
    let name = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&name).unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

const LONG: &str = "Lausunnonantaja;Lausunto;Linjaus;Päivämäärä;Yhteyshenkilö\n\
Ålands landskapsregering – ε;\"Hyvä; selkeä – ε\";2;20.2.2026 14:35;Anna\n\
Kuntaliitto;Kuvaus on pitkä.;samarbete;27.02.2026 09:30:00;Matti\n\
THL;Yleisesti hyvä.;;21.2.2026;\n";

/// What the round recorded: `(from, guideline, text, received)` per statement.
fn recorded(repo: &TestRepo) -> Vec<(String, String, String, String)> {
    let status = repo.json(&["round", "status", "2026-1", "--format", "json"]);
    let mut got: Vec<_> = status["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let text = |k: &str| s[k].as_str().unwrap_or("").to_string();
            (text("from"), text("guideline"), text("text"), text("received"))
        })
        .collect();
    got.sort();
    got
}

fn row(from: &str, guideline: &str, text: &str, received: &str) -> (String, String, String, String) {
    (from.into(), guideline.into(), text.into(), received.into())
}

#[test]
fn long_workbooks_from_libreoffice_import_with_their_date_cells() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["xlsx", "ods", "xls"] {
        let Some(book) = libreoffice_workbook(dir.path(), "lausunnot", LONG, format) else {
            return;
        };
        // The file really holds date-time and number cells, not text.
        let sheet = cells(&book);
        assert!(
            matches!(&sheet[1][3], Data::DateTime(_) | Data::DateTimeIso(_)),
            "{format}: {:?}",
            sheet[1][3]
        );
        assert!(
            matches!(&sheet[1][2], Data::Float(_) | Data::Int(_)),
            "{format}: {:?}",
            sheet[1][2]
        );
        assert_eq!(sheet[1][0], Data::String("Ålands landskapsregering – ε".into()));

        let repo = in_comment_round();
        let out = repo
            .cmd()
            .args(["comment", "import", "2026-1"])
            .arg(&book)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            stdout.contains(&format!("Imported 3 statements from {}", book.display()))
                && stdout.contains("(sheet `lausunnot`)"),
            "{stdout}"
        );
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.contains("warning: column `Yhteyshenkilö` is not used"),
            "{stderr}"
        );
        assert_eq!(
            recorded(&repo),
            [
                row("Kuntaliitto", "samarbete", "Kuvaus on pitkä.", "2026-02-27"),
                row("THL", "", "Yleisesti hyvä.", "2026-02-21"),
                row(
                    "Ålands landskapsregering – ε",
                    "sakerstallande-av-interoperabiliteten",
                    "Hyvä; selkeä – ε",
                    "2026-02-20"
                ),
            ],
            "{format}"
        );
        repo.cmd().arg("check").assert().success();
    }
}

const WIDE: &str = "Lausunnonantaja;Päivämäärä;Linjaus 1: kommentit;2. Yhteentoimivuus;Kommentit;Yhteyshenkilö\n\
Ålands landskapsregering – ε;20.2.2026 14:35;Hyvä – ε.;;Yleisesti selkeä.;Anna\n\
Kuntaliitto;27.02.2026 09:30:00;;Tarkenna termejä.;;Matti\n\
Kela;21.2.2026;;;;Pekka\n";

#[test]
fn wide_workbooks_from_libreoffice_give_one_statement_per_cell() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["xlsx", "ods"] {
        let Some(book) = libreoffice_workbook(dir.path(), "vastaajat", WIDE, format) else {
            return;
        };
        let repo = in_comment_round();
        let out = repo.run_ok(&[
            "comment",
            "import",
            "2026-1",
            book.to_str().unwrap(),
            "--layout",
            "wide",
        ]);
        assert!(out.contains("Imported 3 statements"), "{out}");
        assert_eq!(
            recorded(&repo),
            [
                row(
                    "Kuntaliitto",
                    "sakerstallande-av-interoperabiliteten",
                    "Tarkenna termejä.",
                    "2026-02-27"
                ),
                row("Ålands landskapsregering – ε", "", "Yleisesti selkeä.", "2026-02-20"),
                row("Ålands landskapsregering – ε", "samarbete", "Hyvä – ε.", "2026-02-20"),
            ],
            "{format}"
        );
    }
}

#[test]
fn bad_cells_of_a_workbook_are_named_by_sheet_and_cell() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "Lausunnonantaja;Päivämäärä;Linjaus 1;Linjaus 99\n\
;20.2.2026;Hyvä.;x\n\
Kuntaliitto;pian;Tarkenna.;\n\
THL;1.3.2026 16:05;Myöhässä.;\n";
    let Some(book) = libreoffice_workbook(dir.path(), "virheet", csv, "xlsx") else {
        return;
    };
    let repo = in_comment_round();
    let shown = book.display().to_string();
    let e = refused(
        &repo,
        &["comment", "import", "2026-1", &shown, "--layout", "wide"],
        &format!("error: {shown}:virheet!D1: column `Linjaus 99`: no guideline `99`"),
    );
    let lines: Vec<&str> = e.lines().collect();
    assert_eq!(
        &lines[1..],
        [
            format!("{shown}:virheet!A2: the organisation that sent the statement (column `Lausunnonantaja`) is empty")
                .as_str(),
            &format!(
                "{shown}:virheet!B3: `pian` is not a date; write YYYY-MM-DD, D.M.YYYY or M/D/YYYY (a time of day after it is allowed), or YYYY-MM or YYYY when only the month or year is known"
            ),
            &format!(
                "{shown}:virheet!B4: received 2026-03-01, outside the comment round (2026-02-01 to 2026-02-28); a late statement is recorded only with --late, and is marked late"
            ),
            "hint: nothing was imported; fix these cells (or name the columns with --map) and run the command again",
        ],
        "{e}"
    );
}

#[test]
fn sheet_picks_a_sheet_of_the_workbook() {
    let repo = in_comment_round();
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet()
        .set_name("Ohje")
        .unwrap()
        .write(0, 0, "Täytä lausunnot seuraavalle välilehdelle.")
        .unwrap();
    let sheet = book.add_worksheet().set_name("Lausunnot 2026").unwrap();
    for (c, h) in ["Organisaatio", "Lausunto", "Pvm"].iter().enumerate() {
        sheet.write(2, c as u16 + 1, *h).unwrap();
    }
    sheet.write(3, 1, "Kela").unwrap();
    sheet.write(3, 2, "Selkeä.").unwrap();
    sheet
        .write_datetime_with_format(
            3,
            3,
            rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 2, 3).unwrap(),
            &rust_xlsxwriter::Format::new().set_num_format("d.m.yyyy"),
        )
        .unwrap();
    sheet.write(4, 1, "THL").unwrap();
    sheet.write(4, 2, 42).unwrap();
    sheet.write(4, 3, "3.2.2026").unwrap();
    let path = repo.path().join("incoming.xlsx");
    book.save(&path).unwrap();
    let shown = path.display().to_string();
    // The first sheet has no statement columns.
    refused(
        &repo,
        &["comment", "import", "2026-1", &shown],
        &format!("{shown}:Ohje!1:1: no column for the organisation"),
    );
    refused(
        &repo,
        &["comment", "import", "2026-1", &shown, "--sheet", "Blad1"],
        "--sheet Blad1: the workbook",
    );
    refused(
        &repo,
        &["comment", "import", "2026-1", &shown, "--encoding", "latin1"],
        "--encoding latin1: ",
    );
    let out = repo.run_ok(&["comment", "import", "2026-1", &shown, "--sheet", "lausunnot 2026"]);
    assert!(
        out.contains("Imported 2 statements") && out.contains("(sheet `Lausunnot 2026`)"),
        "{out}"
    );
    assert_eq!(
        recorded(&repo),
        [
            row("Kela", "", "Selkeä.", "2026-02-03"),
            row("THL", "", "42", "2026-02-03")
        ]
    );
    // A bad cell of a sheet whose name has a space is quoted as Excel does.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Blad 1").unwrap();
    sheet.write(0, 0, "from").unwrap();
    sheet.write(0, 1, "text").unwrap();
    sheet.write(1, 0, "A").unwrap();
    let path = repo.path().join("tom.xlsx");
    book.save(&path).unwrap();
    refused(
        &repo,
        &["comment", "import", "2026-1", path.to_str().unwrap()],
        "tom.xlsx:'Blad 1'!B2: the statement text (column `text`) is empty",
    );
}

#[test]
fn bad_cells_of_a_workbook_are_reported_in_the_operators_language() {
    let repo = in_comment_round();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Blad1").unwrap();
    for (c, h) in ["Organisaatio", "Pvm", "Lausunto"].iter().enumerate() {
        sheet.write(0, c as u16, *h).unwrap();
    }
    for r in 1..6u32 {
        sheet.write(r, 0, format!("Kunta {r}")).unwrap();
        sheet.write(r, 1, "3.2.2026").unwrap();
        sheet.write(r, 2, "Selkeä.").unwrap();
    }
    sheet.write(6, 0, "Kela").unwrap();
    sheet.write(6, 1, "pian").unwrap();
    sheet.write(6, 2, "Tarkenna.").unwrap();
    sheet.write(7, 1, "4.2.2026").unwrap();
    sheet.write(7, 2, "Nimetön.").unwrap();
    let path = repo.path().join("lausunnot.xlsx");
    book.save(&path).unwrap();
    let shown = path.display().to_string();
    let before = (repo.files(), repo.head());
    let fi = fails_with(
        repo.cmd().args(["comment", "import", "2026-1", &shown, "--lang", "fi"]),
        2,
    );
    let lines: Vec<&str> = fi.lines().collect();
    assert_eq!(
        lines,
        [
            format!("virhe: {shown}:Blad1!B7: `pian` ei ole päivämäärä; kirjoita VVVV-KK-PP, P.K.VVVV tai K/P/VVVV (perässä saa olla kellonaika), tai VVVV-KK tai VVVV, kun vain kuukausi tai vuosi tiedetään").as_str(),
            &format!("{shown}:Blad1!A8: lausunnon lähettänyt organisaatio (sarake `Organisaatio`) on tyhjä"),
            "vihje: mitään ei tuotu; korjaa nämä solut (tai nimeä sarakkeet valinnalla --map) ja aja komento uudelleen",
        ],
        "{fi}"
    );
    let sv = fails_with(
        repo.cmd()
            .args(["comment", "import", "2026-1", &shown])
            .env("RIKTLINJER_LANG", "sv"),
        2,
    );
    assert!(
        sv.contains(&format!(
            "{shown}:Blad1!A8: organisationen som skickade utlåtandet (kolumnen `Organisaatio`) är tom"
        )),
        "{sv}"
    );
    assert_eq!((repo.files(), repo.head()), before, "nothing recorded");
    // A sheet that is not there, in Swedish with its hint.
    let sv = fails_with(
        repo.cmd()
            .args(["comment", "import", "2026-1", &shown, "--sheet", "Lausunnot"])
            .env("RIKTLINJER_LANG", "sv"),
        2,
    );
    assert_eq!(
        sv.lines().collect::<Vec<_>>(),
        [
            format!("fel: --sheet Lausunnot: arbetsboken {shown} har inget blad `Lausunnot`; dess blad är: `Blad1`")
                .as_str(),
            "tips: ange ett av dem med --sheet",
        ],
        "{sv}"
    );
}

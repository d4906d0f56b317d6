//! Tests of `report comments`: the summary of statements of a round built
//! with the real commands, in every format; the shipped 2021 record; bad
//! input.

use std::io::Read;
use std::path::Path;

use crate::common::*;
use crate::workflow::{in_comment_round, redact};

fn add(repo: &TestRepo, args: &[&str]) -> String {
    let mut all = vec!["comment", "add", "2026-1"];
    all.extend_from_slice(args);
    statement_id(&repo.run_ok(&all))
}

/// Commit what is staged and edited under guidelines/ with `message`.
fn commit_guidelines(repo: &TestRepo, message: &str) -> String {
    repo.git(&["add", "guidelines"]);
    repo.git(&["commit", "-q", "-m", message]);
    repo.head()
}

/// A round in its comment round with four statements (one late, one on the
/// whole set, one with markup in it) and two edits citing them; nothing
/// answered yet.
struct Round {
    repo: TestRepo,
    /// Kommunförbundet on guideline 1, sv.statement.
    s1: String,
    /// Helsingfors stad on the whole set.
    s2: String,
    /// THL on guideline 6, late, with markup.
    s3: String,
    /// Kommunförbundet on guideline 2.
    s4: String,
    /// The edit of guideline 1, citing s1.
    edit1: String,
    /// The edit of guideline 2, citing s1 and s4.
    edit2: String,
}

fn round_with_statements() -> Round {
    let repo = in_comment_round();
    let s1 = add(
        &repo,
        &[
            "--from",
            "Kommunförbundet",
            "--date",
            "2026-02-10",
            "--guideline",
            "1",
            "--field",
            "sv.statement",
            "--text",
            "Säg tydligt vem som ansvarar för samordningen.",
        ],
    );
    let s2 = add(
        &repo,
        &[
            "--from",
            "Helsingfors stad",
            "--date",
            "2026-02-12",
            "--text",
            "Riktlinjerna är en bra helhet.",
        ],
    );
    let s3 = add(
        &repo,
        &[
            "--from",
            "THL",
            "--date",
            "2026-03-01",
            "--late",
            "--guideline",
            "6",
            "--text",
            "Nämn <script>Kanta</script> & klienter.",
        ],
    );
    let s4 = add(
        &repo,
        &[
            "--from",
            "kommunförbundet",
            "--date",
            "2026-02-20",
            "--guideline",
            "sakerstallande-av-interoperabiliteten",
            "--field",
            "sv.description",
            "--text",
            "Skriv begreppsmodeller, inte begrepp.",
        ],
    );
    repo.edit(
        "guidelines/samarbete.toml",
        "Nationella, regionala och lokala lösningar ska utvecklas i samarbete",
        "Nationella, regionala och lokala lösningar ska utvecklas i samarbete under SHM:s samordning",
    );
    let edit1 = commit_guidelines(
        &repo,
        &format!("Name who coordinates in guideline 1\n\nAddresses: {s1}\n"),
    );
    repo.edit(
        "guidelines/sakerstallande-av-interoperabiliteten.toml",
        "enhetliga begrepp, informationsinnehåll",
        "enhetliga begreppsmodeller, informationsinnehåll",
    );
    let edit2 = commit_guidelines(
        &repo,
        &format!("Speak of concept models in guideline 2\n\nAddresses: {s4}, {s1}\n"),
    );
    Round {
        repo,
        s1,
        s2,
        s3,
        s4,
        edit1,
        edit2,
    }
}

/// Answer every statement, give notice and approve.
fn answer_and_approve(r: &Round) {
    let repo = &r.repo;
    repo.run_ok(&[
        "comment",
        "answer",
        "2026-1",
        &r.s1,
        "accepted",
        "--reply",
        "Texten nämner nu SHM:s samordning.",
    ]);
    repo.run_ok(&["comment", "answer", "2026-1", &r.s2, "noted", "--reply", "Tack."]);
    repo.run_ok(&[
        "comment",
        "answer",
        "2026-1",
        &r.s3,
        "rejected",
        "--reply",
        "Kanta behandlas i riktlinje 6 <redan>.",
    ]);
    repo.run_ok(&[
        "comment",
        "answer",
        "2026-1",
        &r.s4,
        "partly",
        "--reply",
        "Begreppsmodeller nämns.",
    ]);
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "2026-03-01"]);
    repo.run_ok(&[
        "round",
        "approve",
        "2026-1",
        "--date",
        "2026-03-02",
        "--decision",
        "VN/1234/2026",
    ]);
}

fn comments(repo: &TestRepo, format: &str) -> String {
    repo.run_ok(&["report", "comments", "2026-1", "--format", format])
}

#[test]
fn unanswered_statements_are_flagged_while_the_round_runs() {
    let r = round_with_statements();
    let out = r.repo.cmd().args(["report", "comments", "2026-1"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "no progress bar or warning when standard error is not a terminal"
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(
        md.contains("**4 utlåtanden från 3 organisationer; 1 för sent inkommet; 0 besvarade, 4 obesvarade.**"),
        "{md}"
    );
    assert!(
        md.contains("Inget godkännande har registrerats; omgången är öppen, skede: Utlåtanderunda."),
        "{md}"
    );
    let unanswered = md
        .split("## Obesvarade utlåtanden\n\n")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .expect("an unanswered section");
    assert_eq!(
        unanswered.lines().collect::<Vec<_>>(),
        [
            format!("- `{}` från Kommunförbundet om 1. Samarbete", r.s1),
            format!(
                "- `{}` från kommunförbundet om 2. Säkerställande av interoperabiliteten",
                r.s4
            ),
            format!(
                "- `{}` från THL om 6. Omedelbar Kanta-registrering och överlåtelse av information",
                r.s3
            ),
            format!("- `{}` från Helsingfors stad om Riktlinjerna som helhet", r.s2),
        ]
    );
    assert_eq!(
        md.matches("**OBESVARAT:** inget svar har registrerats ännu.").count(),
        4
    );
    let json: serde_json::Value = serde_json::from_str(&comments(&r.repo, "json")).unwrap();
    assert_eq!(json["unanswered"].as_array().unwrap().len(), 4);
    assert_eq!(
        json["by_disposition"][4],
        serde_json::json!({"disposition": "unanswered", "count": 4})
    );
}

#[test]
fn a_full_round_summarised_in_every_format() {
    let r = round_with_statements();
    answer_and_approve(&r);
    let repo = &r.repo;

    // Markdown: the whole document.
    let md = comments(repo, "markdown");
    insta::assert_snapshot!("comments_markdown", redact(&md));
    assert!(!md.contains("OBESVARAT"), "{md}");
    assert!(
        md.contains("Godkänd 2026-03-02 av Social- och hälsovårdsministeriet (SHM), beslut VN/1234/2026."),
        "{md}"
    );

    // JSON: sections in number order, the whole set last; citations found.
    let json: serde_json::Value = serde_json::from_str(&comments(repo, "json")).unwrap();
    let sections: Vec<serde_json::Value> = json["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["guideline"]["number"].clone())
        .collect();
    assert_eq!(
        sections,
        [
            serde_json::json!(1),
            serde_json::json!(2),
            serde_json::json!(6),
            serde_json::Value::Null
        ]
    );
    assert_eq!(json["statements"], 4);
    assert_eq!(json["organisations"], 3, "organisations are counted case-insensitively");
    assert_eq!(json["late"], 1);
    assert_eq!(json["guidelines_without_statements"], 13);
    let s1 = &json["sections"][0]["statements"][0];
    assert_eq!(s1["id"], r.s1.as_str());
    assert_eq!(s1["field_label"], "Riktlinje");
    let cited_by: Vec<&str> = s1["addressed_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["commit"].as_str().unwrap())
        .collect();
    assert_eq!(cited_by, [r.edit1.as_str(), r.edit2.as_str()], "oldest first");
    let change = &s1["addressed_by"][0]["changes"][0];
    assert_eq!(change["id"], "samarbete");
    assert_eq!(change["status"], "modified");
    assert_eq!(change["fields"][0]["field"], "sv.statement");
    assert_eq!(
        change["fields"][0]["hunks"],
        serde_json::json!([{"old": "", "new": "under SHM:s samordning"}])
    );
    let s4 = &json["sections"][1]["statements"][0];
    assert_eq!(s4["answer"]["disposition"], "partly");
    assert_eq!(
        s4["addressed_by"][0]["changes"][0]["fields"][0]["hunks"],
        serde_json::json!([{"old": "begrepp", "new": "begreppsmodeller"}])
    );
    let by_org: Vec<(String, u64, u64)> = json["by_organisation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["organisation"].as_str().unwrap().to_string(),
                o["statements"].as_u64().unwrap(),
                o["accepted"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        by_org,
        [
            ("Helsingfors stad".to_string(), 1, 0),
            ("Kommunförbundet".into(), 2, 1),
            ("THL".into(), 1, 0)
        ]
    );

    // CSV: one row per statement, field by field.
    let csv_text = comments(repo, "csv");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        header,
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
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[0],
        [
            r.s1.as_str(),
            "1",
            "samarbete",
            "sv.statement",
            "Kommunförbundet",
            "2026-02-10",
            "no",
            "accepted",
            "Texten nämner nu SHM:s samordning.",
            &format!("{} {}", r.edit1, r.edit2),
            "Säg tydligt vem som ansvarar för samordningen.",
        ]
    );
    assert_eq!(rows[1][0], r.s4);
    assert_eq!(rows[1][9], r.edit2);
    assert_eq!(
        rows[2],
        [
            r.s3.as_str(),
            "6",
            "omedelbar-kanta-registrering-och",
            "",
            "THL",
            "2026-03-01",
            "yes",
            "rejected",
            "Kanta behandlas i riktlinje 6 <redan>.",
            "",
            "Nämn <script>Kanta</script> & klienter.",
        ]
    );
    assert_eq!(
        rows[3],
        [
            r.s2.as_str(),
            "",
            "",
            "",
            "Helsingfors stad",
            "2026-02-12",
            "no",
            "noted",
            "Tack.",
            "",
            "Riktlinjerna är en bra helhet."
        ]
    );

    // HTML: escaped by construction, self-contained, printable.
    let html = comments(repo, "html");
    assert!(!html.contains("<script>"), "guideline text must be escaped");
    assert!(
        html.contains("Nämn &lt;script&gt;Kanta&lt;&#x2f;script&gt; &amp; klienter."),
        "{html}"
    );
    assert!(html.contains("@media print"));
    assert!(
        html.contains("<del>begrepp</del> → <ins>begreppsmodeller</ins>"),
        "{html}"
    );
    assert!(html.contains("<html lang=\"sv\">"), "{html}");
    assert!(html.contains("<span class=\"disposition d-partly\">delvis accepterad</span>"));
    insta::assert_snapshot!("comments_html", redact(&html));

    // DOCX: a package whose document holds every statement and answer.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("utlatanden.docx");
    let out = repo
        .cmd()
        .args(["report", "comments", "2026-1", "--format", "docx", "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stdout_of(&out), "");
    assert!(String::from_utf8_lossy(&out.stderr).contains("(4 statements, 0 unanswered)"));
    let xml = document_xml(&file);
    for text in [
        "Sammandrag av utlåtandena: Revision 2026",
        "Nämn &lt;script&gt;Kanta&lt;/script&gt; &amp; klienter.",
        "Svar (delvis accepterad): ",
        "Begreppsmodeller nämns.",
        "Kommunförbundet",
        "sv.description: ",
    ] {
        assert!(xml.contains(text), "document.xml lacks {text:?}");
    }
    assert!(
        xml.contains(
            r#"<w:r><w:rPr><w:strike/><w:color w:val="990000"/><w:lang w:val="sv-FI"/></w:rPr><w:t xml:space="preserve">begrepp</w:t></w:r>"#
        ),
        "removed words are struck through"
    );
    assert!(!xml.contains("<w:ins "), "a summary has no tracked changes");
    insta::assert_snapshot!("comments_docx_document_xml", redact(&xml.replace("<w:p>", "\n<w:p>")));
    libreoffice_reads(&file, &["Säg tydligt vem som ansvarar för samordningen.", "Tack."]);

    // --out gives the bytes standard output gives.
    for format in ["markdown", "csv", "html", "json"] {
        let file = dir.path().join(format!("c.{format}"));
        repo.run_ok(&[
            "report",
            "comments",
            "2026-1",
            "--format",
            format,
            "--out",
            file.to_str().unwrap(),
        ]);
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            comments(repo, format),
            "{format}"
        );
    }
}

fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `word/document.xml` of a .docx file.
pub fn document_xml(file: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).expect("a zip package");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .unwrap();
    for part in ["[Content_Types].xml", "word/styles.xml", "docProps/core.xml"] {
        assert!(zip.by_name(part).is_ok(), "the package lacks {part}");
    }
    xml
}

/// Open the file in LibreOffice (when installed; required in CI) and
/// check its text.
fn libreoffice_reads(file: &Path, texts: &[&str]) {
    let Some(soffice) = crate::diff::soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let profile = format!("file://{}", dir.path().join("profile").display());
    let out = std::process::Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", "txt:Text", "--outdir"])
        .arg(dir.path())
        .arg(file)
        .env("HOME", dir.path())
        .output()
        .expect("run soffice");
    let name = file.file_stem().unwrap().to_string_lossy().to_string() + ".txt";
    let text = std::fs::read_to_string(dir.path().join(&name)).unwrap_or_else(|_| {
        panic!(
            "LibreOffice did not convert the docx:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    for t in texts {
        assert!(text.contains(t), "LibreOffice does not read {t:?} in:\n{text}");
    }
}

#[test]
fn a_commit_citing_an_unknown_statement_is_named() {
    let r = round_with_statements();
    r.repo
        .edit("guidelines/samarbete.toml", "i samarbete", "i nära samarbete");
    commit_guidelines(&r.repo, "Tighten guideline 1\n\nAddresses: 2026-1/S-000000\n");
    let out = r.repo.cmd().args(["report", "comments", "2026-1"]).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cites 2026-1/S-000000, but round 2026-1 has no such statement"),
        "{err}"
    );
}

#[test]
fn problems_in_the_records_are_named_and_the_summary_still_made() {
    let r = round_with_statements();
    let file = format!("reviews/2026-1/statements/{}.toml", r.s2.split('/').nth(1).unwrap());
    r.repo.edit(&file, "en bra helhet", "en utmärkt helhet");
    r.repo.commit_all("Edit a recorded statement (which must not be done)");
    let out = r.repo.cmd().args(["report", "comments", "2026-1"]).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "warning: {file}:1:1: the id {} does not match the statement's content",
            r.s2
        )),
        "{err}"
    );
    assert!(stdout_of(&out).contains("Riktlinjerna är en utmärkt helhet."));
}

#[test]
fn a_round_without_statements_says_so() {
    let repo = in_comment_round();
    let md = repo.run_ok(&["report", "comments", "2026-1"]);
    assert!(
        md.contains("**Inga utlåtanden har registrerats för omgång 2026-1.**"),
        "{md}"
    );
    assert!(!md.contains("| Behandling |"), "{md}");
    let csv_text = repo.run_ok(&["report", "comments", "2026-1", "--format", "csv"]);
    assert_eq!(csv_text.lines().count(), 1, "the header only: {csv_text}");
    let html = repo.run_ok(&["report", "comments", "2026-1", "--format", "html"]);
    assert!(html.contains("Inga utlåtanden har registrerats för omgång 2026-1."));
}

#[test]
fn the_shipped_2021_record_has_no_statements_and_no_approval() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = |format: &str| {
        let out = riktlinjer_in(root)
            .args(["report", "comments", "2021-1", "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let md = run("markdown");
    for line in [
        "# Sammandrag av utlåtandena: Riktlinjer för informationshanteringen inom social- och hälsovården, första utgåvan 2021",
        "Omgång 2021-1 (revideringsomgång), inledd 2021-03, 16 riktlinjer.",
        "Utlåtanderunda från 2021-08 till 2021-09.",
        "Inget godkännande har registrerats; omgången är öppen, skede: För kännedom till samarbetsgruppen för informationshantering.",
        "**Inga utlåtanden har registrerats för omgång 2021-1.**",
        "Anteckning om utlåtanderundan:",
        "> Publikationen: utlåtanderunda 8–9/2021, varefter ordnas SHM:s linjeorganisationsbehandlingar. Utlåtandena och svaren på dem ingår inte i källan och är inte registrerade.",
    ] {
        assert!(md.contains(line), "lacks {line:?} in:\n{md}");
    }
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(json["statements"], 0);
    assert_eq!(json["sections"], serde_json::json!([]));
    assert_eq!(json["round"]["approval"], serde_json::Value::Null);
    assert_eq!(json["round"]["state"], "open");
    assert_eq!(run("csv").lines().count(), 1);
}

#[test]
fn an_unknown_round_lists_the_rounds_and_writes_nothing() {
    let r = round_with_statements();
    let before = r.repo.files();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.md");
    let err = fails_with(
        r.repo.cmd().args(["report", "comments", "2026-2", "--out"]).arg(&file),
        2,
    );
    assert!(
        err.contains("error: no review round `2026-2` in reviews/ (did you mean `2026-1`?); the rounds are: 2026-1"),
        "{err}"
    );
    assert!(
        err.contains("hint: `riktlinjer round status` lists the rounds"),
        "{err}"
    );
    assert!(!file.exists(), "nothing written");
    assert_eq!(r.repo.files(), before);

    // A round recorded with --no-commit is named as uncommitted.
    r.repo.run_ok(&[
        "round",
        "open",
        "2026-2",
        "--title",
        "Nästa",
        "--date",
        "2026-03-01",
        "--no-commit",
    ]);
    let err = fails_with(r.repo.cmd().args(["report", "comments", "2026-2"]), 4);
    assert!(
        err.contains("round 2026-2 is in the working tree but not committed"),
        "{err}"
    );

    // Outside a repository.
    let empty = TestRepo::bare_dir();
    let err = fails_with(empty.cmd().args(["report", "comments", "2026-1"]), 4);
    assert!(err.contains("is not inside a git repository"), "{err}");
}

#[test]
fn docx_to_a_terminal_is_refused_before_any_work() {
    if !Path::new("/usr/bin/script").exists() {
        // Under CI=true the tool must be there: a missing one fails.
        assert!(
            std::env::var("CI").map(|v| v != "true").unwrap_or(true),
            "`script` (util-linux) is missing; it gives the command a terminal"
        );
        eprintln!("note: `script` is missing; cannot give the command a terminal (under CI=true this fails)");
        return;
    }
    let r = round_with_statements();
    let before = r.repo.files();
    let bin = assert_cmd::cargo::cargo_bin!("riktlinjer");
    let mut cmd = std::process::Command::new("script");
    isolate(&mut cmd);
    let out = cmd
        .current_dir(r.repo.path())
        .args([
            "-qec",
            &format!("{} report comments 2026-1 --format docx", bin.display()),
            "/dev/null",
        ])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{shown}");
    assert!(shown.contains("a Word document is binary"), "{shown}");
    assert!(shown.contains("--out utlatanden.docx"), "{shown}");
    assert!(!shown.contains("PK"), "no zip bytes on the terminal");
    assert_eq!(r.repo.files(), before);
}

/// A part of a .docx file.
fn docx_part(file: &Path, part: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).expect("a zip package");
    let mut xml = String::new();
    zip.by_name(part).expect(part).read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn lang_gives_finnish_or_english_wording_and_keeps_csv_and_json_keys() {
    let r = round_with_statements();
    answer_and_approve(&r);
    let repo = &r.repo;
    let run =
        |format: &str, lang: &str| repo.run_ok(&["report", "comments", "2026-1", "--format", format, "--lang", lang]);

    // Finnish: headings, sentences, tables and dispositions; the titles
    // the collection has only in Swedish stay Swedish.
    let md = run("markdown", "fi");
    for line in [
        "# Lausuntotiivistelmä: Revision 2026\n",
        "\nSosiaali- ja terveydenhuollon tiedonhallinnan linjaukset\n",
        "Kierros 2026-1 (päivityskierros), aloitettu 2026-01-05, 16 linjausta.",
        "Lausuntokierros 2026-02-01 – 2026-02-28.",
        "Hyväksytty 2026-03-02, hyväksyjä Social- och hälsovårdsministeriet (SHM), päätös VN/1234/2026.",
        "**4 lausuntoa 3 organisaatiolta; myöhässä 1; vastattu 4, vastaamatta 0.**",
        "| Käsittely | Lausunnot |",
        "| osittain hyväksytty | 1 |",
        "| merkitty tiedoksi | 1 |",
        "| Organisaatio | Lausunnot | Hyväksytyt | Osittain hyväksytyt | Hylätyt | Tiedoksi merkityt | Vastaamatta |",
        "## 1. Samarbete",
        "Saapunut 2026-02-10 · kenttä: Linjaus (sv.statement)",
        "Saapunut 2026-03-01 (myöhässä: lausuntokierroksen ulkopuolella)",
        "**Vastaus (hyväksytty):** Texten nämner nu SHM:s samordning.",
        "**Vastaus (hylätty):** Kanta behandlas",
        "Muutettu lausunnon johdosta:",
        "## Linjaukset kokonaisuutena",
        "Kierroksen 13 muusta linjauksesta ei ole annettu lausuntoja.",
    ] {
        assert!(md.contains(line), "lacks {line:?} in:\n{md}");
    }
    for english_or_swedish in ["Summary", "Answer", "Received", "Sammandrag", "Svar", "Inkom"] {
        assert!(!md.contains(english_or_swedish), "{english_or_swedish} in:\n{md}");
    }
    let html = run("html", "fi");
    for part in [
        "<html lang=\"fi\">",
        "<title>Lausuntotiivistelmä: Revision 2026</title>",
        "<h1>Lausuntotiivistelmä: Revision 2026</h1>",
        "<th>Käsittely</th><th>Lausunnot</th>",
        "<span class=\"disposition d-partly\">osittain hyväksytty</span>",
        "<p>Muutettu lausunnon johdosta:</p>",
        "Saapunut 2026-03-01 <span class=\"late\">(myöhässä: lausuntokierroksen ulkopuolella)</span>",
    ] {
        assert!(html.contains(part), "lacks {part:?} in:\n{html}");
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lausunnot.docx");
    repo.run_ok(&[
        "report",
        "comments",
        "2026-1",
        "--format",
        "docx",
        "--lang",
        "fi",
        "--out",
        file.to_str().unwrap(),
    ]);
    let xml = document_xml(&file);
    for text in [
        "Lausuntotiivistelmä: Revision 2026",
        "Vastaus (osittain hyväksytty): ",
        ">Käsittely<",
        "Kierroksen 13 muusta linjauksesta ei ole annettu lausuntoja.",
    ] {
        assert!(xml.contains(text), "document.xml lacks {text:?}");
    }
    let core = docx_part(&file, "docProps/core.xml");
    assert!(core.contains("<dc:language>fi-FI</dc:language>"), "{core}");
    assert!(core.contains("<dc:creator>riktlinjer</dc:creator>"), "{core}");

    // English.
    let md = run("markdown", "en");
    for line in [
        "# Summary of statements: Revision 2026\n",
        "\nGuidelines for information management in social and health care\n",
        "Review round 2026-1 (revision round), opened 2026-01-05, 16 guidelines.",
        "Comment round 2026-02-01 to 2026-02-28.",
        "Approved 2026-03-02 by Social- och hälsovårdsministeriet (SHM), decision VN/1234/2026.",
        "**4 statements from 3 organisations; 1 late; 4 answered, 0 unanswered.**",
        "| Disposition | Statements |",
        "| partly accepted | 1 |",
        "Received 2026-02-10 · field: Guideline (sv.statement)",
        "**Answer (partly accepted):** Begreppsmodeller nämns.",
        "Changed in answer:",
        "## The guidelines as a whole",
        "No statement concerns the other 13 guidelines in the round's scope.",
    ] {
        assert!(md.contains(line), "lacks {line:?} in:\n{md}");
    }
    let html = run("html", "en");
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(html.contains("<h1>Summary of statements: Revision 2026</h1>"), "{html}");
    assert!(
        html.contains("<span class=\"disposition d-noted\">noted</span>"),
        "{html}"
    );

    // CSV and JSON keep their English keys and values in every language.
    assert_eq!(run("csv", "fi"), comments(repo, "csv"));
    let json: serde_json::Value = serde_json::from_str(&run("json", "fi")).unwrap();
    assert_eq!(json["lang"], "fi");
    assert_eq!(json["sections"][1]["statements"][0]["answer"]["disposition"], "partly");
    assert_eq!(json["sections"][0]["statements"][0]["field_label"], "Linjaus");
    assert_eq!(
        json["collection_title"],
        "Sosiaali- ja terveydenhuollon tiedonhallinnan linjaukset"
    );
}

#[test]
fn an_unknown_lang_names_the_collections_languages_and_writes_nothing() {
    let r = round_with_statements();
    let before = r.repo.files();
    let dir = tempfile::tempdir().unwrap();
    for format in ["markdown", "html", "docx", "csv"] {
        let file = dir.path().join(format!("x.{format}"));
        let err = fails_with(
            r.repo
                .cmd()
                .args([
                    "report", "comments", "2026-1", "--lang", "de", "--format", format, "--out",
                ])
                .arg(&file),
            2,
        );
        assert!(
            err.contains("error: the collection has no language `de`; its languages are: sv, fi, en"),
            "{format}: {err}"
        );
        assert!(!file.exists(), "{format}: nothing written");
    }
    assert_eq!(r.repo.files(), before);
}

//! Tests of `diff`.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use serde_json::Value;

use crate::common::*;

/// The rewritten actor paragraph of the snapshot tests (guideline 1, client).
const KLIENT_OLD: &str = "Klienten behöver inte undra via vilka IKT-lösningar klienten får den tjänst som hen behöver.";
const KLIENT_NEW: &str = "Klienten behöver aldrig fundera över via vilka digitala lösningar hen får den tjänst som hen behöver, och kan lita på att tjänsterna fungerar tillsammans.";

/// The shipped 16 guidelines, committed, with one actor paragraph rewritten
/// in the working tree.
fn example_with_rewritten_paragraph() -> TestRepo {
    let repo = TestRepo::example();
    repo.edit("guidelines/samarbete.toml", KLIENT_OLD, KLIENT_NEW);
    repo
}

/// Replace commit ids (full and short) by stable names, so snapshots do not
/// depend on the shipped data's exact bytes.
fn redact(repo: &TestRepo, text: &str) -> String {
    let head = repo.head();
    text.replace(&head, "<HEAD>").replace(&head[..7], "<head>")
}

/// Every hunk as (number, field, old, new).
fn hunks(diff: &Value) -> Vec<(u64, String, String, String)> {
    let mut out = Vec::new();
    for g in diff["guidelines"].as_array().expect("guidelines") {
        for f in g["fields"].as_array().expect("fields") {
            for h in f["hunks"].as_array().expect("hunks") {
                out.push((
                    g["number"].as_u64().expect("number"),
                    f["field"].as_str().expect("field").to_string(),
                    h["old"].as_str().expect("old").to_string(),
                    h["new"].as_str().expect("new").to_string(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn the_corrected_edition_differs_from_the_export_by_exactly_the_corrected_words() {
    let repo = TestRepo::empty();
    let source = fixture("source/001_9e08dc07685ac769.txt");
    let corrected = fixture("published-2021-sv-corrected.txt");
    repo.run_ok(&["import", source.to_str().unwrap()]);
    repo.commit_all("Import the published text export");
    repo.run_ok(&["import", corrected.to_str().unwrap()]);
    repo.commit_all("Correct the typing errors");

    let diff = repo.json(&["diff", "HEAD~1", "HEAD", "--format", "json"]);

    let tsv = std::fs::read_to_string(fixture("corrections.tsv")).unwrap();
    let mut expected: Vec<(u64, String, String, String)> = tsv
        .lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let field = match cols[1] {
                "title" | "statement" | "description" => format!("sv.{}", cols[1]),
                actor => format!("sv.actors.{actor}"),
            };
            (
                cols[0].parse().unwrap(),
                field,
                cols[2].to_string(),
                cols[3].to_string(),
            )
        })
        .collect();
    expected.sort();
    assert_eq!(expected.len(), 20);
    assert_eq!(hunks(&diff), expected);

    assert_eq!(diff["from"], repo.git(&["rev-parse", "HEAD~1"]).trim());
    assert_eq!(diff["to"], repo.head());
    for g in diff["guidelines"].as_array().unwrap() {
        assert_eq!(g["status"], "modified", "{g}");
        assert!(g.get("old_number").is_none(), "{g}");
    }
}

#[test]
fn text_format_marks_changes_and_ends_with_a_summary() {
    let repo = example_with_rewritten_paragraph();
    let out = redact(&repo, &repo.run_ok(&["diff"]));
    insta::assert_snapshot!("diff_text", out);
}

#[test]
fn text_format_colours_when_asked() {
    let repo = example_with_rewritten_paragraph();
    let out = repo.run_ok(&["diff", "--color", "always"]);
    assert!(out.contains("\u{1b}[31minte\u{1b}[0m"), "{out}");
    assert!(out.contains("\u{1b}[32maldrig\u{1b}[0m"), "{out}");
    assert!(!out.contains("[-"), "{out}");
}

#[test]
fn markdown_format_strikes_and_bolds() {
    let repo = example_with_rewritten_paragraph();
    let out = redact(&repo, &repo.run_ok(&["diff", "--format", "markdown"]));
    insta::assert_snapshot!("diff_markdown", out);
}

#[test]
fn html_format_is_a_side_by_side_page() {
    let repo = example_with_rewritten_paragraph();
    let out = redact(&repo, &repo.run_ok(&["diff", "--format", "html"]));
    assert!(out.contains("<table class=\"sbs\">"));
    assert!(!out.contains("<script"));
    insta::assert_snapshot!("diff_html", out);
}

#[test]
fn html_escapes_guideline_text() {
    let repo = TestRepo::example();
    repo.edit(
        "guidelines/samarbete.toml",
        KLIENT_OLD,
        "Klienten <script>alert(1)</script> & \\\"hen\\\".",
    );
    let out = repo.run_ok(&["diff", "--format", "html"]);
    assert!(!out.contains("<script>alert"), "{out}");
    assert!(out.contains("&lt;script&gt;"), "{out}");
    assert!(out.contains("&amp;"), "{out}");
}

#[test]
fn json_format_follows_the_contract() {
    let repo = example_with_rewritten_paragraph();
    let out = redact(&repo, &repo.run_ok(&["diff", "--format", "json"]));
    insta::assert_snapshot!("diff_json", out);
    let diff: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(diff["to"], "working tree");
    let g = &diff["guidelines"][0];
    assert_eq!(
        (g["id"].as_str(), g["number"].as_u64(), g["status"].as_str()),
        (Some("samarbete"), Some(1), Some("modified"))
    );
    assert_eq!(g["fields"][0]["field"], "sv.actors.klient");
}

fn docx_part(path: &Path, part: &str) -> String {
    let file = std::fs::File::open(path).expect("the docx exists");
    let mut zip = zip::ZipArchive::new(file).expect("a docx is a zip archive");
    let mut s = String::new();
    zip.by_name(part)
        .unwrap_or_else(|_| panic!("{part} in the docx"))
        .read_to_string(&mut s)
        .unwrap();
    s
}

#[test]
fn docx_format_tracks_every_change_with_author_and_date() {
    let repo = example_with_rewritten_paragraph();
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("changes.docx");
    let before = repo.files();
    let note = repo
        .cmd()
        .args(["diff", "--format", "docx", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(note.status.success());
    assert!(String::from_utf8_lossy(&note.stderr).contains("1 guideline changed"));
    assert_eq!(repo.files(), before);

    let xml = docx_part(&out, "word/document.xml");
    // 10:00 at +02:00 is 08:00 UTC.
    let attribution = r#"w:author="Sara Sekreterare" w:date="2026-03-02T08:00:00Z""#;
    assert_eq!(xml.matches("<w:del w:id=").count(), 2, "{xml}");
    assert_eq!(xml.matches("<w:ins w:id=").count(), 3, "{xml}");
    assert_eq!(xml.matches(attribution).count(), 5, "{xml}");
    assert!(xml.contains(r#"<w:delText xml:space="preserve">inte undra</w:delText>"#));
    assert!(xml.contains(r#"<w:t xml:space="preserve">aldrig fundera över</w:t>"#));
    // The whole new text: all 16 guidelines under their themes.
    assert_eq!(xml.matches(r#"<w:pStyle w:val="Heading2"/>"#).count(), 16);
    assert_eq!(xml.matches(r#"<w:pStyle w:val="Heading1"/>"#).count(), 4);
    insta::assert_snapshot!("diff_docx_document_xml", redact(&repo, &xml));

    assert!(docx_part(&out, "[Content_Types].xml").contains("/word/document.xml"));
    assert!(docx_part(&out, "word/settings.xml").contains("<w:trackRevisions/>"));
}

#[test]
fn docx_of_added_and_removed_guidelines_tracks_whole_paragraphs() {
    let repo = TestRepo::example();
    let removed = repo.read("guidelines/samarbete.toml");
    std::fs::remove_file(repo.path().join("guidelines/samarbete.toml")).unwrap();
    repo.write(
        "guidelines/ny-riktlinje.toml",
        removed.replace("Samarbete", "Ny riktlinje"),
    );
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("d.docx");
    repo.run_ok(&["diff", "--format", "docx", "--out", out.to_str().unwrap()]);
    let xml = docx_part(&out, "word/document.xml");
    // The heading (number and title), then eight field labels and eight
    // paragraphs, every paragraph mark tracked too.
    assert_eq!(xml.matches("<w:rPr><w:ins ").count(), 17, "{xml}");
    assert_eq!(xml.matches("<w:rPr><w:del ").count(), 17, "{xml}");
    assert!(xml.contains(r#"<w:delText xml:space="preserve">Samarbete</w:delText>"#));
    assert!(xml.contains(r#"<w:t xml:space="preserve">Ny riktlinje</w:t>"#));
}

/// `soffice`, or why not. In CI (CI=true) its absence is a failure: the
/// docx must be shown to open in LibreOffice there.
pub fn soffice() -> Option<std::path::PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("soffice"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var("CI").map(|v| v != "true").unwrap_or(true),
            "soffice (LibreOffice) is not installed; .ci/run installs libreoffice-writer-nogui and libreoffice-calc-nogui"
        );
        eprintln!(
            "note: soffice is not installed, so LibreOffice does not check the document in this run (under CI=true this fails)"
        );
    }
    found
}

#[test]
fn docx_opens_in_libreoffice_with_the_tracked_changes() {
    let Some(soffice) = soffice() else { return };
    let repo = example_with_rewritten_paragraph();
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("changes.docx");
    repo.run_ok(&["diff", "--format", "docx", "--out", docx.to_str().unwrap()]);
    let profile = format!("file://{}", dir.path().join("profile").display());
    let out = std::process::Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", "fodt", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .env("HOME", dir.path())
        .output()
        .expect("run soffice");
    let fodt = dir.path().join("changes.fodt");
    assert!(
        fodt.is_file(),
        "LibreOffice did not convert the docx:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut odt = std::fs::read_to_string(&fodt).unwrap();
    // Every run carries the document's language, which LibreOffice keeps
    // as an automatic text style around each piece: read the text without.
    odt = odt.replace("</text:span>", "");
    for n in 1..10 {
        odt = odt.replace(&format!("<text:span text:style-name=\"T{n}\">"), "");
    }
    // LibreOffice read real tracked changes: two deletions and three
    // insertions, each by the author.
    assert_eq!(odt.matches("<text:deletion>").count(), 2, "{odt}");
    assert_eq!(odt.matches("<text:insertion>").count(), 3, "{odt}");
    assert_eq!(odt.matches("<dc:creator>Sara Sekreterare</dc:creator>").count(), 5);
    for text in [
        "inte undra",
        "aldrig fundera över",
        "IKT-lösningar klienten",
        "digitala lösningar hen",
    ] {
        assert!(
            odt.contains(&format!("\"/>{text}<text:change-end")),
            "{text} is not a tracked change"
        );
    }
    // Unchanged text and headings are there too.
    assert!(odt.contains("Serviceanordnaren utnyttjar nationellt tillhandahållna tjänster fullt ut."));
    assert!(odt.contains(">Informationssystemleverantörer</text:h>"));
}

#[test]
fn docx_to_a_terminal_is_refused_with_a_hint() {
    let repo = example_with_rewritten_paragraph();
    if !Path::new("/usr/bin/script").exists() {
        // Under CI=true the tool must be there: a missing one fails.
        assert!(
            std::env::var("CI").map(|v| v != "true").unwrap_or(true),
            "`script` (util-linux) is missing; it gives the command a terminal"
        );
        eprintln!("note: `script` is missing; cannot give the command a terminal (under CI=true this fails)");
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin!("riktlinjer");
    let mut cmd = std::process::Command::new("script");
    isolate(&mut cmd);
    let out = cmd
        .current_dir(repo.path())
        .args(["-qec", &format!("{} diff --format docx", bin.display()), "/dev/null"])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{shown}");
    assert!(shown.contains("a Word document is binary"), "{shown}");
    assert!(shown.contains("--out changes.docx"), "{shown}");
}

#[test]
fn out_writes_the_same_bytes_as_standard_output() {
    let repo = example_with_rewritten_paragraph();
    let dir = tempfile::tempdir().unwrap();
    for format in ["text", "markdown", "html", "json", "docx"] {
        let file = dir.path().join(format!("d.{format}"));
        repo.run_ok(&["diff", "--format", format, "--out", file.to_str().unwrap()]);
        let stdout = repo.cmd().args(["diff", "--format", format]).output().unwrap().stdout;
        assert_eq!(std::fs::read(&file).unwrap(), stdout, "{format}");
    }
    // Only the requested files, no temporary ones left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 5);
}

#[test]
fn rewrapping_a_paragraph_is_no_change() {
    let repo = TestRepo::example();
    repo.edit(
        "guidelines/samarbete.toml",
        "klar och tydlig roll",
        "klar\noch   tydlig\n roll",
    );
    let out = redact(&repo, &repo.run_ok(&["diff"]));
    assert_eq!(
        out,
        "Changes from HEAD (<head>) to the working tree\n\nNo changes from HEAD (<head>) to the working tree.\n"
    );
    let diff = repo.json(&["diff", "--format", "json"]);
    assert_eq!(diff["guidelines"], serde_json::json!([]));
}

#[test]
fn guidelines_are_matched_by_id_so_renumbering_and_retitling_show_as_changes() {
    let repo = TestRepo::example();
    repo.edit("guidelines/samarbete.toml", "number = 1", "number = 2");
    repo.edit(
        "guidelines/sakerstallande-av-interoperabiliteten.toml",
        "number = 2",
        "number = 1",
    );
    repo.edit(
        "guidelines/samarbete.toml",
        "title = \"Samarbete\"",
        "title = \"Gott samarbete\"",
    );
    let diff = repo.json(&["diff", "--format", "json"]);
    let gs = diff["guidelines"].as_array().unwrap();
    assert_eq!(gs.len(), 2, "{diff}");
    let samarbete = gs.iter().find(|g| g["id"] == "samarbete").unwrap();
    assert_eq!(samarbete["number"], 2);
    assert_eq!(samarbete["old_number"], 1);
    assert_eq!(samarbete["status"], "modified");
    assert_eq!(samarbete["title"], "Gott samarbete");
    assert_eq!(
        samarbete["fields"],
        serde_json::json!([{"field": "sv.title", "hunks": [{"old": "Samarbete", "new": "Gott samarbete"}]}])
    );
    let other = gs.iter().find(|g| g["id"] != "samarbete").unwrap();
    assert_eq!(
        (other["number"].as_u64(), other["old_number"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(other["fields"], serde_json::json!([]));
    let text = repo.run_ok(&["diff"]);
    assert!(text.contains("number: 1 → 2"), "{text}");
}

#[test]
fn added_and_removed_guidelines_show_whole() {
    let repo = TestRepo::example();
    let content = repo.read("guidelines/samarbete.toml");
    std::fs::remove_file(repo.path().join("guidelines/samarbete.toml")).unwrap();
    repo.write(
        "guidelines/ny.toml",
        content.replace("title = \"Samarbete\"", "title = \"Ny\""),
    );
    let diff = repo.json(&["diff", "--format", "json"]);
    let by_id: BTreeMap<&str, &Value> = diff["guidelines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["id"].as_str().unwrap(), g))
        .collect();
    assert_eq!(by_id.len(), 2);
    let (added, removed) = (by_id["ny"], by_id["samarbete"]);
    assert_eq!(
        (added["status"].as_str(), removed["status"].as_str()),
        (Some("added"), Some("removed"))
    );
    // Title, statement, description and six actors, each one whole hunk.
    for (g, side) in [(added, "new"), (removed, "old")] {
        let fields = g["fields"].as_array().unwrap();
        assert_eq!(fields.len(), 9, "{g}");
        for f in fields {
            let h = f["hunks"].as_array().unwrap();
            assert_eq!(h.len(), 1, "{f}");
            let other = if side == "new" { "old" } else { "new" };
            assert_eq!(h[0][other], "", "{f}");
        }
    }
    assert_eq!(added["fields"][0]["hunks"][0]["new"], "Ny");
    assert!(removed["fields"][6]["hunks"][0]["old"].as_str().unwrap() == KLIENT_OLD);
    assert_eq!(diff["summary"]["added"], 1);
    assert_eq!(diff["summary"]["removed"], 1);
}

#[test]
fn any_two_revisions_and_filters_work() {
    let repo = TestRepo::example();
    repo.edit("guidelines/samarbete.toml", "klar och tydlig", "tydlig");
    repo.commit_all("Shorter description");
    repo.edit(
        "guidelines/sakerstallande-av-interoperabiliteten.toml",
        "Klienten kan vara säker",
        "Klienten är säker",
    );
    repo.commit_all("Plainer client paragraph");
    let all = repo.json(&["diff", "HEAD~2", "HEAD", "--format", "json"]);
    assert_eq!(all["guidelines"].as_array().unwrap().len(), 2);
    let one = repo.json(&["diff", "HEAD~2", "--guideline", "2", "--format", "json"]);
    assert_eq!(
        hunks(&one),
        [(
            2,
            "sv.actors.klient".to_string(),
            "kan vara".to_string(),
            "är".to_string()
        )]
    );
    let by_id = repo.json(&[
        "diff",
        "HEAD~2",
        "HEAD~1",
        "--guideline",
        "samarbete,2",
        "--lang",
        "sv",
        "--format",
        "json",
    ]);
    assert_eq!(
        hunks(&by_id),
        [(1, "sv.description".to_string(), "klar och".to_string(), "".to_string())]
    );
    assert_eq!(by_id["languages"], serde_json::json!(["sv"]));
    let none = repo.json(&["diff", "HEAD", "--format", "json"]);
    assert_eq!(none["guidelines"], serde_json::json!([]));
}

#[test]
fn bad_input_is_refused_with_a_clear_message_and_nothing_changes() {
    let repo = example_with_rewritten_paragraph();
    let before = repo.files();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("never.html");
    let cases: [(&[&str], &str); 7] = [
        (&["diff", "nosuchrev"], "revision `nosuchrev` does not exist"),
        (&["diff", "HEAD", "nosuchrev"], "revision `nosuchrev` does not exist"),
        (
            &["diff", "--guideline", "samarbet"],
            "no guideline `samarbet` (did you mean `samarbete`?)",
        ),
        (
            &["diff", "--lang", "de"],
            "error: the collection has no language `de`; its languages are: sv, fi, en",
        ),
        (&["diff", "--round", "r", "HEAD"], "cannot be used with"),
        (&["diff", "--from-stage", "comment-round"], "--round"),
        (&["diff", "--round", "2026-1"], "no review round `2026-1`"),
    ];
    for (args, message) in cases {
        let mut cmd = repo.cmd();
        cmd.args(args)
            .args(["--format", "html", "--out", out.to_str().unwrap()]);
        let stderr = fails_with(&mut cmd, 2);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(!out.exists(), "{args:?} wrote {}", out.display());
    }
    assert_eq!(repo.files(), before);
}

#[test]
fn a_broken_guideline_file_is_reported_with_its_location() {
    let repo = TestRepo::example();
    repo.edit("guidelines/samarbete.toml", "number = 1", "number = = 1");
    let stderr = fails_with(repo.cmd().arg("diff"), 2);
    assert!(stderr.contains("guidelines/samarbete.toml:1:"), "{stderr}");
}

#[test]
fn a_repository_without_commits_says_what_to_do() {
    let repo = TestRepo::bare_dir();
    repo.git(&["init", "-q"]);
    repo.write("guidelines/index.toml", "");
    let stderr = fails_with(repo.cmd().arg("diff"), 4);
    assert!(stderr.contains("no commits yet"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");
}

/// A repository with a recorded round, written by hand in the review
/// records' format: base (the shipped text), the text sent to the comment
/// round, and the approved text.
/// The commit an event of round 2026-1 is bound to (`[content] commit`).
fn bound(repo: &TestRepo, event: &str) -> String {
    let text = repo.read(&format!("reviews/2026-1/events/{event}.toml"));
    let start = text.find("commit = \"").expect("a bound commit") + "commit = \"".len();
    text[start..start + 40].to_string()
}

/// A round recorded with the commands: the base text, the text sent to the
/// comment round (bound by 03-comment-round) and the approved text (bound by
/// 04-notice and 05-approval).
fn repo_with_round(approved: bool) -> (TestRepo, [String; 3]) {
    let repo = TestRepo::example();
    let base = repo.head();
    repo.run_ok(&[
        "round",
        "open",
        "2026-1",
        "--title",
        "Revision 2026",
        "--date",
        "2026-01-05",
    ]);
    repo.edit("guidelines/samarbete.toml", "klar och tydlig", "tydlig");
    repo.commit_all("Draft for the comment round");
    repo.run_ok(&["round", "advance", "2026-1", "ka-treatment", "--date", "2026-01-10"]);
    repo.run_ok(&[
        "round",
        "advance",
        "2026-1",
        "comment-round",
        "--opens",
        "2026-01-15",
        "--closes",
        "2026-02-15",
    ]);
    let sent = bound(&repo, "03-comment-round");
    repo.edit(
        "guidelines/samarbete.toml",
        "resurserna kan inriktas",
        "resurserna inriktas",
    );
    repo.commit_all("Answer the statements");
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "2026-02-20"]);
    let mut approved_commit = bound(&repo, "04-notice");
    if approved {
        repo.run_ok(&[
            "round",
            "approve",
            "2026-1",
            "--date",
            "2026-03-01",
            "--decision",
            "STM/1/2026",
        ]);
        approved_commit = bound(&repo, "05-approval");
    }
    (repo, [base, sent, approved_commit])
}

#[test]
fn round_diffs_the_recorded_texts() {
    let (repo, [base, sent, approved]) = repo_with_round(true);
    // A later draft in the working tree does not matter once approved.
    repo.edit("guidelines/samarbete.toml", "Alla aktörer", "Samtliga aktörer");

    let whole = repo.json(&["diff", "--round", "2026-1", "--format", "json"]);
    assert_eq!(
        (whole["from"].as_str(), whole["to"].as_str()),
        (Some(base.as_str()), Some(approved.as_str()))
    );
    assert_eq!(
        whole["round"],
        serde_json::json!({"id": "2026-1", "from": "base", "to": "05-approval"})
    );
    assert_eq!(
        hunks(&whole),
        [
            (1, "sv.description".to_string(), "kan".to_string(), String::new()),
            (1, "sv.description".to_string(), "klar och".to_string(), String::new()),
        ]
    );

    let after = repo.json(&[
        "diff",
        "--round",
        "2026-1",
        "--from-stage",
        "comment-round",
        "--format",
        "json",
    ]);
    assert_eq!(after["from"], sent.as_str());
    assert_eq!(
        hunks(&after),
        [(1, "sv.description".to_string(), "kan".to_string(), String::new())]
    );

    let sent_out = repo.json(&[
        "diff",
        "--round",
        "2026-1",
        "--to-stage",
        "comment-round",
        "--format",
        "json",
    ]);
    assert_eq!(sent_out["to"], sent.as_str());
    assert_eq!(
        hunks(&sent_out),
        [(1, "sv.description".to_string(), "klar och".to_string(), String::new())]
    );

    let by_event = repo.json(&[
        "diff",
        "--round",
        "2026-1",
        "--from-stage",
        "03",
        "--to-stage",
        "05-approval",
        "--format",
        "json",
    ]);
    assert_eq!(hunks(&by_event), hunks(&after));

    let text = repo.run_ok(&["diff", "--round", "2026-1"]);
    assert!(text.contains("review round 2026-1: base → 05-approval"), "{text}");
    assert!(
        text.starts_with(&format!(
            "Changes from round 2026-1: base ({}) to round 2026-1: 05-approval ({})\n",
            &base[..7],
            &approved[..7]
        )),
        "{text}"
    );
    let md = repo.run_ok(&["diff", "--round", "2026-1", "--format", "markdown"]);
    assert!(
        md.contains(&format!(
            "\nÄndringar från **omgång 2026-1: base ({})** till **omgång 2026-1: 05-approval ({})**.\nOmgång `2026-1`: base → 05-approval.\n",
            &base[..7],
            &approved[..7]
        )),
        "{md}"
    );
    let md = repo.run_ok(&["diff", "--round", "2026-1", "--format", "markdown", "--lang", "fi,sv"]);
    assert!(
        md.contains(&format!(
            "\nMuutokset **kierros 2026-1: base ({})** – **kierros 2026-1: 05-approval ({})**.\nKierros `2026-1`: base → 05-approval.\n",
            &base[..7],
            &approved[..7]
        )),
        "{md}"
    );
}

#[test]
fn round_without_approval_compares_with_the_working_tree() {
    let (repo, [base, _, _]) = repo_with_round(false);
    repo.edit("guidelines/samarbete.toml", "Alla aktörer", "Samtliga aktörer");
    let diff = repo.json(&["diff", "--round", "2026-1", "--format", "json"]);
    assert_eq!(diff["from"], base.as_str());
    assert_eq!(diff["to"], "working tree");
    assert_eq!(hunks(&diff).len(), 3, "{diff}");
    let text = repo.run_ok(&["diff", "--round", "2026-1"]);
    assert!(
        text.contains("to the working tree\nreview round 2026-1: base → working tree\n"),
        "{text}"
    );
    let md = repo.run_ok(&["diff", "--round", "2026-1", "--format", "markdown"]);
    assert!(
        md.contains("** till **arbetsversionen**.\nOmgång `2026-1`: base → arbetsversionen.\n"),
        "{md}"
    );
    let html = repo.run_ok(&["diff", "--round", "2026-1", "--format", "html", "--lang", "en,sv"]);
    assert!(
        html.contains("<p class=\"meta\">Review round <code>2026-1</code>: base → the working tree</p>"),
        "{html}"
    );
}

#[test]
fn round_errors_name_the_events_and_files() {
    let (repo, _) = repo_with_round(true);
    let stderr = fails_with(
        repo.cmd().args(["diff", "--round", "2026-1", "--from-stage", "remiss"]),
        2,
    );
    assert!(stderr.contains("no event or stage `remiss`"), "{stderr}");
    assert!(
        stderr.contains("01-preparation, 02-ka-treatment, 03-comment-round, 04-notice, 05-approval"),
        "{stderr}"
    );

    let stderr = fails_with(repo.cmd().args(["diff", "--round", "2026"]), 2);
    assert!(stderr.contains("did you mean `2026-1`?"), "{stderr}");

    repo.write("reviews/2026-1/events/06-broken.toml", "stage = \n");
    repo.commit_all("Broken records");
    let stderr = fails_with(repo.cmd().args(["diff", "--round", "2026-1"]), 2);
    assert!(stderr.contains("reviews/2026-1/events/06-broken.toml:1:"), "{stderr}");
    std::fs::remove_file(repo.path().join("reviews/2026-1/events/06-broken.toml")).unwrap();
    let approval = repo.read("reviews/2026-1/events/05-approval.toml");
    let start = approval.find("commit = \"").unwrap() + "commit = \"".len();
    let bound = approval[start..start + 40].to_string();
    repo.write(
        "reviews/2026-1/events/05-approval.toml",
        approval.replace(&bound, "0123456789012345678901234567890123456789"),
    );
    repo.commit_all("Tamper with the approval");
    let stderr = fails_with(repo.cmd().args(["diff", "--round", "2026-1"]), 2);
    assert!(
        stderr
            .contains("05-approval is bound to commit 0123456789012345678901234567890123456789, which does not exist"),
        "{stderr}"
    );
}

#[test]
fn lang_gives_finnish_or_english_headings_in_every_document() {
    let repo = example_with_rewritten_paragraph();
    let run = |format: &str, lang: &str| redact(&repo, &repo.run_ok(&["diff", "--format", format, "--lang", lang]));

    // Finnish headings over the Swedish text: the first language of --lang.
    let md = run("markdown", "fi,sv");
    for line in [
        "# Sosiaali- ja terveydenhuollon tiedonhallinnan linjaukset\n",
        "\nMuutokset **HEAD (<head>)** – **työversio**.\n",
        "Poistettu teksti on ~~yliviivattu~~, lisätty teksti on **lihavoitu**.\n",
        "*muutettu* · Yhteiset · `samarbete`",
        "\n### Asiakas (sv)\n",
        "\nMuutoksia 1 linjauksessa (1 muutettu, 0 uutta, 0 poistettua): 3 muutosta 1 kentässä.\n",
    ] {
        assert!(md.contains(line), "lacks {line:?} in:\n{md}");
    }
    let html = run("html", "fi,sv");
    for part in [
        "<html lang=\"fi\">",
        "<title>Sosiaali- ja terveydenhuollon tiedonhallinnan linjaukset: muutokset HEAD (<head>) – työversio</title>",
        "<h1>Muutokset HEAD (<head>) – työversio</h1>",
        "<h2>Muuttuneet linjaukset</h2>",
        "<span class=\"badge badge-modified\">muutettu</span>",
        "<th>Voimassa oleva teksti: HEAD (<head>)</th><th>Uusi teksti: työversio</th>",
        "<span class=\"label\">Muutokset tekstissä</span>",
        "<del>poistettu teksti</del> on yliviivattu, <ins>lisätty teksti</ins> on alleviivattu.",
    ] {
        assert!(html.contains(part), "lacks {part:?} in:\n{html}");
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("muutokset.docx");
    repo.run_ok(&[
        "diff",
        "--format",
        "docx",
        "--lang",
        "fi,sv",
        "--out",
        file.to_str().unwrap(),
    ]);
    let xml = redact(&repo, &docx_part(&file, "word/document.xml"));
    for text in [
        "Muutokset HEAD (<head>) – työversio.",
        "Muutoksia 1 linjauksessa (1 muutettu, 0 uutta, 0 poistettua): 3 muutosta 1 kentässä.",
        "Jokainen muutos on jäljitetty muutos (tekijä: Sara Sekreterare)",
        ">Asiakas (sv)<",
    ] {
        assert!(xml.contains(text), "document.xml lacks {text:?}:\n{xml}");
    }
    let core = redact(&repo, &docx_part(&file, "docProps/core.xml"));
    assert!(core.contains("<dc:title>Sosiaali- ja terveydenhuollon tiedonhallinnan linjaukset: muutokset HEAD (<head>) – työversio</dc:title>"), "{core}");
    assert!(core.contains("<dc:language>fi-FI</dc:language>"), "{core}");
    assert!(core.contains("<dc:creator>Sara Sekreterare</dc:creator>"), "{core}");

    // English headings.
    let md = run("markdown", "en,sv");
    for line in [
        "# Guidelines for information management in social and health care\n",
        "\nChanges from **HEAD (<head>)** to **the working tree**.\n",
        "Removed text is ~~struck through~~, inserted text is **bold**.\n",
        "*modified* · Common · `samarbete`",
        "\n### Client (sv)\n",
        "\n1 guideline changed (1 modified, 0 added, 0 removed): 3 changes in 1 field.\n",
    ] {
        assert!(md.contains(line), "lacks {line:?} in:\n{md}");
    }
    let html = run("html", "en,sv");
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(
        html.contains("<th>Old: HEAD (<head>)</th><th>New: the working tree</th>"),
        "{html}"
    );
    let file = dir.path().join("changes.docx");
    repo.run_ok(&[
        "diff",
        "--format",
        "docx",
        "--lang",
        "en,sv",
        "--out",
        file.to_str().unwrap(),
    ]);
    let xml = docx_part(&file, "word/document.xml");
    assert!(
        xml.contains("Every change is a tracked change by Sara Sekreterare"),
        "{xml}"
    );

    // Only Finnish: the Swedish edit is not compared, and that is said in Finnish.
    let md = run("markdown", "fi");
    assert!(md.contains("\nEi muutoksia: HEAD (<head>) – työversio.\n"), "{md}");
    // The terminal text is worded in the terminal's language, which a
    // document command's own `--lang` names too (its first language).
    let text = run("text", "fi,sv");
    assert!(text.starts_with("Muutokset HEAD (<head>) – työversio\n"), "{text}");
    assert!(text.contains("(muutettu)\ntunnus: samarbete · teema: "), "{text}");
    assert!(!text.contains("theme:"), "{text}");
}

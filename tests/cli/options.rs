//! The options every command shares (`commands::args`): `--out` whose
//! extension names the format, a mismatch refused, and `--at REV` answering
//! from the history up to REV. The rules themselves are unit-tested beside
//! the code; these runs prove the commands use them.

use std::path::Path;

use serde_json::Value;

use crate::common::*;
use crate::history_records::*;

/// Run `args` and return its exit code, stdout as JSON (or Null) and stderr.
fn run(repo: &TestRepo, args: &[&str]) -> (i32, Value, String) {
    let out = repo.cmd().args(args).output().unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap_or(-1),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The names of the members of the zip archive at `path`.
fn zip_members(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(&bytes[..4], b"PK\x03\x04", "{} is a zip archive", path.display());
    let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    zip.file_names().map(str::to_string).collect()
}

#[test]
fn out_names_the_format_by_its_extension_and_a_mismatch_writes_nothing() {
    let d = approved_round();
    let repo = &d.repo;
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name);
    let arg = |name: &str| path(name).to_str().unwrap().to_string();

    // .docx without --format: a Word document, not Markdown in a .docx file.
    repo.run_ok(&["report", "comments", "2021-1", "--out", &arg("s.docx")]);
    assert!(zip_members(&path("s.docx")).contains(&"word/document.xml".to_string()));

    // .xlsx: a workbook.
    repo.run_ok(&["report", "currency", "--out", &arg("report.xlsx")]);
    assert!(zip_members(&path("report.xlsx")).contains(&"xl/workbook.xml".to_string()));

    // .txt: the terminal text, without colour even when colour is forced;
    // the audit's exit code is kept.
    let (code, _, err) = run(repo, &["audit", "--color", "always", "--out", &arg("audit.txt")]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(path("audit.txt")).unwrap();
    assert!(text.contains("All holds: the approval trail is intact."), "{text}");
    assert!(!text.contains('\u{1b}'), "no escape sequences in a file: {text:?}");

    // A --format the extension contradicts: exit 2, nothing written.
    let (code, _, err) = run(
        repo,
        &[
            "report",
            "comments",
            "2021-1",
            "--format",
            "docx",
            "--out",
            &arg("x.md"),
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--format docx does not match --out"), "{err}");
    assert!(err.contains("`.docx`"), "the hint names the extension: {err}");
    assert!(!path("x.md").exists(), "nothing written");

    // An extension the command does not write, and one that names no format.
    let (code, _, err) = run(repo, &["log", "--out", &arg("log.docx")]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("`riktlinjer log` writes text or json"), "{err}");
    assert!(!path("log.docx").exists(), "nothing written");
    let (code, _, err) = run(repo, &["list", "--out", &arg("list.pdf")]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("the extension `.pdf` names no format"), "{err}");
    assert!(
        err.contains("--format text"),
        "the hint gives a command that works: {err}"
    );
    assert!(!path("list.pdf").exists(), "nothing written");
}

#[test]
fn at_answers_log_audit_and_report_comments_as_of_that_revision() {
    let d = approved_round();
    let repo = &d.repo;
    let approved = repo.head();
    let unanswered = repo
        .git(&[
            "log",
            "--format=%H",
            "-1",
            "--grep",
            "Record the statement of Kommunförbundet",
        ])
        .trim()
        .to_string();
    // A draft after the approval, then the approval amended after the fact.
    repo.edit(
        "guidelines/samarbete.toml",
        "en klar, tydlig och överenskommen roll",
        "en klar roll",
    );
    d.commit("2021-11-01", "Draft the next revision");
    let draft = repo.head();
    repo.edit(
        "reviews/2021-1/events/05-approval.toml",
        "date = \"2021-10-05\"",
        "date = \"2021-12-05\"",
    );
    d.commit("2021-12-06", "The decision was signed later");

    // audit: the amendment is found at HEAD; at HEAD~1 it has not happened,
    // and the draft in force there is what is found.
    let kinds = |report: &Value| -> Vec<String> {
        report["findings"]
            .as_array()
            .unwrap_or_else(|| panic!("findings: {report}"))
            .iter()
            .map(|f| f["kind"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let (code, report, err) = run(repo, &["audit", "--format", "json"]);
    assert_eq!(code, 1, "{err}");
    assert!(kinds(&report).contains(&"event-modified".to_string()), "{report}");
    let (code, report, err) = run(repo, &["audit", "--format", "json", "--at", "HEAD~1"]);
    assert_eq!(code, 1, "{err}\n{report}");
    assert_eq!(report["head"], Value::String(draft.clone()), "{report}");
    assert_eq!(kinds(&report), ["text-not-approved"], "{report}");

    // log: the draft is in the history of HEAD, not in that of the approval.
    let commits = |log: &Value| -> Vec<String> {
        log.as_array()
            .unwrap_or_else(|| panic!("an array: {log}"))
            .iter()
            .map(|e| e["commit"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let (code, log, err) = run(repo, &["log", "samarbete", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(commits(&log).contains(&draft), "{log}");
    let (code, log, err) = run(repo, &["log", "samarbete", "--format", "json", "--at", &approved]);
    assert_eq!(code, 0, "{err}");
    let at_approval = commits(&log);
    assert!(!at_approval.contains(&draft), "{log}");
    assert!(
        !at_approval.is_empty(),
        "the changes up to the approval are there: {log}"
    );

    // report comments: as of the statement's commit, it is not answered yet
    // (at HEAD it is: `report_comments` shows that).
    let (code, report, err) = run(
        repo,
        &["report", "comments", "2021-1", "--format", "json", "--at", &unanswered],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(report["head"], Value::String(unanswered.clone()), "{report}");
    assert_eq!(report["unanswered"].as_array().map(Vec::len), Some(1), "{report}");
}

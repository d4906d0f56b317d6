//! The history answers (`report currency`, `audit`, `log`) on records made
//! by the real recording commands, and on this repository's own 2021 record.

use serde_json::Value;

use crate::common::*;

/// The walk-through of the workflow issue, recorded with the commands: one
/// statement answered by an edit of guideline 1 that cites it, approval.
/// Returns the repository, the statement id and the edit commit.
fn approved_round() -> (TestRepo, String, String) {
    let repo = TestRepo::example();
    repo.run_ok(&[
        "round",
        "open",
        "2026-1",
        "--title",
        "Revision 2026",
        "--date",
        "2026-01-05",
    ]);
    repo.run_ok(&["round", "advance", "2026-1", "ka-treatment", "--date", "2026-01-20"]);
    repo.run_ok(&[
        "round",
        "advance",
        "2026-1",
        "comment-round",
        "--opens",
        "2026-02-01",
        "--closes",
        "2026-02-28",
    ]);
    let s1 = statement_id(&repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Kommunförbundet",
        "--date",
        "2026-02-10",
        "--guideline",
        "1",
        "--text",
        "Säg vem som samordnar.",
    ]));
    repo.edit(
        "guidelines/samarbete.toml",
        "ska utvecklas i samarbete",
        "ska utvecklas i samarbete under SHM:s samordning",
    );
    repo.git(&["add", "guidelines"]);
    repo.git(&[
        "commit",
        "-q",
        "-m",
        &format!("Name who coordinates\n\nAddresses: {s1}\n"),
    ]);
    let edit = repo.head();
    repo.run_ok(&["comment", "answer", "2026-1", &s1, "accepted", "--reply", "Tillagt."]);
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
    (repo, s1, edit)
}

fn row<'a>(report: &'a Value, id: &str) -> &'a Value {
    let rows = report.as_array().expect("the currency JSON is an array");
    rows.iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no row {id}: {report}"))
}

#[test]
fn currency_after_an_approved_round() {
    let (repo, _, _) = approved_round();
    let report = repo.json(&["report", "currency", "--as-of", "2026-03-02", "--format", "json"]);
    assert_eq!(report.as_array().unwrap().len(), 16);
    let g1 = row(&report, "samarbete");
    assert_eq!(g1["number"], 1);
    assert_eq!(g1["title"], "Samarbete");
    assert_eq!(g1["status"], "in-force");
    assert_eq!(g1["approved"]["date"], "2026-03-02");
    assert_eq!(g1["approved"]["decision"], "VN/1234/2026");
    assert_eq!(g1["approved"]["round"], "2026-1");
    assert_eq!(g1["approved"]["body"], "Social- och hälsovårdsministeriet (SHM)");
    assert_eq!(g1["next_due"], "2027-03-02");
    assert_eq!(g1["due_state"], "ok");
    assert_eq!(g1["changes_since_approval"], serde_json::json!([]));
    assert_eq!(g1["last_check"], Value::Null);

    // A year on the check is due, then overdue.
    let due = repo.json(&["report", "currency", "--as-of", "2027-01-15", "--format", "json"]);
    assert_eq!(row(&due, "samarbete")["due_state"], "due");
    let overdue = repo.json(&["report", "currency", "--as-of", "2027-04-01", "--format", "json"]);
    assert_eq!(row(&overdue, "samarbete")["due_state"], "overdue");
    let text = repo.run_ok(&["report", "currency", "--as-of", "2027-04-01"]);
    assert!(text.contains("Overdue: 16"), "{text}");
}

#[test]
fn an_edit_after_approval_shows_in_the_report_and_fails_the_audit() {
    let (repo, _, _) = approved_round();
    let report = repo.json(&["audit", "--format", "json"]);
    assert_eq!(report["ok"], true, "{report}");
    repo.edit(
        "guidelines/samarbete.toml",
        "under SHM:s samordning",
        "under THL:s samordning",
    );
    repo.commit_all("Quietly change who coordinates");
    let changed = repo.head();

    let currency = repo.json(&["report", "currency", "--format", "json"]);
    let changes = row(&currency, "samarbete")["changes_since_approval"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0]["id"], changed.as_str());
    assert_eq!(changes[0]["author"], "Sara Sekreterare");
    assert_eq!(
        row(&currency, "enhetliga-indikatorer")["changes_since_approval"],
        serde_json::json!([])
    );

    let out = repo.cmd().args(["audit", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let audit: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = audit["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{audit}");
    assert_eq!(findings[0]["kind"], "text-not-approved");
    assert_eq!(findings[0]["guideline"], "samarbete");
    assert_eq!(findings[0]["file"], "guidelines/samarbete.toml");
}

#[test]
fn tampering_with_recorded_events_is_found() {
    // Edit a past event.
    let (repo, _, _) = approved_round();
    repo.edit("reviews/2026-1/events/05-approval.toml", "VN/1234/2026", "VN/9999/2026");
    repo.commit_all("Fix the diary number");
    let out = repo.cmd().args(["audit", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let audit: Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds: Vec<&str> = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"event-modified"), "{audit}");

    // Delete one.
    let (repo, _, _) = approved_round();
    std::fs::remove_file(repo.path().join("reviews/2026-1/events/04-notice.toml")).unwrap();
    repo.commit_all("Remove the notice");
    let out = repo.cmd().args(["audit", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let audit: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        audit["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "event-deleted"),
        "{audit}"
    );

    // Rewrite the history the events are bound to.
    let (repo, _, edit) = approved_round();
    repo.git(&["rebase", "-q", "--force-rebase", &format!("{edit}~1")]);
    let out = repo.cmd().args(["audit", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stdout));
    let audit: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        audit["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"].as_str().unwrap().contains("rewritten")
                || f["kind"].as_str().unwrap().contains("not-in-history")),
        "{audit}"
    );
}

#[test]
fn log_names_the_round_and_the_statement_an_edit_answers() {
    let (repo, s1, edit) = approved_round();
    let log = repo.json(&["log", "samarbete", "--format", "json"]);
    let entries = log.as_array().unwrap();
    let entry = entries.iter().find(|e| e["commit"] == edit.as_str());
    let entry = entry.unwrap_or_else(|| panic!("the edit is in the log: {log}"));
    assert_eq!(entry["round"]["round"], "2026-1", "{entry}");
    assert_eq!(entry["round"]["stage"], "comment-round", "{entry}");
    assert_eq!(entry["addresses"], serde_json::json!([s1]), "{entry}");
    let text = repo.run_ok(&["log", "1"]);
    assert!(text.contains(&s1), "{text}");
}

#[test]
fn the_shipped_2021_record_answers_truthfully() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    // The repository under test may be a clone at any depth; read HEAD only.
    let out = riktlinjer_in(root)
        .args(["report", "currency", "--format", "json", "--as-of", "2030-01-01"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = report.as_array().unwrap();
    assert_eq!(rows.len(), 16);
    for r in rows {
        // The publication does not say the ministry approved: nothing is in force by approval.
        assert_eq!(r["approved"], Value::Null, "{r}");
        assert_eq!(r["status"], "in-revision", "{r}");
    }
    let out = riktlinjer_in(root)
        .args(["audit", "--format", "json"])
        .output()
        .unwrap();
    let audit: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{audit}");
    assert_eq!(audit["checked"]["rounds"], 1);
    assert_eq!(audit["checked"]["events"], 4);
}

#[test]
fn a_currency_check_recorded_with_the_commands_shows_in_the_report() {
    let (repo, _, _) = approved_round();
    repo.run_ok(&[
        "round",
        "open",
        "2026-check",
        "--kind",
        "currency-check",
        "--title",
        "Kontroll 2026",
        "--guidelines",
        "1,2,3",
    ]);
    repo.run_ok(&["round", "verdict", "2026-check", "1", "current"]);
    repo.run_ok(&[
        "round",
        "verdict",
        "2026-check",
        "2",
        "revise",
        "--note",
        "Lagen har ändrats.",
    ]);
    repo.run_ok(&[
        "round",
        "verdict",
        "2026-check",
        "3",
        "withdraw",
        "--note",
        "Ingår i riktlinje 4.",
    ]);
    repo.run_ok(&["round", "close", "2026-check"]);

    let report = repo.json(&["report", "currency", "--format", "json"]);
    let g1 = row(&report, "samarbete");
    assert_eq!(g1["last_check"]["verdict"], "current", "{g1}");
    assert_eq!(g1["last_check"]["round"], "2026-check", "{g1}");
    assert_eq!(g1["status"], "in-force", "{g1}");
    assert_eq!(g1["due_state"], "ok", "{g1}");
    let g2 = row(&report, "sakerstallande-av-interoperabiliteten");
    assert_eq!(g2["last_check"]["verdict"], "revise", "{g2}");
    let g3 = row(&report, "tillgangen-till-tjanster-och-tjansternas");
    assert_eq!(g3["last_check"]["verdict"], "withdraw", "{g3}");
    assert_eq!(g3["status"], "withdrawn", "{g3}");
    // Guidelines outside the check keep their approval as the basis.
    assert_eq!(row(&report, "enhetliga-indikatorer")["last_check"], Value::Null);

    let audit = repo.json(&["audit", "--format", "json"]);
    assert_eq!(audit["ok"], true, "{audit}");
}

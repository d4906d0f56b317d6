//! Corrections are new facts: every correction a secretariat needs is a
//! command that records a new file, never an edit, and the audit holds
//! after each of them.

use serde_json::Value;

use crate::common::*;

fn audit_ok(repo: &TestRepo) -> Value {
    let out = repo.cmd().args(["audit", "--format", "json"]).output().unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(out.status.code(), Some(0), "{report:#}");
    report
}

/// No file changed and no commit made since `before` / `head`.
fn unchanged(repo: &TestRepo, before: &[(String, Vec<u8>)], head: &str) {
    assert_eq!(repo.files(), before, "a refused command wrote nothing");
    assert_eq!(repo.head(), head, "a refused command committed nothing");
}

/// Round 2026-1 in its comment round, open until 2026-03-31 (the test
/// clock says 2026-03-02), with one statement.
fn open_comment_round() -> (TestRepo, String) {
    let repo = TestRepo::example();
    repo.run_ok(&[
        "round",
        "open",
        "2026-1",
        "--title",
        "Revision 2026",
        "--date",
        "5.1.2026",
    ]);
    repo.run_ok(&[
        "round",
        "advance",
        "2026-1",
        "ka-treatment",
        "--date",
        "20.1.2026",
        "--decision",
        "Godkänd för utlåtanderunda",
    ]);
    repo.run_ok(&[
        "round",
        "advance",
        "2026-1",
        "comment-round",
        "--opens",
        "1.2.2026",
        "--closes",
        "31.3.2026",
    ]);
    let out = repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Kommunförbundet",
        "--guideline",
        "1",
        "--date",
        "2026-02-10",
        "--text",
        "Säg vem som samordnar.",
    ]);
    (repo, statement_id(&out))
}

#[test]
fn the_comment_round_is_closed_early_by_a_correction_before_the_approval() {
    let (repo, sid) = open_comment_round();
    repo.run_ok(&["comment", "answer", "2026-1", &sid, "accepted", "--reply", "Ja."]);
    // The comment round is open until 31.3: neither notice nor approval yet.
    let before = repo.files();
    let head = repo.head();
    let err = fails_with(
        repo.cmd()
            .args(["round", "advance", "2026-1", "notice", "--date", "2026-03-02"]),
        2,
    );
    assert!(err.contains("is open until 2026-03-31"), "{err}");
    unchanged(&repo, &before, &head);
    // A correction moves the closing date; the original event stays as it was.
    let original = repo.read("reviews/2026-1/events/03-comment-round.toml");
    let out = repo.run_ok(&[
        "round",
        "correct",
        "2026-1",
        "03-comment-round",
        "--closes",
        "1.3.2026",
        "--reason",
        "Ministeriet stängde remissen i förtid.",
    ]);
    assert!(
        out.contains("Event 03-comment-round of round 2026-1 corrected (closes 2026-03-01)"),
        "{out}"
    );
    assert_eq!(repo.read("reviews/2026-1/events/03-comment-round.toml"), original);
    let correction = repo.read("reviews/2026-1/events/04-comment-round.toml");
    assert!(correction.contains("action = \"correct\""), "{correction}");
    assert!(correction.contains("corrects = \"03-comment-round\""), "{correction}");
    let status = repo.json(&["round", "status", "2026-1", "--format", "json"]);
    assert_eq!(status["comment_round"]["closes"], "2026-03-01", "{status:#}");
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "2026-03-02"]);
    repo.run_ok(&[
        "round",
        "approve",
        "2026-1",
        "--date",
        "2.3.2026",
        "--decision",
        "VN/1/2026",
    ]);
    audit_ok(&repo);
    repo.run_ok(&["check"]);
}

#[test]
fn a_correction_that_would_break_an_earlier_event_is_refused() {
    let (repo, sid) = open_comment_round();
    repo.run_ok(&["comment", "answer", "2026-1", &sid, "noted", "--reply", "Tack."]);
    // Skip straight to the approval stage is refused too; move to it properly.
    repo.run_ok(&[
        "round",
        "correct",
        "2026-1",
        "3",
        "--closes",
        "2026-03-01",
        "--reason",
        "stängd",
    ]);
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "2026-03-02"]);
    // A correction that would put the recorded notice before the close is refused.
    let before = repo.files();
    let head = repo.head();
    let err = fails_with(
        repo.cmd().args([
            "round",
            "correct",
            "2026-1",
            "03-comment-round",
            "--closes",
            "2026-03-10",
            "--reason",
            "fel datum",
        ]),
        2,
    );
    assert!(
        err.contains("05-notice") || err.contains("the notice comes after"),
        "{err}"
    );
    unchanged(&repo, &before, &head);
    repo.run_ok(&[
        "round",
        "approve",
        "2026-1",
        "--date",
        "2026-03-02",
        "--decision",
        "VN/1/2026",
    ]);
    audit_ok(&repo);
}

#[test]
fn an_approval_while_the_comment_round_is_open_is_refused_with_the_way_to_close_it() {
    let (repo, sid) = open_comment_round();
    repo.run_ok(&["comment", "answer", "2026-1", &sid, "noted", "--reply", "Tack."]);
    // The source gives no date for the notice.
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "unknown"]);
    let before = repo.files();
    let head = repo.head();
    let err = fails_with(
        repo.cmd().args([
            "round",
            "approve",
            "2026-1",
            "--date",
            "2026-03-02",
            "--decision",
            "VN/1/2026",
        ]),
        2,
    );
    assert!(err.contains("is open until 2026-03-31"), "{err}");
    assert!(
        err.contains("riktlinjer round correct 2026-1 03-comment-round --closes"),
        "{err}"
    );
    unchanged(&repo, &before, &head);
}

#[test]
fn statements_are_withdrawn_and_answers_revised_as_new_files() {
    let (repo, sid) = open_comment_round();
    let out = repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Kommunförbundet",
        "--guideline",
        "1",
        "--date",
        "2026-02-10",
        "--text",
        "Säg vem som samordnar (dubblett).",
    ]);
    let twice = statement_id(&out);
    let code = |s: &str| s.rsplit('/').next().unwrap().to_string();
    // Closing is refused while statements are unanswered, naming them and the commands.
    let before = repo.files();
    let head = repo.head();
    let err = fails_with(repo.cmd().args(["round", "close", "2026-1"]), 2);
    assert!(err.contains("cannot close while 2 statements are unanswered"), "{err}");
    assert!(err.contains("riktlinjer comment withdraw 2026-1"), "{err}");
    unchanged(&repo, &before, &head);

    let out = repo.run_ok(&["comment", "withdraw", "2026-1", &twice, "--reason", "Inkom två gånger."]);
    assert!(out.contains("stays on record and needs no answer"), "{out}");
    assert!(
        repo.read(&format!("reviews/2026-1/statements/{}.toml", code(&twice)))
            .contains("dubblett")
    );
    let w = repo.read(&format!("reviews/2026-1/withdrawals/{}.toml", code(&twice)));
    assert!(w.contains("Inkom två gånger."), "{w}");

    repo.run_ok(&["comment", "answer", "2026-1", &sid, "rejected", "--reply", "Nej."]);
    let err = fails_with(
        repo.cmd()
            .args(["comment", "answer", "2026-1", &sid, "accepted", "--reply", "Ja."]),
        2,
    );
    assert!(err.contains("--supersedes"), "{err}");
    let first = repo.read(&format!("reviews/2026-1/answers/{}.toml", code(&sid)));
    repo.run_ok(&[
        "comment",
        "answer",
        "2026-1",
        &sid,
        "accepted",
        "--reply",
        "Ja, texten ändras.",
        "--supersedes",
    ]);
    assert_eq!(repo.read(&format!("reviews/2026-1/answers/{}.toml", code(&sid))), first);
    let revised = repo.read(&format!("reviews/2026-1/answers/{}.r2.toml", code(&sid)));
    assert!(
        revised.contains(&format!("supersedes = \"{}\"", code(&sid))),
        "{revised}"
    );
    // The latest answer is the one in force everywhere.
    let status = repo.json(&["round", "status", "2026-1", "--format", "json"]);
    let text = status.to_string();
    assert!(text.contains("Ja, texten ändras."), "{status:#}");
    assert!(!text.contains("\"Nej.\""), "{status:#}");
    repo.run_ok(&["check"]);
    audit_ok(&repo);
}

#[test]
fn a_round_opened_by_mistake_is_cancelled_and_stays_on_record() {
    let repo = TestRepo::example();
    repo.run_ok(&["round", "open", "2026-9", "--title", "Fel", "--date", "2026-03-01"]);
    let out = repo.run_ok(&["round", "cancel", "2026-9", "--reason", "Öppnad av misstag."]);
    assert!(out.contains("Round 2026-9 cancelled 2026-03-02"), "{out}");
    assert!(
        repo.read("reviews/2026-9/events/02-preparation.toml")
            .contains("action = \"cancel\"")
    );
    let err = fails_with(
        repo.cmd()
            .args(["round", "advance", "2026-9", "ka-treatment", "--date", "2026-03-02"]),
        2,
    );
    assert!(err.contains("closed") || err.contains("ended"), "{err}");
    // It is not in force anywhere: the currency report shows no revision.
    let currency = repo.json(&["report", "currency", "--format", "json"]);
    assert!(!currency.to_string().contains("2026-9"), "{currency:#}");
    let report = audit_ok(&repo);
    assert_eq!(report["checked"]["rounds"], 1);
    repo.run_ok(&["check"]);
}

#[test]
fn a_verdict_is_corrected_by_a_verdict_that_supersedes_it() {
    let repo = TestRepo::example();
    repo.run_ok(&[
        "round",
        "open",
        "2026-c",
        "--kind",
        "currency-check",
        "--title",
        "Årlig kontroll",
        "--guidelines",
        "1,2",
        "--date",
        "2026-03-01",
    ]);
    repo.run_ok(&["round", "verdict", "2026-c", "1", "withdraw", "--date", "2026-03-01"]);
    let err = fails_with(repo.cmd().args(["round", "verdict", "2026-c", "1", "current"]), 2);
    assert!(err.contains("--supersedes"), "{err}");
    // A verdict dated before its check round opened is refused.
    let err = fails_with(
        repo.cmd()
            .args(["round", "verdict", "2026-c", "2", "current", "--date", "2025-03-01"]),
        2,
    );
    assert!(err.contains("before its check round 2026-c opened"), "{err}");
    repo.run_ok(&[
        "round",
        "verdict",
        "2026-c",
        "1",
        "current",
        "--supersedes",
        "--note",
        "Fel riktlinje angavs.",
    ]);
    assert!(repo.read("reviews/2026-c/verdicts/samarbete.toml").contains("withdraw"));
    assert!(
        repo.read("reviews/2026-c/verdicts/samarbete.r2.toml")
            .contains("supersedes = \"samarbete\"")
    );
    let currency = repo.json(&["report", "currency", "--format", "json"]);
    let row = currency
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "samarbete")
        .unwrap()
        .clone();
    assert_eq!(row["status"], "in-force", "{row:#}");
    assert_eq!(row["last_check"]["verdict"], "current", "{row:#}");
    repo.run_ok(&["round", "verdict", "2026-c", "2", "current"]);
    repo.run_ok(&["round", "close", "2026-c"]);
    repo.run_ok(&["check"]);
    audit_ok(&repo);
}

#[test]
fn the_diff_of_a_round_is_its_base_against_its_approval_within_its_scope() {
    let repo = TestRepo::example();
    repo.run_ok(&[
        "round",
        "open",
        "2026-1",
        "--title",
        "T",
        "--guidelines",
        "1",
        "--date",
        "2026-01-05",
    ]);
    repo.edit(
        "guidelines/samarbete.toml",
        "överlappande aktiviteter",
        "dubbla aktiviteter",
    );
    // A change outside the round's scope, made at the same time.
    repo.edit(
        "guidelines/sakerstallande-av-interoperabiliteten.toml",
        "nationellt överenskomna",
        "nationellt avtalade",
    );
    repo.commit_all("Draft");
    repo.run_ok(&["round", "advance", "2026-1", "ka-treatment", "--date", "2026-01-20"]);
    repo.run_ok(&[
        "round",
        "advance",
        "2026-1",
        "comment-round",
        "--opens",
        "2026-02-01",
        "--closes",
        "2026-02-20",
    ]);
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "2026-02-25"]);
    repo.run_ok(&[
        "round",
        "approve",
        "2026-1",
        "--date",
        "2026-03-01",
        "--decision",
        "VN/1/2026",
    ]);
    // A change after the approval; closing warns that the text in force differs.
    repo.edit(
        "guidelines/samarbete.toml",
        "dubbla aktiviteter",
        "parallella aktiviteter",
    );
    repo.commit_all("Edit after the approval");
    let out = repo.cmd().args(["round", "close", "2026-1"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("differs from the text approved in 05-approval"),
        "{stderr}"
    );
    let diff = repo.json(&["diff", "--round", "2026-1", "--format", "json"]);
    let ids: Vec<&str> = diff["guidelines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["samarbete"], "{diff:#}");
    let text = diff.to_string();
    assert!(text.contains("dubbla"), "{diff:#}");
    assert!(
        !text.contains("parallella"),
        "the approved text, not the text after the close: {diff:#}"
    );
}

#[test]
fn a_fact_staged_with_no_commit_is_committed_with_the_command_it_prints_and_audits_clean() {
    let repo = TestRepo::example();
    let out = repo.run_ok(&[
        "round",
        "open",
        "2026-1",
        "--title",
        "T",
        "--date",
        "2026-01-05",
        "--no-commit",
    ]);
    let command = out
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("git commit -m"))
        .unwrap_or_else(|| panic!("a git commit command in: {out}"));
    assert!(command.contains("--trailer 'Review-Round: 2026-1'"), "{command}");
    let mut sh = std::process::Command::new("sh");
    isolate(&mut sh);
    let status = sh.current_dir(repo.path()).args(["-c", command]).output().unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let t = crate::workflow::trailers(&repo, "HEAD");
    assert!(t.contains(&("Review-Round".to_string(), "2026-1".to_string())), "{t:?}");
    audit_ok(&repo);
}

#[test]
fn a_withdrawn_guideline_leaves_the_set_in_force_and_the_audit_holds() {
    let repo = TestRepo::example();
    // An approved set first, so the text in force is checked.
    repo.run_ok(&[
        "round",
        "open",
        "2026-1",
        "--title",
        "T",
        "--guidelines",
        "1,2",
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
        "2026-01-21",
        "--closes",
        "2026-01-31",
    ]);
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "2026-02-05"]);
    repo.run_ok(&[
        "round",
        "approve",
        "2026-1",
        "--date",
        "2026-02-10",
        "--decision",
        "VN/1/2026",
    ]);
    repo.run_ok(&["round", "close", "2026-1"]);
    repo.run_ok(&[
        "round",
        "open",
        "2026-c",
        "--kind",
        "currency-check",
        "--title",
        "Kontroll",
        "--guidelines",
        "2",
        "--date",
        "2026-03-01",
    ]);
    repo.run_ok(&["round", "verdict", "2026-c", "2", "withdraw", "--note", "Ersatt."]);
    repo.run_ok(&["round", "close", "2026-c"]);
    let list = repo.run_ok(&["list"]);
    let line = list
        .lines()
        .find(|l| l.contains("sakerstallande-av-interoperabiliteten"))
        .unwrap();
    assert!(line.contains("(withdrawn in round 2026-c)"), "{list}");
    let json = repo.json(&["list", "--format", "json"]);
    assert_eq!(json[1]["withdrawn"]["round"], "2026-c", "{json:#}");
    assert!(json[0].get("withdrawn").is_none(), "{json:#}");
    let out = repo.cmd().args(["show", "2"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("was withdrawn in round 2026-c"));
    audit_ok(&repo);
    // Its file may also leave the tree: still no finding.
    repo.git(&["rm", "-q", "guidelines/sakerstallande-av-interoperabiliteten.toml"]);
    repo.commit_all("Remove the withdrawn guideline 2");
    let report = audit_ok(&repo);
    assert_eq!(report["checked"]["withdrawn"], 1);
    // Deleting guideline 1, approved and not withdrawn, is a finding.
    repo.git(&["rm", "-q", "guidelines/samarbete.toml"]);
    repo.commit_all("Remove guideline 1");
    let out = repo.cmd().args(["audit", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["findings"][0]["kind"], "approved-guideline-missing",
        "{report:#}"
    );
    assert!(
        report["findings"][0]["action"]
            .as_str()
            .unwrap()
            .contains("round verdict")
    );
    // The hint works in that state: withdraw it in a currency check.
    repo.run_ok(&[
        "round",
        "open",
        "2026-d",
        "--kind",
        "currency-check",
        "--title",
        "Återkallelse",
        "--guidelines",
        "samarbete",
    ]);
    repo.run_ok(&[
        "round",
        "verdict",
        "2026-d",
        "samarbete",
        "withdraw",
        "--note",
        "Borttagen.",
    ]);
    repo.run_ok(&["round", "close", "2026-d"]);
    audit_ok(&repo);
}

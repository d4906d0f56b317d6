//! Tests of `audit`: the approval trail, and each way of tampering with it.

use serde_json::Value;

use crate::common::*;
use crate::history_records::*;

/// `audit --format json`, asserting the exit code.
fn audit(repo: &TestRepo, code: i32) -> Value {
    let out = repo.cmd().args(["audit", "--format", "json"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn kinds(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn an_intact_trail_passes() {
    let d = approved_round();
    let report = audit(&d.repo, 0);
    assert_eq!(report["ok"], true);
    assert_eq!(report["findings"], serde_json::json!([]));
    let c = &report["checked"];
    assert_eq!(c["rounds"], 1);
    assert_eq!(c["events"], 6);
    assert_eq!(c["bindings"], 8, "six events, one statement and the round's base");
    assert_eq!(c["approved_guidelines"], 2);
    assert_eq!(c["never_approved"], 14);
    assert_eq!(c["statements"], 1);
    let text = d.repo.run_ok(&["audit"]);
    assert!(text.contains("All holds: the approval trail is intact."), "{text}");
    assert!(text.contains("14 guidelines have no recorded approval"), "{text}");
}

#[test]
fn a_repository_without_review_records_passes_with_a_note() {
    let repo = TestRepo::example();
    let report = audit(&repo, 0);
    assert_eq!(report["checked"]["never_approved"], 16);
    assert!(
        report["notes"][0]
            .as_str()
            .unwrap()
            .contains("16 guidelines have no recorded approval")
    );
}

#[test]
fn editing_a_past_event_is_found() {
    let d = approved_round();
    d.repo.edit(
        "reviews/2021-1/events/05-approval.toml",
        "decision = \"VN/1234/2021\"",
        "decision = \"VN/9999/2021\"",
    );
    d.commit_by("2022-01-10", "Mikko Virtanen", "Fix the diary number");
    let before = d.repo.files();
    let report = audit(&d.repo, 1);
    assert_eq!(kinds(&report), ["event-modified"]);
    let f = &report["findings"][0];
    assert_eq!(f["file"], "reviews/2021-1/events/05-approval.toml");
    assert_eq!(f["commit"]["id"], d.repo.head().as_str());
    assert_eq!(f["commit"]["author"], "Mikko Virtanen");
    assert_eq!(f["round"], "2021-1");
    assert!(f["action"].as_str().unwrap().contains("git checkout"), "{f}");
    let out = d.repo.cmd().arg("audit").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("1 finding that does not hold:"), "{stdout}");
    assert!(stdout.contains("reviews/2021-1/events/05-approval.toml"), "{stdout}");
    assert!(
        stdout.contains("by Mikko Virtanen on 2022-01-10: Fix the diary number"),
        "{stdout}"
    );
    assert!(stdout.contains("What to do:"), "{stdout}");
    // The audit writes nothing.
    assert_eq!(d.repo.files(), before);
}

#[test]
fn deleting_an_event_is_found() {
    let d = approved_round();
    d.repo
        .git(&["rm", "-q", "reviews/2021-1/events/04-cooperation-group.toml"]);
    d.commit("2022-01-10", "Remove an event");
    let report = audit(&d.repo, 1);
    assert_eq!(kinds(&report), ["event-deleted"]);
    assert_eq!(
        report["findings"][0]["file"],
        "reviews/2021-1/events/04-cooperation-group.toml"
    );
}

#[test]
fn amending_an_approved_guideline_without_a_round_is_found() {
    let d = approved_round();
    d.repo
        .edit("guidelines/samarbete.toml", "överenskommen roll", "avtalad roll");
    d.commit_by("2022-06-01", "Mikko Virtanen", "Change a word");
    // Renumbering alone is noted, not failed.
    d.repo
        .edit("guidelines/enhetliga-indikatorer.toml", "number = 11", "number = 17");
    d.commit("2022-06-02", "Renumber");
    let report = audit(&d.repo, 1);
    assert_eq!(kinds(&report), ["text-not-approved"]);
    let f = &report["findings"][0];
    assert_eq!(f["file"], "guidelines/samarbete.toml");
    assert_eq!(f["guideline"], "samarbete");
    assert_eq!(f["round"], "2021-1");
    assert_eq!(f["commits"].as_array().unwrap().len(), 1);
    assert_eq!(f["commits"][0]["author"], "Mikko Virtanen");
    assert!(
        f["message"].as_str().unwrap().contains(
            "differs from the text approved in round 2021-1 (2021-10-05): 1 change not approved, by Mikko Virtanen"
        ),
        "{f}"
    );
    let notes = report["notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.as_str().unwrap().contains("enhetliga-indikatorer")),
        "{notes:?}"
    );
}

#[test]
fn rebasing_over_an_event_is_found() {
    let d = approved_round();
    // Someone rewrites the last four commits onto a new base.
    d.repo.git(&["branch", "old-base", "HEAD~4"]);
    d.repo.git(&["checkout", "-q", "old-base"]);
    d.repo.write("README.md", "# Riktlinjer\n");
    d.commit("2021-09-25", "Add a README");
    d.repo.git(&["checkout", "-q", "main"]);
    let mut cmd = std::process::Command::new("git");
    isolate(&mut cmd);
    let out = cmd
        .env("GIT_COMMITTER_DATE", "2022-01-01T10:00:00+02:00")
        .args(["rebase", "-q", "old-base"])
        .current_dir(d.repo.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = audit(&d.repo, 1);
    let kinds = kinds(&report);
    assert!(
        !kinds.is_empty() && kinds.iter().all(|k| k == "history-rewritten"),
        "{kinds:?}"
    );
    // The events recorded after the rewritten commits name commits that are gone.
    let files: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert!(files.contains(&"reviews/2021-1/events/05-approval.toml"), "{files:?}");
    assert!(
        report["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("no longer in the history of HEAD"),
        "{report}"
    );
}

#[test]
fn out_of_order_events_false_bindings_and_unanswered_statements_are_found() {
    let d = Dated::example_on("2021-03-01");
    d.repo.write("reviews/workflow.toml", WORKFLOW);
    d.commit("2021-03-02", "Define the review workflow");
    d.open_round("2021-03-10", "2021-1", "revision", &["samarbete"]);
    // Straight to the comment round, skipping the KA treatment.
    d.event(
        "2021-08-01",
        "2021-1",
        "02-comment-round",
        "stage = \"comment-round\"\naction = \"enter\"\nopens = \"2021-08-01\"\ncloses = \"2021-09-30\"\n",
        &["samarbete"],
    );
    d.repo.write(
        "reviews/2021-1/statements/S-0b1c2d.toml",
        format!(
            "from = \"Patientföreningen\"\nreceived = \"2021-08-20\"\nguideline = \"samarbete\"\ntext = \"Tydligare.\"\nrecorded_by = \"Sara Sekreterare <sara@example.org>\"\nrecorded_at = \"2021-08-20T10:00:00+02:00\"\n{}",
            d.binding(&["samarbete"])
        ),
    );
    d.commit("2021-08-20", "Record a statement\n\nReview-Round: 2021-1\n");
    // A binding that claims another text than the committed one.
    let tree = d.repo.git(&["rev-parse", "HEAD:guidelines"]);
    d.repo.write(
        "reviews/2021-1/events/03-cooperation-group.toml",
        format!(
            "stage = \"cooperation-group\"\naction = \"enter\"\nrecorded_by = \"Sara Sekreterare <sara@example.org>\"\nrecorded_at = \"2021-10-01T10:00:00+02:00\"\n\n[content]\ncommit = \"{}\"\nguidelines_tree = \"{}\"\n\n[content.blobs]\nsamarbete = \"0123456789012345678901234567890123456789\"\n",
            d.repo.head(),
            tree.trim()
        ),
    );
    d.commit("2021-10-01", "Round 2021-1: notice\n\nReview-Round: 2021-1\n");
    // An event in an unknown stage.
    d.event(
        "2021-10-02",
        "2021-1",
        "04-signing",
        "stage = \"signing\"\naction = \"enter\"\n",
        &["samarbete"],
    );

    let report = audit(&d.repo, 1);
    let kinds = kinds(&report);
    assert_eq!(
        kinds,
        ["stage-order", "stage-order", "binding-mismatch", "statement-unanswered"],
        "{report:#}"
    );
    let messages: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages[0].contains("skips `ka-treatment` before `comment-round`"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("the stage `signing` is not in reviews/workflow.toml"),
        "{messages:?}"
    );
    assert!(
        messages[2].contains("the recorded text of `samarbete` (0123456)"),
        "{messages:?}"
    );
    assert!(
        messages[3].contains("statement 2021-1/S-0b1c2d has no answer"),
        "{messages:?}"
    );
}

#[test]
fn an_event_that_does_not_parse_in_an_old_commit_is_reported_and_the_audit_goes_on() {
    let d = approved_round();
    d.repo.write("reviews/2022-1/events/01-preparation.toml", "stage = \n");
    d.commit("2022-01-10", "Record a broken event");
    let report = audit(&d.repo, 1);
    assert_eq!(kinds(&report), ["unreadable-record"]);
    let message = report["findings"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("this record does not parse (line 1, column "),
        "{message}"
    );
    // The rest was checked.
    assert_eq!(report["checked"]["approved_guidelines"], 2);
    // In Finnish, the place in the file and the frame around the reader's
    // reason are Finnish, in the finding and in the walk's warning.
    let out = d.repo.cmd().args(["--lang", "fi", "audit"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let (stdout, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert!(
        stdout.contains("tallennettua kirjausta ei voi tulkita (rivi 1, sarake "),
        "{stdout}"
    );
    assert!(!stdout.contains("line 1, column"), "{stdout}");
    assert!(
        stderr.contains("ei voi tulkita sellaisena kuin se tallennettiin versiossa"),
        "{stderr}"
    );
    assert!(stderr.contains("(rivi 1, sarake "), "{stderr}");
}

#[test]
fn a_shallow_clone_says_what_it_cannot_check() {
    let d = approved_round();
    let clone = TestRepo::bare_dir();
    let url = format!("file://{}", d.repo.path().display());
    clone.git(&["clone", "-q", "--depth", "3", &url, "."]);
    let out = clone.cmd().args(["audit", "--format", "json"]).output().unwrap();
    // Not "all holds": the audit could not see everything (exit 3).
    assert_eq!(out.status.code(), Some(3), "{}", String::from_utf8_lossy(&out.stdout));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("shallow clone"), "{stderr}");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let notes: Vec<&str> = report["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(notes.iter().any(|n| n.contains("cannot be exact")), "{notes:?}");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("before the shallow clone's cut-off") && n.contains("01-preparation.toml")),
        "{notes:?}"
    );
    assert_eq!(report["ok"], false);
    assert_eq!(report["complete"], false);
    assert_eq!(report["findings"][0]["kind"], "incomplete-history");
    // The approval, recorded within the clone's history, is still checked.
    assert_eq!(report["checked"]["approved_guidelines"], 2);
}

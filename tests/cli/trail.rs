//! The approval trail under attack (issue 9): each way a trail was broken
//! and still passed `audit`, built with real git commands on a round
//! recorded with the real commands, and the finding `audit` must report.
//! Every test first proves that the untouched trail audits clean, so the
//! finding is the attack's.

use std::process::Output;

use serde_json::Value;

use crate::common::*;

/// Who records the trail, as the records name her.
const SARA: (&str, &str) = ("Sara Sekreterare", "sara@example.org");
/// Someone else with write access.
const MIKKO: (&str, &str) = ("Mikko Virtanen", "mikko@example.org");
/// When the tool records (`RIKTLINJER_NOW`): hand-written records are
/// committed then too, so only their flaw differs from the tool's.
const RECORDED: &str = NOW;
/// When the attacks are committed: after the trail.
const LATER: &str = "2026-04-01T10:00:00+03:00";

/// Run git in `dir` as `author` (author and committer) at `date`.
fn git_run(dir: &std::path::Path, date: &str, author: (&str, &str), args: &[&str]) -> Output {
    let mut cmd = std::process::Command::new("git");
    isolate(&mut cmd);
    cmd.env("GIT_AUTHOR_NAME", author.0)
        .env("GIT_AUTHOR_EMAIL", author.1)
        .env("GIT_COMMITTER_NAME", author.0)
        .env("GIT_COMMITTER_EMAIL", author.1)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run git")
}

/// [`git_run`], asserting success; returns standard output.
fn git_as(repo: &TestRepo, date: &str, author: (&str, &str), args: &[&str]) -> String {
    let out = git_run(repo.path(), date, author, args);
    assert!(
        out.status.success(),
        "git {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Git as the secretary, after the trail.
fn git(repo: &TestRepo, args: &[&str]) -> String {
    git_as(repo, LATER, SARA, args)
}

/// `git add -A && git commit -m MESSAGE` as `author`, after the trail.
fn commit_by(repo: &TestRepo, author: (&str, &str), message: &str) {
    git_as(repo, LATER, author, &["add", "-A"]);
    git_as(repo, LATER, author, &["commit", "-q", "-m", message]);
}

/// `audit --format json`: its exit code and report. Panics on output
/// that is not JSON (a panic or an abort prints none).
fn audit(repo: &TestRepo) -> (i32, Value) {
    let out = repo.cmd().args(["audit", "--format", "json"]).output().unwrap();
    let code = out.status.code().unwrap_or(-1);
    let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "audit exited {code} without a JSON report ({e}):\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (code, report)
}

/// Every finding as `kind file: message`, for failure messages.
fn summary(report: &Value) -> String {
    report["findings"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .map(|f| format!("  {} {}: {}", f["kind"], f["file"], f["message"]))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

/// The untouched trail: exit 0, all holds.
fn audit_clean(repo: &TestRepo) {
    let (code, report) = audit(repo);
    assert_eq!(
        (code, &report["ok"]),
        (0, &Value::Bool(true)),
        "the untouched trail must audit clean:\n{}\n{report}",
        summary(&report)
    );
}

/// Assert the exit code and that each `(kind, file)` is among the findings;
/// returns the report.
fn audit_finds(repo: &TestRepo, code: i32, expected: &[(&str, &str)]) -> Value {
    let (actual, report) = audit(repo);
    assert_eq!(
        actual,
        code,
        "audit exit code; findings:\n{}\n{report}",
        summary(&report)
    );
    assert_eq!(report["ok"], false, "{report}");
    for (kind, file) in expected {
        assert!(
            findings(&report, kind).iter().any(|f| f["file"] == *file),
            "no {kind} finding for {file}; findings:\n{}",
            summary(&report)
        );
    }
    report
}

/// The findings of one kind.
fn findings<'a>(report: &'a Value, kind: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["kind"] == kind)
        .collect()
}

/// The walk-through of the workflow, recorded with the commands.
struct Trail {
    repo: TestRepo,
    /// The statement's id, `2026-1/S-…`.
    statement: String,
    /// The commit that edits guideline 1 in answer to it.
    edit: String,
}

impl Trail {
    /// `reviews/2026-1/statements/S-….toml`
    fn statement_file(&self) -> String {
        format!("reviews/2026-1/statements/{}.toml", &self.statement[7..])
    }

    /// `reviews/2026-1/answers/S-….toml`
    fn answer_file(&self) -> String {
        format!("reviews/2026-1/answers/{}.toml", &self.statement[7..])
    }
}

/// Round 2026-1 over all 16 guidelines: KA treatment, comment round
/// (2026-02-01 to 2026-02-28), one statement on guideline 1 answered by an
/// edit that cites it, notice on 2026-03-01 and, if `approve`, the
/// approval on 2026-03-02. Asserts that it audits clean.
fn walk_through(approve: bool) -> Trail {
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
    repo.run_ok(&[
        "round",
        "advance",
        "2026-1",
        "ka-treatment",
        "--date",
        "2026-01-20",
        "--decision",
        "Godkänd för utlåtanderunda",
    ]);
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
    let statement = statement_id(&repo.run_ok(&[
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
    git_as(&repo, RECORDED, SARA, &["add", "guidelines"]);
    git_as(
        &repo,
        RECORDED,
        SARA,
        &[
            "commit",
            "-q",
            "-m",
            &format!("Name who coordinates\n\nAddresses: {statement}\n"),
        ],
    );
    let edit = repo.head();
    repo.run_ok(&[
        "comment", "answer", "2026-1", &statement, "accepted", "--reply", "Tillagt.",
    ]);
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "2026-03-01"]);
    if approve {
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
    audit_clean(&repo);
    Trail { repo, statement, edit }
}

/// The approved walk-through, then a currency check of guideline 1 opened
/// with the command (on 2026-03-02); audits clean.
fn with_check_round() -> Trail {
    let t = walk_through(true);
    t.repo.run_ok(&[
        "round",
        "open",
        "2026-check",
        "--kind",
        "currency-check",
        "--title",
        "Kontroll 2026",
        "--guidelines",
        "1",
    ]);
    audit_clean(&t.repo);
    t
}

/// [`with_check_round`] with the verdict `current` on guideline 1,
/// recorded with the command; audits clean.
fn with_currency_check() -> Trail {
    let t = with_check_round();
    t.repo.run_ok(&["round", "verdict", "2026-check", "1", "current"]);
    audit_clean(&t.repo);
    t
}

/// The approved walk-through, then round 2026-2 of guideline 2 opened
/// with the command (on 2026-03-02, in preparation); audits clean.
fn with_second_round() -> Trail {
    let t = walk_through(true);
    t.repo.run_ok(&[
        "round",
        "open",
        "2026-2",
        "--title",
        "Revision av riktlinje 2",
        "--guidelines",
        "2",
    ]);
    audit_clean(&t.repo);
    t
}

/// The scope of round 2026-2.
const GUIDELINE_2: &str = "sakerstallande-av-interoperabiliteten";

/// The ids of every guideline at HEAD.
fn all_guidelines(repo: &TestRepo) -> Vec<String> {
    repo.git(&["ls-tree", "--name-only", "HEAD", "guidelines/"])
        .lines()
        .filter_map(|l| l.strip_prefix("guidelines/")?.strip_suffix(".toml"))
        .filter(|id| *id != "index")
        .map(str::to_string)
        .collect()
}

/// `[content]` bound to HEAD for `scope`, as the tool writes it.
fn binding(repo: &TestRepo, scope: &[String]) -> String {
    let mut s = format!(
        "\n[content]\ncommit = \"{}\"\nguidelines_tree = \"{}\"\n\n[content.blobs]\n",
        repo.head(),
        repo.git(&["rev-parse", "HEAD:guidelines"]).trim()
    );
    for id in scope {
        s.push_str(&format!(
            "{id} = \"{}\"\n",
            repo.git(&["rev-parse", &format!("HEAD:guidelines/{id}.toml")]).trim()
        ));
    }
    s
}

/// Write a record by hand as the tool would: `fields`, then who recorded
/// it and when, then `content` (a `[content]` table, or nothing).
fn write_record(repo: &TestRepo, rel: &str, fields: &str, content: &str) {
    repo.write(
        rel,
        format!(
            "{fields}recorded_by = \"Sara Sekreterare <sara@example.org>\"\nrecorded_at = \"{RECORDED}\"\n{content}"
        ),
    );
}

/// Commit everything as `author` when the tool records, with the trailers
/// the tool writes for `event` (`ROUND/STEM`) of `stage`.
fn commit_with_trailers(repo: &TestRepo, author: (&str, &str), stage: &str, event: &str) {
    let round = event.split_once('/').expect("ROUND/STEM").0;
    git_as(repo, RECORDED, author, &["add", "-A"]);
    git_as(
        repo,
        RECORDED,
        author,
        &[
            "commit",
            "-q",
            "-m",
            &format!("Record {event}\n\nReview-Round: {round}\nReview-Stage: {stage}\nReview-Event: {event}\n"),
        ],
    );
}

/// A recording command must refuse (exit 2) and write nothing.
fn refused(repo: &TestRepo, args: &[&str]) -> String {
    let before = repo.files();
    let head = repo.head();
    let e = fails_with(repo.cmd().args(args), 2);
    assert_eq!(repo.files(), before, "{args:?} wrote files although it failed");
    assert_eq!(repo.head(), head, "{args:?} committed although it failed");
    e
}

// --- Invariant 1: the text in force is the approved text -----------------

#[test]
fn draft_wording_merged_in_with_the_drafts_side_of_the_conflict_is_not_approved() {
    let t = walk_through(true);
    let r = &t.repo;
    // A draft begun before the edit that was approved.
    git(r, &["checkout", "-q", "-b", "draft", &format!("{}~1", t.edit)]);
    r.edit(
        "guidelines/samarbete.toml",
        "ska utvecklas i samarbete",
        "ska utvecklas i samarbete under THL:s ledning",
    );
    commit_by(r, MIKKO, "Draft: THL leads");
    git(r, &["checkout", "-q", "main"]);
    let merge = git_run(r.path(), LATER, SARA, &["merge", "--no-edit", "draft"]);
    assert!(!merge.status.success(), "the merge must conflict");
    assert!(
        String::from_utf8_lossy(&merge.stdout).contains("CONFLICT"),
        "{}",
        String::from_utf8_lossy(&merge.stdout)
    );
    git(r, &["checkout", "--theirs", "guidelines/samarbete.toml"]);
    git(r, &["add", "guidelines/samarbete.toml"]);
    git(r, &["commit", "-q", "--no-edit"]);
    assert!(r.read("guidelines/samarbete.toml").contains("under THL:s ledning"));
    assert_eq!(r.git(&["rev-list", "--count", "--min-parents=2", "HEAD"]).trim(), "1");

    let report = audit_finds(r, 1, &[("text-not-approved", "guidelines/samarbete.toml")]);
    let f = findings(&report, "text-not-approved")[0];
    assert_eq!(f["guideline"], "samarbete", "{f}");
    assert_eq!(f["round"], "2026-1", "{f}");
}

#[test]
fn an_approved_guideline_renamed_and_edited_is_missing() {
    let t = walk_through(true);
    let r = &t.repo;
    git(
        r,
        &[
            "mv",
            "guidelines/samarbete.toml",
            "guidelines/samarbete-och-samordning.toml",
        ],
    );
    r.edit(
        "guidelines/samarbete-och-samordning.toml",
        "under SHM:s samordning",
        "under THL:s ledning",
    );
    commit_by(r, MIKKO, "Rename and sharpen guideline 1");
    let report = audit_finds(r, 1, &[("approved-guideline-missing", "guidelines/samarbete.toml")]);
    let f = findings(&report, "approved-guideline-missing")[0];
    assert_eq!(f["guideline"], "samarbete", "{f}");
    // The renamed file is a guideline that was never approved.
    assert_eq!(report["checked"]["never_approved"], 1, "{report}");
}

#[test]
fn an_approved_guideline_deleted_is_missing() {
    let t = walk_through(true);
    let r = &t.repo;
    git(r, &["rm", "-q", "guidelines/enhetliga-indikatorer.toml"]);
    commit_by(r, MIKKO, "Drop guideline 11");
    let report = audit_finds(
        r,
        1,
        &[("approved-guideline-missing", "guidelines/enhetliga-indikatorer.toml")],
    );
    let f = findings(&report, "approved-guideline-missing")[0];
    assert_eq!(f["guideline"], "enhetliga-indikatorer", "{f}");
    assert_eq!(f["round"], "2026-1", "{f}");
}

// --- Invariant 3: every record is append-only ----------------------------

#[test]
fn a_merge_with_strategy_ours_that_drops_the_later_events_is_found() {
    let t = walk_through(true);
    let r = &t.repo;
    // A branch from before the notice and the approval, merged with
    // `-s ours`: its tree, without the two events, becomes main.
    git(r, &["checkout", "-q", "-b", "tidy", "HEAD~2"]);
    r.write("NOTES.md", "Anteckningar\n");
    commit_by(r, MIKKO, "Add notes");
    git(r, &["merge", "-q", "-s", "ours", "--no-edit", "main"]);
    git(r, &["checkout", "-q", "main"]);
    git(r, &["merge", "-q", "--ff-only", "tidy"]);
    assert!(!r.path().join("reviews/2026-1/events/05-approval.toml").exists());
    let report = audit_finds(
        r,
        1,
        &[
            ("event-deleted", "reviews/2026-1/events/04-notice.toml"),
            ("event-deleted", "reviews/2026-1/events/05-approval.toml"),
        ],
    );
    let merge = r.head();
    for f in findings(&report, "event-deleted") {
        assert_eq!(f["commit"]["id"], merge.as_str(), "the merge is the culprit: {f}");
    }
}

#[test]
fn an_answers_disposition_edited_is_found() {
    let t = walk_through(true);
    let r = &t.repo;
    let answer = t.answer_file();
    r.edit(&answer, "disposition = \"accepted\"", "disposition = \"rejected\"");
    commit_by(r, MIKKO, "Correct the disposition");
    let report = audit_finds(r, 1, &[("record-modified", &answer)]);
    assert_eq!(
        findings(&report, "record-modified")[0]["commit"]["author"],
        "Mikko Virtanen"
    );
}

#[test]
fn a_statement_and_its_answer_deleted_are_found() {
    let t = walk_through(true);
    let r = &t.repo;
    let (statement, answer) = (t.statement_file(), t.answer_file());
    git(r, &["rm", "-q", &statement, &answer]);
    commit_by(r, MIKKO, "Remove a statement recorded by mistake");
    audit_finds(r, 1, &[("record-deleted", &statement), ("record-deleted", &answer)]);
}

#[test]
fn a_verdict_changed_from_current_to_withdraw_is_found() {
    let t = with_currency_check();
    let r = &t.repo;
    let verdict = "reviews/2026-check/verdicts/samarbete.toml";
    r.edit(verdict, "verdict = \"current\"", "verdict = \"withdraw\"");
    commit_by(r, MIKKO, "Withdraw guideline 1 after all");
    audit_finds(r, 1, &[("record-modified", verdict)]);
}

#[test]
fn a_retitled_round_is_found() {
    let t = walk_through(true);
    let r = &t.repo;
    r.edit(
        "reviews/2026-1/round.toml",
        "title = \"Revision 2026\"",
        "title = \"Revision av riktlinjerna 2026\"",
    );
    commit_by(r, SARA, "A better title");
    audit_finds(r, 1, &[("record-modified", "reviews/2026-1/round.toml")]);
}

// --- Invariant 2: what the approval covered stays covered ----------------

#[test]
fn an_actors_name_changed_after_approval_is_found() {
    let t = walk_through(true);
    let r = &t.repo;
    r.edit(
        "guidelines/index.toml",
        "sv = \"Serviceanordnare\"",
        "sv = \"Tjänsteanordnare\"",
    );
    commit_by(r, MIKKO, "Rename an actor");
    let report = audit_finds(r, 1, &[("collection-not-approved", "guidelines/index.toml")]);
    assert_eq!(findings(&report, "collection-not-approved")[0]["round"], "2026-1");
}

#[test]
fn the_review_interval_raised_after_approval_is_found() {
    let t = walk_through(true);
    let r = &t.repo;
    r.edit(
        "guidelines/index.toml",
        "review_interval_months = 12",
        "review_interval_months = 120",
    );
    commit_by(r, MIKKO, "Check every ten years");
    audit_finds(r, 1, &[("collection-not-approved", "guidelines/index.toml")]);
}

/// The `[[stages]]` block of `id` in `reviews/workflow.toml` (up to the next block).
fn stage_block(workflow: &str, id: &str) -> String {
    let start = workflow
        .find(&format!("[[stages]]\nid = \"{id}\""))
        .unwrap_or_else(|| panic!("no stage {id}"));
    let end = workflow[start + 1..]
        .find("\n[[stages]]")
        .map_or(workflow.len(), |i| start + 2 + i);
    workflow[start..end].to_string()
}

#[test]
fn a_stage_removed_from_the_workflow_after_its_events_is_found() {
    let t = walk_through(true);
    let r = &t.repo;
    let workflow = r.read("reviews/workflow.toml");
    let notice = stage_block(&workflow, "notice");
    r.write("reviews/workflow.toml", workflow.replacen(&notice, "", 1));
    commit_by(r, MIKKO, "We no longer inform the cooperation group");
    let report = audit_finds(r, 1, &[("workflow-changed", "reviews/workflow.toml")]);
    assert!(
        findings(&report, "workflow-changed")
            .iter()
            .any(|f| f["message"].as_str().unwrap().contains("`notice`")),
        "{}",
        summary(&report)
    );
}

#[test]
fn the_comment_round_moved_after_the_notice_is_found() {
    let t = walk_through(true);
    let r = &t.repo;
    let workflow = r.read("reviews/workflow.toml");
    let (comment, notice) = (
        stage_block(&workflow, "comment-round"),
        stage_block(&workflow, "notice"),
    );
    let moved = workflow.replacen(&format!("{comment}{notice}"), &format!("{notice}{comment}"), 1);
    assert_ne!(moved, workflow, "the stages are adjacent");
    r.write("reviews/workflow.toml", moved);
    commit_by(r, MIKKO, "Inform the cooperation group first");
    let report = audit_finds(r, 1, &[("workflow-changed", "reviews/workflow.toml")]);
    assert!(
        findings(&report, "workflow-changed")
            .iter()
            .any(|f| f["message"].as_str().unwrap().contains("order")),
        "{}",
        summary(&report)
    );
}

#[test]
fn a_second_approval_written_by_hand_is_found() {
    let t = walk_through(true);
    let r = &t.repo;
    let copy = "reviews/2026-1/events/07-approval.toml";
    r.write(copy, r.read("reviews/2026-1/events/05-approval.toml"));
    git(r, &["add", copy]);
    git(r, &["commit", "-q", "-m", "Record the approval again"]);
    let report = audit_finds(r, 1, &[("stage-order", copy), ("record-unattributed", copy)]);
    assert!(
        findings(&report, "stage-order")
            .iter()
            .any(|f| f["message"].as_str().unwrap().contains("already approved")),
        "{}",
        summary(&report)
    );
}

// --- Invariant 4: records obey the workflow's dates ----------------------

#[test]
fn events_dated_before_their_round_opened_are_found() {
    let t = with_second_round();
    let r = &t.repo;
    let scope = [GUIDELINE_2.to_string()];
    write_record(
        r,
        "reviews/2026-2/events/02-ka-treatment.toml",
        "stage = \"ka-treatment\"\naction = \"enter\"\ndate = \"2026-01-10\"\nbody = \"SOTE KA-grupperna\"\n",
        &binding(r, &scope),
    );
    commit_with_trailers(r, SARA, "ka-treatment", "2026-2/02-ka-treatment");
    write_record(
        r,
        "reviews/2026-2/events/03-comment-round.toml",
        "stage = \"comment-round\"\naction = \"enter\"\ndate = \"2026-01-15\"\nopens = \"2026-01-15\"\ncloses = \"2026-01-31\"\n",
        &binding(r, &scope),
    );
    commit_with_trailers(r, SARA, "comment-round", "2026-2/03-comment-round");
    let report = audit_finds(
        r,
        1,
        &[
            ("date-order", "reviews/2026-2/events/02-ka-treatment.toml"),
            ("date-order", "reviews/2026-2/events/03-comment-round.toml"),
        ],
    );
    assert!(
        findings(&report, "date-order")
            .iter()
            .any(|f| f["message"].as_str().unwrap().contains("before round 2026-2 opened")),
        "{}",
        summary(&report)
    );
}

/// An approval of round 2026-1 dated `date`, written by hand on the
/// walk-through that has reached the notice, and committed as the tool does.
fn hand_written_approval(t: &Trail, date: &str) {
    let r = &t.repo;
    write_record(
        r,
        "reviews/2026-1/events/05-approval.toml",
        &format!(
            "stage = \"approval\"\naction = \"approve\"\ndate = \"{date}\"\nbody = \"Social- och hälsovårdsministeriet (SHM)\"\ndecision = \"VN/1234/2026\"\n"
        ),
        &binding(r, &all_guidelines(r)),
    );
    commit_with_trailers(r, SARA, "approval", "2026-1/05-approval");
}

#[test]
fn an_approval_dated_before_the_notice_is_found() {
    let t = walk_through(false);
    let r = &t.repo;
    hand_written_approval(&t, "2026-02-20");
    let report = audit_finds(r, 1, &[("date-order", "reviews/2026-1/events/05-approval.toml")]);
    assert!(
        findings(&report, "date-order")
            .iter()
            .any(|f| f["message"].as_str().unwrap().contains("04-notice")),
        "{}",
        summary(&report)
    );
}

#[test]
fn an_approval_dated_years_after_it_was_recorded_is_found() {
    let t = walk_through(false);
    let r = &t.repo;
    hand_written_approval(&t, "2029-03-02");
    let report = audit_finds(r, 1, &[("date-order", "reviews/2026-1/events/05-approval.toml")]);
    assert!(
        findings(&report, "date-order")
            .iter()
            .any(|f| f["message"].as_str().unwrap().contains("after it was recorded")),
        "{}",
        summary(&report)
    );
}

#[test]
fn an_approval_amended_to_a_later_date_is_found() {
    let t = walk_through(true);
    let r = &t.repo;
    let approval = "reviews/2026-1/events/05-approval.toml";
    r.edit(approval, "date = \"2026-03-02\"", "date = \"2029-03-02\"");
    commit_by(r, SARA, "The decision was signed later");
    audit_finds(r, 1, &[("event-modified", approval)]);
}

#[test]
fn a_verdict_dated_a_year_before_its_check_round_is_found() {
    let t = with_check_round();
    let r = &t.repo;
    let verdict = "reviews/2026-check/verdicts/samarbete.toml";
    write_record(
        r,
        verdict,
        "verdict = \"current\"\ndate = \"2025-03-02\"\n",
        &binding(r, &["samarbete".to_string()]),
    );
    commit_with_trailers(r, SARA, "currency-check", "2026-check/samarbete");
    let report = audit_finds(r, 1, &[("date-order", verdict)]);
    assert!(
        findings(&report, "date-order")
            .iter()
            .any(|f| f["message"].as_str().unwrap().contains("before its check round")),
        "{}",
        summary(&report)
    );
}

// The recording commands run the same rules and refuse what breaks them.

#[test]
fn recording_an_event_dated_before_its_round_opened_is_refused() {
    let t = with_second_round();
    let e = refused(
        &t.repo,
        &["round", "advance", "2026-2", "ka-treatment", "--date", "2026-01-10"],
    );
    assert!(e.contains("before round 2026-2 opened"), "{e}");
}

#[test]
fn recording_an_approval_dated_before_the_notice_is_refused() {
    let t = walk_through(false);
    let e = refused(
        &t.repo,
        &[
            "round",
            "approve",
            "2026-1",
            "--date",
            "2026-02-20",
            "--decision",
            "VN/1234/2026",
        ],
    );
    assert!(e.contains("04-notice"), "{e}");
}

#[test]
fn recording_an_approval_dated_in_the_future_is_refused() {
    let t = walk_through(false);
    refused(
        &t.repo,
        &[
            "round",
            "approve",
            "2026-1",
            "--date",
            "2029-03-02",
            "--decision",
            "VN/1234/2026",
        ],
    );
}

#[test]
fn recording_a_verdict_dated_before_its_check_round_is_refused() {
    let t = with_check_round();
    let e = refused(
        &t.repo,
        &["round", "verdict", "2026-check", "1", "current", "--date", "2025-03-02"],
    );
    assert!(e.contains("before its check round"), "{e}");
}

// --- Invariant 6: the audit saw all it needed ----------------------------

/// `.git/shallow` listing `commits`.
fn write_shallow(repo: &TestRepo, commits: &[&str]) {
    let text: String = commits.iter().map(|c| format!("{c}\n")).collect();
    std::fs::write(repo.path().join(".git/shallow"), text).expect("write .git/shallow");
}

#[test]
fn history_rewritten_stays_a_finding_with_the_root_commit_marked_shallow() {
    let t = walk_through(true);
    let r = &t.repo;
    // Amend the edit the events are bound to, and re-apply what followed.
    git(r, &["checkout", "-q", "--detach", &t.edit]);
    git(
        r,
        &[
            "commit",
            "-q",
            "--amend",
            "-m",
            &format!("Name who coordinates (SHM)\n\nAddresses: {}\n", t.statement),
        ],
    );
    let amended = r.head();
    git(r, &["checkout", "-q", "main"]);
    git(r, &["rebase", "-q", "--onto", &amended, &t.edit, "main"]);
    assert!(
        !git_run(r.path(), LATER, SARA, &["merge-base", "--is-ancestor", &t.edit, "HEAD"])
            .status
            .success(),
        "the edit the events are bound to is no longer in the history"
    );
    let report = audit_finds(r, 1, &[("history-rewritten", "reviews/2026-1/events/05-approval.toml")]);
    let before = summary(&report);

    let root = r.git(&["rev-list", "--max-parents=0", "HEAD"]);
    write_shallow(r, &[root.trim()]);
    let (code, report) = audit(r);
    assert_ne!(code, 0, "a rewrite is not hidden by .git/shallow:\n{report}");
    assert!(
        findings(&report, "history-rewritten")
            .iter()
            .any(|f| f["file"] == "reviews/2026-1/events/05-approval.toml"),
        "the rewrite became notes:\n{}\n(without .git/shallow:\n{before})\n{report}",
        summary(&report)
    );
    assert_eq!(code, 1, "{report}");
}

#[test]
fn a_shallow_file_that_hides_present_parents_is_incomplete_history() {
    let t = walk_through(true);
    let r = &t.repo;
    // The edit's parent, the statement's commit, is in the repository.
    write_shallow(r, &[t.edit.as_str()]);
    let (code, report) = audit(r);
    assert!(code == 1 || code == 3, "exit {code}:\n{report}");
    assert_eq!(report["ok"], false, "{report}");
    assert_eq!(report["complete"], false, "{report}");
    assert!(
        findings(&report, "incomplete-history")
            .iter()
            .any(|f| f["file"] == ".git/shallow"),
        "{}\n{report}",
        summary(&report)
    );
}

/// A clone of the trail with `--depth DEPTH`; asserts that it is shallow
/// and cut off at `boundary`.
fn shallow_clone(t: &Trail, depth: u32, boundary: &str) -> TestRepo {
    let clone = TestRepo::bare_dir();
    let out = git_run(
        clone.path(),
        LATER,
        SARA,
        &[
            "clone",
            "-q",
            "--depth",
            &depth.to_string(),
            &format!("file://{}", t.repo.path().display()),
            ".",
        ],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let shallow = std::fs::read_to_string(clone.path().join(".git/shallow")).expect("a shallow clone");
    assert_eq!(shallow.trim(), boundary, "the cut-off");
    clone
}

/// Exit 3, and nothing found but the incomplete history itself.
fn only_incomplete_history(repo: &TestRepo) {
    let (code, report) = audit(repo);
    assert_eq!(code, 3, "only incomplete history:\n{}\n{report}", summary(&report));
    assert_eq!(report["complete"], false, "{report}");
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["kind"] == "incomplete-history" && f["file"] == ".git/shallow"),
        "{}",
        summary(&report)
    );
    assert!(!findings(&report, "incomplete-history").is_empty(), "{report}");
}

#[test]
fn a_shallow_clone_says_what_it_could_not_see() {
    let t = walk_through(true);
    // Cut off at the answer, a commit of the tool.
    let answer = t.repo.git(&["rev-parse", "HEAD~2"]);
    let clone = shallow_clone(&t, 3, answer.trim());
    only_incomplete_history(&clone);
}

#[test]
fn a_shallow_clone_cut_off_at_a_plain_commit_blames_no_one() {
    let t = walk_through(true);
    let clone = shallow_clone(&t, 4, &t.edit);
    only_incomplete_history(&clone);
}

#[test]
fn a_shallow_file_that_hides_present_parents_blames_no_one() {
    let t = walk_through(true);
    write_shallow(&t.repo, &[t.edit.as_str()]);
    only_incomplete_history(&t.repo);
}

// --- Invariant 5: bindings are real --------------------------------------

/// A KA treatment of round 2026-2 by hand, its `[content]` edited by `tamper`.
fn hand_written_treatment(t: &Trail, tamper: impl Fn(String) -> String) -> &'static str {
    let r = &t.repo;
    let file = "reviews/2026-2/events/02-ka-treatment.toml";
    write_record(
        r,
        file,
        "stage = \"ka-treatment\"\naction = \"enter\"\ndate = \"2026-03-02\"\nbody = \"SOTE KA-grupperna\"\n",
        &tamper(binding(r, &[GUIDELINE_2.to_string()])),
    );
    commit_with_trailers(r, SARA, "ka-treatment", "2026-2/02-ka-treatment");
    file
}

/// `round status ARGS` neither panics nor fails without a message.
fn status_does_not_panic(repo: &TestRepo, args: &[&str]) {
    let out = repo.cmd().args(args).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    let code = out.status.code();
    assert!(
        code == Some(0) || code == Some(2),
        "{args:?} exited {code:?}:\n{stdout}{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        !stdout.trim().is_empty() || !stderr.trim().is_empty(),
        "{args:?} said nothing"
    );
}

#[test]
fn a_bound_commit_id_that_is_not_hexadecimal_is_a_finding_not_a_panic() {
    let t = with_second_round();
    let r = &t.repo;
    let head = r.head();
    // Not hexadecimal, and a two-byte character across byte 7.
    let bogus = "abcdefä123456789012345678901234567890";
    let file = hand_written_treatment(&t, |b| b.replacen(&head, bogus, 1));
    assert!(r.read(file).contains(bogus));
    let report = audit_finds(r, 1, &[("binding-invalid", file)]);
    let f = findings(&report, "binding-invalid")[0];
    assert!(
        f["message"].as_str().unwrap().starts_with(&format!("{file}:")),
        "file:line: {f}"
    );
    status_does_not_panic(r, &["round", "status", "2026-2"]);
    status_does_not_panic(r, &["round", "status"]);
    status_does_not_panic(r, &["round", "status", "2026-2", "--format", "json"]);
}

#[test]
fn a_bound_blob_that_names_no_object_is_a_finding_not_an_abort() {
    let t = with_second_round();
    let r = &t.repo;
    let blob = r.git(&["rev-parse", &format!("HEAD:guidelines/{GUIDELINE_2}.toml")]);
    let missing = "0123456789abcdef0123456789abcdef01234567";
    assert!(
        !git_run(r.path(), LATER, SARA, &["cat-file", "-e", missing])
            .status
            .success(),
        "the id names no object"
    );
    let file = hand_written_treatment(&t, |b| b.replacen(blob.trim(), missing, 1));
    assert!(r.read(file).contains(missing));
    let report = audit_finds(r, 1, &[("binding-mismatch", file)]);
    assert!(
        findings(&report, "binding-mismatch")
            .iter()
            .any(|f| f["guideline"] == GUIDELINE_2),
        "{}",
        summary(&report)
    );
    status_does_not_panic(r, &["round", "status", "2026-2"]);
}

// --- Invariant 7: who recorded it ----------------------------------------

#[test]
fn a_record_committed_without_the_tools_trailers_is_unattributed() {
    let t = with_second_round();
    let r = &t.repo;
    r.run_ok(&[
        "round",
        "advance",
        "2026-2",
        "ka-treatment",
        "--date",
        "2026-03-02",
        "--decision",
        "Godkänd",
        "--no-commit",
    ]);
    git_as(r, RECORDED, SARA, &["commit", "-q", "-m", "Record the KA treatment"]);
    let file = "reviews/2026-2/events/02-ka-treatment.toml";
    let report = audit_finds(r, 1, &[("record-unattributed", file)]);
    assert!(
        findings(&report, "record-unattributed")[0]["message"]
            .as_str()
            .unwrap()
            .contains("without the trailers"),
        "{}",
        summary(&report)
    );
}

#[test]
fn a_record_committed_by_someone_other_than_its_recorder_is_unattributed() {
    let t = with_second_round();
    let r = &t.repo;
    r.run_ok(&[
        "round",
        "advance",
        "2026-2",
        "ka-treatment",
        "--date",
        "2026-03-02",
        "--decision",
        "Godkänd",
        "--no-commit",
    ]);
    let file = "reviews/2026-2/events/02-ka-treatment.toml";
    assert!(
        r.read(file)
            .contains("recorded_by = \"Sara Sekreterare <sara@example.org>\"")
    );
    commit_with_trailers(r, MIKKO, "ka-treatment", "2026-2/02-ka-treatment");
    let report = audit_finds(r, 1, &[("record-unattributed", file)]);
    assert!(
        findings(&report, "record-unattributed")[0]["message"]
            .as_str()
            .unwrap()
            .contains("Mikko Virtanen <mikko@example.org>"),
        "{}",
        summary(&report)
    );
}

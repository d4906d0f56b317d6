//! Tests of `round`: each bad input gets a clear message, exit 2, no file
//! changed and no commit.

use crate::common::*;
use crate::workflow::in_comment_round;

/// Run a command that must be refused: exit 2, the message, and nothing
/// written, staged or committed. Returns standard error.
pub fn refused(repo: &TestRepo, args: &[&str], expected: &str) -> String {
    refused_with(repo, args, expected, 2)
}

/// [`refused`] for the repository's state (exit 4): an operation in
/// progress, uncommitted or interrupted changes.
pub fn refused_by_state(repo: &TestRepo, args: &[&str], expected: &str) -> String {
    refused_with(repo, args, expected, 4)
}

fn refused_with(repo: &TestRepo, args: &[&str], expected: &str, code: i32) -> String {
    let files = repo.files();
    let head = repo.head();
    let status = repo.git(&["status", "--porcelain"]);
    let stderr = fails_with(repo.cmd().args(args), code);
    assert!(
        stderr.contains(expected),
        "riktlinjer {args:?}\nexpected: {expected}\ngot: {stderr}"
    );
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(repo.files() == files, "riktlinjer {args:?} changed files");
    assert_eq!(repo.head(), head, "riktlinjer {args:?} committed");
    assert_eq!(
        repo.git(&["status", "--porcelain"]),
        status,
        "riktlinjer {args:?} staged something"
    );
    stderr
}

fn opened() -> TestRepo {
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
    repo
}

#[test]
fn unknown_round() {
    let repo = opened();
    let e = refused(
        &repo,
        &["round", "advance", "2026-2", "ka-treatment", "--date", "2026-01-20"],
        "no review round `2026-2` in reviews/ (did you mean `2026-1`?); the rounds are: 2026-1",
    );
    assert!(e.contains("hint: `riktlinjer round status` lists the rounds"), "{e}");
    refused(&repo, &["round", "status", "nope"], "no review round `nope`");
}

#[test]
fn unknown_stage() {
    let repo = opened();
    refused(
        &repo,
        &["round", "advance", "2026-1", "ka-treatmnt", "--date", "2026-01-20"],
        "unknown stage `ka-treatmnt` (did you mean `ka-treatment`?); the stages of reviews/workflow.toml are, in order: preparation, ka-treatment, comment-round, notice, approval",
    );
}

#[test]
fn skipped_stage() {
    let repo = opened();
    refused(
        &repo,
        &["round", "advance", "2026-1", "notice", "--date", "2026-01-20"],
        "round 2026-1 is in stage `preparation`; it cannot skip to `notice`: the next stage is `ka-treatment` (treatment)",
    );
    refused(
        &repo,
        &["round", "approve", "2026-1", "--date", "2026-01-20", "--decision", "X"],
        "the next stage of round 2026-1 is `ka-treatment` (treatment), not an approval",
    );
}

#[test]
fn repeated_or_backward_stage() {
    let repo = in_comment_round();
    refused(
        &repo,
        &[
            "round",
            "advance",
            "2026-1",
            "comment-round",
            "--opens",
            "2026-02-01",
            "--closes",
            "2026-02-28",
        ],
        "round 2026-1 is already in stage `comment-round`; the next stage is `notice` (notice)",
    );
    refused(
        &repo,
        &["round", "advance", "2026-1", "ka-treatment", "--date", "2026-02-01"],
        "round 2026-1 is in stage `comment-round`, which comes after `ka-treatment`; a round cannot go back",
    );
}

#[test]
fn approval_stage_is_entered_by_approving() {
    let repo = in_comment_round();
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "2026-03-01"]);
    refused(
        &repo,
        &["round", "advance", "2026-1", "approval", "--date", "2026-03-01"],
        "`approval` is an approval stage; record the approval with `riktlinjer round approve 2026-1 --date … --decision …`",
    );
}

#[test]
fn approval_with_uncommitted_guideline_changes() {
    let repo = in_comment_round();
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "2026-03-01"]);
    repo.edit("guidelines/samarbete.toml", "i samarbete", "i nära samarbete");
    let e = refused_by_state(
        &repo,
        &[
            "round",
            "approve",
            "2026-1",
            "--date",
            "2026-03-02",
            "--decision",
            "VN/1/2026",
        ],
        "cannot record the approval of round 2026-1: guidelines/ has uncommitted changes (guidelines/samarbete.toml); it would be bound to the committed text, not the text you see",
    );
    assert!(e.contains("hint: commit the guideline changes first"), "{e}");
    // Staged but uncommitted counts too.
    repo.git(&["add", "guidelines"]);
    refused_by_state(
        &repo,
        &[
            "round",
            "approve",
            "2026-1",
            "--date",
            "2026-03-02",
            "--decision",
            "VN/1/2026",
        ],
        "guidelines/ has uncommitted changes",
    );
    repo.commit_all("Say close cooperation");
    repo.run_ok(&[
        "round",
        "approve",
        "2026-1",
        "--date",
        "2026-03-02",
        "--decision",
        "VN/1/2026",
    ]);
}

#[test]
fn dates_that_are_not_dates_or_lie_in_the_future() {
    let repo = opened();
    refused(
        &repo,
        &["round", "advance", "2026-1", "ka-treatment", "--date", "20/1/2026"],
        "--date: `20/1/2026` is not a date; write YYYY-MM-DD (or D.M.YYYY), or YYYY-MM or YYYY when only the month or year is known",
    );
    refused(
        &repo,
        &["round", "advance", "2026-1", "ka-treatment", "--date", "2026-02-30"],
        "--date: `2026-02-30` is not a date: 2026-02 has no day 30",
    );
    refused(
        &repo,
        &["round", "advance", "2026-1", "ka-treatment", "--date", "2026-03-03"],
        "--date 2026-03-03 lies in the future (today is 2026-03-02)",
    );
    refused(
        &repo,
        &["round", "advance", "2026-1", "ka-treatment"],
        "give the date of the ka-treatment with --date YYYY-MM-DD",
    );
    refused(
        &repo,
        &["round", "open", "2026-2", "--title", "T", "--date", "2027"],
        "--date 2027 lies in the future",
    );
    // A month that has begun is not in the future, and `unknown` records no date.
    repo.run_ok(&["round", "advance", "2026-1", "ka-treatment", "--date", "unknown"]);
    let event = repo.read("reviews/2026-1/events/02-ka-treatment.toml");
    assert!(!event.contains("date ="), "{event}");
}

#[test]
fn comment_round_dates() {
    let repo = opened();
    repo.run_ok(&["round", "advance", "2026-1", "ka-treatment", "--date", "2026-01"]);
    refused(
        &repo,
        &[
            "round",
            "advance",
            "2026-1",
            "comment-round",
            "--opens",
            "2026-02-10",
            "--closes",
            "2026-02-01",
        ],
        "--closes 2026-02-01 is before --opens 2026-02-10; a comment round closes after it opens",
    );
    refused(
        &repo,
        &["round", "advance", "2026-1", "comment-round", "--date", "2026-02-01"],
        "`comment-round` is a comment round: give its dates with --opens YYYY-MM-DD --closes YYYY-MM-DD",
    );
    refused(
        &repo,
        &[
            "round",
            "advance",
            "2026-1",
            "comment-round",
            "--opens",
            "2026-02-31",
            "--closes",
            "2026-03-31",
        ],
        "--opens: `2026-02-31` is not a date",
    );
    // A planned close date may lie ahead.
    repo.run_ok(&[
        "round",
        "advance",
        "2026-1",
        "comment-round",
        "--opens",
        "2026-02-15",
        "--closes",
        "2026-04-15",
    ]);
    let status = repo.run_ok(&["round", "status", "2026-1"]);
    assert!(
        status.contains("Comments:    2026-02-15 to 2026-04-15, open, 44 days left"),
        "{status}"
    );
}

#[test]
fn options_of_another_stage_kind() {
    let repo = opened();
    refused(
        &repo,
        &[
            "round",
            "advance",
            "2026-1",
            "ka-treatment",
            "--date",
            "2026-01",
            "--opens",
            "2026-02-01",
        ],
        "--opens and --closes belong to a comment-round stage; `ka-treatment` is a treatment stage",
    );
}

#[test]
fn verdict_in_a_revision_round() {
    let repo = opened();
    refused(
        &repo,
        &["round", "verdict", "2026-1", "samarbete", "current"],
        "round 2026-1 is a revision round; verdicts belong to currency-check rounds",
    );
}

#[test]
fn bad_verdicts_and_stages_in_a_currency_check() {
    let repo = TestRepo::example();
    repo.run_ok(&[
        "round",
        "open",
        "check",
        "--kind",
        "currency-check",
        "--title",
        "Kontroll",
        "--guidelines",
        "1,2",
    ]);
    refused(
        &repo,
        &["round", "verdict", "check", "1", "curent"],
        "`curent` is not a verdict (did you mean `current`?); write one of: current, revise, withdraw",
    );
    refused(
        &repo,
        &["round", "verdict", "check", "3", "current"],
        "guideline `tillgangen-till-tjanster-och-tjansternas` is not in the scope of round check (samarbete, sakerstallande-av-interoperabiliteten)",
    );
    refused(
        &repo,
        &["round", "verdict", "check", "17", "current"],
        "no guideline `17`",
    );
    refused(
        &repo,
        &["round", "advance", "check", "ka-treatment", "--date", "2026-01"],
        "round check is a currency-check round, which has no stages",
    );
}

#[test]
fn round_id_that_already_exists() {
    let repo = opened();
    refused(
        &repo,
        &["round", "open", "2026-1", "--title", "Again"],
        "round 2026-1 already exists (reviews/2026-1/, opened 2026-01-05 by Sara Sekreterare <sara@example.org>); choose another id",
    );
    refused(
        &repo,
        &["round", "open", "../x", "--title", "Bad"],
        "`../x` cannot be a round id",
    );
    refused(
        &repo,
        &["round", "open", "2026-2", "--title", "K", "--kind", "yearly"],
        "--kind: `yearly` is not a round kind",
    );
    refused(
        &repo,
        &["round", "open", "2026-2", "--title", "K", "--guidelines", "1,99"],
        "no guideline `99`",
    );
}

#[test]
fn closed_rounds_take_nothing_more() {
    let repo = opened();
    repo.run_ok(&["round", "close", "2026-1", "--note", "Avbruten."]);
    refused(
        &repo,
        &["round", "advance", "2026-1", "ka-treatment", "--date", "2026-01"],
        "round 2026-1 is closed (event 02-preparation)",
    );
    refused(&repo, &["round", "close", "2026-1"], "round 2026-1 is already closed");
}

#[test]
fn workflow_with_an_unknown_kind() {
    let repo = TestRepo::example();
    repo.edit(
        "reviews/workflow.toml",
        "kind = \"notice\"",
        "kind = \"for-information\"",
    );
    repo.commit_all("Misconfigure the workflow");
    let expected = "reviews/workflow.toml:46:8: unknown stage kind `for-information`; the kinds are: preparation, treatment, comment-round, notice, approval";
    refused(&repo, &["round", "open", "2026-1", "--title", "T"], expected);
    let out = repo.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains(expected), "{stdout}");
    assert!(
        repo.read("reviews/workflow.toml")
            .lines()
            .nth(45)
            .unwrap()
            .contains("for-information")
    );
}

#[test]
fn a_different_workflow_is_configuration() {
    let repo = TestRepo::example();
    repo.write(
        "reviews/workflow.toml",
        "[[stages]]\nid = \"draft\"\nkind = \"preparation\"\nen = \"Draft\"\n\n[[stages]]\nid = \"board\"\nkind = \"approval\"\nen = \"Board approval\"\nbody = \"The board\"\n",
    );
    repo.commit_all("A two-stage process");
    repo.run_ok(&["round", "open", "r1", "--title", "T", "--date", "2026-01"]);
    let out = repo.run_ok(&["round", "approve", "r1", "--date", "2026-02", "--decision", "B-7"]);
    assert!(out.contains("approved 2026-02 by The board (decision B-7)"), "{out}");
    let status = repo.run_ok(&["round", "status", "r1"]);
    assert!(
        status.contains("approved — stage 2 of 2, board (Board approval)"),
        "{status}"
    );
}

#[test]
fn check_reports_review_records_that_were_tampered_with() {
    let repo = in_comment_round();
    let out = repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "THL",
        "--date",
        "2026-02-03",
        "--text",
        "Bra.",
    ]);
    let id = out.split_whitespace().find(|w| w.contains("/S-")).unwrap().to_string();
    let file = format!("reviews/2026-1/statements/{}.toml", &id[7..]);
    repo.cmd().arg("check").assert().success();

    // An edited statement no longer matches its id.
    repo.edit(&file, "Bra.", "Mycket bra.");
    let out = repo.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(&format!(
            "{file}:1:1: the id {id} does not match the statement's content"
        )),
        "{stdout}"
    );
    repo.git(&["checkout", "--", &file]);

    // Two branches that recorded different facts under one name: a collision.
    let original = repo.read(&file);
    repo.write(
        &file,
        format!("<<<<<<< HEAD\n{original}=======\nfrom = \"X\"\n>>>>>>> other\n"),
    );
    let stdout = String::from_utf8(repo.cmd().arg("check").output().unwrap().stdout).unwrap();
    assert!(
        stdout.contains(&format!("{file}:1:1: this file has git merge-conflict markers")),
        "{stdout}"
    );
    assert!(stdout.contains("an id collision"), "{stdout}");
    repo.git(&["checkout", "--", &file]);

    // Two events with one number, from two branches.
    repo.write(
        "reviews/2026-1/events/03-notice.toml",
        repo.read("reviews/2026-1/events/03-comment-round.toml")
            .replace("stage = \"comment-round\"", "stage = \"notice\""),
    );
    let stdout = String::from_utf8(repo.cmd().arg("check").output().unwrap().stdout).unwrap();
    assert!(stdout.contains("two events are numbered 03"), "{stdout}");

    // An unknown field in a record, located.
    std::fs::remove_file(repo.path().join("reviews/2026-1/events/03-notice.toml")).unwrap();
    repo.edit("reviews/2026-1/events/02-ka-treatment.toml", "decision =", "decisoin =");
    let stdout = String::from_utf8(repo.cmd().arg("check").output().unwrap().stdout).unwrap();
    assert!(
        stdout.contains("reviews/2026-1/events/02-ka-treatment.toml:5:1: unknown field `decisoin`"),
        "{stdout}"
    );
}

#[test]
fn the_lock_of_a_killed_recording_is_taken_over() {
    let repo = TestRepo::example();
    // What a killed command of an earlier version left: the lock file, and
    // no process holding it.
    repo.write(".git/riktlinjer.lock", "4242\n");
    let out = repo
        .cmd()
        .args(["round", "open", "2026-1", "--title", "T"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("took over the recording lock from process 4242, which ended without releasing it"),
        "{stderr}"
    );
    assert_eq!(repo.read(".git/riktlinjer.lock"), "", "the lock is released");
    assert!(
        repo.git(&["ls-tree", "-r", "--name-only", "HEAD"])
            .contains("reviews/2026-1/round.toml")
    );
}

#[test]
fn recording_in_a_repository_without_commits_says_what_to_do() {
    let repo = TestRepo::bare_dir();
    repo.git(&["init", "-q"]);
    repo.write("guidelines/index.toml", "languages = [\"sv\"]\n");
    // Exit 4: the repository's state, not the command line, is what is wrong.
    let stderr = fails_with(repo.cmd().args(["round", "open", "2026-1", "--title", "T"]), 4);
    assert!(
        stderr.contains("error: the repository has no commits yet, so there is no text to bind a fact to\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: commit the guidelines first (`git add guidelines && git commit`)"),
        "{stderr}"
    );
    assert!(!repo.path().join("reviews").exists());
}

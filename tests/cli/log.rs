//! Tests of `log`: the history of a guideline from the one history walk.

use serde_json::Value;

use crate::common::*;

const SAMARBETE: &str = "guidelines/samarbete.toml";

/// `log ARGS --format json` as parsed JSON.
fn log_json(repo: &TestRepo, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["log"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let out = repo.run_ok(&all);
    serde_json::from_str::<Vec<Value>>(&out).expect("log --format json gives an array")
}

/// Replace every commit id (full and short) of the repository by `<id:N>`,
/// N counting from the first commit, so that snapshots do not depend on ids.
fn redact_ids(repo: &TestRepo, text: &str) -> String {
    let ids = repo.git(&["rev-list", "--all", "--reverse"]);
    let mut out = text.to_string();
    for (n, id) in ids.lines().enumerate() {
        out = out.replace(id, &format!("<id:{n}>"));
        out = out.replace(&id[..7], &format!("<id:{n}>"));
    }
    out
}

/// Who recorded an event and the text it is bound to (HEAD), as the
/// workflow commands write them.
fn recorded(repo: &TestRepo) -> String {
    format!(
        "recorded_by = \"Sara Sekreterare <sara@example.org>\"\nrecorded_at = \"2021-03-01T10:00:00+02:00\"\n\n[content]\ncommit = \"{}\"\nguidelines_tree = \"{}\"\n",
        repo.head(),
        repo.git(&["rev-parse", "HEAD:guidelines"]).trim()
    )
}

/// A round file and its first events, as the workflow commands write them.
fn write_round(repo: &TestRepo, round: &str, scope: &[&str]) {
    let list = scope.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ");
    repo.write(
        &format!("reviews/{round}/round.toml"),
        format!(
            "title = \"Revision {round}\"\nkind = \"revision\"\nguidelines = [{list}]\nopened = \"2021-03\"\nopened_by = \"Sara Sekreterare <sara@example.org>\"\nbase_commit = \"{}\"\nbase_tree = \"{}\"\n",
            repo.head(),
            repo.git(&["rev-parse", "HEAD:guidelines"]).trim()
        ),
    );
    repo.write(
        &format!("reviews/{round}/events/01-preparation.toml"),
        format!(
            "stage = \"preparation\"\naction = \"enter\"\ndate = \"2021-03\"\nbody = \"SHM, THL och Salivirta\"\n{}",
            recorded(repo)
        ),
    );
}

#[test]
fn log_of_one_guideline_shows_each_change_with_its_round_stage_and_citations() {
    let repo = TestRepo::example();
    repo.edit(
        SAMARBETE,
        "Serviceanordnaren utnyttjar nationellt",
        "Serviceanordnaren utnyttjar alltid och fullt nationellt",
    );
    repo.commit_all(
        "Strengthen the organiser's duty\n\nReview-Round: 2021-1\nReview-Stage: comment-round\nAddresses: 2021-1/S-7f3a2c\n",
    );
    repo.edit(
        SAMARBETE,
        "title = \"Samarbete\"",
        "title = \"Samarbete och samverkan\"",
    );
    repo.edit(
        "guidelines/syftet-med-engangsregistrering.toml",
        "Syftet med engångsregistrering",
        "Syftet med registrering en gång",
    );
    repo.commit_all("Retitle two guidelines");

    let entries = log_json(&repo, &["samarbete"]);
    assert_eq!(entries.len(), 3, "{entries:#?}");
    // Newest first: the retitle, the cited edit, the first version.
    let retitle = &entries[0];
    assert_eq!(retitle["change"], "modified");
    assert_eq!(retitle["title"], "Samarbete och samverkan");
    assert_eq!(retitle["number"], 1);
    assert!(retitle["round"].is_null());
    assert_eq!(retitle["fields"].as_array().unwrap().len(), 1);
    assert_eq!(retitle["fields"][0]["field"], "sv.title");
    assert_eq!(retitle["fields"][0]["from"], "Samarbete");
    assert_eq!(retitle["fields"][0]["to"], "Samarbete och samverkan");
    assert_eq!(retitle["words_added"], 2);
    assert_eq!(retitle["words_removed"], 0);

    let cited = &entries[1];
    assert_eq!(cited["message"], "Strengthen the organiser's duty");
    assert_eq!(cited["author"], "Sara Sekreterare");
    assert_eq!(cited["round"]["round"], "2021-1");
    assert_eq!(cited["round"]["stage"], "comment-round");
    assert_eq!(cited["round"]["source"], "trailer");
    assert_eq!(cited["addresses"], serde_json::json!(["2021-1/S-7f3a2c"]));
    assert_eq!(cited["fields"][0]["field"], "sv.actors.serviceanordnare");
    assert_eq!(cited["fields"][0]["words_added"], 3);
    assert_eq!(cited["fields"][0]["words_removed"], 0);
    assert_eq!(
        cited["commit"].as_str().unwrap(),
        repo.git(&["rev-parse", "HEAD~1"]).trim()
    );

    assert_eq!(entries[2]["change"], "added");
    assert_eq!(entries[2]["title"], "Samarbete");

    // By number, the same history.
    assert_eq!(log_json(&repo, &["1"]), entries);

    let text = repo.run_ok(&["log", "samarbete"]);
    insta::assert_snapshot!("log_samarbete_text", redact_ids(&repo, &text));

    // The log of all holds both guidelines of the retitle commit, by number.
    let all = log_json(&repo, &[]);
    assert_eq!(all.len(), 16 + 1 + 2);
    assert_eq!(all[0]["guideline"], "samarbete");
    assert_eq!(all[1]["guideline"], "syftet-med-engangsregistrering");
    assert_eq!(all[1]["commit"], all[0]["commit"]);
}

#[test]
fn log_attributes_changes_to_the_round_that_was_open_from_its_events() {
    let repo = TestRepo::example();
    write_round(&repo, "2021-1", &["samarbete"]);
    repo.commit_all(
        "Open round 2021-1\n\nReview-Round: 2021-1\nReview-Stage: preparation\nReview-Event: 2021-1/01-preparation\n",
    );
    repo.write(
        "reviews/2021-1/events/02-ka-treatment.toml",
        format!(
            "stage = \"ka-treatment\"\naction = \"enter\"\nbody = \"SOTE KA-grupperna\"\n{}",
            recorded(&repo)
        ),
    );
    repo.commit_all("Round 2021-1: the KA groups treat the text\n\nReview-Round: 2021-1\nReview-Stage: ka-treatment\nReview-Event: 2021-1/02-ka-treatment\n");
    // An edit without trailers, while the round is open.
    repo.edit(SAMARBETE, "klar och tydlig roll", "klar roll");
    repo.edit(
        "guidelines/enhetliga-indikatorer.toml",
        "number = 11",
        "number = 11 # unchanged text",
    );
    repo.commit_all("Shorten a phrase");
    repo.write(
        "reviews/2021-1/events/03-ka-treatment.toml",
        format!("stage = \"ka-treatment\"\naction = \"close\"\n{}", recorded(&repo)),
    );
    repo.commit_all("Close round 2021-1\n\nReview-Round: 2021-1\nReview-Event: 2021-1/03-ka-treatment\n");
    repo.edit(SAMARBETE, "klar roll", "klar och tydlig roll");
    repo.commit_all("Restore the phrase");

    let entries = log_json(&repo, &["samarbete"]);
    assert_eq!(entries.len(), 3);
    assert!(entries[0]["round"].is_null(), "after the close: {:#?}", entries[0]);
    assert_eq!(entries[1]["round"]["round"], "2021-1");
    assert_eq!(entries[1]["round"]["stage"], "ka-treatment");
    assert_eq!(entries[1]["round"]["source"], "events");
    assert_eq!(entries[1]["fields"][0]["field"], "sv.description");
    assert_eq!(entries[1]["words_removed"], 2);
    // A guideline outside the round's scope is not attributed to it; a
    // comment-only edit is a change with no text changed.
    let other = log_json(&repo, &["enhetliga-indikatorer"]);
    assert!(other[0]["round"].is_null());
    assert_eq!(other[0]["fields"], serde_json::json!([]));
    let text = repo.run_ok(&["log", "enhetliga-indikatorer"]);
    assert!(text.contains("modified (the texts are unchanged)"), "{text}");

    // An approved round is over too, even before it is closed.
    write_round(&repo, "2022-1", &["samarbete"]);
    repo.write(
        "reviews/2022-1/events/02-approval.toml",
        format!("stage = \"approval\"\naction = \"approve\"\n{}", recorded(&repo)),
    );
    repo.commit_all("Open and approve round 2022-1");
    repo.edit(SAMARBETE, "klar och tydlig roll", "klar roll");
    repo.commit_all("Shorten the phrase again");
    let entries = log_json(&repo, &["samarbete"]);
    assert!(entries[0]["round"].is_null(), "after the approval: {:#?}", entries[0]);
}

#[test]
fn an_event_file_that_does_not_parse_in_an_old_commit_is_reported_and_the_walk_goes_on() {
    let repo = TestRepo::example();
    repo.write("reviews/2021-1/events/01-preparation.toml", "stage = \n");
    repo.commit_all("Record a broken event");
    let broken = repo.head();
    repo.write(
        "reviews/2021-1/events/01-preparation.toml",
        format!("stage = \"preparation\"\naction = \"enter\"\n{}", recorded(&repo)),
    );
    repo.commit_all("Repair the event");
    repo.edit(SAMARBETE, "klar och tydlig roll", "klar roll");
    repo.commit_all("Shorten a phrase");

    let out = repo.cmd().args(["log", "samarbete"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("reviews/2021-1/events/01-preparation.toml")
            && stderr.contains(&broken[..7])
            && stderr.contains("line 1")
            && stderr.contains("the rest of history was read"),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("Shorten a phrase"), "{stdout}");
}

#[test]
fn a_withdrawn_guideline_is_found_by_its_id_and_a_rename_is_shown() {
    let repo = TestRepo::example();
    repo.git(&[
        "mv",
        "guidelines/enhetliga-indikatorer.toml",
        "guidelines/indikatorer.toml",
    ]);
    repo.commit_all("Shorten the id of guideline 11");
    repo.git(&["rm", "-q", "guidelines/indikatorer.toml"]);
    repo.commit_all("Withdraw guideline 11");

    let gone = log_json(&repo, &["indikatorer"]);
    assert_eq!(gone.len(), 2);
    assert_eq!(gone[0]["change"], "removed");
    assert_eq!(gone[0]["number"], 11);
    assert_eq!(gone[1]["change"], "added");
    assert_eq!(gone[1]["renamed_from"], "enhetliga-indikatorer");
    let old = log_json(&repo, &["enhetliga-indikatorer"]);
    assert_eq!(old[0]["change"], "removed");
    assert_eq!(old[0]["renamed_to"], "indikatorer");
    let text = repo.run_ok(&["log", "indikatorer"]);
    assert!(text.contains("added (renamed from enhetliga-indikatorer)"), "{text}");
}

#[test]
fn an_unknown_guideline_fails_with_a_suggestion_and_changes_nothing() {
    let repo = TestRepo::example();
    let before = repo.files();
    let head = repo.head();
    let stderr = fails_with(repo.cmd().args(["log", "samarbet"]), 2);
    assert!(
        stderr.contains("no guideline `samarbet` (did you mean `samarbete`?)"),
        "{stderr}"
    );
    assert!(stderr.contains("hint:"), "{stderr}");
    let stderr = fails_with(repo.cmd().args(["log", "99"]), 2);
    assert!(stderr.contains("no guideline `99`"), "{stderr}");
    assert_eq!(repo.files(), before);
    assert_eq!(repo.head(), head);
}

#[test]
fn a_repository_without_review_records_logs_its_guidelines() {
    let repo = TestRepo::example();
    let all = log_json(&repo, &[]);
    assert_eq!(all.len(), 16);
    assert!(all.iter().all(|e| e["change"] == "added" && e["round"].is_null()));
    let numbers: Vec<i64> = all.iter().map(|e| e["number"].as_i64().unwrap()).collect();
    assert_eq!(numbers, (1..=16).collect::<Vec<_>>());
}

#[test]
fn merges_show_each_change_once_at_the_commit_that_made_it() {
    let repo = TestRepo::example();
    repo.git(&["checkout", "-q", "-b", "side"]);
    repo.edit(SAMARBETE, "klar och tydlig roll", "klar roll");
    repo.commit_all("Edit on the side branch");
    let side = repo.head();
    repo.git(&["checkout", "-q", "main"]);
    repo.edit(
        "guidelines/enhetliga-indikatorer.toml",
        "number = 11",
        "number = 11 # main",
    );
    repo.commit_all("Edit on main");
    repo.git(&["merge", "-q", "--no-edit", "side"]);
    let merge = repo.head();

    let samarbete = log_json(&repo, &["samarbete"]);
    assert_eq!(samarbete.len(), 2);
    assert_eq!(samarbete[0]["commit"], side.as_str());
    let all = log_json(&repo, &[]);
    assert!(all.iter().all(|e| e["commit"] != merge.as_str()), "{all:#?}");

    // A merge that resolves a conflict with text of its own is a change.
    repo.git(&["checkout", "-q", "-b", "other", "HEAD~1"]);
    repo.edit(SAMARBETE, "klar och tydlig roll", "tydlig roll");
    repo.commit_all("Conflicting edit");
    repo.git(&["checkout", "-q", "main"]);
    let mut merge_cmd = std::process::Command::new("git");
    isolate(&mut merge_cmd);
    let out = merge_cmd
        .args(["merge", "-q", "other"])
        .current_dir(repo.path())
        .output()
        .unwrap();
    assert!(!out.status.success(), "the merge should conflict");
    repo.git(&["checkout", "--theirs", SAMARBETE]);
    repo.edit(SAMARBETE, "en tydlig roll", "en klar, tydlig roll");
    repo.commit_all("Merge other, resolving the conflict");
    let resolution = repo.head();
    let samarbete = log_json(&repo, &["samarbete"]);
    assert_eq!(samarbete[0]["commit"], resolution.as_str(), "{samarbete:#?}");
    assert_eq!(samarbete.len(), 4);
}

#[test]
fn a_shallow_clone_says_which_answers_cannot_be_exact() {
    let origin = TestRepo::example();
    origin.edit(SAMARBETE, "klar och tydlig roll", "klar roll");
    origin.commit_all("First edit");
    origin.edit(SAMARBETE, "klar roll", "tydlig roll");
    origin.commit_all("Second edit");
    let clone = TestRepo::bare_dir();
    let url = format!("file://{}", origin.path().display());
    clone.git(&["clone", "-q", "--depth", "2", &url, "."]);

    let out = clone.cmd().args(["log", "samarbete"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("shallow clone")
            && stderr.contains("cannot be exact")
            && stderr.contains("git fetch --unshallow"),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("Second edit"), "{stdout}");
    assert!(stdout.contains("present when the shallow history begins"), "{stdout}");
    assert!(!stdout.contains("Start the guideline repository"), "{stdout}");
    let entries = log_json(&clone, &["samarbete"]);
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1]["boundary"], true);
}

/// Run git with author and committer dated `date`.
fn git_dated(repo: &TestRepo, args: &[&str], date: &str) {
    let mut cmd = std::process::Command::new("git");
    isolate(&mut cmd);
    let out = cmd
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .current_dir(repo.path())
        .args(args)
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `git add -A && git commit -m MESSAGE`, dated `date`.
fn commit_dated(repo: &TestRepo, message: &str, date: &str) {
    git_dated(repo, &["add", "-A"], date);
    git_dated(repo, &["commit", "-q", "-m", message], date);
}

/// The example repository and three edits of `samarbete`, the second dated
/// `middle`.
fn edited_with_middle_dated(middle: &str) -> TestRepo {
    let repo = TestRepo::example();
    git_dated(
        &repo,
        &["commit", "-q", "--amend", "--no-edit", "--reset-author"],
        "2025-01-10T09:00:00+02:00",
    );
    repo.edit(SAMARBETE, "utnyttjar nationellt", "utnyttjar alltid nationellt");
    commit_dated(&repo, "First edit", "2025-06-01T09:00:00+02:00");
    repo.edit(
        SAMARBETE,
        "utnyttjar alltid nationellt",
        "utnyttjar alltid och fullt nationellt",
    );
    commit_dated(&repo, "Second edit, from a laptop with a wrong clock", middle);
    repo.edit(
        SAMARBETE,
        "title = \"Samarbete\"",
        "title = \"Samarbete och samverkan\"",
    );
    commit_dated(&repo, "Third edit", "2025-07-01T09:00:00+02:00");
    repo
}

/// Commit ids by their place in history (`<id:N>`, N from the first commit
/// in topological order, not in date order) and the skewed date made one.
fn redact_by_place(repo: &TestRepo, text: &str) -> String {
    let ids = repo.git(&["rev-list", "--topo-order", "--reverse", "HEAD"]);
    let mut out = text.replace("2019-01-01", "<middle>").replace("2025-06-15", "<middle>");
    for (n, id) in ids.lines().enumerate() {
        out = out.replace(id, &format!("<id:{n}>"));
        out = out.replace(&id[..7], &format!("<id:{n}>"));
    }
    out
}

#[test]
fn a_commit_dated_before_its_parent_changes_no_answer() {
    let forward = edited_with_middle_dated("2025-06-15T09:00:00+02:00");
    let skewed = edited_with_middle_dated("2019-01-01T09:00:00+02:00");
    let dates = skewed.git(&["log", "--format=%as", "HEAD~3..HEAD"]);
    assert_eq!(
        dates, "2025-07-01\n2019-01-01\n2025-06-01\n",
        "the middle commit predates its parent"
    );

    // The log follows history, not the dates: newest first by place.
    let entries = log_json(&skewed, &["samarbete"]);
    let messages: Vec<&str> = entries.iter().map(|e| e["message"].as_str().unwrap()).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert_eq!(
        messages[..3],
        [
            "Third edit",
            "Second edit, from a laptop with a wrong clock",
            "First edit"
        ]
    );
    assert_eq!(entries[1]["words_added"], 2);

    // Every answer is the one of the same history with dates running forward.
    for args in [
        &["log", "--format", "json"][..],
        &["report", "currency", "--format", "json"],
        &["audit", "--format", "json"],
    ] {
        let a = redact_by_place(&forward, &forward.run_ok(args));
        let b = redact_by_place(&skewed, &skewed.run_ok(args));
        assert_eq!(a, b, "riktlinjer {args:?}");
    }
}

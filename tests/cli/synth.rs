//! The synthetic repository generator (`examples/synth`) writes what the
//! recording commands write: `check` finds nothing, `audit` passes, and the
//! reports read every guideline of its history.

#[path = "../../examples/synth/generate.rs"]
mod generate;

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use crate::common::*;

/// Run `riktlinjer ARGS` in `dir`, expecting exit code `code`; its stdout.
fn run(dir: &Path, args: &[&str], code: i32) -> String {
    let out = riktlinjer_in(dir).args(args).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(
        out.status.code(),
        Some(code),
        "riktlinjer {args:?}:\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn json(dir: &Path, args: &[&str], code: i32) -> Value {
    serde_json::from_str(&run(dir, args, code)).expect("JSON")
}

#[test]
fn a_generated_repository_is_clean_audited_and_fully_reported() {
    let tmp = TestRepo::bare_dir();
    let dir = tmp.path().join("synth");
    let params = generate::Params {
        guidelines: 24,
        commits: 400,
        seed: 7,
        repack: false,
        profile: generate::Profile::Default,
    };
    let s = generate::generate(&dir, &params).expect("generate");
    assert!(generate::is_generated(&dir, &params));

    // It holds every kind of record the commands write.
    assert!(s.commits >= 400, "{s:?}");
    assert_eq!(s.revision_rounds, 2, "{s:?}");
    assert_eq!(s.approvals, 2, "{s:?}");
    assert_eq!(s.currency_rounds, 1, "{s:?}");
    assert!(s.statements >= 6 && s.citing_edits > 0, "{s:?}");
    assert!(s.verdicts >= 3 && s.withdrawals == 1, "{s:?}");
    assert!(s.edits > 100 && s.retitles > 0 && s.renumbers > 0, "{s:?}");

    let check = run(&dir, &["check"], 0);
    assert!(
        check.starts_with(&format!("ok: {} guidelines", s.guidelines)) && check.contains("3 review rounds"),
        "{check}"
    );

    let audit = json(&dir, &["audit", "--format", "json"], 0);
    assert_eq!(audit["ok"], true, "{audit:#}");
    assert_eq!(audit["findings"], serde_json::json!([]));
    let checked = &audit["checked"];
    assert_eq!(checked["rounds"], 3);
    assert_eq!(checked["statements"].as_u64(), Some(s.statements as u64));
    assert!(checked["approved_guidelines"].as_u64().unwrap() >= params.guidelines as u64 - 1);

    // Every guideline file at HEAD is on the currency sheet, and so is the
    // withdrawn one.
    let files: BTreeSet<String> = std::fs::read_dir(dir.join("guidelines"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "index.toml")
        .map(|n| n.trim_end_matches(".toml").to_string())
        .collect();
    assert_eq!(files.len(), s.guidelines);
    let currency = json(&dir, &["report", "currency", "--format", "json"], 0);
    let rows = currency.as_array().unwrap();
    let listed: BTreeSet<String> = rows
        .iter()
        .filter(|r| r["status"] != "withdrawn")
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, files);
    let withdrawn: Vec<&Value> = rows.iter().filter(|r| r["status"] == "withdrawn").collect();
    assert_eq!(withdrawn.len(), 1, "{currency:#}");
    // Every approved text is in force unchanged.
    for r in rows.iter().filter(|r| r["status"] != "withdrawn") {
        assert_eq!(r["changes_since_approval"], serde_json::json!([]), "{r:#}");
        if let Some(a) = r["approved"].as_object() {
            assert_eq!(a["text_as_approved"], true, "{r:#}");
        }
    }

    // The log of all guidelines reads the whole history: every guideline,
    // the rounds its changes belong to, the statements they answer.
    let log = json(&dir, &["log", "--format", "json"], 0);
    let changes = log.as_array().unwrap();
    let logged: BTreeSet<&str> = changes.iter().map(|c| c["guideline"].as_str().unwrap()).collect();
    assert_eq!(logged.len(), s.guidelines + 1);
    assert!(changes.iter().any(|c| c["addresses"] != serde_json::json!([])));
    assert!(changes.iter().any(|c| c["round"].is_object()));

    // Read on two threads, the log is the same.
    let repo = riktlinjer::repo::Repo::discover(&dir).unwrap();
    let index = riktlinjer::history::HistoryIndex::build(&repo, Default::default(), &mut |_, _| {}).unwrap();
    let one = riktlinjer::history::log::log_parallel_from(&repo, &index, None, usize::MAX).unwrap();
    let two = riktlinjer::history::log::log_parallel_from(&repo, &index, None, 0).unwrap();
    assert_eq!(serde_json::to_value(&one).unwrap(), serde_json::to_value(&two).unwrap());
    assert_eq!(serde_json::to_value(&one).unwrap(), log);

    // The audit on two threads finds the same, also when a record is bound
    // to a text that was not the committed one.
    let event = std::fs::read_dir(dir.join("reviews"))
        .unwrap()
        .map(|e| e.unwrap().path().join("events/01-preparation.toml"))
        .find(|p| p.exists())
        .unwrap();
    let text = std::fs::read_to_string(&event).unwrap();
    let blob = text.lines().rev().find(|l| l.contains(" = \"")).unwrap();
    let (name, _) = blob.split_once(" = ").unwrap();
    let forged = text.replace(blob, &format!("{name} = \"{}\"", "0".repeat(40)));
    std::fs::write(event.with_file_name("99-preparation.toml"), forged).unwrap();
    for args in [&["add", "-A"][..], &["commit", "-q", "-m", "Forge a record"]] {
        let status = std::process::Command::new("git")
            .args(args)
            .current_dir(&dir)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_NAME", "X")
            .env("GIT_AUTHOR_EMAIL", "x@example.org")
            .env("GIT_COMMITTER_NAME", "X")
            .env("GIT_COMMITTER_EMAIL", "x@example.org")
            .status()
            .unwrap();
        assert!(status.success());
    }
    let index = riktlinjer::history::HistoryIndex::build(&repo, Default::default(), &mut |_, _| {}).unwrap();
    let one = riktlinjer::history::audit::audit_parallel_from(&repo, &index, usize::MAX).unwrap();
    let two = riktlinjer::history::audit::audit_parallel_from(&repo, &index, 0).unwrap();
    let one = serde_json::to_value(&one).unwrap();
    assert_eq!(one, serde_json::to_value(&two).unwrap());
    assert_eq!(one["ok"], false);
    assert!(
        one["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "binding-mismatch" && f["guideline"] == name),
        "{one:#}"
    );
}

/// `git ARGS` in `dir`, which must succeed.
fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "X")
        .env("GIT_AUTHOR_EMAIL", "x@example.org")
        .env("GIT_COMMITTER_NAME", "X")
        .env("GIT_COMMITTER_EMAIL", "x@example.org")
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

/// A generated repository of 12 guidelines and `commits` commits from
/// `seed`, in a temporary folder (kept while the first value lives), and
/// its handle.
fn small_synth(commits: usize, seed: u64) -> (TestRepo, std::path::PathBuf, riktlinjer::repo::Repo) {
    let tmp = TestRepo::bare_dir();
    let dir = tmp.path().join("synth");
    let params = generate::Params {
        guidelines: 12,
        commits,
        seed,
        repack: false,
        profile: generate::Profile::Default,
    };
    generate::generate(&dir, &params).expect("generate");
    let repo = riktlinjer::repo::Repo::discover(&dir).unwrap();
    (tmp, dir, repo)
}

#[test]
fn the_walk_cache_never_changes_an_answer() {
    use riktlinjer::history::{HistoryIndex, WalkOptions, cache};
    let (_tmp, dir, repo) = small_synth(150, 3);
    let file = cache::path(&repo);
    assert!(file.starts_with(dir.join(".git")), "{}", file.display());
    // The index (every report reads only it and the objects) and the log,
    // built with and without the cache, as JSON.
    let answers = |use_cache: bool| {
        let options = WalkOptions {
            cache: use_cache,
            ..WalkOptions::default()
        };
        let index = HistoryIndex::build(&repo, options, &mut |_, _| {}).unwrap();
        let log = riktlinjer::history::log::log(&repo, &index, None).unwrap();
        (
            serde_json::to_value(&index).unwrap(),
            serde_json::to_value(&log).unwrap(),
            index.reachable.clone(),
        )
    };
    let same = |what: &str| {
        let without = answers(false);
        let cold_or_warm = answers(true);
        assert!(file.is_file(), "{what}: the cache was written");
        assert!(without == cold_or_warm, "{what}: the cache changed an answer");
        // Read back from the file it just wrote: still the same, and a
        // walk that learns nothing new leaves the file as it is.
        let written = std::fs::read(&file).unwrap();
        let inode = |f: &std::path::Path| std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(f).unwrap());
        let before = inode(&file);
        assert!(
            answers(true) == without,
            "{what}: the cache as read back changed an answer"
        );
        assert_eq!(inode(&file), before, "{what}: a warm walk rewrote the cache");
        assert_eq!(std::fs::read(&file).unwrap(), written);
        let left: Vec<_> = std::fs::read_dir(file.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n != "walk.v2")
            .collect();
        assert!(left.is_empty(), "{what}: files left beside the cache: {left:?}");
        without
    };
    let first = same("a new repository");
    // Without the cache, nothing is written.
    std::fs::remove_file(&file).unwrap();
    answers(false);
    assert!(!file.exists());

    let edit = |from: &str, to: &str| {
        let path = std::fs::read_dir(dir.join("guidelines"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().unwrap() != "index.toml")
            .find(|p| std::fs::read_to_string(p).unwrap().contains(from))
            .expect("a guideline with the word");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    same("cold");
    edit("Klienten", "Kunden");
    git(&dir, &["commit", "-q", "-a", "-m", "One new commit"]);
    // What a walk killed while writing left (its process is gone) is
    // removed by the next walk that writes.
    let killed = file.with_file_name(format!(".walk.v2.{}.tmp", u32::MAX / 2));
    std::fs::write(&killed, b"half a cache").unwrap();
    let one_more = same("after one new commit");
    assert!(!killed.exists());
    assert_ne!(one_more.1, first.1, "the new commit is in the log");

    // Rewritten history has other ids: nothing stale is reused.
    edit("Kunden", "Brukaren");
    git(&dir, &["commit", "-q", "-a", "--amend", "-m", "One amended commit"]);
    let amended = same("after an amend");
    assert_ne!(amended.1, one_more.1);
    assert_ne!(amended.0["head"], one_more.0["head"]);
    git(&dir, &["reset", "-q", "--hard", "HEAD~2"]);
    let back = same("back two commits");
    assert_eq!(back.2.len(), first.2.len() - 1);
    edit("Klienten", "Personen");
    git(&dir, &["commit", "-q", "-a", "-m", "Another branch of history"]);
    same("on another line of history");

    // A damaged, truncated or foreign cache is ignored and rewritten.
    let good = std::fs::read(&file).unwrap();
    let mut flipped = good.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 1;
    let damaged: [&[u8]; 4] = [b"garbage", &good[..good.len() / 2], &flipped, b""];
    let expected = answers(false);
    for bytes in damaged {
        std::fs::write(&file, bytes).unwrap();
        assert!(answers(true) == expected, "a damaged cache changed an answer");
        assert_eq!(std::fs::read(&file).unwrap(), good, "the damaged cache was rewritten");
    }
    // Another repository's cache: its commits are not in this history.
    let (_other, _, other_repo) = small_synth(150, 4);
    HistoryIndex::build(&other_repo, WalkOptions::default(), &mut |_, _| {}).unwrap();
    std::fs::copy(cache::path(&other_repo), &file).unwrap();
    assert!(answers(true) == expected, "a foreign cache changed an answer");

    // The command line uses it too: the same report from a cold and a warm cache.
    std::fs::remove_file(&file).unwrap();
    let cold = run(&dir, &["report", "currency", "--format", "json"], 0);
    assert!(file.is_file());
    assert_eq!(run(&dir, &["report", "currency", "--format", "json"], 0), cold);

    // The audit never reads it: a well-formed cache that says no commit
    // changed anything misleads the currency report, not the audit.
    let audit = run(&dir, &["audit", "--format", "json"], 1);
    let order = cache::decode(std::fs::read(&file).unwrap(), &riktlinjer::history::FOLDERS)
        .unwrap()
        .order;
    let forged = cache::encode(&riktlinjer::history::FOLDERS, &order, &[]).unwrap();
    std::fs::write(&file, &forged).unwrap();
    // (The currency report believes it: no commit ever added a guideline.)
    let out = riktlinjer_in(&dir)
        .args(["report", "currency", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no commit has added guidelines"));
    std::fs::write(&file, &forged).unwrap();
    assert_eq!(run(&dir, &["audit", "--format", "json"], 1), audit);
    assert_eq!(
        std::fs::read(&file).unwrap(),
        forged,
        "the audit does not write it either"
    );
}

/// The changelog compares approved texts while the history is walked, in
/// the order the approvals say they were recorded; a wrong clock makes that
/// guess wrong, and then the changelog compares what history says instead.
#[test]
fn a_changelog_prepared_in_the_wrong_order_is_the_same_changelog() {
    use riktlinjer::history::changelog::{self, Inputs, Prepared};
    use riktlinjer::history::{HistoryIndex, WalkOptions};
    let (_tmp, _, repo) = small_synth(900, 3);
    let head = repo.head().unwrap().unwrap().id;
    let snapshot = riktlinjer::snapshot::Snapshot::of(&repo, Some(&head)).unwrap();
    let reviews = riktlinjer::store::load_reviews(&snapshot, None).unwrap();
    let index = HistoryIndex::build(&repo, WalkOptions::default(), &mut |_, _| {}).unwrap();
    let inputs = |rounds| Inputs {
        rounds,
        workflow: &reviews.workflow,
        to: head.clone(),
        range: None,
        lang: "sv".into(),
        known: None,
    };
    let answer = |prepared: Prepared| {
        serde_json::to_value(changelog::changelog_prepared(&repo, &index, &inputs(&reviews.rounds), prepared).unwrap())
            .unwrap()
    };
    let expected = answer(Prepared::default());
    let approvals = expected["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "revision")
        .count();
    assert!(approvals >= 2, "{approvals} approvals: nothing to put in a wrong order");
    assert_eq!(
        answer(changelog::prepare(&repo, &inputs(&reviews.rounds)).unwrap()),
        expected
    );
    // Every approval recorded by a clock running backwards: the guessed
    // order is the reverse of history's.
    let mut skewed = reviews.rounds.clone();
    let epoch = chrono::DateTime::parse_from_rfc3339("2100-01-01T00:00:00+00:00").unwrap();
    for r in &mut skewed {
        for e in &mut r.events {
            let days = (e.event.recorded_at - epoch).num_days();
            e.event.recorded_at = epoch - chrono::Duration::days(days);
        }
    }
    assert_eq!(answer(changelog::prepare(&repo, &inputs(&skewed)).unwrap()), expected);
}

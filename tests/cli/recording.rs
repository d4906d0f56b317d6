//! Recording in a crowd and in the middle of git operations: writers wait
//! for each other, busy has its own exit code, a dead holder's lock is taken
//! over, and nothing is recorded while a merge or rebase is in progress.

use crate::common::*;

/// Round 2026-1 in its comment round (2026-02-01 to 2026-02-28).
fn comment_round() -> TestRepo {
    crate::workflow::in_comment_round()
}

#[test]
fn four_writers_at_once_record_every_statement_once() {
    let repo = comment_round();
    let writers: Vec<std::thread::JoinHandle<Vec<std::process::Output>>> = (0..4)
        .map(|w| {
            let path = repo.path().to_path_buf();
            std::thread::spawn(move || {
                (0..25)
                    .map(|i| {
                        riktlinjer_in(&path)
                            .args([
                                "comment",
                                "add",
                                "2026-1",
                                "--from",
                                &format!("Organisation {w}"),
                                "--date",
                                "2026-02-10",
                                "--text",
                                &format!("Utlåtande {i} från skribent {w}."),
                            ])
                            .output()
                            .unwrap()
                    })
                    .collect()
            })
        })
        .collect();
    let outputs: Vec<std::process::Output> = writers.into_iter().flat_map(|h| h.join().unwrap()).collect();
    for out in &outputs {
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let status = repo.json(&["round", "status", "2026-1", "--format", "json"]);
    let statements = status["statements"].as_array().unwrap();
    assert_eq!(statements.len(), 100, "every statement recorded");
    let texts: std::collections::BTreeSet<&str> = statements.iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert_eq!(texts.len(), 100, "each once");
    assert_eq!(repo.git(&["status", "--porcelain"]).trim(), "", "nothing left behind");
    repo.run_ok(&["check"]);
    let audit = repo.cmd().arg("audit").output().unwrap();
    assert_eq!(
        audit.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&audit.stdout)
    );
}

#[test]
fn a_busy_repository_is_its_own_exit_code_and_a_dead_holder_is_taken_over() {
    let repo = comment_round();
    let path = repo.path().join(".git/riktlinjer.lock");
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(&path)
        .unwrap();
    fs4::FileExt::try_lock(&file).unwrap();
    std::fs::write(&path, "pid=4242\nhost=kansli\nstarted=2026-03-02T09:59:00+02:00\n").unwrap();
    let head = repo.head();
    let err = fails_with(
        repo.cmd().args([
            "--wait",
            "1",
            "comment",
            "add",
            "2026-1",
            "--from",
            "X",
            "--text",
            "T",
            "--date",
            "2026-02-10",
        ]),
        75,
    );
    assert!(err.contains("waiting for process 4242 on kansli"), "{err}");
    assert!(err.contains("did not finish within 1 s"), "{err}");
    assert!(err.contains("--wait SECONDS"), "{err}");
    assert_eq!(repo.head(), head, "nothing committed");
    // The holder is killed: its lock goes with it, and its name is what is left.
    drop(file);
    let out = repo
        .cmd()
        .args([
            "comment",
            "add",
            "2026-1",
            "--from",
            "X",
            "--text",
            "T",
            "--date",
            "2026-02-10",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("took over the recording lock of process 4242 on kansli"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "",
        "released after the command"
    );
}

#[test]
fn nothing_is_recorded_while_a_merge_or_rebase_is_in_progress() {
    let repo = comment_round();
    repo.git(&["checkout", "-q", "-b", "draft"]);
    repo.edit(
        "guidelines/samarbete.toml",
        "överlappande aktiviteter",
        "dubbla aktiviteter",
    );
    repo.commit_all("Draft");
    repo.git(&["checkout", "-q", "-"]);
    repo.edit(
        "guidelines/samarbete.toml",
        "överlappande aktiviteter",
        "parallella aktiviteter",
    );
    repo.commit_all("Other wording");
    let mut merge = std::process::Command::new("git");
    isolate(&mut merge);
    let out = merge
        .current_dir(repo.path())
        .args(["merge", "-q", "draft"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "a conflict");
    let head = repo.head();
    let err = fails_with(
        repo.cmd().args([
            "comment",
            "add",
            "2026-1",
            "--from",
            "X",
            "--text",
            "T",
            "--date",
            "2026-02-10",
        ]),
        2,
    );
    assert!(err.contains("a merge is in progress"), "{err}");
    assert!(err.contains("git merge --abort"), "{err}");
    assert_eq!(repo.head(), head);
    repo.git(&["merge", "--abort"]);
    let main = repo.git(&["rev-parse", "--abbrev-ref", "HEAD"]).trim().to_string();
    repo.git(&["checkout", "-q", "draft"]);
    let mut rebase = std::process::Command::new("git");
    isolate(&mut rebase);
    let out = rebase
        .current_dir(repo.path())
        .args(["rebase", "-q", &main])
        .output()
        .unwrap();
    assert!(!out.status.success(), "a conflict stops the rebase");
    let err = fails_with(
        repo.cmd().args([
            "comment",
            "add",
            "2026-1",
            "--from",
            "X",
            "--text",
            "T",
            "--date",
            "2026-02-10",
        ]),
        2,
    );
    assert!(err.contains("a rebase is in progress"), "{err}");
    assert!(err.contains("git rebase --abort"), "{err}");
}

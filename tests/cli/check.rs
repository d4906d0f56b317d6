//! Tests of `check`: every problem as path:line:col, exit 1, all problems at once.

use crate::common::*;

const SAMARBETE: &str = "guidelines/samarbete.toml";

#[test]
fn shipped_repository_is_clean() {
    let repo = TestRepo::example();
    let out = repo.run_ok(&["check"]);
    assert_eq!(
        out,
        "ok: 16 guidelines in 4 themes (4), 6 actors, languages sv, fi, en, 0 review rounds — no problems in the working tree\n"
    );
}

#[test]
fn broken_toml_names_file_line_and_column() {
    let repo = TestRepo::example();
    repo.edit(SAMARBETE, "theme = \"gemensamma\"", "theme = \"gemensamma");
    let out = repo.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("guidelines/samarbete.toml:2:"), "{stdout}");
    assert!(stdout.contains("invalid TOML"), "{stdout}");
    assert!(stdout.contains("1 problem in 1 file"), "{stdout}");
}

#[test]
fn typo_in_field_name_suggests_the_right_one() {
    let repo = TestRepo::example();
    repo.edit(SAMARBETE, "statement = ", "statment = ");
    let out = repo.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("guidelines/samarbete.toml:6:1: unknown field `statment` in [sv] (did you mean `statement`?)"),
        "{stdout}"
    );
    // The missing field is a second problem, reported in the same run.
    assert!(stdout.contains("[sv] lacks `statement`"), "{stdout}");
    assert!(stdout.contains("2 problems in 1 file"), "{stdout}");
}

#[test]
fn duplicate_numbers_unknown_theme_and_actor_are_all_reported() {
    let repo = TestRepo::example();
    repo.edit("guidelines/enhetliga-indikatorer.toml", "number = 11", "number = 1");
    repo.edit(SAMARBETE, "theme = \"gemensamma\"", "theme = \"gemensama\"");
    repo.edit(
        "guidelines/minskning-av-dubbla-integrationer.toml",
        "klient = ",
        "klinet = ",
    );
    let out = repo.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("guidelines/enhetliga-indikatorer.toml:1:10: number 1 is used by more than one guideline (enhetliga-indikatorer, samarbete)"), "{stdout}");
    assert!(
        stdout.contains("guidelines/samarbete.toml:1:10: number 1 is used by more than one guideline"),
        "{stdout}"
    );
    assert!(
        stdout.contains("guidelines/samarbete.toml:2:9: unknown theme `gemensama` (did you mean `gemensamma`?)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("unknown actor `klinet` in [sv.actors] (did you mean `klient`?)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("[sv.actors] lacks the paragraph of `klient`"),
        "{stdout}"
    );
    assert!(
        stdout.contains("give each guideline its own number (number 11 is free)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("5 problems in 3 files; 16 guideline files and 0 review rounds read"),
        "{stdout}"
    );
}

#[test]
fn a_gap_in_the_numbering_is_reported() {
    let repo = TestRepo::example();
    repo.edit(
        "guidelines/anvandning-av-uppgifter-om-sjalvvarden.toml",
        "number = 16",
        "number = 17",
    );
    let out = repo.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("number 17 is outside 1..16 (there are 16 guidelines); the numbers must run 1..16 without gaps (missing: 16)"),
        "{stdout}"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_reported_with_its_line() {
    let repo = TestRepo::example();
    let mut bytes = repo.read(SAMARBETE).into_bytes();
    let at = bytes.windows(9).position(|w| w == b"Samarbete").unwrap();
    bytes[at + 1] = 0xE4; // a Latin-1 "ä"
    repo.write(SAMARBETE, &bytes);
    let out = repo.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("guidelines/samarbete.toml:5:11: the file is not UTF-8 text"),
        "{stdout}"
    );
}

#[test]
fn outside_a_git_repository_says_how_to_fix_it() {
    let dir = TestRepo::bare_dir();
    // Exit 4: the repository's state, not the command line, is wrong.
    let stderr = fails_with(dir.cmd().arg("check"), 4);
    assert!(stderr.contains("is not inside a git repository"), "{stderr}");
    assert!(
        stderr.contains("hint: run the command inside the repository of your guidelines, pass `--repo PATH`"),
        "{stderr}"
    );
}

#[test]
fn a_repository_without_collection_says_so() {
    let dir = TestRepo::bare_dir();
    dir.git(&["init", "-q"]);
    let stderr = fails_with(dir.cmd().arg("check"), 4);
    assert!(
        stderr.contains("has no guidelines collection (guidelines/index.toml is missing)"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: create one with `riktlinjer init`"), "{stderr}");
}

#[test]
fn a_repository_without_commits_says_so_instead_of_a_raw_git_error() {
    let dir = TestRepo::bare_dir();
    dir.git(&["init", "-q"]);
    for command in [&["log"][..], &["audit"], &["report", "currency"]] {
        let stderr = fails_with(dir.cmd().args(command), 4);
        assert_eq!(
            stderr,
            "error: the repository has no commits yet, so it has no history to read\n\
             hint: commit the guidelines first (`git add guidelines && git commit`), or create a collection with `riktlinjer init`\n",
            "{command:?}"
        );
    }
}

#[test]
fn a_bare_repository_is_a_repository_state_error() {
    let dir = TestRepo::bare_dir();
    dir.git(&["init", "-q", "--bare"]);
    let stderr = fails_with(dir.cmd().arg("list"), 4);
    assert!(
        stderr.contains("is a bare repository; riktlinjer needs a working tree"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: run the command in a clone with a working tree"),
        "{stderr}"
    );
}

/// The example repository with one problem of each kind `check` reads:
/// a bad guideline field, unknown keys (in a guideline and in a record), a
/// record that breaks a workflow rule, and a date that is no day.
fn with_problems_of_each_kind() -> (TestRepo, String) {
    let repo = crate::workflow::in_comment_round();
    let added = repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Kommunförbundet",
        "--date",
        "2026-02-10",
        "--text",
        "En bra helhet.",
    ]);
    repo.edit(SAMARBETE, "number = 1\n", "number = 0\n");
    repo.edit("guidelines/enhetliga-indikatorer.toml", "statement = ", "statment = ");
    let statement = format!("reviews/{}.toml", statement_id(&added).replace("/S-", "/statements/S-"));
    repo.write(&statement, format!("datum = \"2026-02-10\"\n{}", repo.read(&statement)));
    let events = "reviews/2026-1/events";
    repo.edit(
        &format!("{events}/02-ka-treatment.toml"),
        "\"2026-01-20\"",
        "\"2025-12-20\"",
    );
    repo.edit(
        &format!("{events}/03-comment-round.toml"),
        "\"2026-02-28\"",
        "\"31.2.2026\"",
    );
    let code = statement_id(&added).split_once('/').unwrap().1.to_string();
    (repo, code)
}

/// `check --lang LANG`'s output (exit 1: there are problems), the
/// statement's code (salted, so new in every run) as `S-<code>`.
fn check_in((repo, code): &(TestRepo, String), lang: &str) -> String {
    let out = repo.cmd().args(["--lang", lang, "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .replace(code.as_str(), "S-<code>")
}

#[test]
fn check_words_every_kind_of_problem_in_the_operators_language() {
    let repo = with_problems_of_each_kind();
    let en = check_in(&repo, "en");
    let default = repo.0.cmd().arg("check").output().unwrap();
    let default = String::from_utf8(default.stdout)
        .unwrap()
        .replace(repo.1.as_str(), "S-<code>");
    assert_eq!(default, en, "English is the default");
    for expected in [
        "guidelines/samarbete.toml:1:10: `number` must be a whole number from 1 up",
        "unknown field `statment` in [sv] (did you mean `statement`?)",
        ".toml:1:1: unknown field `datum`, expected one of `",
        "02-ka-treatment.toml:3:8: dated 2025-12-20, before round 2026-1 opened (2026-01-05)",
        "03-comment-round.toml:",
    ] {
        assert!(en.contains(expected), "{expected}\n{en}");
    }
    insta::assert_snapshot!("check_problems_en", en);
    let sv = check_in(&repo, "sv");
    insta::assert_snapshot!("check_problems_sv", sv);
    let fi = check_in(&repo, "fi");
    insta::assert_snapshot!("check_problems_fi", fi);
    // The same problems at the same places, each worded anew: no English
    // frame is left (what a library says, quoted, may stay English).
    let frames = [
        "must",
        "lacks",
        "unknown",
        "did you mean",
        "expected",
        "dated",
        "before",
        "problems in",
        "record",
    ];
    for (lang, out) in [("sv", &sv), ("fi", &fi)] {
        assert_eq!(out.lines().count(), en.lines().count(), "{lang}:\n{out}");
        for (theirs, english) in out.lines().zip(en.lines()) {
            let place = |l: &str| l.split(": ").next().unwrap().to_string();
            if english.contains(".toml:") {
                assert_eq!(place(theirs), place(english), "{lang}");
            }
            assert_ne!(theirs, english, "not worded in {lang}");
            // After its place; up to the words it quotes from a reader.
            let worded = theirs.split_once(".toml:").map_or(theirs, |(_, m)| m);
            let own = ["(läsarens ord): ", "(lukijan sanoin): "]
                .iter()
                .find_map(|frame| worded.split_once(frame).map(|(own, _)| own))
                .unwrap_or(worded);
            // Code (`key = "…"`, field names) stays as it is written.
            let prose: String = own.split('`').step_by(2).collect();
            for frame in frames {
                assert!(!prose.contains(frame), "{lang}: English `{frame}` in {theirs}");
            }
        }
    }
}

//! The terminal in the operator's language: `round status`, `audit` and
//! `check` in English, Swedish and Finnish on the example repository, chosen
//! by `--lang`, by a document command's own `--lang`, by `RIKTLINJER_LANG`
//! and by `LANG`; and errors in the chosen language.

use crate::common::TestRepo;
use crate::workflow::{in_comment_round, redact};

/// Round 2026-1 in its comment round with two statements, one answered,
/// and an event file edited after it was committed (an audit finding).
fn repository() -> TestRepo {
    let repo = in_comment_round();
    repo.run_ok(&[
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
        "Säg tydligt vem som ansvarar.",
    ]);
    repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Helsingfors stad",
        "--date",
        "2026-02-12",
        "--text",
        "En bra helhet.",
    ]);
    let event = "reviews/2026-1/events/02-ka-treatment.toml";
    let text = repo.read(event).replace("Godkänd för öppen utlåtanderunda", "Godkänd");
    std::fs::write(repo.path().join(event), text).unwrap();
    repo.git(&["commit", "-qam", "Tidy the decision"]);
    repo
}

/// `round status`, `audit` and `check` with `how` choosing the language.
fn terminal(repo: &TestRepo, how: &dyn Fn(&mut assert_cmd::Command)) -> String {
    let mut out = String::new();
    for (args, code) in [
        (&["round", "status", "2026-1"][..], 0),
        (&["audit"][..], 1),
        (&["check"][..], 0),
    ] {
        let mut cmd = repo.cmd();
        // Options before the command: the global `--lang` (after `round
        // status` it would be that command's own, naming the stage names'
        // language too).
        how(&mut cmd);
        cmd.args(args);
        let run = cmd.output().unwrap();
        assert_eq!(
            run.status.code(),
            Some(code),
            "{args:?}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        out.push_str(&format!("$ riktlinjer {}\n", args.join(" ")));
        out.push_str(&String::from_utf8(run.stdout).unwrap());
        out.push('\n');
    }
    redact(&out)
}

#[test]
fn round_status_audit_and_check_speak_english_swedish_and_finnish() {
    let repo = repository();
    let en = terminal(&repo, &|_| {});
    insta::assert_snapshot!("terminal_en", en);
    // The global option.
    let sv = terminal(&repo, &|c| {
        c.args(["--lang", "sv"]);
    });
    insta::assert_snapshot!("terminal_sv", sv);
    // The locale, as a Finnish desktop sets it; LC_MESSAGES before LANG.
    let fi = terminal(&repo, &|c| {
        c.env("LANG", "sv_FI.UTF-8").env("LC_MESSAGES", "fi_FI.UTF-8");
    });
    insta::assert_snapshot!("terminal_fi", fi);
    assert_ne!(sv, en);
    assert_ne!(fi, sv);
    // RIKTLINJER_LANG wins over the locale; --lang over both (before a
    // document command it is that command's `--lang` too: there the stage
    // names follow it).
    let by_var = terminal(&repo, &|c| {
        c.env("RIKTLINJER_LANG", "sv").env("LANG", "fi_FI.UTF-8");
    });
    assert_eq!(by_var, sv);
    let by_option = terminal(&repo, &|c| {
        c.env("RIKTLINJER_LANG", "fi").args(["--lang", "sv"]);
    });
    assert_eq!(by_option, sv);
    let english_stages = terminal(&repo, &|c| {
        c.env("LANG", "sv_FI.UTF-8").args(["--lang", "en"]);
    });
    assert_eq!(english_stages, en.replace("(Utlåtanderunda)", "(Comment round)"));
}

#[test]
fn a_document_commands_own_lang_names_the_terminal_language_too() {
    let repo = in_comment_round();
    let sv = repo.run_ok(&["round", "status", "2026-1", "--lang", "sv"]);
    assert!(sv.starts_with("Omgång 2026-1: Revision 2026"), "{sv}");
    assert!(
        sv.contains("  Läge:         öppen — skede 3 av 5, comment-round (Utlåtanderunda)"),
        "{sv}"
    );
    // Without it the stage names stay the collection's primary language
    // (Swedish) and the frame the terminal's (English).
    let en = repo.run_ok(&["round", "status", "2026-1"]);
    assert!(
        en.contains("  State:       open — stage 3 of 5, comment-round (Utlåtanderunda)"),
        "{en}"
    );
}

#[test]
fn errors_and_hints_come_in_the_chosen_language() {
    let repo = TestRepo::example();
    let out = repo.cmd().args(["--lang", "sv", "show", "samarbet"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("fel: ingen riktlinje `samarbet` (menade du `samarbete`?)\ntips: "),
        "{err}"
    );

    let dir = TestRepo::bare_dir();
    let out = dir.cmd().env("LANG", "fi_FI.UTF-8").arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("ei ole git-arkiston sisällä\nvihje: "), "{err}");

    let out = repo
        .cmd()
        .args([
            "--lang",
            "fi",
            "round",
            "advance",
            "2026-1",
            "notice",
            "--date",
            "31.2.2026",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("virhe: "), "{err}");
}

/// What a secretariat sees around recording, in Swedish and Finnish: the
/// confirmation of an answer, a refusal with its hint, a warning, the log,
/// the list and the help.
#[test]
fn recording_refusals_log_list_and_help_speak_swedish_and_finnish() {
    let repo = repository();
    let mut out = String::new();
    let mut run = |lang: &str, args: &[&str], code: i32| {
        let run = repo.cmd().args(["--lang", lang]).args(args).output().unwrap();
        assert_eq!(
            run.status.code(),
            Some(code),
            "{args:?}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        out.push_str(&format!("$ riktlinjer --lang {lang} {}\n", args.join(" ")));
        out.push_str(&String::from_utf8(run.stdout).unwrap());
        out.push_str(&String::from_utf8(run.stderr).unwrap());
        out.push('\n');
    };
    run(
        "sv",
        &[
            "comment",
            "answer",
            "2026-1",
            "2026-1/S-7baee1",
            "accepted",
            "--reply",
            "Ansvaret preciseras.",
        ],
        0,
    );
    run("fi", &["round", "close", "2026-1"], 2);
    run("sv", &["diff", "--out", "no-such-folder/changes.md"], 2);
    run(
        "sv",
        &["round", "advance", "2026-1", "notice", "--date", "2026-03-01"],
        2,
    );
    run(
        "fi",
        &["round", "advance", "2026-1", "ka-treatment", "--date", "2026-03-01"],
        2,
    );
    run("fi", &["log", "samarbete"], 0);
    run("sv", &["list"], 0);
    let out = redact(&out);
    insta::assert_snapshot!("recording_sv_fi", out);
    assert!(
        out.contains("Besvarade 2026-1/S-7baee1 från Kommunförbundet: accepterad."),
        "{out}"
    );
    assert!(
        out.contains("virhe: kierrosta 2026-1 ei voi päättää, kun 1 lausunto on vastaamatta"),
        "{out}"
    );

    let help = |lang: &str, args: &[&str]| {
        String::from_utf8(repo.cmd().args(["--lang", lang]).args(args).output().unwrap().stdout).unwrap()
    };
    let sv = help("sv", &["round", "--help"]);
    assert!(sv.starts_with("Driv en granskningsomgång"), "{sv}");
    assert!(sv.contains("\nKommandon:\n") && sv.contains("\nFlaggor:\n"), "{sv}");
    assert!(sv.contains("Registrera godkännandet av den sparade texten"), "{sv}");
    let fi = help("fi", &["--help"]);
    assert!(fi.contains("\nKäyttö: riktlinjer"), "{fi}");
    assert!(fi.contains("Todenna hyväksyntäketju historiasta"), "{fi}");
    // The options' own help too, through the binary's `--lang` pre-scan.
    let open = help("sv", &["round", "open", "--help"]);
    assert!(open.contains("En anteckning som sparas i round.toml"), "{open}");
    assert!(open.contains("Skriv och köa filerna men spara ingen version"), "{open}");
    assert!(!open.contains("Write and stage"), "{open}");
}

/// Errors a command words itself and a refusal by the workflow's date
/// rules, with their hints, in Swedish and Finnish.
#[test]
fn command_errors_and_rule_refusals_speak_swedish_and_finnish() {
    let repo = in_comment_round();
    let stderr = |lang: &str, args: &[&str]| {
        let run = repo.cmd().args(["--lang", lang]).args(args).output().unwrap();
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        String::from_utf8(run.stderr).unwrap()
    };
    // A notice dated while the comment round (to 2026-02-28) is still open.
    let err = stderr("sv", &["round", "advance", "2026-1", "notice", "--date", "2026-02-20"]);
    assert_eq!(
        err,
        "fel: kan inte registrera händelse 04-notice i omgång 2026-1: daterad 2026-02-20, men \
         utlåtanderundan (03-comment-round) är öppen till och med 2026-02-28; delgivningen för \
         kännedom kommer efter att den har stängt\n"
    );
    let err = stderr("fi", &["changelog", "HEAD~1...HEAD"]);
    assert_eq!(
        err,
        "virhe: `HEAD~1...HEAD` on symmetrinen väli (kolme pistettä); muutosloki ottaa välin yhdeltä \
         historian linjalta\nvihje: kirjoita MISTÄ..MIHIN kahdella pisteellä (esim. `HEAD~5..HEAD`), \
         `MISTÄ..` (HEADiin asti) tai `..MIHIN` (alusta)\n"
    );
    let err = stderr("fi", &["report", "currency", "--as-of", "2025-01-01"]);
    assert!(
        err.starts_with("virhe: --as-of 2025-01-01 on ennen linjausten ensimmäistä versiota (")
            && err.contains("\nvihje: anna päivämäärä "),
        "{err}"
    );
}

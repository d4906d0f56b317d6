//! Tests of `changelog`: two approved rounds, a currency check and an edit
//! no approval covers, built with the real commands; ranges; the shipped
//! repository; bad ranges.

use std::path::Path;

use serde_json::{Value, json};

use crate::common::*;
use crate::workflow::{in_comment_round, redact};

/// Run `riktlinjer ARGS` with the clock at `now`; panics unless it succeeds.
fn run_at(repo: &TestRepo, now: &str, args: &[&str]) -> String {
    let out = repo.cmd().env("RIKTLINJER_NOW", now).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "riktlinjer {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const AUTUMN: &str = "2026-09-30T10:00:00+03:00";
const WINTER: &str = "2027-01-15T10:00:00+02:00";

/// The repository of the scenario, and the commits that recorded each approval.
struct History {
    repo: TestRepo,
    /// The init commit (the text in force when round 2026-1 opened).
    base: String,
    /// The commit recording the approval of round 2026-1.
    approval1: String,
    /// The commit recording the approval of round 2026-2.
    approval2: String,
}

/// Round 2026-1 revises guideline 1 and is approved; round 2026-2 revises
/// guideline 8, withdraws guideline 16 and adds a new 16, and is approved;
/// then a typo fix no approval covers, and a currency check in 2027 that
/// confirms guideline 1, withdraws guideline 2 and sends 3 to revision.
fn history() -> History {
    let repo = in_comment_round();
    let base = repo.git(&["rev-list", "--max-parents=0", "HEAD"]).trim().to_string();
    let out = repo.run_ok(&[
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
    ]);
    let s1 = out
        .split_whitespace()
        .find(|w| w.contains("/S-"))
        .unwrap()
        .trim_end_matches([',', '.', ':'])
        .to_string();
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
        &format!("Name the coordinator\n\nAddresses: {s1}\n"),
    ]);
    repo.run_ok(&["comment", "answer", "2026-1", &s1, "accepted", "--reply", "Ja."]);
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
    let approval1 = repo.head();

    run_at(
        &repo,
        AUTUMN,
        &[
            "round",
            "open",
            "2026-2",
            "--title",
            "Andra revisionen 2026",
            "--date",
            "2026-08-03",
        ],
    );
    run_at(
        &repo,
        AUTUMN,
        &[
            "round",
            "advance",
            "2026-2",
            "ka-treatment",
            "--date",
            "2026-08-10",
            "--decision",
            "Godkänd",
        ],
    );
    run_at(
        &repo,
        AUTUMN,
        &[
            "round",
            "advance",
            "2026-2",
            "comment-round",
            "--opens",
            "2026-08-15",
            "--closes",
            "2026-09-15",
        ],
    );
    repo.edit(
        "guidelines/konsolidering-av-klient-och.toml",
        "öppna gränsytor",
        "öppna gränssnitt",
    );
    let withdrawn = repo.read("guidelines/anvandning-av-uppgifter-om-sjalvvarden.toml");
    repo.git(&["rm", "-q", "guidelines/anvandning-av-uppgifter-om-sjalvvarden.toml"]);
    repo.write(
        "guidelines/klientens-egna-matdata.toml",
        withdrawn.replace(
            "title = \"Användning av uppgifter om självvården\"",
            "title = \"Klientens egna mätdata\"",
        ),
    );
    repo.git(&["add", "guidelines"]);
    repo.git(&["commit", "-q", "-m", "Revise guideline 8 and replace guideline 16"]);
    run_at(
        &repo,
        AUTUMN,
        &["round", "advance", "2026-2", "notice", "--date", "2026-09-20"],
    );
    run_at(
        &repo,
        AUTUMN,
        &[
            "round",
            "approve",
            "2026-2",
            "--date",
            "2026-09-25",
            "--decision",
            "VN/999/2026",
        ],
    );
    let approval2 = repo.head();

    repo.edit(
        "guidelines/tillgangen-till-tjanster-och-tjansternas.toml",
        "olika specialgrupper",
        "alla specialgrupper",
    );
    repo.git(&["add", "guidelines"]);
    repo.git(&["commit", "-q", "-m", "Fix a word after the approval"]);

    run_at(
        &repo,
        WINTER,
        &[
            "round",
            "open",
            "2027-check",
            "--kind",
            "currency-check",
            "--title",
            "Årlig kontroll 2027",
            "--guidelines",
            "1,2,3",
            "--date",
            "2027-01-10",
        ],
    );
    run_at(&repo, WINTER, &["round", "verdict", "2027-check", "1", "current"]);
    run_at(&repo, WINTER, &["round", "verdict", "2027-check", "3", "revise"]);
    run_at(
        &repo,
        WINTER,
        &[
            "round",
            "verdict",
            "2027-check",
            "2",
            "withdraw",
            "--note",
            "Ersätts av nationella krav.",
        ],
    );
    History {
        repo,
        base,
        approval1,
        approval2,
    }
}

fn changelog_json(repo: &TestRepo, args: &[&str]) -> Value {
    let mut all = vec!["changelog"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    serde_json::from_str(&repo.run_ok(&all)).expect("changelog --format json")
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().or_else(|| g["guideline"]["id"].as_str()).unwrap())
        .collect()
}

#[test]
fn two_approved_rounds_a_currency_check_and_an_unapproved_edit() {
    let h = history();
    let repo = &h.repo;
    let out = repo.cmd().arg("changelog").output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "no progress bar off a terminal"
    );
    let md = String::from_utf8(out.stdout).unwrap();
    insta::assert_snapshot!("changelog_markdown", redact(&md));

    let log = changelog_json(repo, &[]);
    let rounds: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["round"].as_str().unwrap())
        .collect();
    assert_eq!(rounds, ["2027-check", "2026-2", "2026-1"], "newest first");

    // The currency check: one confirmed, one withdrawn by verdict.
    let check = &log["entries"][0];
    assert_eq!(check["kind"], "currency-check");
    assert_eq!(ids(&check["confirmed"]), ["samarbete"]);
    assert_eq!(ids(&check["to_revise"]), ["tillgangen-till-tjanster-och-tjansternas"]);
    assert_eq!(
        check["changes"]["withdrawn"],
        json!([{
            "guideline": {"id": "sakerstallande-av-interoperabiliteten", "number": 2, "title": "Säkerställande av interoperabiliteten"},
            "how": "verdict",
            "note": "Ersätts av nationella krav."
        }])
    );
    assert_eq!(check["decision"]["date"], "2027-01-15");

    // The second approval against the first.
    let second = &log["entries"][1];
    assert_eq!(second["previous"], "2026-1");
    assert_eq!(second["recorded_in"], h.approval2.as_str());
    assert_eq!(
        second["decision"],
        json!({"date": "2026-09-25", "body": "Social- och hälsovårdsministeriet (SHM)", "decision": "VN/999/2026"})
    );
    assert_eq!(ids(&second["changes"]["added"]), ["klientens-egna-matdata"]);
    assert_eq!(ids(&second["changes"]["revised"]), ["konsolidering-av-klient-och"]);
    assert_eq!(
        second["changes"]["revised"][0]["fields"],
        json!([{
            "field": "sv.actors.informationssystemleverantorer",
            "hunks": [{"old": "gränsytor", "new": "gränssnitt"}],
            "more": 0,
            "words_removed": 1,
            "words_added": 1
        }])
    );
    assert_eq!(
        ids(&second["changes"]["withdrawn"]),
        ["anvandning-av-uppgifter-om-sjalvvarden"]
    );
    assert_eq!(second["changes"]["withdrawn"][0]["how"], "file-removed");

    // The first approval against the text in force when its round opened.
    let first = &log["entries"][2];
    assert_eq!(first["previous"], Value::Null);
    assert_eq!(first["compared_with"], h.base.as_str());
    assert_eq!(first["guidelines"], 16);
    assert_eq!(ids(&first["changes"]["revised"]), ["samarbete"]);
    assert_eq!(first["changes"]["added"], json!([]));
    assert_eq!(
        first["changes"]["revised"][0]["fields"][0]["hunks"],
        json!([{"old": "", "new": "under SHM:s samordning"}])
    );

    // The typo fix, not covered by any approval.
    let u = &log["unreleased"];
    assert_eq!(u["since"], "2026-2");
    let messages: Vec<&str> = u["commits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages, ["Fix a word after the approval"]);
    assert_eq!(
        ids(&u["changes"]["revised"]),
        ["tillgangen-till-tjanster-och-tjansternas"]
    );
    assert_eq!(log["pending"], json!([]));

    // HTML: the same content, escaped, printable, in the primary language.
    let html = repo.run_ok(&["changelog", "--format", "html"]);
    assert!(html.contains("<html lang=\"sv\">"), "{html}");
    assert!(html.contains("<h2>Ej godkänt</h2>"), "{html}");
    assert!(html.contains("<del>gränsytor</del> → <ins>gränssnitt</ins>"), "{html}");
    assert!(html.contains("<h2>Omgång 2026-2: godkänd 2026-09-25</h2>"), "{html}");
    assert!(
        html.contains("upphävd genom aktualitetskontrollens bedömning: Ersätts av nationella krav."),
        "{html}"
    );
    assert!(html.contains("@media print"));
}

#[test]
fn a_range_limits_the_decisions_and_commits_listed() {
    let h = history();
    let repo = &h.repo;
    // After the first approval: the second, the check, the typo.
    let log = changelog_json(repo, &[&format!("{}..HEAD", h.approval1)]);
    let rounds: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["round"].as_str().unwrap())
        .collect();
    assert_eq!(rounds, ["2027-check", "2026-2"]);
    assert_eq!(log["unreleased"]["commits"].as_array().unwrap().len(), 1);
    assert_eq!(log["range"]["from_commit"], h.approval1.as_str());
    // Up to the first approval: only it, and nothing unreleased then.
    let log = changelog_json(repo, &[&format!("..{}", h.approval1)]);
    let rounds: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["round"].as_str().unwrap())
        .collect();
    assert_eq!(rounds, ["2026-1"]);
    assert_eq!(log["unreleased"], Value::Null);
    // Between the approvals, in Markdown: the range is stated.
    let md = repo.run_ok(&["changelog", &format!("{}..{}", h.approval1, h.approval2)]);
    assert!(md.contains("## Omgång 2026-2: godkänd 2026-09-25"), "{md}");
    assert!(!md.contains("## Omgång 2026-1"), "{md}");
    assert!(!md.contains("Ej godkänt"), "{md}");
    assert!(
        md.contains(&format!("Begränsad till versionerna {}..{}", h.approval1, h.approval2)),
        "{md}"
    );
}

#[test]
fn the_shipped_repository_has_no_approval_so_everything_is_unreleased() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = riktlinjer_in(root)
        .args(["changelog", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(log["entries"], json!([]), "no approval is recorded in the 2021 record");
    assert_eq!(
        log["pending"],
        json!([{
            "round": "2021-1",
            "title": "Riktlinjer för informationshanteringen inom social- och hälsovården, första utgåvan 2021",
            "stage": "notice",
            "stage_name": "För kännedom till samarbetsgruppen för informationshantering",
            "closed": false
        }])
    );
    let u = &log["unreleased"];
    assert_eq!(u["since"], Value::Null);
    let files = std::process::Command::new("git")
        .current_dir(root)
        .args(["ls-tree", "--name-only", "HEAD", "guidelines/"])
        .output()
        .unwrap();
    let guideline_files = String::from_utf8(files.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.ends_with(".toml") && !l.ends_with("/index.toml"))
        .count();
    assert_eq!(u["changes"]["added"].as_array().unwrap().len(), guideline_files);
    let commits = std::process::Command::new("git")
        .current_dir(root)
        .args(["rev-list", "HEAD", "--", "guidelines"])
        .output()
        .unwrap();
    assert_eq!(
        u["commits"].as_array().unwrap().len(),
        String::from_utf8(commits.stdout).unwrap().lines().count(),
        "every commit to guidelines/ is unreleased"
    );
    let md = riktlinjer_in(root).arg("changelog").output().unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.contains("## Ej godkänt"), "{md}");
    assert!(
        md.contains("inget godkännande har registrerats, så ingen riktlinje är godkänd ännu"),
        "{md}"
    );
    assert!(md.contains("- Omgång `2021-1`: "), "{md}");
    assert!(
        md.contains("(öppen, skede: För kännedom till samarbetsgruppen för informationshantering)"),
        "{md}"
    );
}

#[test]
fn bad_ranges_are_refused_and_nothing_is_written() {
    let repo = TestRepo::example();
    repo.edit("guidelines/samarbete.toml", "i samarbete", "i nära samarbete");
    repo.commit_all("Second commit");
    let before = repo.files();
    for (range, message) in [
        ("HEAD", "error: `HEAD` is not a range"),
        ("nope..HEAD", "error: revision `nope` does not exist in this repository"),
        ("HEAD..nope", "error: revision `nope` does not exist in this repository"),
        ("HEAD..HEAD~1", "is not an older commit of TO `HEAD~1`"),
        ("HEAD..HEAD", "the range HEAD..HEAD holds no commits"),
        ("HEAD~1...HEAD", "is a symmetric range (three dots)"),
    ] {
        let out = repo.cmd().args(["changelog", range]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{range}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "", "{range}: nothing printed");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(message), "{range}: {err}");
        assert!(err.contains("hint:"), "{range}: {err}");
    }
    assert_eq!(repo.files(), before);

    // A commit that is not in HEAD's history.
    repo.git(&["checkout", "-q", "-b", "side", "HEAD~1"]);
    repo.edit("guidelines/samarbete.toml", "i samarbete", "i gott samarbete");
    repo.commit_all("On a side branch");
    repo.git(&["checkout", "-q", "main"]);
    let err = fails_with(repo.cmd().args(["changelog", "HEAD~1..side"]), 2);
    assert!(err.contains("is not HEAD or one of its ancestors"), "{err}");

    // A repository without commits.
    let empty = TestRepo::bare_dir();
    empty.git(&["init", "-q"]);
    let err = fails_with(empty.cmd().arg("changelog"), 4);
    assert!(err.contains("has no commits yet"), "{err}");
}

#[test]
fn lang_gives_finnish_or_english_headings_in_markdown_and_html() {
    let h = history();
    let repo = &h.repo;
    let md = repo.run_ok(&["changelog", "--lang", "fi"]);
    for line in [
        "# Muutoshistoria: Sosiaali- ja terveydenhuollon tiedonhallinnan linjaukset\n",
        "\n## Hyväksymättä\n",
        "Mikään hyväksyntä ei kata 1 linjauksiin tehtyä muutosta. Alla nykyistä tekstiä verrataan kierroksella 2026-2 hyväksyttyyn tekstiin",
        "\n### Päivitetyt\n",
        "\n## Kierros 2027-check: ajantasaisuuden tarkistus 2027-01-15\n",
        "Årlig kontroll 2027. Arviot: ajantasaisia 1, päivitettäviä 1, kumottuja 1.",
        "\n### Kumotut\n",
        ": kumottu ajantasaisuuden tarkistuksen perusteella: Ersätts av nationella krav.",
        "\n### Päivitettävät\n",
        "\n### Todettu ajantasaisiksi\n",
        "\n## Kierros 2026-2: hyväksytty 2026-09-25\n",
        "Andra revisionen 2026. Hyväksyjä Social- och hälsovårdsministeriet (SHM), päätös VN/999/2026; version ",
        " teksti verrattuna kierroksella 2026-1 hyväksyttyyn tekstiin.",
        "\n### Uudet\n",
        ": tiedosto on poistettu",
        "Ensimmäinen kirjattu hyväksyntä (16 linjausta); vertailukohtana on kierroksen alkaessa voimassa ollut teksti",
    ] {
        assert!(md.contains(line), "lacks {line:?} in:\n{md}");
    }
    for other in ["Round", "Omgång", "Revised", "Reviderade"] {
        assert!(!md.contains(other), "{other} in:\n{md}");
    }
    let html = repo.run_ok(&["changelog", "--format", "html", "--lang", "fi"]);
    for part in [
        "<html lang=\"fi\">",
        "<title>Muutoshistoria: Sosiaali- ja terveydenhuollon tiedonhallinnan linjaukset</title>",
        "<h1>Muutoshistoria</h1>",
        "<h2>Hyväksymättä</h2>",
        "<h2>Kierros 2026-2: hyväksytty 2026-09-25</h2>",
        "<h3>Todettu ajantasaisiksi</h3>",
    ] {
        assert!(html.contains(part), "lacks {part:?} in:\n{html}");
    }

    let md = repo.run_ok(&["changelog", "--lang", "en"]);
    for line in [
        "# Changelog: Guidelines for information management in social and health care\n",
        "\n## Unreleased (not approved)\n",
        "1 commit changed guidelines/ and no approval covers it; below, the text now against the text approved in round 2026-2",
        "\n## Round 2027-check: currency check 2027-01-15\n",
        "Årlig kontroll 2027. Verdicts: 1 confirmed current, 1 to be revised, 1 withdrawn.",
        ": withdrawn by the currency check's verdict: Ersätts av nationella krav.",
        "\n## Round 2026-2: approved 2026-09-25\n",
        "\n### Revised\n",
        "\n### Confirmed current\n",
    ] {
        assert!(md.contains(line), "lacks {line:?} in:\n{md}");
    }
    let html = repo.run_ok(&["changelog", "--format", "html", "--lang", "en"]);
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(html.contains("<h2>Unreleased (not approved)</h2>"), "{html}");

    // JSON keeps its keys; only the titles and names follow the language.
    let log = changelog_json(repo, &["--lang", "fi"]);
    assert_eq!(log["lang"], "fi");
    assert_eq!(log["entries"][0]["kind"], "currency-check");
    assert_eq!(log["entries"][1]["changes"]["withdrawn"][0]["how"], "file-removed");
}

#[test]
fn an_unknown_lang_names_the_languages() {
    let repo = TestRepo::example();
    let before = repo.files();
    for format in ["markdown", "html", "json"] {
        let out = repo
            .cmd()
            .args(["changelog", "--lang", "sme", "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "", "{format}: nothing printed");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("error: the collection has no language `sme`; its languages are: sv, fi, en"),
            "{format}: {err}"
        );
    }
    assert_eq!(repo.files(), before);
}

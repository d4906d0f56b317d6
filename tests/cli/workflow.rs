//! The review workflow end to end: a full revision round from the example
//! set to the ministry's approval, a currency-check round, the git history
//! it leaves, branches that merge, and the 2021 record shipped in this
//! repository.

use std::collections::BTreeMap;
use std::io::Write;

use crate::common::*;

/// Hex runs of 7 or more characters (commit, tree and blob ids) replaced,
/// so snapshots do not change when the shipped text does.
pub fn redact(text: &str) -> String {
    let mut out = String::new();
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if run.len() >= 7 {
            out.push_str("<id>");
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_hexdigit() && !c.is_ascii_uppercase() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// `git interpret-trailers --parse` of one commit's message, as (key, value) pairs.
pub fn trailers(repo: &TestRepo, commit: &str) -> Vec<(String, String)> {
    let message = repo.git(&["log", "-1", "--format=%B", commit]);
    let mut cmd = std::process::Command::new("git");
    isolate(&mut cmd);
    let mut child = cmd
        .current_dir(repo.path())
        .args(["interpret-trailers", "--parse"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run git interpret-trailers");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(message.as_bytes())
        .expect("write message");
    let out = child.wait_with_output().expect("git interpret-trailers");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .filter_map(|l| l.split_once(": "))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A repository with round 2026-1 in its comment round (2026-02-01 to
/// 2026-02-28; the test clock says 2026-03-02).
pub fn in_comment_round() -> TestRepo {
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
        "Godkänd för öppen utlåtanderunda",
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
    repo
}

#[test]
fn a_full_round_from_the_example_set_to_the_ministrys_approval() {
    let repo = TestRepo::example();
    let init_commit = repo.head();

    // Open, KA treatment, comment round.
    let out = repo.run_ok(&[
        "round",
        "open",
        "2026-1",
        "--title",
        "Revision av riktlinjerna 2026",
        "--date",
        "2026-01-05",
        "--body",
        "SHM och THL",
    ]);
    assert!(
        out.contains("Opened revision round 2026-1 in stage preparation (all 16 guidelines)"),
        "{out}"
    );
    repo.run_ok(&[
        "round",
        "advance",
        "2026-1",
        "ka-treatment",
        "--date",
        "2026-01-20",
        "--decision",
        "Godkänd för öppen utlåtanderunda",
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
    let sent_out = repo.head();

    // Three statements: two added, one imported from a Latin-1 CSV with `;`.
    let s1 = statement_id(&repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Kommunförbundet",
        "--date",
        "2026-02-10",
        "--guideline",
        "1",
        "--field",
        "sv.statement",
        "--text",
        "Säg tydligt vem som ansvarar för samordningen.",
    ]));
    let s2 = statement_id(&repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Helsingfors stad",
        "--date",
        "2026-02-12",
        "--text",
        "Riktlinjerna är en bra helhet.",
    ]));
    let (csv, _, _) = encoding_rs::WINDOWS_1252
        .encode("Organisation;Utlåtande;Riktlinje;Datum\r\nInstitutet för hälsa och välfärd;Beskrivningen bör nämna Kanta-tjänsterna, även för klienter.;6;20.2.2026\r\n");
    assert!(
        std::str::from_utf8(&csv).is_err(),
        "the fixture must be Latin-1, not UTF-8"
    );
    let csv_path = repo.path().join("../utlatanden-2026-1.csv");
    std::fs::write(&csv_path, &csv).unwrap();
    let out = repo.run_ok(&["comment", "import", "2026-1", csv_path.to_str().unwrap()]);
    assert!(
        out.contains("Imported 1 statement") && out.contains("windows-1252, separated by `;`"),
        "{out}"
    );
    let s3 = statement_id(&out);
    let _ = std::fs::remove_file(&csv_path);

    // The text is edited and committed, citing the statement it answers.
    repo.edit(
        "guidelines/samarbete.toml",
        "Nationella, regionala och lokala lösningar ska utvecklas i samarbete",
        "Nationella, regionala och lokala lösningar ska utvecklas i samarbete under SHM:s samordning",
    );
    repo.git(&["add", "guidelines"]);
    repo.git(&[
        "commit",
        "-q",
        "-m",
        &format!("Name who coordinates in guideline 1\n\nAddresses: {s1}\n"),
    ]);
    let edit_commit = repo.head();
    assert_eq!(
        trailers(&repo, "HEAD"),
        [("Addresses".to_string(), s1.clone())],
        "the edit cites the statement"
    );

    // Status: the comment round has closed; the statements await answers.
    let status = repo.json(&["round", "status", "2026-1", "--format", "json"]);
    assert_eq!(status["unanswered"], 3);
    assert_eq!(status["comment_round"]["state"], "closed");
    assert_eq!(status["text"]["changed"], serde_json::json!(["samarbete"]));
    let ids: Vec<&str> = status["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [s1.as_str(), s2.as_str(), s3.as_str()]);
    assert_eq!(status["statements"][2]["from"], "Institutet för hälsa och välfärd");
    assert_eq!(status["statements"][2]["guideline"], "omedelbar-kanta-registrering-och");
    assert_eq!(status["statements"][2]["received"], "2026-02-20");
    assert!(
        status["statements"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["answered"] == false)
    );

    // All statements answered; notice; approval.
    repo.run_ok(&[
        "comment",
        "answer",
        "2026-1",
        &s1,
        "accepted",
        "--reply",
        "Texten nämner nu SHM:s samordning.",
    ]);
    repo.run_ok(&["comment", "answer", "2026-1", &s2, "noted", "--reply", "Tack."]);
    repo.run_ok(&[
        "comment",
        "answer",
        "2026-1",
        &s3,
        "rejected",
        "--reply",
        "Kanta behandlas i riktlinje 6.",
    ]);
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "2026-03-01"]);
    let out = repo.run_ok(&[
        "round",
        "approve",
        "2026-1",
        "--date",
        "2026-03-02",
        "--decision",
        "VN/1234/2026",
    ]);
    assert!(
        out.contains("Round 2026-1 approved 2026-03-02 by Social- och hälsovårdsministeriet (SHM)"),
        "{out}"
    );

    // The approval is bound to the final text.
    let status = repo.json(&["round", "status", "2026-1", "--format", "json"]);
    assert_eq!(status["state"], "approved");
    assert_eq!(status["approved"], true);
    assert_eq!(status["unanswered"], 0);
    assert_eq!(status["approval"]["decision"], "VN/1234/2026");
    assert_eq!(status["approval"]["text_is_approved_text"], true);
    let approval = repo.read("reviews/2026-1/events/05-approval.toml");
    let approval: toml::Value = toml::from_str(&approval).unwrap();
    let bound_blob = approval["content"]["blobs"]["samarbete"].as_str().unwrap();
    assert_eq!(
        bound_blob,
        repo.git(&["rev-parse", "HEAD:guidelines/samarbete.toml"]).trim()
    );
    assert_eq!(
        approval["content"]["guidelines_tree"].as_str().unwrap(),
        repo.git(&["rev-parse", "HEAD:guidelines"]).trim()
    );
    assert_ne!(
        bound_blob,
        repo.git(&["rev-parse", &format!("{edit_commit}~1:guidelines/samarbete.toml")])
            .trim(),
        "the approval is not bound to the text sent out"
    );
    assert_eq!(approval["action"].as_str(), Some("approve"));
    assert_eq!(
        approval["body"].as_str(),
        Some("Social- och hälsovårdsministeriet (SHM)")
    );
    assert_eq!(
        approval["recorded_by"].as_str(),
        Some("Sara Sekreterare <sara@example.org>")
    );
    // The comment round stays bound to the text that was sent out.
    let sent: toml::Value = toml::from_str(&repo.read("reviews/2026-1/events/03-comment-round.toml")).unwrap();
    assert_eq!(
        sent["content"]["commit"].as_str().unwrap(),
        repo.git(&["rev-parse", &format!("{sent_out}~1")]).trim()
    );

    let text = repo.run_ok(&["round", "status", "2026-1"]);
    assert!(
        text.contains("State:       approved — stage 5 of 5, approval"),
        "{text}"
    );
    insta::assert_snapshot!("approved_round_text", redact(&text));
    insta::assert_snapshot!(
        "approved_round_markdown",
        redact(&repo.run_ok(&["round", "status", "2026-1", "--format", "markdown"]))
    );
    // The same document in Swedish: its wording from the catalogue.
    let sv = repo.run_ok(&["--lang", "sv", "round", "status", "2026-1", "--format", "markdown"]);
    assert!(sv.starts_with("## Omgång 2026-1: "), "{sv}");
    assert!(sv.contains("- **Läge:** ") && sv.contains("\n### Händelser\n"), "{sv}");
    assert!(sv.contains("| # | Datum | Skede | Åtgärd |"), "{sv}");
    assert!(!sv.contains("### Events") && !sv.contains("**State:**"), "{sv}");

    // One commit per recorded fact, each with parseable trailers naming the
    // file it adds.
    let log = repo.git(&["log", "--format=%H", &format!("{init_commit}..HEAD")]);
    let commits: Vec<&str> = log.lines().rev().collect();
    let mut facts = Vec::new();
    for c in &commits {
        if *c == edit_commit {
            continue;
        }
        let t: BTreeMap<String, Vec<String>> = trailers(&repo, c).into_iter().fold(BTreeMap::new(), |mut m, (k, v)| {
            m.entry(k).or_default().push(v);
            m
        });
        assert_eq!(t["Review-Round"], ["2026-1"], "commit {c}");
        assert_eq!(t["Review-Stage"].len(), 1, "commit {c}");
        let files = repo.git(&["show", "--name-only", "--format=", c]);
        let files: Vec<&str> = files.lines().filter(|l| !l.is_empty()).collect();
        for event in &t["Review-Event"] {
            let (_, stem) = event.split_once('/').unwrap();
            assert!(
                files.iter().any(|f| f.ends_with(&format!("/{stem}.toml"))),
                "commit {c} cites {event} but adds {files:?}"
            );
        }
        assert!(files.iter().all(|f| f.starts_with("reviews/2026-1/")), "{files:?}");
        facts.push(repo.git(&["log", "-1", "--format=%s", c]).trim().to_string());
    }
    assert_eq!(
        facts,
        [
            "Open review round 2026-1: Revision av riktlinjerna 2026".to_string(),
            "Record treatment of round 2026-1 by SOTE KA-grupperna".into(),
            "Open the comment round of round 2026-1, 2026-02-01 to 2026-02-28".into(),
            format!("Record statement {s1} from Kommunförbundet on samarbete"),
            format!("Record statement {s2} from Helsingfors stad"),
            "Record 1 statement to round 2026-1 imported from utlatanden-2026-1.csv".into(),
            format!("Answer statement {s1} from Kommunförbundet: accepted"),
            format!("Answer statement {s2} from Helsingfors stad: noted"),
            format!("Answer statement {s3} from Institutet för hälsa och välfärd: rejected"),
            "Record round 2026-1 as given for information to Samarbetsgruppen för informationshantering".into(),
            "Record approval of round 2026-1 by Social- och hälsovårdsministeriet (SHM)".into(),
        ]
    );
    assert_eq!(repo.git(&["status", "--porcelain"]), "", "nothing left uncommitted");
    repo.cmd().arg("check").assert().success();
    repo.cmd().args(["fmt", "--check"]).assert().success();

    // Closing the round ends it.
    repo.run_ok(&["round", "close", "2026-1"]);
    let status = repo.json(&["round", "status", "2026-1", "--format", "json"]);
    assert_eq!(
        (status["state"].as_str(), status["approved"].as_bool()),
        (Some("closed"), Some(true))
    );
    assert_eq!(status["next"], serde_json::json!([]));
}

#[test]
fn a_currency_check_gives_each_guideline_a_verdict() {
    let repo = TestRepo::example();
    let out = repo.run_ok(&[
        "round",
        "open",
        "2026-check",
        "--kind",
        "currency-check",
        "--title",
        "Årlig kontroll av aktualiteten 2026",
        "--guidelines",
        "1,2,3",
    ]);
    assert!(
        out.contains("Opened currency-check round 2026-check in stage currency-check"),
        "{out}"
    );
    let e = fails_with(repo.cmd().args(["round", "close", "2026-check"]), 2);
    assert!(
        e.contains("round 2026-check cannot close while 3 guidelines lack a verdict (samarbete, sakerstallande-av-interoperabiliteten, tillgangen-till-tjanster-och-tjansternas)"),
        "{e}"
    );
    repo.run_ok(&["round", "verdict", "2026-check", "samarbete", "current"]);
    repo.run_ok(&[
        "round",
        "verdict",
        "2026-check",
        "2",
        "revise",
        "--note",
        "Hänvisningen till lagen ska uppdateras.",
    ]);
    repo.run_ok(&[
        "round",
        "verdict",
        "2026-check",
        "3",
        "withdraw",
        "--note",
        "Ingår i riktlinje 4.",
    ]);
    let e = fails_with(repo.cmd().args(["round", "verdict", "2026-check", "1", "revise"]), 2);
    assert!(
        e.contains("guideline `samarbete` already has the verdict `current`"),
        "{e}"
    );

    let status = repo.json(&["round", "status", "2026-check", "--format", "json"]);
    let verdicts: Vec<(&str, &str)> = status["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["guideline"].as_str().unwrap(), v["verdict"].as_str().unwrap()))
        .collect();
    assert_eq!(
        verdicts,
        [
            ("samarbete", "current"),
            ("sakerstallande-av-interoperabiliteten", "revise"),
            ("tillgangen-till-tjanster-och-tjansternas", "withdraw")
        ]
    );
    let next = status["next"].to_string();
    assert!(
        next.contains("open a revision round for sakerstallande-av-interoperabiliteten"),
        "{next}"
    );
    repo.run_ok(&["round", "close", "2026-check"]);
    insta::assert_snapshot!(
        "currency_check_text",
        redact(&repo.run_ok(&["round", "status", "2026-check"]))
    );

    // The revision the verdict asked for.
    repo.run_ok(&[
        "round",
        "open",
        "2026-2",
        "--title",
        "Revision av riktlinje 2",
        "--guidelines",
        "sakerstallande-av-interoperabiliteten",
    ]);
    let status = repo.json(&["round", "status", "2026-check", "--format", "json"]);
    assert_eq!(status["verdicts"][1]["followed_by"], "2026-2");
    assert_eq!(status["next"], serde_json::json!([]));

    for c in repo.git(&["log", "--format=%H", "-5"]).lines() {
        let t = trailers(&repo, c);
        assert!(t.iter().any(|(k, _)| k == "Review-Round"), "{t:?}");
        assert!(t.iter().any(|(k, _)| k == "Review-Event"), "{t:?}");
    }
    let t = trailers(&repo, "HEAD~1");
    assert_eq!(
        t,
        [
            ("Review-Round".to_string(), "2026-check".to_string()),
            ("Review-Stage".into(), "currency-check".into()),
            ("Review-Event".into(), "2026-check/02-currency-check".into())
        ]
    );
}

#[test]
fn statements_added_on_two_branches_merge_without_conflict() {
    let repo = in_comment_round();
    repo.git(&["branch", "anna"]);
    repo.git(&["branch", "bertil"]);
    repo.git(&["checkout", "-q", "anna"]);
    let a = statement_id(&repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Kuntaliitto",
        "--date",
        "2026-02-03",
        "--text",
        "Hyvä kokonaisuus.",
    ]));
    repo.git(&["checkout", "-q", "bertil"]);
    // Same recorder, same second, same day: only the content differs.
    let b = statement_id(&repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Kommunförbundet",
        "--date",
        "2026-02-03",
        "--text",
        "En bra helhet.",
    ]));
    assert_ne!(a, b);
    repo.git(&["checkout", "-q", "anna"]);
    repo.git(&["merge", "-q", "--no-edit", "bertil"]);
    assert_eq!(repo.git(&["status", "--porcelain"]), "");
    let status = repo.json(&["round", "status", "2026-1", "--format", "json"]);
    let ids: Vec<&str> = status["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(ids.contains(&a.as_str()) && ids.contains(&b.as_str()));
    repo.cmd().arg("check").assert().success();
}

#[test]
fn no_commit_leaves_the_files_staged() {
    let repo = in_comment_round();
    let head = repo.head();
    let out = repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "THL",
        "--date",
        "2026-02-05",
        "--text",
        "Bra.",
        "--no-commit",
    ]);
    assert!(out.contains("Staged, not committed"), "{out}");
    assert_eq!(repo.head(), head);
    let staged = repo.git(&["diff", "--cached", "--name-only"]);
    assert!(
        staged.starts_with("reviews/2026-1/statements/S-") && staged.lines().count() == 1,
        "{staged}"
    );
    // The staged statement counts: the next fact sees it, and commits only itself.
    let id = statement_id(&out);
    repo.run_ok(&["comment", "answer", "2026-1", &id, "noted", "--reply", "Tack."]);
    let committed = repo.git(&["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(committed.trim(), format!("reviews/2026-1/answers/{}.toml", &id[7..]));
    let still_staged = repo.git(&["diff", "--cached", "--name-only"]);
    assert_eq!(
        still_staged, staged,
        "the earlier staged file stays staged, out of the answer's commit"
    );
}

#[test]
fn status_reads_any_revision() {
    let repo = in_comment_round();
    let out = repo.run_ok(&["round", "status", "2026-1", "--at", "HEAD~1"]);
    assert!(out.contains("stage 2 of 5, ka-treatment"), "{out}");
    let out = repo.run_ok(&["round", "status", "--at", "HEAD~3"]);
    assert!(out.contains("No review rounds yet"), "{out}");
    let all = repo.json(&["round", "status", "--format", "json"]);
    assert_eq!(all.as_array().map(Vec::len), Some(1));
}

#[test]
fn init_example_writes_no_review_records() {
    let repo = TestRepo::example();
    let files = repo.git(&["ls-files", "reviews"]);
    assert_eq!(files.trim(), "reviews/workflow.toml");
    assert!(repo.run_ok(&["round", "status"]).contains("No review rounds yet"));
}

#[test]
fn the_shipped_2021_record_says_only_what_the_publication_says() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let status: serde_json::Value = serde_json::from_slice(
        &riktlinjer_in(root)
            .args(["round", "status", "2021-1", "--format", "json", "--at", "HEAD"])
            .output()
            .unwrap()
            .stdout,
    )
    .expect("round 2021-1 is committed in this repository");
    assert_eq!(status["kind"], "revision");
    assert_eq!(status["state"], "open");
    assert_eq!(status["approved"], false);
    assert_eq!(status["approval"], serde_json::Value::Null);
    assert_eq!(status["stage"]["id"], "notice");
    assert_eq!(status["opened"], "2021-03");
    assert_eq!(status["guidelines"].as_array().map(Vec::len), Some(16));
    let events: Vec<(String, serde_json::Value)> = status["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["stage"].as_str().unwrap().to_string(), e["date"].clone()))
        .collect();
    assert_eq!(
        events,
        [
            ("preparation".to_string(), serde_json::json!("2021-03")),
            ("ka-treatment".into(), serde_json::Value::Null),
            ("comment-round".into(), serde_json::json!("2021-08")),
            ("notice".into(), serde_json::Value::Null),
        ]
    );
    assert_eq!(status["events"][0]["body"], "SHM, THL och Salivirta-arkitekturstödet");
    assert_eq!(status["events"][2]["opens"], "2021-08");
    assert_eq!(status["events"][2]["closes"], "2021-09");
    assert_eq!(status["statements"], serde_json::json!([]), "no invented statements");
    assert!(status["note"].as_str().unwrap().contains("inte registrerat"));
    // And nothing in the record names a person who took part in 2021.
    let recorders: std::collections::BTreeSet<&str> = status["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["recorded_by"].as_str().unwrap())
        .collect();
    assert_eq!(recorders.len(), 1);
    let text = riktlinjer_in(root)
        .args(["round", "status", "2021-1", "--at", "HEAD"])
        .output()
        .unwrap()
        .stdout;
    // Without the lines about later text changes, which other work on the
    // guidelines may truthfully bring.
    let text: String = String::from_utf8(text)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("  Text:") && !l.trim_start().starts_with("text changed since:"))
        .map(|l| format!("{l}\n"))
        .collect();
    insta::assert_snapshot!("shipped_2021_text", redact(&text));
}

//! Signed approvals, cross-checked with OpenSSH both ways: a signature the
//! tool makes verifies with `ssh-keygen -Y verify`, and one `ssh-keygen -Y
//! sign` makes verifies in `audit --require-signatures`; unsigned, badly
//! signed, wrongly namespaced and out-of-validity approvals fail it.

use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use serde_json::Value;

use crate::common::*;

const NS: &str = "riktlinjer-approval@riktlinjer";
const APPROVAL: &str = "reviews/2026-1/events/05-approval.toml";
const TREATMENT: &str = "reviews/2026-1/events/02-ka-treatment.toml";

/// `ssh-keygen`, or why not. In CI (CI=true) its absence is a failure;
/// `.ci/run` installs openssh-client.
fn ssh_keygen() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("ssh-keygen"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var("CI").map(|v| v != "true").unwrap_or(true),
            "ssh-keygen (OpenSSH) is not installed; .ci/run installs openssh-client"
        );
        eprintln!(
            "note: ssh-keygen is not installed, so the OpenSSH cross-check does not run here (under CI=true this fails)"
        );
    }
    found
}

fn run(cmd: &mut StdCommand) -> std::process::Output {
    let out = cmd.output().expect("run ssh-keygen");
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A new key pair of `kind` (`ed25519`, `ecdsa`) in `dir`: (private key path, public key line).
fn keygen(ssh_keygen: &Path, dir: &Path, name: &str, kind: &str) -> (PathBuf, String) {
    let path = dir.join(name);
    let mut cmd = StdCommand::new(ssh_keygen);
    cmd.args(["-q", "-t", kind, "-N", "", "-C", name, "-f"]).arg(&path);
    if kind == "ecdsa" {
        cmd.args(["-b", "256"]);
    }
    run(&mut cmd);
    let public = std::fs::read_to_string(path.with_extension("pub")).unwrap();
    (path, public.trim().to_string())
}

/// The key's SHA256 fingerprint as OpenSSH prints it.
fn fingerprint(ssh_keygen: &Path, key: &Path) -> String {
    let out = run(StdCommand::new(ssh_keygen).arg("-lf").arg(key.with_extension("pub")));
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .nth(1)
        .unwrap()
        .to_string()
}

/// The example repository with `allowed_signers` (`lines`) and principals
/// on the treatment and approval stages, committed; a round opened and
/// taken to the notice, the treatment signed with `treatment_key` if given.
fn round_to_notice(lines: &str, treatment_key: Option<&Path>) -> TestRepo {
    let repo = TestRepo::example();
    repo.write("reviews/allowed_signers", lines);
    repo.edit(
        "reviews/workflow.toml",
        "body = \"SOTE KA-grupperna\"",
        "body = \"SOTE KA-grupperna\"\nprincipal = \"ka@ka.example\"",
    );
    repo.edit(
        "reviews/workflow.toml",
        "body = \"Social- och hälsovårdsministeriet (SHM)\"",
        "body = \"Social- och hälsovårdsministeriet (SHM)\"\nprincipal = \"shm@stm.fi\"",
    );
    repo.commit_all("Name who signs for the KA groups and for SHM");
    repo.run_ok(&["round", "open", "2026-1", "--title", "T", "--date", "2026-01-05"]);
    let mut treat = vec![
        "round",
        "advance",
        "2026-1",
        "ka-treatment",
        "--date",
        "2026-01-20",
        "--decision",
        "Godkänd",
    ];
    let key_arg;
    if let Some(k) = treatment_key {
        key_arg = k.to_str().unwrap().to_string();
        treat.extend(["--sign", "--key", &key_arg]);
    }
    repo.run_ok(&treat);
    repo.run_ok(&[
        "round",
        "advance",
        "2026-1",
        "comment-round",
        "--opens",
        "2026-02-01",
        "--closes",
        "2026-02-20",
    ]);
    repo.run_ok(&["round", "advance", "2026-1", "notice", "--date", "2026-02-25"]);
    repo
}

fn approve(repo: &TestRepo, extra: &[&str]) -> String {
    let mut args = vec![
        "round",
        "approve",
        "2026-1",
        "--date",
        "2026-03-02",
        "--decision",
        "VN/1/2026",
    ];
    args.extend(extra);
    repo.run_ok(&args)
}

fn audit(repo: &TestRepo, args: &[&str]) -> (i32, Value) {
    let out = repo
        .cmd()
        .args(["audit", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap_or(-1), report)
}

fn findings(report: &Value) -> Vec<(String, String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["file"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn ssh_verify(ssh_keygen: &Path, repo: &TestRepo, principal: &str, file: &str) -> std::process::Output {
    StdCommand::new(ssh_keygen)
        .current_dir(repo.path())
        .args([
            "-Y",
            "verify",
            "-n",
            NS,
            "-f",
            "reviews/allowed_signers",
            "-I",
            principal,
            "-s",
        ])
        .arg(format!("{file}.sig"))
        .stdin(std::fs::File::open(repo.path().join(file)).unwrap())
        .output()
        .unwrap()
}

#[test]
fn signatures_by_the_tool_verify_with_openssh_for_ed25519_and_ecdsa() {
    let Some(ssh_keygen) = ssh_keygen() else { return };
    let keys = tempfile::tempdir().unwrap();
    let (shm, shm_pub) = keygen(&ssh_keygen, keys.path(), "shm", "ed25519");
    let (ka, ka_pub) = keygen(&ssh_keygen, keys.path(), "ka", "ecdsa");
    let signers = format!(
        "# Who signs for whom\nshm@stm.fi namespaces=\"{NS}\",valid-after=\"20250101Z\" {shm_pub}\nka@ka.example namespaces=\"{NS}\" {ka_pub}\n"
    );
    let repo = round_to_notice(&signers, Some(&ka));
    let out = approve(&repo, &["--sign", "--key", shm.to_str().unwrap()]);
    assert!(out.contains(&format!("{APPROVAL}.sig")), "{out}");
    // The event and its signature are one commit.
    let files = repo.git(&["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(
        files.lines().collect::<Vec<_>>(),
        [APPROVAL, &format!("{APPROVAL}.sig")]
    );
    assert!(
        repo.git(&["log", "-1", "--format=%B"])
            .contains(&format!("Signed with SSH key {}.", fingerprint(&ssh_keygen, &shm)))
    );

    let ok = ssh_verify(&ssh_keygen, &repo, "shm@stm.fi", APPROVAL);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let ok = ssh_verify(&ssh_keygen, &repo, "ka@ka.example", TREATMENT);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    // OpenSSH holds the key to its principal too.
    let wrong = ssh_verify(&ssh_keygen, &repo, "ka@ka.example", APPROVAL);
    assert!(!wrong.status.success());

    let (code, report) = audit(&repo, &["--require-signatures"]);
    assert_eq!((code, findings(&report)), (0, vec![]));
    assert_eq!(report["checked"]["signatures"], 2);
    repo.run_ok(&["check"]);
}

#[test]
fn signatures_by_openssh_verify_in_the_audit_and_bad_ones_do_not() {
    let Some(ssh_keygen) = ssh_keygen() else { return };
    let keys = tempfile::tempdir().unwrap();
    let (shm, shm_pub) = keygen(&ssh_keygen, keys.path(), "shm", "ecdsa");
    let (ka, ka_pub) = keygen(&ssh_keygen, keys.path(), "ka", "ed25519");
    let (stranger, _) = keygen(&ssh_keygen, keys.path(), "stranger", "ed25519");
    let signers = format!("shm@stm.fi namespaces=\"{NS}\" {shm_pub}\nka@ka.example {ka_pub}\n");
    let repo = round_to_notice(&signers, None);
    approve(&repo, &[]);

    // Unsigned: the audit holds unless signatures are required, and then names whom.
    assert_eq!(audit(&repo, &[]).0, 0);
    let (code, report) = audit(&repo, &["--require-signatures"]);
    assert_eq!(code, 1);
    let found = findings(&report);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|f| f.0 == "signature-missing"), "{found:?}");
    let approval = found.iter().find(|f| f.1 == APPROVAL).expect("the approval");
    assert!(approval.2.contains("principal `shm@stm.fi`"), "{}", approval.2);
    assert!(
        found
            .iter()
            .any(|f| f.1 == TREATMENT && f.2.contains("principal `ka@ka.example`"))
    );

    // Signed with ssh-keygen after the fact and committed beside the events.
    let sign = |key: &Path, namespace: &str, file: &str| {
        run(StdCommand::new(&ssh_keygen)
            .current_dir(repo.path())
            .args(["-q", "-Y", "sign", "-n", namespace, "-f"])
            .arg(key)
            .arg(file));
    };
    sign(&shm, NS, APPROVAL);
    sign(&ka, NS, TREATMENT);
    repo.commit_all("Sign the approval and the treatment");
    let (code, report) = audit(&repo, &["--require-signatures"]);
    assert_eq!((code, findings(&report)), (0, vec![]));
    assert_eq!(report["checked"]["signatures"], 2);

    // A signature is a fact: replacing it is an append-only finding.
    std::fs::remove_file(repo.path().join(format!("{APPROVAL}.sig"))).unwrap();
    sign(&ka, NS, APPROVAL);
    repo.commit_all("Sign the approval by someone else");
    let (_, report) = audit(&repo, &[]);
    let found = findings(&report);
    assert!(
        found
            .iter()
            .any(|f| f.0 == "record-modified" && f.1 == format!("{APPROVAL}.sig")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|f| f.0 == "signature-invalid"
            && f.2.contains(&fingerprint(&ssh_keygen, &ka))
            && f.2.contains("principal `shm@stm.fi`")),
        "{found:?}"
    );

    // Other namespaces and unknown keys, on a fresh trail.
    let repo = round_to_notice(&signers, None);
    approve(&repo, &[]);
    let repo_sign = |key: &Path, namespace: &str, file: &str| {
        run(StdCommand::new(&ssh_keygen)
            .current_dir(repo.path())
            .args(["-q", "-Y", "sign", "-n", namespace, "-f"])
            .arg(key)
            .arg(file));
    };
    repo_sign(&shm, "file", APPROVAL);
    repo_sign(&stranger, NS, TREATMENT);
    repo.commit_all("Sign badly");
    let (code, report) = audit(&repo, &[]);
    assert_eq!(
        code, 1,
        "a present signature that does not hold fails even without --require-signatures"
    );
    let found = findings(&report);
    let msg = |file: &str| {
        found
            .iter()
            .find(|f| f.0 == "signature-invalid" && f.1 == format!("{file}.sig"))
            .unwrap_or_else(|| panic!("{found:?}"))
            .2
            .clone()
    };
    assert!(msg(APPROVAL).contains("namespace `file`"), "{}", msg(APPROVAL));
    assert!(
        msg(TREATMENT).contains(&format!(
            "key {} is not in reviews/allowed_signers for principal `ka@ka.example`",
            fingerprint(&ssh_keygen, &stranger)
        )),
        "{}",
        msg(TREATMENT)
    );
}

#[test]
fn validity_and_the_signers_list_are_judged_as_they_were_when_signed() {
    let Some(ssh_keygen) = ssh_keygen() else { return };
    let keys = tempfile::tempdir().unwrap();
    let (shm, shm_pub) = keygen(&ssh_keygen, keys.path(), "shm", "ed25519");
    // The key expired before the tool's clock (2026-03-02) recorded the signature.
    let repo = round_to_notice(
        &format!("shm@stm.fi namespaces=\"{NS}\",valid-before=\"20260201Z\" {shm_pub}\n"),
        None,
    );
    let out = repo
        .cmd()
        .args([
            "round",
            "approve",
            "2026-1",
            "--date",
            "2026-03-02",
            "--decision",
            "VN/1",
        ])
        .args(["--sign", "--key", shm.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("was not valid at 2026-03-02 08:00 UTC"), "{stderr}");
    let (code, report) = audit(&repo, &[]);
    assert_eq!(code, 1);
    let found = findings(&report);
    assert!(
        found
            .iter()
            .any(|f| f.0 == "signature-invalid" && f.2.contains("reviews/allowed_signers:1")),
        "{found:?}"
    );
    // Extending the key's validity afterwards does not make the old signature hold.
    repo.write(
        "reviews/allowed_signers",
        format!("shm@stm.fi namespaces=\"{NS}\" {shm_pub}\n"),
    );
    repo.commit_all("Extend the key");
    assert_eq!(audit(&repo, &[]).0, 1);
}

#[test]
fn a_stage_that_requires_signatures_fails_the_plain_audit_unsigned() {
    let Some(ssh_keygen) = ssh_keygen() else { return };
    let keys = tempfile::tempdir().unwrap();
    let (_, shm_pub) = keygen(&ssh_keygen, keys.path(), "shm", "ed25519");
    let repo = round_to_notice(&format!("shm@stm.fi {shm_pub}\n"), None);
    repo.edit(
        "reviews/workflow.toml",
        "principal = \"shm@stm.fi\"",
        "principal = \"shm@stm.fi\"\nrequire_signatures = true",
    );
    repo.commit_all("SHM's approvals must be signed");
    approve(&repo, &[]);
    let (code, report) = audit(&repo, &[]);
    assert_eq!(code, 1);
    let found = findings(&report);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "signature-missing");
    assert!(found[0].2.contains("principal `shm@stm.fi`"), "{}", found[0].2);
    // --sign where there is no decision to sign is a usage error.
    let err = fails_with(
        repo.cmd()
            .args(["round", "advance", "2026-1", "notice", "--date", "2026-03-02", "--sign"]),
        2,
    );
    assert!(err.contains("--sign signs a body's decision"), "{err}");
}

#[test]
fn sign_without_a_key_says_how_to_give_one() {
    let repo = round_to_notice("", None);
    let err = fails_with(
        repo.cmd().args([
            "round",
            "approve",
            "2026-1",
            "--date",
            "2026-03-02",
            "--decision",
            "VN/1",
            "--sign",
        ]),
        2,
    );
    assert!(err.contains("git config user.signingkey"), "{err}");
    assert!(!repo.path().join(APPROVAL).exists(), "nothing recorded");
}

/// An `ssh-agent` of this test (killed when dropped), listening on a
/// socket in `dir`.
struct Agent {
    child: std::process::Child,
    socket: PathBuf,
}

impl Agent {
    fn start(dir: &Path) -> Agent {
        let socket = dir.join("agent.sock");
        let child = StdCommand::new("ssh-agent")
            .arg("-D")
            .arg("-a")
            .arg(&socket)
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("run ssh-agent");
        for _ in 0..200 {
            if socket.exists() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        assert!(socket.exists(), "ssh-agent did not open {}", socket.display());
        Agent { child, socket }
    }
}

impl Drop for Agent {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn a_key_held_by_ssh_agent_signs_by_its_public_key_and_openssh_verifies_it() {
    let Some(ssh_keygen) = ssh_keygen() else { return };
    let keys = tempfile::tempdir().unwrap();
    // A key with a passphrase: the tool cannot read it, the agent holds it.
    let shm = keys.path().join("shm");
    run(StdCommand::new(&ssh_keygen)
        .args(["-q", "-t", "ed25519", "-N", "hemligt", "-C", "shm", "-f"])
        .arg(&shm));
    let shm_pub = std::fs::read_to_string(shm.with_extension("pub"))
        .unwrap()
        .trim()
        .to_string();
    let agent = Agent::start(keys.path());
    let askpass = keys.path().join("askpass");
    std::fs::write(&askpass, "#!/bin/sh\necho hemligt\n").unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&askpass, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    run(StdCommand::new("ssh-add")
        .arg("-q")
        .arg(&shm)
        .env("SSH_AUTH_SOCK", &agent.socket)
        .env("SSH_ASKPASS", &askpass)
        .env("SSH_ASKPASS_REQUIRE", "force")
        .env("DISPLAY", ":0")
        .stdin(std::process::Stdio::null()));
    let signers = format!("shm@stm.fi namespaces=\"{NS}\" {shm_pub}\n");
    let repo = round_to_notice(&signers, None);

    // Without an agent: what to do.
    repo.git(&["config", "user.signingkey", &format!("key::{shm_pub}")]);
    let err = fails_with(
        repo.cmd().env_remove("SSH_AUTH_SOCK").args([
            "round",
            "approve",
            "2026-1",
            "--date",
            "2026-03-02",
            "--decision",
            "VN/1/2026",
            "--sign",
        ]),
        2,
    );
    assert!(err.contains("SSH_AUTH_SOCK is not set"), "{err}");

    // A key the agent does not hold is named, with what to do.
    let (other, _) = keygen(&ssh_keygen, keys.path(), "other", "ed25519");
    std::fs::remove_file(&other).unwrap();
    let err = fails_with(
        repo.cmd().env("SSH_AUTH_SOCK", &agent.socket).args([
            "round",
            "approve",
            "2026-1",
            "--date",
            "2026-03-02",
            "--decision",
            "VN/1/2026",
            "--sign",
            "--key",
            other.with_extension("pub").to_str().unwrap(),
        ]),
        2,
    );
    assert!(
        err.contains("the ssh-agent does not hold the key") && err.contains("ssh-add"),
        "{err}"
    );

    // user.signingkey = key::<public key>, as git's SSH signing has it.
    let out = repo
        .cmd()
        .env("SSH_AUTH_SOCK", &agent.socket)
        .args([
            "round",
            "approve",
            "2026-1",
            "--date",
            "2026-03-02",
            "--decision",
            "VN/1/2026",
            "--sign",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        repo.git(&["log", "-1", "--format=%B"])
            .contains(&format!("Signed with SSH key {}.", fingerprint(&ssh_keygen, &shm)))
    );
    let ok = ssh_verify(&ssh_keygen, &repo, "shm@stm.fi", APPROVAL);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let (code, report) = audit(&repo, &[]);
    assert_eq!((code, findings(&report)), (0, vec![]));
    assert_eq!(report["checked"]["signatures"], 1);
}

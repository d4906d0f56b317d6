//! Signed approvals: SSH signatures in the SSHSIG format that git uses for
//! `gpg.format = ssh` (and `ssh-keygen -Y sign` writes), under the tool's
//! own namespace, judged against an OpenSSH `allowed_signers` file.
//!
//! Pure functions of texts and bytes: reading the key file, the signers
//! file as of a commit, and the event file are the callers' business. Why
//! something fails is a [`Wording`], worded in the reader's language by
//! the caller.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use ssh_key::{HashAlg, LineEnding, PrivateKey, PublicKey, SshSig};

use crate::i18n::Wording;

/// The SSHSIG namespace of an approval signature: a signature made for git
/// commits (`git`) or for files (`file`) does not verify as an approval.
pub const NAMESPACE: &str = "riktlinjer-approval@riktlinjer";

/// Where the trail keeps who may sign for which body.
pub const SIGNERS_PATH: &str = "reviews/allowed_signers";

/// The signature file that stands beside a record file.
pub fn sig_path(record_path: &str) -> String {
    format!("{record_path}.sig")
}

/// Sign `message` with the OpenSSH private key `key_text` (the content of
/// a key file) under [`NAMESPACE`]: the armored signature
/// (`-----BEGIN SSH SIGNATURE-----`), and the key's SHA256 fingerprint.
pub fn sign(key_text: &str, message: &[u8]) -> Result<(String, String), Wording> {
    let key = PrivateKey::from_openssh(key_text)
        .map_err(|e| Wording::new("signing-not-a-private-key").arg("reason", e.to_string()))?;
    if key.is_encrypted() {
        return Err(Wording::new("signing-passphrase"));
    }
    let sig = key.sign(NAMESPACE, HashAlg::Sha512, message).map_err(|e| {
        Wording::new("signing-key-cannot-sign")
            .arg("algorithm", key.algorithm().to_string())
            .arg("reason", e.to_string())
    })?;
    let armored = sig.to_pem(LineEnding::LF).map_err(|e| Wording::plain(e.to_string()))?;
    Ok((armored, key.fingerprint(HashAlg::Sha256).to_string()))
}

/// Sign `message` under [`NAMESPACE`] with the key `public` names, held by
/// the ssh-agent listening on `socket` (`SSH_AUTH_SOCK`): the agent signs
/// the SSHSIG signed data, so the private key never leaves it (a key with
/// a passphrase, or on a token, signs this way). The armored signature and
/// the key's SHA256 fingerprint, as [`sign`] gives them.
pub fn sign_with_agent(
    socket: &std::path::Path,
    public: &PublicKey,
    message: &[u8],
) -> Result<(String, String), Wording> {
    let fingerprint = public.fingerprint(HashAlg::Sha256).to_string();
    let mut agent = ssh_agent_client_rs::Client::connect(socket).map_err(|e| {
        Wording::new("signing-no-agent")
            .arg("socket", socket.display().to_string())
            .arg("reason", e.to_string())
    })?;
    let held = agent
        .list_all_identities()
        .map_err(|e| Wording::new("signing-agent-no-list").arg("reason", e.to_string()))?;
    if !held
        .iter()
        .any(|k| <&ssh_key::public::KeyData>::from(k) == public.key_data())
    {
        return Err(Wording::new("signing-agent-lacks-key").arg("fingerprint", &fingerprint));
    }
    let data = SshSig::signed_data(NAMESPACE, HashAlg::Sha512, message).map_err(|e| Wording::plain(e.to_string()))?;
    let signature = agent.sign(public, &data).map_err(|e| {
        Wording::new("signing-agent-refused")
            .arg("fingerprint", &fingerprint)
            .arg("reason", e.to_string())
    })?;
    let sig = SshSig::new(public.key_data().clone(), NAMESPACE, HashAlg::Sha512, signature)
        .map_err(|e| Wording::plain(e.to_string()))?;
    let armored = sig.to_pem(LineEnding::LF).map_err(|e| Wording::plain(e.to_string()))?;
    Ok((armored, fingerprint))
}

/// One line of an `allowed_signers` file.
#[derive(Debug, Clone)]
pub struct Signer {
    /// The line in the file (1-based).
    pub line: usize,
    /// The principal patterns (`shm@stm.fi`, `*@ka.example`, `!x@y`).
    pub principals: Vec<String>,
    /// `namespaces="…"`: the namespace patterns the key may sign in (all when `None`).
    pub namespaces: Option<Vec<String>>,
    /// `valid-after`.
    pub valid_after: Option<DateTime<Utc>>,
    /// `valid-before`.
    pub valid_before: Option<DateTime<Utc>>,
    /// `cert-authority` (certificates are not supported: such a line never matches).
    pub cert_authority: bool,
    /// The public key.
    pub key: PublicKey,
}

/// Split on whitespace outside double quotes, keeping each token's start.
fn tokens(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match (start, c) {
            (_, '"') => {
                quoted = !quoted;
                start.get_or_insert(i);
            }
            (Some(s), c) if c.is_whitespace() && !quoted => {
                out.push((s, &line[s..i]));
                start = None;
            }
            (None, c) if !c.is_whitespace() => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &line[s..]));
    }
    out
}

/// Split on commas outside double quotes.
fn comma_split(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

fn unquote(s: &str) -> &str {
    s.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(s)
}

/// An `allowed_signers` time: `YYYYMMDD`, `YYYYMMDDHHMM` or
/// `YYYYMMDDHHMMSS`, in UTC with a trailing `Z`, else in local time (as
/// OpenSSH reads it).
fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    let (digits, utc) = match s.strip_suffix(['Z', 'z']) {
        Some(d) => (d, true),
        None => (s, false),
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let naive = match digits.len() {
        8 => NaiveDate::parse_from_str(digits, "%Y%m%d").ok()?.and_hms_opt(0, 0, 0)?,
        12 => NaiveDateTime::parse_from_str(digits, "%Y%m%d%H%M").ok()?,
        14 => NaiveDateTime::parse_from_str(digits, "%Y%m%d%H%M%S").ok()?,
        _ => return None,
    };
    if utc {
        Some(Utc.from_utc_datetime(&naive))
    } else {
        chrono::Local
            .from_local_datetime(&naive)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
    }
}

fn is_key_type(token: &str) -> bool {
    token.starts_with("ssh-") || token.starts_with("ecdsa-") || token.starts_with("sk-")
}

/// Read an `allowed_signers` file (the format of `ssh-keygen(1)`, section
/// ALLOWED SIGNERS): the signers, and (line, problem) for each line that
/// cannot be read (such a line allows nobody).
pub fn parse_allowed_signers(text: &str) -> (Vec<Signer>, Vec<(usize, Wording)>) {
    let mut signers = Vec::new();
    let mut problems = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let toks = tokens(trimmed);
        let Some(&(_, principals)) = toks.first() else { continue };
        let mut next = 1;
        let mut options = None;
        if let Some(&(_, t)) = toks.get(1)
            && !is_key_type(t)
        {
            options = Some(t);
            next = 2;
        }
        let Some(&(key_start, _)) = toks.get(next) else {
            problems.push((line, Wording::new("signers-no-key")));
            continue;
        };
        let key = match PublicKey::from_openssh(trimmed[key_start..].trim()) {
            Ok(k) => k,
            Err(e) => {
                problems.push((line, Wording::new("signers-bad-key").arg("reason", e.to_string())));
                continue;
            }
        };
        let mut signer = Signer {
            line,
            principals: comma_split(unquote(principals))
                .into_iter()
                .map(|p| unquote(p.trim()).to_string())
                .collect(),
            namespaces: None,
            valid_after: None,
            valid_before: None,
            cert_authority: false,
            key,
        };
        let mut bad = None;
        for opt in options.map(comma_split).unwrap_or_default() {
            let (name, value) = match opt.split_once('=') {
                Some((k, v)) => (k.trim().to_ascii_lowercase(), Some(unquote(v.trim()))),
                None => (opt.trim().to_ascii_lowercase(), None),
            };
            match (name.as_str(), value) {
                ("cert-authority", None) => signer.cert_authority = true,
                ("namespaces", Some(v)) => {
                    signer.namespaces = Some(v.split(',').map(|s| s.trim().to_string()).collect());
                }
                ("valid-after", Some(v)) => match parse_time(v) {
                    Some(t) => signer.valid_after = Some(t),
                    None => bad = Some(bad_time("valid-after", v)),
                },
                ("valid-before", Some(v)) => match parse_time(v) {
                    Some(t) => signer.valid_before = Some(t),
                    None => bad = Some(bad_time("valid-before", v)),
                },
                _ => bad = Some(Wording::new("signers-unknown-option").arg("option", opt)),
            }
        }
        match bad {
            Some(b) => problems.push((line, b)),
            None => signers.push(signer),
        }
    }
    (signers, problems)
}

fn bad_time(option: &str, value: &str) -> Wording {
    Wording::new("signers-bad-time")
        .arg("option", option)
        .arg("value", value)
}

/// OpenSSH's wildcard match: `*` any run, `?` any one character.
fn wildcard(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// OpenSSH's pattern list: a negated match (`!pat`) refuses, else any match allows.
fn matches_list(patterns: &[String], text: &str) -> bool {
    let mut allowed = false;
    for p in patterns {
        match p.strip_prefix('!') {
            Some(neg) if wildcard(neg, text) => return false,
            Some(_) => {}
            None if wildcard(p, text) => allowed = true,
            None => {}
        }
    }
    allowed
}

/// A signature that holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The principal it holds for (the one asked for, or the first allowed).
    pub principal: String,
    /// The key's SHA256 fingerprint.
    pub fingerprint: String,
}

/// Why a signature does not hold, in words that name the key and the principal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigProblem {
    /// The key's fingerprint, when the signature could be read.
    pub fingerprint: Option<String>,
    /// What is wrong.
    pub message: Wording,
}

/// Verify the armored signature `armored` of `message` the way
/// `ssh-keygen -Y verify -n NAMESPACE -f allowed_signers -I principal`
/// does, with the validity of the signers' lines judged at `at` (when the
/// signature was recorded). `principal` `None` accepts any principal the
/// key is allowed for.
pub fn verify(
    signers: &[Signer],
    principal: Option<&str>,
    armored: &[u8],
    message: &[u8],
    at: DateTime<FixedOffset>,
) -> Result<Verified, SigProblem> {
    let sig = SshSig::from_pem(armored).map_err(|e| SigProblem {
        fingerprint: None,
        message: Wording::new("sig-not-ssh").arg("reason", e.to_string()),
    })?;
    let key = PublicKey::from(sig.public_key().clone());
    let fingerprint = key.fingerprint(HashAlg::Sha256).to_string();
    let problem = |message: Wording| SigProblem {
        fingerprint: Some(fingerprint.clone()),
        message,
    };
    if sig.namespace() != NAMESPACE {
        return Err(problem(
            Wording::new("sig-namespace")
                .arg("fingerprint", &fingerprint)
                .arg("namespace", sig.namespace())
                .arg("expected", NAMESPACE),
        ));
    }
    if key.verify(NAMESPACE, message, &sig).is_err() {
        return Err(problem(Wording::new("sig-mismatch").arg("fingerprint", &fingerprint)));
    }
    let who = principal
        .map(|p| Wording::new("sig-principal").arg("principal", p))
        .unwrap_or(Wording::new("sig-any-principal"));
    let same_key: Vec<&Signer> = signers
        .iter()
        .filter(|s| !s.cert_authority && s.key.key_data() == key.key_data())
        .filter(|s| principal.is_none_or(|p| matches_list(&s.principals, p)))
        .collect();
    if same_key.is_empty() {
        return Err(problem(
            Wording::new("sig-key-not-listed")
                .arg("fingerprint", &fingerprint)
                .arg("signers", SIGNERS_PATH)
                .words("who", who),
        ));
    }
    let at = at.with_timezone(&Utc);
    let mut why = Wording::plain("");
    for s in &same_key {
        if let Some(ns) = &s.namespaces
            && !matches_list(ns, NAMESPACE)
        {
            why = Wording::new("sig-namespace-not-allowed")
                .arg("signers", SIGNERS_PATH)
                .arg("line", s.line.to_string())
                .arg("fingerprint", &fingerprint)
                .arg("namespace", NAMESPACE)
                .arg("namespaces", ns.join(","));
            continue;
        }
        if s.valid_after.is_some_and(|t| at < t) || s.valid_before.is_some_and(|t| at >= t) {
            let fmt = |t: Option<DateTime<Utc>>| t.map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string());
            let from = fmt(s.valid_after).map_or(Wording::plain(""), |t| Wording::new("sig-valid-from").arg("time", t));
            let until =
                fmt(s.valid_before).map_or(Wording::plain(""), |t| Wording::new("sig-valid-until").arg("time", t));
            why = Wording::new("sig-not-valid-at")
                .arg("fingerprint", &fingerprint)
                .arg("at", at.format("%Y-%m-%d %H:%M UTC").to_string())
                .arg("signers", SIGNERS_PATH)
                .arg("line", s.line.to_string())
                .words("from", from)
                .words("until", until);
            continue;
        }
        let principal = match principal {
            Some(p) => p.to_string(),
            None => s
                .principals
                .iter()
                .find(|p| !p.starts_with('!'))
                .cloned()
                .unwrap_or_default(),
        };
        return Ok(Verified { principal, fingerprint });
    }
    Err(problem(why))
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOhzcK3kV4u0F0nGbGQ8S7tA0r3kbm5mcbE0oY9dn4Rz";

    #[test]
    fn reads_options_principals_and_times() {
        let text = format!(
            "# who may sign\n\nshm@stm.fi,\"kirjaamo@stm.fi\" namespaces=\"riktlinjer-approval@riktlinjer,git\",valid-after=\"20260101Z\",valid-before=\"202701011200Z\" {KEY} comment\n*@ka.example {KEY}\nbad line\nx@y valid-after=\"2026\" {KEY}\n"
        );
        let (signers, problems) = parse_allowed_signers(&text);
        assert_eq!(signers.len(), 2, "{problems:?}");
        assert_eq!(signers[0].line, 3);
        assert_eq!(signers[0].principals, ["shm@stm.fi", "kirjaamo@stm.fi"]);
        assert_eq!(signers[0].namespaces.as_ref().unwrap().len(), 2);
        assert_eq!(
            signers[0].valid_after.unwrap().to_rfc3339(),
            "2026-01-01T00:00:00+00:00"
        );
        assert_eq!(
            signers[0].valid_before.unwrap().to_rfc3339(),
            "2027-01-01T12:00:00+00:00"
        );
        assert_eq!(problems.iter().map(|p| p.0).collect::<Vec<_>>(), [5, 6]);
        assert!(matches_list(&signers[1].principals, "grupp@ka.example"));
        assert!(!matches_list(&signers[1].principals, "shm@stm.fi"));
        assert!(!matches_list(&["*".into(), "!evil@x".into()], "evil@x"));
    }

    fn key_text(seed: u8) -> (String, String) {
        let pair = ssh_key::private::Ed25519Keypair::from_seed(&[seed; 32]);
        let key = PrivateKey::from(pair);
        let public = key.public_key().to_openssh().unwrap();
        (key.to_openssh(LineEnding::LF).unwrap().to_string(), public)
    }

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn a_signature_holds_only_for_its_file_key_principal_and_time() {
        let (private, public) = key_text(7);
        let (_, other) = key_text(8);
        let (armored, fingerprint) = sign(&private, b"event").unwrap();
        assert!(armored.starts_with("-----BEGIN SSH SIGNATURE-----"));
        let signers = |line: &str| parse_allowed_signers(line).0;
        let ok = signers(&format!(
            "shm@stm.fi namespaces=\"{NAMESPACE}\",valid-after=\"20260101Z\" {public}"
        ));
        let when = at("2026-03-02T10:00:00+02:00");
        let v = verify(&ok, Some("shm@stm.fi"), armored.as_bytes(), b"event", when).unwrap();
        assert_eq!(v.fingerprint, fingerprint);
        assert_eq!(
            verify(&ok, None, armored.as_bytes(), b"event", when).unwrap().principal,
            "shm@stm.fi"
        );
        let e = verify(&ok, Some("shm@stm.fi"), armored.as_bytes(), b"evenT", when).unwrap_err();
        assert!(e.message.english().contains("does not match"), "{e:?}");
        let e = verify(&ok, Some("ka@x"), armored.as_bytes(), b"event", when).unwrap_err();
        assert!(
            e.message.english().contains("principal `ka@x`") && e.message.english().contains(&fingerprint),
            "{e:?}"
        );
        let e = verify(&ok, None, armored.as_bytes(), b"event", at("2025-12-31T10:00:00+00:00")).unwrap_err();
        assert!(
            e.message.english().contains("was not valid at 2025-12-31 10:00 UTC"),
            "{e:?}"
        );
        let git_only = signers(&format!("shm@stm.fi namespaces=\"git\" {public}"));
        let e = verify(&git_only, None, armored.as_bytes(), b"event", when).unwrap_err();
        assert!(e.message.english().contains("namespaces=\"git\""), "{e:?}");
        let e = verify(
            &signers(&format!("shm@stm.fi {other}")),
            None,
            armored.as_bytes(),
            b"event",
            when,
        )
        .unwrap_err();
        assert!(
            e.message.english().contains("is not in reviews/allowed_signers"),
            "{e:?}"
        );
        let e = verify(&ok, None, b"not a signature", b"event", when).unwrap_err();
        assert_eq!(e.fingerprint, None);
    }

    #[test]
    fn problems_are_worded_in_the_readers_language() {
        use crate::i18n::Catalogue;
        let (private, public) = key_text(7);
        let (armored, fingerprint) = sign(&private, b"event").unwrap();
        let (signers, _) = parse_allowed_signers(&format!("shm@stm.fi {public}"));
        let when = at("2026-03-02T10:00:00+02:00");
        let e = verify(&signers, Some("kirjaamo@stm.fi"), armored.as_bytes(), b"event", when).unwrap_err();
        assert_eq!(
            e.message.in_catalogue(Catalogue::of("sv")),
            format!(
                "nyckeln {fingerprint} finns inte i reviews/allowed_signers för principalen `kirjaamo@stm.fi` (som filen såg ut när signaturen registrerades)"
            )
        );
        let e = verify(&signers, None, armored.as_bytes(), b"tampered", when).unwrap_err();
        assert!(
            e.message.in_catalogue(Catalogue::of("fi")).starts_with(&format!(
                "avaimen {fingerprint} allekirjoitus ei vastaa tapahtumatiedostoa"
            )),
            "{:?}",
            e.message
        );
        let (_, problems) = parse_allowed_signers(&format!("x@y valid-after=\"2026\" {public}\n"));
        assert_eq!(
            problems[0].1.in_catalogue(Catalogue::of("sv")),
            "valid-after=\"2026\" är ingen tidpunkt (ÅÅÅÅMMDD[TTMM[SS]][Z])"
        );
        assert_eq!(
            sign("no key", b"x")
                .unwrap_err()
                .in_catalogue(Catalogue::of("fi"))
                .split(" (")
                .next(),
            Some("se ei ole OpenSSH-yksityisavain")
        );
    }
}

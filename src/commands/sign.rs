//! `--sign` of the recording commands that record a body's decision
//! (`round approve`, `round advance` of a treatment stage): the approver's
//! SSH signature of the event file, committed beside it in the same commit.

use std::path::{Path, PathBuf};

use super::Ctx;
use super::record::Fact;
use crate::fluent_args;
use crate::i18n::Catalogue;
use crate::model::Stage;
use crate::repo::Repo;
use crate::signing::{self, NAMESPACE, SIGNERS_PATH};
use crate::{Error, Result, clock};

/// The options every signing command takes.
#[derive(Debug, Clone, clap::Args)]
pub struct SignArgs {
    /// Sign the event with your SSH key (SSHSIG, namespace riktlinjer-approval@riktlinjer); the signature is committed beside the event as `events/NN-<stage>.toml.sig`.
    #[arg(long)]
    pub sign: bool,
    /// The private key file to sign with (ed25519 or ecdsa nistp256; default: `git config user.signingkey`), or a public key file (`.pub` without its private key beside it) of a key held by ssh-agent (`SSH_AUTH_SOCK`).
    #[arg(long, value_name = "PATH", requires = "sign")]
    pub key: Option<PathBuf>,
}

fn expand_home(path: &str) -> PathBuf {
    match path.strip_prefix("~/") {
        Some(rest) => std::env::var_os("HOME").map_or_else(|| PathBuf::from(path), |h| PathBuf::from(h).join(rest)),
        None => PathBuf::from(path),
    }
}

/// What signs: a private key file, or a key held by the ssh-agent.
enum Signer {
    /// An OpenSSH private key file.
    File(PathBuf),
    /// The public key of a key the ssh-agent holds, and where it came from
    /// (for messages).
    Agent(ssh_key::PublicKey, String),
}

/// A public key as git's `user.signingkey` may hold it (`key::ssh-ed25519
/// AAAA…` or `ssh-ed25519 AAAA…`), read by `what` for messages.
fn public_key(cat: &Catalogue, text: &str, what: &str) -> Result<ssh_key::PublicKey> {
    let text = text.trim();
    let text = text.strip_prefix("key::").unwrap_or(text);
    ssh_key::PublicKey::from_openssh(text).map_err(|e| {
        Error::user_with_hint(
            cat.get(
                "sign-not-a-public-key",
                Some(&fluent_args!["what" => what, "reason" => e.to_string()]),
            ),
            cat.text("sign-not-a-public-key-hint"),
        )
    })
}

/// The signer: `--key`, else `user.signingkey`. A private key file signs
/// itself; a public key (literal, as git's `user.signingkey = key::…`, or a
/// `.pub` file without its private key beside it) signs through the
/// ssh-agent, as git does.
fn signer(cat: &Catalogue, repo: &Repo, key: Option<&Path>) -> Result<Signer> {
    let path = match key {
        Some(k) => k.to_path_buf(),
        None => match repo.config_string("user.signingkey")? {
            Some(v)
                if v.trim_start().starts_with("key::")
                    || v.trim_start().starts_with("ssh-")
                    || v.trim_start().starts_with("ecdsa-") =>
            {
                return Ok(Signer::Agent(
                    public_key(cat, &v, "git config user.signingkey")?,
                    "git config user.signingkey".into(),
                ));
            }
            Some(v) => expand_home(v.trim()),
            None => {
                return Err(Error::user_with_hint(
                    cat.text("sign-no-key"),
                    cat.text("sign-no-key-hint"),
                ));
            }
        },
    };
    if path.extension().is_some_and(|e| e == "pub") {
        let private = path.with_extension("");
        if private.is_file() {
            return Ok(Signer::File(private));
        }
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Error::user_with_hint(
                cat.get(
                    "sign-cannot-read-public-key",
                    Some(&fluent_args!["path" => path.display().to_string(), "reason" => e.to_string()]),
                ),
                cat.text("sign-cannot-read-public-key-hint"),
            )
        })?;
        let what = path.display().to_string();
        return Ok(Signer::Agent(public_key(cat, &text, &what)?, what));
    }
    Ok(Signer::File(path))
}

/// Sign the fact's event file (its first file) and add the signature file
/// to the fact, so that both are committed together. Warns when the key
/// is not (or not now) allowed by the working tree's `reviews/allowed_signers`
/// for the stage's principal: the audit would reject the signature.
/// Returns the key's fingerprint.
pub(crate) fn sign_event(ctx: &Ctx, repo: &Repo, fact: &mut Fact, stage: &Stage, key: Option<&Path>) -> Result<String> {
    let cat = ctx.catalogue();
    let signer = signer(cat, repo, key)?;
    let (event_path, event_text) = fact
        .files
        .first()
        .cloned()
        .ok_or_else(|| Error::internal("this fact has no event file to sign"))?;
    let (armored, fingerprint) = match &signer {
        Signer::File(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                Error::user_with_hint(
                    cat.get(
                        "sign-cannot-read-key",
                        Some(&fluent_args!["path" => path.display().to_string(), "reason" => e.to_string()]),
                    ),
                    cat.text("sign-cannot-read-key-hint"),
                )
            })?;
            signing::sign(&text, event_text.as_bytes()).map_err(|e| {
                Error::user(cat.get(
                    "sign-cannot-sign",
                    Some(&fluent_args!["what" => path.display().to_string(), "reason" => e.in_catalogue(cat)]),
                ))
            })?
        }
        Signer::Agent(public, what) => {
            let socket = std::env::var_os("SSH_AUTH_SOCK")
                .filter(|s| !s.is_empty())
                .ok_or_else(|| {
                    Error::user_with_hint(
                        cat.get("sign-no-agent", Some(&fluent_args!["what" => what.as_str()])),
                        cat.text("sign-no-agent-hint"),
                    )
                })?;
            signing::sign_with_agent(Path::new(&socket), public, event_text.as_bytes()).map_err(|e| {
                Error::user(cat.get(
                    "sign-cannot-sign",
                    Some(&fluent_args!["what" => what.as_str(), "reason" => e.in_catalogue(cat)]),
                ))
            })?
        }
    };
    let signers_file = repo.root().join(SIGNERS_PATH);
    let signers = std::fs::read_to_string(&signers_file).unwrap_or_default();
    let (list, _) = signing::parse_allowed_signers(&signers);
    if let Err(p) = signing::verify(
        &list,
        stage.principal.as_deref(),
        armored.as_bytes(),
        event_text.as_bytes(),
        clock::now(),
    ) {
        ctx.warn(&ctx.catalogue().get(
            "sign-not-allowed",
            Some(&crate::fluent_args![
                "reason" => p.message.in_catalogue(cat),
                "signers" => SIGNERS_PATH,
                "namespace" => NAMESPACE,
            ]),
        ));
    }
    fact.files.push((signing::sig_path(&event_path), armored));
    fact.details.push(format!("Signed with SSH key {fingerprint}."));
    Ok(fingerprint)
}

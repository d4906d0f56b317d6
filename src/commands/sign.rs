//! `--sign` of the recording commands that record a body's decision
//! (`round approve`, `round advance` of a treatment stage): the approver's
//! SSH signature of the event file, committed beside it in the same commit.

use std::path::{Path, PathBuf};

use super::Ctx;
use super::record::Fact;
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
    /// The private key file to sign with (ed25519 or ecdsa nistp256; default: `git config user.signingkey`).
    #[arg(long, value_name = "PATH", requires = "sign")]
    pub key: Option<PathBuf>,
}

fn expand_home(path: &str) -> PathBuf {
    match path.strip_prefix("~/") {
        Some(rest) => std::env::var_os("HOME").map_or_else(|| PathBuf::from(path), |h| PathBuf::from(h).join(rest)),
        None => PathBuf::from(path),
    }
}

/// The private key file: `--key`, else `user.signingkey`; a `.pub` file
/// names the private key beside it (as git's `user.signingkey` may).
fn key_file(repo: &Repo, key: Option<&Path>) -> Result<PathBuf> {
    let path = match key {
        Some(k) => k.to_path_buf(),
        None => match repo.config_string("user.signingkey")? {
            Some(v) if v.trim_start().starts_with("key::") || v.trim_start().starts_with("ssh-") => {
                return Err(Error::user_with_hint(
                    "git config user.signingkey holds a public key (for ssh-agent), and this tool signs with a key file",
                    "give the private key with `--key ~/.ssh/id_ed25519`",
                ));
            }
            Some(v) => expand_home(v.trim()),
            None => {
                return Err(Error::user_with_hint(
                    "--sign needs a key, and none is given or configured",
                    "give it with `--key ~/.ssh/id_ed25519`, or set it once with `git config user.signingkey ~/.ssh/id_ed25519`",
                ));
            }
        },
    };
    if path.extension().is_some_and(|e| e == "pub") {
        let private = path.with_extension("");
        if private.is_file() {
            return Ok(private);
        }
        return Err(Error::user_with_hint(
            format!(
                "{} is a public key and no private key stands beside it ({})",
                path.display(),
                private.display()
            ),
            "give the private key file with --key",
        ));
    }
    Ok(path)
}

/// Sign the fact's event file (its first file) and add the signature file
/// to the fact, so that both are committed together. Warns when the key
/// is not (or not now) allowed by the working tree's `reviews/allowed_signers`
/// for the stage's principal: the audit would reject the signature.
/// Returns the key's fingerprint.
pub(crate) fn sign_event(ctx: &Ctx, repo: &Repo, fact: &mut Fact, stage: &Stage, key: Option<&Path>) -> Result<String> {
    let path = key_file(repo, key)?;
    let text = std::fs::read_to_string(&path).map_err(|e| {
        Error::user_with_hint(
            format!("cannot read the key file {}: {e}", path.display()),
            "give an OpenSSH private key with --key PATH",
        )
    })?;
    let (event_path, event_text) = fact
        .files
        .first()
        .cloned()
        .ok_or_else(|| Error::internal("a fact to sign has no event file"))?;
    let (armored, fingerprint) = signing::sign(&text, event_text.as_bytes()).map_err(|e| {
        Error::user_with_hint(
            format!("cannot sign with {}: {e}", path.display()),
            "docs/signing.md says which keys sign (OpenSSH ed25519 or ecdsa nistp256, given with --key PATH)",
        )
    })?;
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
        ctx.warn(&format!(
            "{}; the audit will not accept this signature until {SIGNERS_PATH} allows the key (a line `PRINCIPAL namespaces=\"{NAMESPACE}\" <public key>`, committed before the signature)",
            p.message
        ));
    }
    fact.files.push((signing::sig_path(&event_path), armored));
    fact.details.push(format!("Signed with SSH key {fingerprint}."));
    Ok(fingerprint)
}

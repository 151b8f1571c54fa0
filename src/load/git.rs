//! A data folder's files as they are at a git revision, read with the `git` binary on the
//! PATH (no libgit2: `plan` only needs to list a tree and read its blobs).
//!
//! The files come back as (path relative to the data folder, bytes), ready for
//! [`crate::load::load_memory`], so a revision is loaded exactly like the working tree.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

/// The git repository a data folder sits in.
#[derive(Debug, Clone)]
pub(crate) struct GitData {
    toplevel: PathBuf,
    /// The data folder relative to the top of the work tree, `/`-separated, with a trailing
    /// `/` (`data/`), or empty when the data folder is the top.
    prefix: String,
}

impl GitData {
    /// Finds the git repository that holds `data_dir`.
    pub(crate) fn open(data_dir: &Path) -> Result<GitData> {
        let toplevel = output(data_dir, &["rev-parse", "--show-toplevel"])?;
        if !toplevel.status.success() {
            bail!(
                "{}",
                crate::t!("error-not-git", path = data_dir.display().to_string())
            );
        }
        let prefix = git(data_dir, &["rev-parse", "--show-prefix"])?;
        Ok(GitData {
            toplevel: PathBuf::from(text(toplevel.stdout)?.trim_end_matches('\n')),
            prefix: text(prefix)?.trim_end_matches('\n').to_string(),
        })
    }

    /// The commit a revision names (`HEAD`, `HEAD~1`, a branch, a tag, a hash).
    pub(crate) fn commit(&self, revision: &str) -> Result<String> {
        let unknown = || crate::t!("error-not-a-revision", revision = revision);
        if revision.starts_with('-') {
            bail!(unknown());
        }
        let spec = format!("{revision}^{{commit}}");
        let out = git(&self.toplevel, &["rev-parse", "--verify", "--quiet", &spec])
            .map_err(|_| anyhow::anyhow!(unknown()))?;
        Ok(text(out)?.trim_end().to_string())
    }

    /// The last commit on `tip`'s history made on or before the end of `day` (YYYY-MM-DD),
    /// if there is one.
    pub(crate) fn commit_on(&self, tip: &str, day: &str) -> Result<Option<String>> {
        let before = format!("--before={day} 23:59:59");
        let out = git(&self.toplevel, &["rev-list", "-1", &before, tip, "--"])?;
        let commit = text(out)?.trim_end().to_string();
        Ok((!commit.is_empty()).then_some(commit))
    }

    /// The oldest commit with no parent that `tip` descends from: where its history begins.
    pub(crate) fn first_commit(&self, tip: &str) -> Result<String> {
        let out = git(&self.toplevel, &["rev-list", "--max-parents=0", tip, "--"])?;
        let roots = text(out)?;
        // Newest first: the last root is the oldest.
        roots
            .lines()
            .last()
            .map(str::to_string)
            .with_context(|| crate::t!("error-git-no-first-commit", tip = tip))
    }

    /// The day a commit was made (its committer date), YYYY-MM-DD.
    pub(crate) fn commit_day(&self, commit: &str) -> Result<String> {
        let out = git(
            &self.toplevel,
            &["show", "-s", "--format=%cd", "--date=short", commit, "--"],
        )?;
        Ok(text(out)?.trim_end().to_string())
    }

    /// True when the data folder's files differ from `HEAD` (changed, added, deleted, or new and
    /// not ignored).
    pub(crate) fn has_changes(&self) -> Result<bool> {
        let mut args = vec!["status", "--porcelain", "--untracked-files=all", "--"];
        let prefix = if self.prefix.is_empty() {
            "."
        } else {
            self.prefix.as_str()
        };
        args.push(prefix);
        Ok(!git(&self.toplevel, &args)?.is_empty())
    }

    /// The short form of a commit id, as git abbreviates it in this repository.
    pub(crate) fn short(&self, commit: &str) -> Result<String> {
        let out = git(&self.toplevel, &["rev-parse", "--short", commit])?;
        Ok(text(out)?.trim_end().to_string())
    }

    /// Every YAML file under the data folder at `commit`: (path relative to the data folder,
    /// contents), in path order. Symbolic links and submodules are skipped.
    pub(crate) fn files_at(&self, commit: &str) -> Result<Vec<(String, Vec<u8>)>> {
        let mut args = vec!["ls-tree", "-r", "-z", commit];
        if !self.prefix.is_empty() {
            args.extend(["--", &self.prefix]);
        }
        let listing = git(&self.toplevel, &args)?;
        let mut paths = Vec::new();
        let mut objects = String::new();
        for entry in listing.split(|&b| b == 0).filter(|e| !e.is_empty()) {
            // `<mode> SP <type> SP <object> TAB <path>`
            let entry = String::from_utf8_lossy(entry);
            let Some((meta, path)) = entry.split_once('\t') else {
                bail!(unexpected("ls-tree", &format!("{entry:?}")));
            };
            let mut meta = meta.split(' ');
            let (mode, kind, object) = (meta.next(), meta.next(), meta.next());
            let relative = path.strip_prefix(&self.prefix).unwrap_or(path);
            if kind != Some("blob") || mode == Some("120000") || !super::is_yaml_name(relative) {
                continue;
            }
            paths.push(relative.to_string());
            objects.push_str(object.unwrap_or_default());
            objects.push('\n');
        }
        let contents = self.read_blobs(objects)?;
        Ok(paths.into_iter().zip(contents).collect())
    }

    /// Reads blobs, one object id a line, with one `git cat-file --batch` process.
    fn read_blobs(&self, objects: String) -> Result<Vec<Vec<u8>>> {
        let mut child = Command::new("git")
            .args(["cat-file", "--batch"])
            .current_dir(&self.toplevel)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| crate::t!("error-git-missing"))?;
        let mut stdin = child
            .stdin
            .take()
            .with_context(|| unexpected("cat-file", "stdin"))?;
        // Written from another thread: git answers while it reads, and a full pipe either
        // way would stop both sides.
        let writer = std::thread::spawn(move || stdin.write_all(objects.as_bytes()));
        let stdout = child.stdout.take();
        let mut reader = BufReader::new(stdout.with_context(|| unexpected("cat-file", "stdout"))?);
        let mut blobs = Vec::new();
        let mut header = String::new();
        loop {
            header.clear();
            if reader.read_line(&mut header)? == 0 {
                break;
            }
            // `<object> blob <size>`, or `<object> missing`
            let size = header
                .trim_end()
                .rsplit(' ')
                .next()
                .and_then(|s| s.parse::<usize>().ok())
                .with_context(|| unexpected("cat-file --batch", &format!("{header:?}")))?;
            let mut blob = vec![0; size];
            reader.read_exact(&mut blob)?;
            reader.read_exact(&mut [0; 1])?;
            blobs.push(blob);
        }
        writer
            .join()
            .map_err(|_| anyhow::anyhow!(unexpected("cat-file --batch", "stdin")))??;
        let status = child.wait()?;
        if !status.success() {
            bail!(unexpected("cat-file --batch", &status.to_string()));
        }
        Ok(blobs)
    }
}

/// The error for an answer from `git command` that plan cannot read.
fn unexpected(command: &str, said: &str) -> String {
    crate::t!("error-git-unexpected", command = command, said = said)
}

/// Runs git in `dir`; fails only when git cannot be run.
fn output(dir: &Path, args: &[&str]) -> Result<std::process::Output> {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .with_context(|| crate::t!("error-git-missing"))
}

/// Runs git in `dir`; its standard output, or an error with what git said.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let output = output(dir, args)?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        bail!(
            "{}",
            crate::t!(
                "error-git-failed",
                command = args.join(" "),
                said = said.trim()
            )
        );
    }
    Ok(output.stdout)
}

fn text(bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).with_context(|| crate::t!("error-git-not-utf8"))
}

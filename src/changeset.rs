//! A change to the data folder as one unit: read the folder under the repository lock, edit
//! files in memory (through [`crate::edit`]), check the edited repository, show the change as
//! a unified diff, and write it all or nothing.
//!
//! Every writing command (`update`, `set`, `link`, `rename`, `remove`, `new`) and any later
//! bulk import goes through here, so none can write a change that adds an error finding or
//! lose a change made by a parallel run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::edit::YamlFile;
use crate::index::Repository;
use crate::load::{self, Prose};
use crate::lock::RepoLock;
use crate::output::{self, FileWrite};

/// The data folder's YAML files as read under the lock, and the changes made to them.
#[derive(Debug)]
pub(crate) struct Changeset {
    _lock: RepoLock,
    root: PathBuf,
    display: String,
    /// Path relative to the data folder (with `/`) → bytes as read.
    files: BTreeMap<String, Vec<u8>>,
    /// Path → new bytes, or `None` to delete.
    changed: BTreeMap<String, Option<Vec<u8>>>,
    /// What the walk found and did not read (symbolic links, special files), so that the
    /// repository a change is checked against has the same findings as `plan validate`.
    walk_findings: Vec<Diagnostic>,
}

/// Findings the edited repository would gain, with that repository for their excerpts:
/// error findings refuse the change ([`Changeset::check`]); warnings are shown with it.
#[derive(Debug)]
pub(crate) struct Added {
    pub(crate) findings: Vec<Diagnostic>,
    /// The edited repository, for excerpts of the findings.
    pub(crate) repo: Repository,
}

impl Changeset {
    /// Takes the lock on the data folder `root` (shown as `display`) and reads its files.
    pub(crate) fn open(root: &Path, display: &str) -> Result<Changeset> {
        let lock = RepoLock::acquire(root)?;
        let (files, walk_findings) = load::read_raw(root, display)?;
        Ok(Changeset {
            _lock: lock,
            root: root.to_path_buf(),
            display: display.to_string(),
            files: files.into_iter().collect(),
            walk_findings,
            changed: BTreeMap::new(),
        })
    }

    /// The repository as read (without the changes), with its findings.
    pub(crate) fn repository(&self, prose: Prose) -> (Repository, Vec<Diagnostic>) {
        self.load(BTreeMap::new(), prose)
    }

    /// A file's path relative to the data folder, from the path findings and entities show.
    pub(crate) fn relative<'a>(&self, shown: &'a str) -> &'a str {
        match self.display.as_str() {
            "" => shown,
            prefix => shown
                .strip_prefix(prefix)
                .and_then(|p| p.strip_prefix('/'))
                .unwrap_or(shown),
        }
    }

    /// How a relative path is shown.
    pub(crate) fn shown(&self, relative: &str) -> String {
        match self.display.as_str() {
            "" => relative.to_string(),
            prefix => format!("{prefix}/{relative}"),
        }
    }

    /// The current text of a file (with changes made so far), if it exists.
    pub(crate) fn bytes(&self, relative: &str) -> Option<&[u8]> {
        match self.changed.get(relative) {
            Some(now) => now.as_deref(),
            None => self.files.get(relative).map(Vec::as_slice),
        }
    }

    /// True if a file has this path, in the changes or on disk (not only a YAML file).
    pub(crate) fn exists(&self, relative: &str) -> bool {
        self.bytes(relative).is_some()
            || std::fs::symlink_metadata(self.root.join(relative)).is_ok()
                && !self.changed.contains_key(relative)
    }

    /// Edits an existing file in place.
    pub(crate) fn edit(
        &mut self,
        relative: &str,
        change: impl FnOnce(&mut YamlFile) -> Result<()>,
    ) -> Result<()> {
        let shown = self.shown(relative);
        let bytes = self
            .bytes(relative)
            .with_context(|| crate::t!("error-does-not-exist", path = shown.as_str()))?;
        let mut file = YamlFile::parse(bytes).with_context(|| format!("`{shown}`"))?;
        change(&mut file).with_context(|| crate::t!("edit-cannot", path = shown.as_str()))?;
        self.changed
            .insert(relative.to_string(), Some(file.to_bytes()));
        Ok(())
    }

    /// Adds a new file; refused if anything has that name.
    pub(crate) fn create(&mut self, relative: &str, bytes: Vec<u8>) -> Result<()> {
        if self.exists(relative) {
            bail!(
                "{}",
                crate::t!("error-file-exists", path = self.shown(relative))
            );
        }
        self.changed.insert(relative.to_string(), Some(bytes));
        Ok(())
    }

    /// Deletes a file.
    pub(crate) fn delete(&mut self, relative: &str) {
        self.changed.insert(relative.to_string(), None);
    }

    /// The files the changes touch, as shown, in path order (only those that differ).
    pub(crate) fn touched(&self) -> Vec<String> {
        self.effective().map(|(path, _)| self.shown(path)).collect()
    }

    /// Changes that differ from what was read.
    fn effective(&self) -> impl Iterator<Item = (&String, &Option<Vec<u8>>)> {
        self.changed
            .iter()
            .filter(|(path, now)| self.files.get(*path) != now.as_ref())
    }

    /// Checks the edited repository against the one read (`before`, with the findings met
    /// loading it, from [`Changeset::repository`]). A refusal lists the error findings the
    /// change would add; otherwise the warnings it adds in the files it changes are returned,
    /// for the user to see (a warning does not stop a change).
    pub(crate) fn check(
        &self,
        config: &Config,
        before: (&Repository, Vec<Diagnostic>),
    ) -> Result<Added, Box<Added>> {
        let mut before: Vec<(String, String, String)> = config
            .findings(before.0, before.1)
            .into_iter()
            .map(|d| (d.code.to_string(), d.path, d.message))
            .collect();
        // Loaded as `before` was (prose kept), so the two compare finding for finding.
        let (repo, found) = self.load(self.changed.clone(), Prose::Keep);
        let mut added = Vec::new();
        for d in config.findings(&repo, found) {
            let key = (d.code.to_string(), d.path.clone(), d.message.clone());
            match before.iter().position(|b| *b == key) {
                Some(at) => {
                    before.swap_remove(at);
                }
                None => added.push(d),
            }
        }
        let (errors, warnings): (Vec<_>, Vec<_>) = added
            .into_iter()
            .partition(|d| d.severity == Severity::Error);
        if errors.is_empty() {
            let touched = self.touched();
            let findings = warnings
                .into_iter()
                .filter(|d| touched.contains(&d.path))
                .collect();
            Ok(Added { findings, repo })
        } else {
            Err(Box::new(Added {
                findings: errors,
                repo,
            }))
        }
    }

    /// The changes as a unified diff of the files, paths as shown.
    pub(crate) fn diff(&self) -> String {
        let mut out = String::new();
        for (path, now) in self.effective() {
            let old = self.files.get(path).map(|b| String::from_utf8_lossy(b));
            let new = now.as_ref().map(|b| String::from_utf8_lossy(b));
            let shown = self.shown(path);
            let label = |exists: bool| {
                if exists {
                    format!("a/{shown}")
                } else {
                    "/dev/null".to_string()
                }
            };
            let (old_label, new_label) = (label(old.is_some()), label(new.is_some()));
            let new_label = new_label.replacen("a/", "b/", 1);
            let old = old.unwrap_or_default();
            let new = new.unwrap_or_default();
            let diff = similar::TextDiff::from_lines(old.as_ref(), new.as_ref());
            let unified = diff
                .unified_diff()
                .context_radius(3)
                .header(&old_label, &new_label)
                .to_string();
            out.push_str(&unified);
        }
        out
    }

    /// Writes the changes, all or none, and releases the lock.
    pub(crate) fn write(self) -> Result<()> {
        let writes: Vec<FileWrite> = self
            .effective()
            .map(|(relative, now)| {
                let path = self.root.join(relative);
                match (now, self.files.contains_key(relative)) {
                    (None, _) => FileWrite::Delete { path },
                    (Some(bytes), true) => FileWrite::Replace {
                        path,
                        bytes: bytes.clone(),
                    },
                    (Some(bytes), false) => FileWrite::Create {
                        path,
                        bytes: bytes.clone(),
                    },
                }
            })
            .collect();
        for write in &writes {
            if let FileWrite::Create { path, .. } = write
                && let Some(folder) = path.parent()
            {
                std::fs::create_dir_all(folder).with_context(|| {
                    crate::t!(
                        "error-could-not-create",
                        path = folder.display().to_string()
                    )
                })?;
            }
        }
        output::commit(&writes)
    }

    /// Loads the files as read, with `changes` made to them.
    fn load(
        &self,
        changes: BTreeMap<String, Option<Vec<u8>>>,
        prose: Prose,
    ) -> (Repository, Vec<Diagnostic>) {
        let mut files = self.files.clone();
        for (path, now) in changes {
            match now {
                Some(bytes) => files.insert(path, bytes),
                None => files.remove(&path),
            };
        }
        let mut loaded = load::load_memory(&self.display, files.into_iter().collect(), prose);
        loaded
            .diagnostics
            .extend(self.walk_findings.iter().cloned());
        Repository::build(loaded)
    }
}

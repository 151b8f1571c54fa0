//! Helpers shared by the integration tests: run the real `plan` binary, read its JSON
//! findings, make scratch folders, compose and copy fixtures, and compare against snapshot
//! files.
//!
//! Each test crate uses only some of these helpers.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Deserialize;

/// The crate's root folder.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures` as written in git: `valid/` whole, most other fixtures as overlays on it.
pub(crate) fn fixture_sources() -> PathBuf {
    root().join("tests").join("fixtures")
}

/// The file that makes a fixture folder an overlay on `valid/`; it names the base files the
/// fixture removes (`remove <path>`, one a line; `#` starts a comment).
pub(crate) const OVERLAY: &str = "overlay.txt";

/// The fixtures as the tests see them: a folder with every fixture a whole data folder,
/// each overlay composed on `valid/`. Composed once per version of the sources (the folder
/// is named by a hash of them) and shared, read-only, by every test; copy a fixture with
/// [`copy_fixture`] to change it.
pub(crate) fn fixtures() -> PathBuf {
    static COMPOSED: OnceLock<PathBuf> = OnceLock::new();
    COMPOSED.get_or_init(compose_fixtures).clone()
}

fn compose_fixtures() -> PathBuf {
    let sources = fixture_sources();
    let mut files = Vec::new();
    list_files(&sources, &mut files);
    files.sort();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for file in &files {
        file.strip_prefix(&sources).unwrap().hash(&mut hasher);
        std::fs::read(file)
            .expect("read a fixture file")
            .hash(&mut hasher);
    }
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let composed = tmp.join(format!("fixtures-{:016x}", hasher.finish()));
    if composed.is_dir() {
        return composed;
    }
    // Composed aside and renamed into place, so test binaries running at once never see a
    // half-made folder.
    let staging = tmp.join(format!("fixtures-staging-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging).expect("create the fixtures folder");
    for entry in std::fs::read_dir(&sources).expect("read tests/fixtures") {
        let entry = entry.expect("read a folder entry");
        let target = staging.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            compose_fixture(&sources, &entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
    if std::fs::rename(&staging, &composed).is_err() {
        assert!(composed.is_dir(), "cannot compose {}", composed.display());
        let _ = std::fs::remove_dir_all(&staging);
    }
    composed
}

/// Writes the fixture `source` whole to `target`: `valid/` with the overlay's removals and
/// files applied, or the folder as it is when it is not an overlay.
fn compose_fixture(sources: &Path, source: &Path, target: &Path) {
    let Ok(overlay) = std::fs::read_to_string(source.join(OVERLAY)) else {
        copy_dir(source, target);
        return;
    };
    copy_dir(&sources.join("valid"), target);
    for line in overlay.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let removed = line
            .strip_prefix("remove ")
            .unwrap_or_else(|| panic!("{}: `{line}` is not `remove <path>`", source.display()));
        std::fs::remove_file(target.join(removed))
            .unwrap_or_else(|e| panic!("{}: cannot remove {removed}: {e}", source.display()));
    }
    copy_dir(source, target);
    std::fs::remove_file(target.join(OVERLAY)).expect("remove the overlay note");
}

fn list_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read a fixture folder") {
        let path = entry.expect("read a folder entry").path();
        if path.is_dir() {
            list_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// What one run of the binary did.
#[derive(Debug)]
pub(crate) struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `plan` with `args` in the folder `cwd`, without colour, without `PLAN_REPO`, without
/// `COLUMNS` (so output is fitted to 80 columns, as piped), and without a language from the
/// environment (`PLAN_LANG`, the locale): English unless the repository or the arguments say
/// otherwise.
pub(crate) fn plan(cwd: &Path, args: &[&str]) -> Run {
    plan_with_env(cwd, args, &[])
}

/// Like [`plan`], with extra environment variables.
pub(crate) fn plan_with_env(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    finished(plan_command(cwd, args, env).output())
}

/// Like [`plan`], with `input` on standard input (`--text -`).
pub(crate) fn plan_with_stdin(cwd: &Path, args: &[&str], input: &[u8]) -> Run {
    let mut child = plan_command(cwd, args, &[])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the plan binary runs");
    let mut stdin = child.stdin.take().expect("standard input is a pipe");
    stdin.write_all(input).expect("plan reads standard input");
    drop(stdin);
    finished(child.wait_with_output())
}

/// The `plan` binary with `args` in `cwd`, in the environment [`plan`] describes plus `env`.
pub(crate) fn plan_command(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plan"));
    command
        .args(args)
        .current_dir(cwd)
        .env_remove("PLAN_REPO")
        .env_remove("PLAN_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .envs(env.iter().copied());
    command
}

/// What a finished run of the binary did.
pub(crate) fn finished(output: std::io::Result<Output>) -> Run {
    let output = output.expect("the plan binary runs");
    Run {
        status: output
            .status
            .code()
            .expect("plan exits normally, not by a signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

impl Run {
    /// The standard output of a run that must succeed (exit 0).
    pub(crate) fn ok(self) -> String {
        assert_eq!(self.status, 0, "{}{}", self.stdout, self.stderr);
        self.stdout
    }

    /// A run that must end with exit `status` and say `says` (on standard error, or on
    /// standard output); the run, for more checks.
    pub(crate) fn says(self, status: i32, says: &str) -> Run {
        assert_eq!(self.status, status, "{}{}", self.stdout, self.stderr);
        assert!(
            self.stderr.contains(says) || self.stdout.contains(says),
            "should say {says:?}: {}{}",
            self.stdout,
            self.stderr
        );
        self
    }

    /// A run that must end with exit `status` and whose standard output starts with
    /// `start`; the run, for more checks.
    pub(crate) fn starts(self, status: i32, start: &str) -> Run {
        assert_eq!(self.status, status, "{}{}", self.stdout, self.stderr);
        assert!(
            self.stdout.starts_with(start),
            "should start with {start:?}: {}",
            self.stdout
        );
        self
    }

    /// A run whose standard output ends with `end`, whatever its status; the run, for more
    /// checks.
    pub(crate) fn ends(&self, end: &str) -> &Run {
        assert!(
            self.stdout.ends_with(end),
            "should end with {end:?}: {}",
            self.stdout
        );
        self
    }

    /// A run whose standard output holds `text`, whatever its status; the run, for more
    /// checks.
    pub(crate) fn shows(&self, text: &str) -> &Run {
        assert!(
            self.stdout.contains(text),
            "should show {text:?}: {}",
            self.stdout
        );
        self
    }
}

/// Runs `plan --repo <repo> <args>` in `cwd`: a command on the repository folder `repo`
/// below it (a copied fixture).
pub(crate) fn plan_on(cwd: &Path, repo: &str, args: &[&str]) -> Run {
    let mut all = vec!["--repo", repo];
    all.extend_from_slice(args);
    plan(cwd, &all)
}

/// Runs git in `cwd`, away from the user's and the system's settings, as a test author;
/// its standard output. A failing git fails the test.
pub(crate) fn git(cwd: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .args(args)
        .current_dir(cwd)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Plan Test")
        .env("GIT_AUTHOR_EMAIL", "plan-test@example.org")
        .env("GIT_COMMITTER_NAME", "Plan Test")
        .env("GIT_COMMITTER_EMAIL", "plan-test@example.org")
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("git prints UTF-8")
}

/// A scratch git repository (branch `main`) with the folder `data` copied to `data/` and
/// committed.
pub(crate) fn git_repo(label: &str, data: &Path) -> TempDir {
    let temp = TempDir::new(label);
    copy_dir(data, &temp.path().join("data"));
    for args in [
        &["init", "-q", "-b", "main"][..],
        &["add", "-A"],
        &["commit", "-q", "-m", "data"],
    ] {
        git(temp.path(), args);
    }
    temp
}

/// A scratch git repository holding a copy of the shipped `data/`, committed.
pub(crate) fn data_repo(label: &str) -> TempDir {
    git_repo(label, &root().join("data"))
}

/// `plan validate` of `data/` in `cwd` finds no errors (warnings may stay).
pub(crate) fn assert_no_errors(cwd: &Path) {
    let (findings, status) = validate_json(cwd, "data", &[]);
    let errors: Vec<_> = findings.iter().filter(|f| f.severity == "error").collect();
    assert_eq!((errors, status), (vec![], 0));
}

/// `plan validate` of `data/` in `cwd` finds nothing at all, warnings included.
pub(crate) fn assert_no_findings(cwd: &Path) {
    let (findings, status) = validate_json(cwd, "data", &[]);
    assert_eq!((findings.len(), status), (0, 0), "{findings:?}");
}

/// The lines added (`+line`) to `file` under `data/` since the commit.
pub(crate) fn added_lines(cwd: &Path, file: &str) -> Vec<String> {
    let mut changed = changed_lines(cwd);
    let lines = changed.remove(file).unwrap_or_default();
    lines.into_iter().filter(|l| l.starts_with('+')).collect()
}

/// The lines added (`+line`) and removed (`-line`) under `data/` since the commit, per
/// file, new files included.
pub(crate) fn changed_lines(cwd: &Path) -> BTreeMap<String, Vec<String>> {
    git(cwd, &["add", "-A", "--intent-to-add", "data"]);
    let diff = git(
        cwd,
        &[
            "diff",
            "HEAD",
            "--no-color",
            "-U0",
            "--no-renames",
            "--",
            "data",
        ],
    );
    let mut files: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current = String::new();
    for line in diff.lines() {
        if let Some(path) = line.strip_prefix("+++ b/") {
            current = path.to_string();
        } else if let Some(path) = line.strip_prefix("--- a/") {
            current = path.to_string();
        } else if (line.starts_with('+') || line.starts_with('-'))
            && !line.starts_with("+++")
            && !line.starts_with("---")
        {
            files
                .entry(current.clone())
                .or_default()
                .push(line.to_string());
        }
    }
    files
}

/// Every file's bytes under `data/`, dot files included, to show that a refusal changed
/// nothing (and left no temporary file behind).
pub(crate) fn snapshot(cwd: &Path) -> BTreeMap<String, Vec<u8>> {
    files_under(&cwd.join("data"))
}

/// Every file's bytes under `folder`, by path, dot files included.
pub(crate) fn files_under(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read a data folder") {
            let path = entry.expect("read a folder entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("read a data file");
                files.insert(path.display().to_string(), bytes);
            }
        }
    }
    files
}

/// Runs `plan` in `cwd` expecting a refusal: exit `status`, `says` in its standard error
/// (or, for findings, its standard output), and not one byte under `data/` changed.
pub(crate) fn refused(cwd: &Path, args: &[&str], status: i32, says: &str) -> Run {
    let before = snapshot(cwd);
    let run = plan(cwd, args).says(status, says);
    assert_eq!(snapshot(cwd), before, "{args:?} changed the data");
    run
}

/// One finding as `--format json` writes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub(crate) struct Finding {
    pub code: String,
    pub severity: String,
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
    pub help: Option<String>,
}

/// Runs `plan validate <target> --format json` (plus `extra`) in `cwd`; the findings and the
/// exit status.
pub(crate) fn validate_json(cwd: &Path, target: &str, extra: &[&str]) -> (Vec<Finding>, i32) {
    let mut args = vec!["validate", target, "--format", "json"];
    args.extend_from_slice(extra);
    let run = plan(cwd, &args);
    assert_eq!(run.stderr, "", "plan wrote to stderr");
    let findings = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("--format json printed invalid JSON ({e}):\n{}", run.stdout));
    (findings, run.status)
}

/// Validates the fixture `name` (run from `tests/fixtures`, so paths start with `name/`).
pub(crate) fn validate_fixture(name: &str) -> (Vec<Finding>, i32) {
    assert!(fixtures().join(name).is_dir(), "no fixture {name}");
    validate_json(&fixtures(), name, &[])
}

/// A scratch folder under the system temp folder, removed when dropped.
pub(crate) struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// A new empty folder whose name starts with `plan-test-<label>`.
    pub(crate) fn new(label: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("plan-test-{label}-{}-{n}", std::process::id()));
        if path.exists() {
            std::fs::remove_dir_all(&path).expect("remove a stale scratch folder");
        }
        std::fs::create_dir_all(&path).expect("create a scratch folder");
        TempDir { path }
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Copies the folder `from` to `to` (created), recursively; symbolic links are not expected.
pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the copy's folder");
    for entry in std::fs::read_dir(from).expect("read the folder to copy") {
        let entry = entry.expect("read a folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}

/// Copies the fixture `name` into a new scratch folder, as `<scratch>/<name>`.
pub(crate) fn copy_fixture(name: &str) -> TempDir {
    let temp = TempDir::new(name);
    copy_dir(&fixtures().join(name), &temp.path().join(name));
    temp
}

/// Replaces the one occurrence of `old` in the file at `path` with `new`.
pub(crate) fn edit(path: &Path, old: &str, new: &str) {
    let text = std::fs::read_to_string(path).expect("read the file to edit");
    assert_eq!(
        text.matches(old).count(),
        1,
        "`{old}` should occur once in {}",
        path.display()
    );
    std::fs::write(path, text.replacen(old, new, 1)).expect("write the edited file");
}

/// Compares `actual` with `tests/snapshots/<name>.txt`; with `UPDATE_SNAPSHOTS=1` in the
/// environment the snapshot is rewritten instead (review the change with `git diff`). Under
/// `CI=true` snapshots are never written: a mismatch fails.
pub(crate) fn assert_snapshot(name: &str, actual: &str) {
    let path = root()
        .join("tests")
        .join("snapshots")
        .join(format!("{name}.txt"));
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1");
    if update && std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("UPDATE_SNAPSHOTS=1 with CI=true: CI checks snapshots, it never writes them");
    }
    if update {
        std::fs::create_dir_all(path.parent().unwrap()).expect("create tests/snapshots");
        std::fs::write(&path, actual).expect("write the snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}; run with UPDATE_SNAPSHOTS=1 to create it",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "output differs from {}; run with UPDATE_SNAPSHOTS=1 to accept it\n--- expected\n{expected}\n--- actual\n{actual}",
        path.display()
    );
}

/// For a test that needs an external tool which is missing: prints `SKIPPED: <reason>` where
/// it shows (straight to standard error, past the test harness's capture), and fails instead
/// when `CI=true`, since `.ci/run` installs every tool the tests use.
pub(crate) fn skip(reason: &str) {
    use std::io::Write;
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{reason}; CI=true, so the test fails instead of skipping");
    }
    let _ = writeln!(std::io::stderr().lock(), "SKIPPED: {reason}");
}

/// Whether `tool` can be started (`tool --version` runs at all).
pub(crate) fn has_tool(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().is_ok()
}

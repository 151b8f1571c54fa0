//! A command line clap could not read (an unknown option, a missing argument, a wrong value),
//! told in the run's language: clap's own texts are English, so its errors are worded from
//! what it found (the kind of error and its context), keeping its "did you mean" suggestions
//! and the usage line.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::t;

/// Reports `err` and ends the run: help and version as clap writes them (they are already in
/// the language), a mistake on standard error with the usage status, opening `plan: error:`
/// like every other error the tool reports.
pub(crate) fn exit(err: &clap::Error) -> ! {
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        err.exit()
    }
    eprint!("{}", told(err));
    std::process::exit(i32::from(super::EXIT_USAGE))
}

/// The whole report: the mistake, the suggestions, the usage line and where to read more. An
/// error a value parser made itself is its message alone, as clap writes it.
fn told(err: &clap::Error) -> String {
    let Some(message) = message(err) else {
        return format!("plan: {}: {}\n", t!("error-prefix"), own_message(err));
    };
    let mut text = format!("plan: {}: {message}\n", t!("error-prefix"));
    let tips = tips(err);
    if !tips.is_empty() {
        text.push('\n');
    }
    for tip in tips {
        text.push_str(&format!("  {tip}\n"));
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        text.push_str(&format!("\n{} {}\n", t!("cli-usage"), usage.trim_end()));
    }
    text.push_str(&format!("\n{}\n", t!("cli-more-help")));
    text
}

/// What is wrong, from the kind of error and what clap found; none for an error that was
/// made with a message of its own.
fn message(err: &clap::Error) -> Option<String> {
    let arg = string(err, ContextKind::InvalidArg);
    let value = string(err, ContextKind::InvalidValue);
    let worded = match (err.kind(), arg, value) {
        (ErrorKind::InvalidValue, Some(option), Some(value)) if value.is_empty() => {
            Some(t!("cli-value-missing", option = option))
        }
        (ErrorKind::InvalidValue, Some(option), Some(value)) => {
            let allowed = strings(err, ContextKind::ValidValue);
            let message = t!("cli-invalid-value", value = value, option = option);
            Some(match allowed.is_empty() {
                true => message,
                false => format!(
                    "{message} ({})",
                    t!("error-allowed", values = allowed.join(", "))
                ),
            })
        }
        (ErrorKind::ValueValidation, Some(option), Some(value)) => {
            let message = t!("cli-invalid-value", value = value, option = option);
            Some(match std::error::Error::source(err) {
                Some(reason) => format!("{message}: {reason}"),
                None => message,
            })
        }
        (ErrorKind::UnknownArgument, Some(arg), _) if arg.starts_with('-') => {
            Some(t!("cli-unknown-option", option = arg))
        }
        (ErrorKind::UnknownArgument, Some(arg), _) => Some(t!("cli-unexpected-value", value = arg)),
        (ErrorKind::TooManyValues, Some(option), Some(value)) => {
            Some(t!("cli-too-many-values", value = value, option = option))
        }
        (ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues, Some(option), _) => {
            Some(t!("cli-value-count", option = option))
        }
        (ErrorKind::NoEquals, Some(option), _) => Some(t!("cli-no-equals", option = option)),
        (ErrorKind::ArgumentConflict, _, _) => conflict(err),
        _ => None,
    };
    worded.or_else(|| other(err))
}

/// The errors that are not about one argument's value.
fn other(err: &clap::Error) -> Option<String> {
    let command = string(err, ContextKind::InvalidSubcommand);
    match err.kind() {
        ErrorKind::InvalidSubcommand => Some(t!("cli-unknown-command", command = command?)),
        ErrorKind::MissingSubcommand => {
            let commands = strings(err, ContextKind::ValidSubcommand).join(", ");
            Some(t!(
                "cli-missing-command",
                command = command?,
                commands = commands
            ))
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(err, ContextKind::InvalidArg);
            if missing.is_empty() {
                return None;
            }
            let list: String = missing.iter().map(|m| format!("\n  {m}")).collect();
            Some(format!("{}{list}", t!("cli-missing-arguments")))
        }
        ErrorKind::InvalidUtf8 => Some(t!("cli-invalid-utf8")),
        _ => None,
    }
}

/// Two arguments that cannot be given together, or one given twice.
fn conflict(err: &clap::Error) -> Option<String> {
    let arg = string(err, ContextKind::InvalidArg)
        .or_else(|| string(err, ContextKind::InvalidSubcommand))?;
    let prior = strings(err, ContextKind::PriorArg);
    if prior == [arg.clone()] {
        return Some(t!("cli-given-twice", option = arg));
    }
    let others = match prior.is_empty() {
        true => t!("cli-the-others"),
        false => format!("`{}`", prior.join("`, `")),
    };
    Some(t!("cli-conflict", option = arg, others = others))
}

/// The message an error was made with (the value parsers in `cli::words` word theirs in the
/// language already), without clap's heading and usage; an error with neither a message nor
/// context says only its kind, which is worded here.
fn own_message(err: &clap::Error) -> String {
    let rendered = err.render().to_string();
    let rendered = rendered.strip_prefix("error: ").unwrap_or(&rendered);
    let own = rendered.split("\n\n").next().unwrap_or_default().trim_end();
    match (err.kind(), err.kind().as_str()) {
        (ErrorKind::MissingRequiredArgument, Some(kind)) if kind == own => t!("cli-missing-some"),
        _ => own.to_string(),
    }
}

/// clap's suggestions: a near name ("did you mean"), and its tips, recognised by their
/// fixed English words.
fn tips(err: &clap::Error) -> Vec<String> {
    let mut tips = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        let near = strings(err, kind);
        if !near.is_empty() {
            tips.push(t!("error-did-you-mean", suggestion = near.join("`, `")));
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = err.get(ContextKind::Suggested) {
        tips.extend(suggested.iter().map(|s| tip(&s.to_string())));
    }
    tips
}

/// One of clap's tips in the language: `-- VALUE` for a value that looks like an option, and
/// an option that belongs to a subcommand.
fn tip(english: &str) -> String {
    let quoted: Vec<&str> = english.split('\'').skip(1).step_by(2).collect();
    match quoted.as_slice() {
        [value, written] if english.contains("as a value") => {
            t!("cli-tip-as-value", value = *value, written = *written)
        }
        [written] if english.ends_with("exists") => t!("cli-tip-exists", written = *written),
        [command, _] if english.starts_with("subcommand") => {
            t!("cli-tip-no-dashes", command = *command)
        }
        _ => english.to_string(),
    }
}

fn string(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        _ => None,
    }
}

fn strings(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_tips_are_read_by_their_quoted_words() {
        let english = crate::model::Language::En;
        let said = |key| crate::i18n::text(english, key, &[]);
        assert!(said("cli-tip-as-value").contains("as a value"));
        let as_value = tip("to pass '--x' as a value, use '-- --x'");
        assert!(
            as_value.contains("`--x`") && as_value.contains("`-- --x`"),
            "{as_value}"
        );
        assert!(tip("'plan list --status' exists").contains("`plan list --status`"));
        let dashes = tip("subcommand 'list' exists; to use it, remove the '--' before it");
        assert!(dashes.contains("`list`"), "{dashes}");
    }
}

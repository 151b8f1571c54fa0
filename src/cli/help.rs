//! `--help` in bokmål and nynorsk: the clap command tree, built from the English doc comments,
//! gets its about, after-help and argument texts (and its headings) from the catalogue
//! (`i18n/*/help.ftl`) before the command line is parsed.

use clap::{Arg, Command};

use crate::model::Language;

/// The command tree with its texts in `language`; English is the doc comments as written.
pub(crate) fn translated(command: Command, language: Language) -> Command {
    if language == Language::En {
        return command;
    }
    let mut command = command;
    // Building adds clap's own --help, --version and `help`, and copies global options into
    // the subcommands, so those are translated too.
    command.build();
    translate(command, "plan", &mut |key: &str| {
        crate::i18n::text(language, key, &[])
    })
}

/// Sets every text of `command` (named `path`, as `list` or `new-item`) and its subcommands
/// from `text`, which is given the key of each.
fn translate(mut command: Command, path: &str, text: &mut dyn FnMut(&str) -> String) -> Command {
    // clap writes "Usage:" itself; a template lets it be translated.
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        text("help-usage")
    );
    command = command
        .about(text(&format!("about-{path}")))
        .long_about(None)
        .subcommand_help_heading(text("help-commands"))
        .help_template(template);
    if command.get_after_help().is_some() {
        command = command.after_help(text(&format!("after-{path}")));
    }
    let (arguments, options) = (text("help-arguments"), text("help-options"));
    command = command.mut_args(|arg| {
        if arg.get_help().is_none() {
            return arg;
        }
        let key = match arg.get_id().as_str() {
            "help" | "version" => format!("arg-{}", arg.get_id()),
            id if arg.is_global_set() => format!("arg-plan-{id}"),
            id => format!("arg-{path}-{id}"),
        };
        let heading = if arg.is_positional() {
            &arguments
        } else {
            &options
        };
        // clap writes its notes on an argument (`[default: …]`) in English: they are hidden
        // and written here instead.
        let help = format!("{}{}", text(&key), notes(&arg, text));
        let names: Vec<String> = (arg.get_value_names().unwrap_or_default().iter())
            .filter(|_| arg.get_action().takes_values())
            .map(|name| value_name(name, text))
            .collect();
        let arg = match names.is_empty() {
            true => arg,
            false => arg.value_names(names),
        };
        // Under a heading of its own clap sorts arguments by display order, then by name:
        // the positions keep them in the order the usage line gives.
        let arg = match arg.get_index() {
            Some(index) => arg.display_order(index),
            None => arg,
        };
        arg.help(help)
            .long_help(None)
            .hide_possible_values(true)
            .hide_default_value(true)
            .hide_env(true)
            .help_heading(heading.clone())
    });
    let usage = usage(&mut command, text);
    command = command.override_usage(usage);
    command.mut_subcommands(|sub| {
        let sub_path = if path == "plan" {
            sub.get_name().to_string()
        } else {
            format!("{path}-{}", sub.get_name())
        };
        if sub.get_name() == "help" {
            help_subcommand(sub, path, text)
        } else {
            translate(sub, &sub_path, text)
        }
    })
}

/// The usage line as clap writes it, with its placeholders (`[OPTIONS]`, `<COMMAND>`) in
/// the language; clap shows it in the help and in its errors.
fn usage(command: &mut Command, text: &mut dyn FnMut(&str) -> String) -> String {
    let usage = command.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    // Further lines are aligned under the first, after the heading.
    let indent = " ".repeat(text("help-usage").chars().count() + 1);
    usage
        .replace("[OPTIONS]", &format!("[{}]", text("help-usage-options")))
        .replace("<COMMAND>", &format!("<{}>", text("help-usage-command")))
        .replace("[COMMAND]", &format!("[{}]", text("help-usage-command")))
        .replace("\n       ", &format!("\n{indent}"))
}

/// A placeholder for a value (`PATH`, or `DATE|REV` for either) in the language.
fn value_name(name: &str, text: &mut dyn FnMut(&str) -> String) -> String {
    let names: Vec<String> = name
        .split('|')
        .map(|n| text(&format!("value-{n}")))
        .collect();
    names.join("|")
}

/// What clap would note after an argument's help (`[env: …]`, `[default: …]`,
/// `[possible values: …]`), in the language.
fn notes(arg: &Arg, text: &mut dyn FnMut(&str) -> String) -> String {
    let mut notes = String::new();
    if let Some(env) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        let env = env.to_string_lossy();
        notes.push_str(&format!(" [{}: {env}]", text("help-env")));
    }
    if !arg.get_action().takes_values() {
        return notes;
    }
    let defaults: Vec<_> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push_str(&format!(
            " [{}: {}]",
            text("help-default"),
            defaults.join(" ")
        ));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        notes.push_str(&format!(
            " [{}: {}]",
            text("help-values"),
            values.join(", ")
        ));
    }
    notes
}

/// clap's `help` subcommand, whose subcommands mirror the commands of `parent`: each says
/// what the command it names says.
fn help_subcommand(help: Command, parent: &str, text: &mut dyn FnMut(&str) -> String) -> Command {
    help.about(text("about-help")).mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        let path = match (parent, name.as_str()) {
            (_, "help") => return sub.about(text("about-help")),
            ("plan", _) => name,
            _ => format!("{parent}-{name}"),
        };
        let about = text(&format!("about-{path}"));
        help_subcommand(sub, &path, text).about(about)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use std::collections::BTreeSet;

    /// The keys the translation asks for, over the whole built tree.
    pub(crate) fn keys() -> BTreeSet<String> {
        let mut command = crate::cli::Cli::command();
        command.build();
        let mut keys = BTreeSet::new();
        translate(command, "plan", &mut |key: &str| {
            keys.insert(key.to_string());
            String::new()
        });
        keys
    }

    #[test]
    fn every_help_text_is_translated_and_every_translation_is_used() {
        let keys = keys();
        for language in [Language::Nb, Language::Nn] {
            let file = std::fs::read_to_string(format!("i18n/{language}/help.ftl")).unwrap();
            let defined: BTreeSet<String> = crate::i18n::message_ids(&file).collect();
            let missing: Vec<_> = keys.difference(&defined).collect();
            let unused: Vec<_> = defined.difference(&keys).collect();
            assert!(missing.is_empty(), "{language}: missing {missing:?}");
            assert!(unused.is_empty(), "{language}: unused {unused:?}");
        }
    }

    /// clap writes `[aliases: …]` after a visible alias in English, and gives no way to hide
    /// one: an alias has to be hidden, or its note written by `notes`.
    #[test]
    fn no_argument_or_command_has_a_visible_alias() {
        fn check(command: &Command) {
            assert_eq!(
                command.get_visible_aliases().count(),
                0,
                "{}",
                command.get_name()
            );
            for arg in command.get_arguments() {
                assert!(arg.get_visible_aliases().is_none(), "{}", arg.get_id());
                assert!(
                    arg.get_visible_short_aliases().is_none(),
                    "{}",
                    arg.get_id()
                );
            }
            command.get_subcommands().for_each(check);
        }
        let mut command = crate::cli::Cli::command();
        command.build();
        check(&command);
    }

    #[test]
    fn help_reads_in_bokmal() {
        let mut command = translated(crate::cli::Cli::command(), Language::Nb);
        let help = command.render_help().to_string();
        assert!(help.contains("Bruk:"), "{help}");
        assert!(!help.contains("Usage:"), "{help}");
        assert!(!help.contains("Options:"), "{help}");
        assert!(!help.contains("Print help"), "{help}");
        assert!(help.contains("Bruk: plan [VALG] <KOMMANDO>"), "{help}");
        assert!(help.contains("[mulige verdier: nb, nn, en]"), "{help}");
        assert!(!help.contains("[possible values"), "{help}");
        assert!(!help.contains("[env:"), "{help}");
    }
}

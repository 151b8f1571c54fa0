//! `--help` in bokmål and nynorsk: the clap command tree, built from the English doc comments,
//! gets its about, after-help and argument texts (and its headings) from the catalogue
//! (`i18n/*/help.ftl`) before the command line is parsed.

use clap::Command;

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
fn translate(command: Command, path: &str, text: &mut dyn FnMut(&str) -> String) -> Command {
    // clap writes "Usage:" itself; a template lets it be translated.
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        text("help-usage")
    );
    let mut command = command
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
        // clap would list values that have their own help (`--sort`) with that English help;
        // the values are listed by name instead.
        let values = arg.get_possible_values();
        let (help, hide) = if values.iter().any(|v| v.get_help().is_some()) {
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            (format!("{} ({})", text(&key), names.join(", ")), true)
        } else {
            (text(&key), false)
        };
        arg.help(help)
            .long_help(None)
            .hide_possible_values(hide)
            .help_heading(heading.clone())
    });
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

    #[test]
    fn help_reads_in_bokmal() {
        let mut command = translated(crate::cli::Cli::command(), Language::Nb);
        let help = command.render_help().to_string();
        assert!(help.contains("Bruk:"), "{help}");
        assert!(!help.contains("Usage:"), "{help}");
        assert!(!help.contains("Options:"), "{help}");
        assert!(!help.contains("Print help"), "{help}");
    }
}

//! `plan`: a command-line tool over a plain-text git repository of regional development
//! programmes.
//!
//! The pipeline, one module per stage:
//! `load` reads YAML files (through `yaml`, the only module touching a YAML library) into
//! the typed `model`, checked against the field tables in `format`; `index` builds the
//! `Repository` with links resolved both ways; `check` validates it into `Diagnostic`s;
//! `render` writes views and findings; `cli` sits on top.
//!
//! The library exists for the `plan` binary, its tests and its examples; what it makes public
//! is what they need, and none of it is a stable API. The one contract meant for other
//! tools is the document `plan export` writes (described in the README); the types of
//! [`export`] read it back.

pub(crate) mod changeset;
pub(crate) mod check;
pub(crate) mod cli;
pub(crate) mod config;
pub(crate) mod diagnostic;
pub(crate) mod diff;
pub(crate) mod edit;
pub mod export;
pub(crate) mod format;
pub(crate) mod i18n;
pub(crate) mod index;
pub(crate) mod indicator;
pub(crate) mod load;
pub(crate) mod lock;
pub(crate) mod model;
pub(crate) mod output;
pub(crate) mod query;
pub(crate) mod render;
pub(crate) mod report;
pub(crate) mod schema;
pub(crate) mod sheet;
pub(crate) mod text;
pub(crate) mod words;
pub(crate) mod yaml;

#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod tests;

pub(crate) use i18n::{t, tr};

// What the binary runs.
pub use cli::{main, stdout_closed};

// What the integration tests and examples check the binary's output and the shipped files
// against.
pub use cli::read_export;
pub use diagnostic::Code;
pub use format::EntityKind;
pub use model::Date;
pub use schema::file_name as schema_file_name;
pub use yaml::{parse_generic as parse_yaml, to_json as yaml_to_json};

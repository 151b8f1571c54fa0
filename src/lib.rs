//! `plan`: a command-line tool over a plain-text git repository of regional development
//! programmes.
//!
//! The pipeline, one module per stage:
//! [`load`] reads YAML files (through [`yaml`], the only module touching a YAML library) into
//! the typed [`model`], checked against the field tables in [`format`]; [`index`] builds the
//! [`index::Repository`] with links resolved both ways; [`check`] validates it into
//! [`diagnostic::Diagnostic`]s; [`render`] writes views and findings; [`cli`] sits on top.

pub(crate) mod changeset;
pub mod check;
pub mod cli;
pub(crate) mod config;
pub mod diagnostic;
pub(crate) mod diff;
pub(crate) mod edit;
pub mod export;
pub mod format;
pub mod i18n;
pub mod index;
pub mod indicator;
pub mod load;
pub(crate) mod lock;
pub mod model;
pub(crate) mod output;
pub(crate) mod query;
pub mod render;
pub mod report;
pub mod schema;
pub mod sheet;
pub(crate) mod text;
pub mod words;
pub mod yaml;

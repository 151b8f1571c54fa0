//! Output formats. Renderers take computed views and write them to a `Write` they are given;
//! they never decide what to show.

pub(crate) mod chart;
pub(crate) mod diagnostics;
pub(crate) mod diff;
pub(crate) mod drawing;
pub(crate) mod export;
pub(crate) mod graph;
pub(crate) mod html;
pub(crate) mod import;
pub(crate) mod items;
pub(crate) mod labels;
pub(crate) mod links;
pub(crate) mod reference;
pub(crate) mod report;
pub(crate) mod show;
pub(crate) mod style;
pub(crate) mod table;
pub(crate) mod template;
pub(crate) mod wrap;
pub(crate) mod xlsx;

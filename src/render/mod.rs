//! Output formats. Renderers take computed views and write them to a `Write` they are given;
//! they never decide what to show.

pub mod chart;
pub mod diagnostics;
pub mod diff;
pub mod drawing;
pub mod export;
pub mod graph;
pub mod html;
pub mod import;
pub mod items;
pub mod labels;
pub mod links;
pub mod reference;
pub mod report;
pub mod show;
pub mod style;
pub(crate) mod table;
pub mod template;
pub mod xlsx;

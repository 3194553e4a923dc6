//! The comparison site: every code and every pair of codes, in every locale,
//! prerendered with Yew's server renderer and hydrated by a second wasm build.
//!
//! Pure parts ([`route`], [`facts`], [`search`], [`meta`]) are tested
//! natively; [`components`] renders them; `boot` (wasm + `hydration`) starts
//! the page.

pub mod components;
pub mod facts;
pub mod meta;
pub mod route;
pub mod search;
pub mod text;

#[cfg(all(feature = "hydration", target_arch = "wasm32"))]
mod boot;

pub use route::Route;

// Replaced by xtask with the core check when the package has `wsclose/core`.
export async function coreCheck() {
  return null;
}

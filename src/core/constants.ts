/**
 * Every selector, pattern and threshold the core uses, each with the reason it exists.
 * Sections are owned by the module named in their heading; keep each constant next to its reason.
 */

// ---------------------------------------------------------------------------
// Detection (detect.ts)
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Language, direction and reading time (lang.ts)
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Extraction (extract/)
// ---------------------------------------------------------------------------

//go:build !slowhot && !slowmid && !slowsmall && !allocmore && !costshift

package pgval

// target names the function a build tag changes; the base build changes none.
const target = "none"

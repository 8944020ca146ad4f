//go:build slowsmall

package pgval

// slowsmall: small does percent% more work per op.
const target = "small"

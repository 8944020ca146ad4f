//go:build slowhot

package pgval

// slowhot: hot does percent% more work per op.
const target = "hot"

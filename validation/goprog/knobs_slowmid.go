//go:build slowmid

package pgval

// slowmid: mid does percent% more work per op.
const target = "mid"

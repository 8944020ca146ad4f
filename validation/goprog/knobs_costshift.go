//go:build costshift

package pgval

// costshift: percent% of bulkA's work moves to bulkB; the total per op is unchanged.
const target = "shift"

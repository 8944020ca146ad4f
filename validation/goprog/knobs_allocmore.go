//go:build allocmore

package pgval

// allocmore: mid allocates one more 256-byte buffer per op.
const target = "alloc"

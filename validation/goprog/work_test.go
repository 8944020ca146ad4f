package pgval

import "testing"

// BenchmarkOp is the benchmark the campaign runs with a fixed -benchtime=Nx, so each run does
// the same work and CPU shares and per-op times are comparable.
func BenchmarkOp(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Sink += Op(uint64(i))
	}
}

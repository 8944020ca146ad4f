// Package pgval is perfgate's validation workload: one "op" calls functions with known
// shares of the CPU work (hot ≈ 20%, mid ≈ 5%, small ≈ 1%, the rest split between bulkA and
// bulkB). Build tags (knobs_*.go) inject a known regression into one of them; the
// percentage comes from -ldflags "-X example.com/pgval.percent=N".
package pgval

import "strconv"

// Work units per op (≈ 1 ns each); the shares follow from these.
const (
	hotUnits   = 2000
	midUnits   = 500
	smallUnits = 100
	bulkUnits  = 3700 // bulkA and bulkB each
)

// percent is the injected change in percent, set with -ldflags -X.
var percent = "0"

func injected() int {
	p, err := strconv.Atoi(percent)
	if err != nil {
		panic("bad percent: " + percent)
	}
	return p
}

var extra = injected()

func scaled(units int, on bool) int {
	if !on {
		return units
	}
	return units + units*extra/100
}

// Sink keeps results and allocations alive so the compiler cannot drop the work.
var Sink uint64
var keep [][]byte

//go:noinline
func hot(x uint64) uint64 {
	for i := scaled(hotUnits, target == "hot"); i > 0; i-- {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	return x
}

//go:noinline
func mid(x uint64) uint64 {
	for i := scaled(midUnits, target == "mid"); i > 0; i-- {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	if target == "alloc" {
		// allocmore: one extra 256-byte allocation per op, plus extra/100 more.
		for i := 0; i <= extra/100; i++ {
			keepOne(make([]byte, 256))
		}
	}
	return x
}

//go:noinline
func small(x uint64) uint64 {
	for i := scaled(smallUnits, target == "small"); i > 0; i-- {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	keepOne(make([]byte, 128)) // one allocation per op in every variant
	return x
}

// bulkA and bulkB hold the rest; costshift moves `percent`% of bulkA's work into bulkB.
//
//go:noinline
func bulkA(x uint64) uint64 {
	n := bulkUnits
	if target == "shift" {
		n -= bulkUnits * extra / 100
	}
	for i := n; i > 0; i-- {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	return x
}

//go:noinline
func bulkB(x uint64) uint64 {
	n := bulkUnits
	if target == "shift" {
		n += bulkUnits * extra / 100
	}
	for i := n; i > 0; i-- {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	return x
}

//go:noinline
func keepOne(b []byte) {
	if len(keep) >= 64 {
		keep = keep[:0]
	}
	keep = append(keep, b)
}

// Op is one benchmark iteration.
func Op(seed uint64) uint64 {
	x := seed | 1
	x = hot(x)
	x = mid(x)
	x = small(x)
	x = bulkA(x)
	x = bulkB(x)
	return x
}

// Package parallel runs independent work items on every core while
// keeping their order, for the tools that extract whole corpora.
package parallel

import (
	"runtime"
	"sync"
)

// Map calls f(i) for i in 0..n-1 on GOMAXPROCS workers and returns the
// results in index order. Every item runs; the error returned is that of
// the lowest index that failed (with the results gathered so far).
func Map[T any](n int, f func(i int) (T, error)) ([]T, error) {
	out := make([]T, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Go(func() {
			for i := range next {
				out[i], errs[i] = f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

package extract

import (
	"fmt"
	"testing"
)

// TestNameCacheAnswersEachRunItsOwn: cutName answers from its cache the
// same as it answered when it segmented the run, for every run, and two
// runs never share an entry (the cache is keyed by the run itself, not by
// a hash of it).
func TestNameCacheAnswersEachRunItsOwn(t *testing.T) {
	e := newT(t)
	runs := []string{"普京并举行会谈", "拜登一行", "习近平", "王毅还会见了", "何卫东也在", "普京并", "拜登"}
	first := map[string]string{}
	for _, r := range runs {
		first[r] = e.cutName([]rune(r))
	}
	for round := 0; round < 2; round++ { // from the cache now
		for _, r := range runs {
			t.Run(fmt.Sprintf("%d/%s", round, r), func(t *testing.T) {
				if got := e.cutName([]rune(r)); got != first[r] {
					t.Errorf("cutName(%q) = %q from the cache, %q segmented", r, got, first[r])
				}
			})
		}
	}
}

// TestNameCacheIsBounded: the name cache keeps at most maxNames runs, the
// most recently used.
func TestNameCacheIsBounded(t *testing.T) {
	e := newT(t)
	for i := 0; i < maxNames+100; i++ {
		e.cutName([]rune(fmt.Sprintf("普京%d", i)))
	}
	if n := e.names.Len(); n != maxNames {
		t.Errorf("%d entries, want %d", n, maxNames)
	}
	if _, ok := e.names.Get(fmt.Sprintf("普京%d", maxNames+99)); !ok {
		t.Error("the last run is not cached")
	}
	if _, ok := e.names.Get("普京0"); ok {
		t.Error("the first run is still cached")
	}
}

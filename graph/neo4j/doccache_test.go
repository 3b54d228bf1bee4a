package neo4j

import (
	"fmt"
	"hash/maphash"
	"testing"
)

// TestDocCacheNeverServesAnotherDocument: two documents whose hashes
// collide (forced here; with a 64-bit hash it is rare, never impossible)
// must each decode to their own meeting, not to the one cached first.
func TestDocCacheNeverServesAnotherDocument(t *testing.T) {
	c := newDocCache()
	c.hash = func(maphash.Seed, string) uint64 { return 42 } // every document collides
	docs := map[string]string{                               // the same length, so a hash-and-length key collides too
		"m1": `{"ID":"m1","Place":"北京"}`,
		"m2": `{"ID":"m2","Place":"上海"}`,
	}
	for round := 0; round < 2; round++ { // the second round reads from the cache
		for _, id := range []string{"m1", "m2"} {
			m, err := c.meeting(docs[id])
			if err != nil {
				t.Fatal(err)
			}
			if m.ID != id {
				t.Errorf("round %d: document of %s decoded as %s", round, id, m.ID)
			}
		}
	}
}

// TestDocCacheCopies: the caller owns what it gets; changing it changes
// neither the cache nor the next reader's copy.
func TestDocCacheCopies(t *testing.T) {
	c := newDocCache()
	doc := `{"ID":"m1","Place":"北京","Occasions":["a"]}`
	m, err := c.meeting(doc)
	if err != nil {
		t.Fatal(err)
	}
	m.Place, m.Occasions[0] = "changed", "changed"
	m2, err := c.meeting(doc)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Place != "北京" || m2.Occasions[0] != "a" {
		t.Errorf("second read saw the first reader's changes: %+v", m2)
	}
}

// TestDocCacheIsBounded: the cache keeps at most docCacheSize entries.
func TestDocCacheIsBounded(t *testing.T) {
	c := newDocCache()
	for i := 0; i < docCacheSize+10; i++ {
		if _, err := c.meeting(fmt.Sprintf(`{"ID":"m%d"}`, i)); err != nil {
			t.Fatal(err)
		}
	}
	if n := c.lru.Len(); n != docCacheSize {
		t.Errorf("%d entries, want %d", n, docCacheSize)
	}
}

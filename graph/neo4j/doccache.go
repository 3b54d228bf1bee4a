package neo4j

import (
	"hash/maphash"

	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/dipgraph/dipgraph/graph"
)

// docCache keeps meetings decoded from their stored JSON documents, so
// that a meeting read again is copied rather than decoded (JSON decoding
// was a tenth of the server's CPU on meeting pages). Entries are found by
// a hash of the document text and served only when their document is the
// same text: a hash collision is a miss, never another meeting. A changed
// meeting has another text: nothing can be stale. Least recently used
// entries go first (the project's one cache library, as the GraphQL
// result cache).
type docCache struct {
	seed maphash.Seed
	// hash is maphash.String; tests force collisions with their own.
	hash func(seed maphash.Seed, doc string) uint64
	lru  *lru.Cache[uint64, docEntry]
}

// docEntry is a decoded meeting and the document it was decoded from.
type docEntry struct {
	doc string
	m   *graph.Meeting
}

// docCacheSize bounds the entries (a decoded meeting and its document are
// a few KB each).
const docCacheSize = 4096

func newDocCache() *docCache {
	c, err := lru.New[uint64, docEntry](docCacheSize)
	if err != nil {
		panic(err) // only for a size < 1
	}
	return &docCache{seed: maphash.MakeSeed(), hash: maphash.String, lru: c}
}

// meeting returns the meeting a document holds, a copy the caller owns.
func (c *docCache) meeting(doc string) (*graph.Meeting, error) {
	k := c.hash(c.seed, doc)
	if e, ok := c.lru.Get(k); ok && e.doc == doc {
		return e.m.Clone(), nil
	}
	m, err := decodeMeeting(doc)
	if err != nil {
		return nil, err
	}
	c.lru.Add(k, docEntry{doc: doc, m: m})
	return m.Clone(), nil
}

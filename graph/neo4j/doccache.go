package neo4j

import (
	"hash/maphash"
	"sync"

	"github.com/dipgraph/dipgraph/graph"
)

// docCache keeps meetings decoded from their stored JSON documents, keyed
// by a hash of the document text, so that a meeting read again is copied
// rather than decoded (JSON decoding was a tenth of the server's CPU on
// meeting pages). A changed meeting has another text and so another key:
// nothing can be stale. Entries are dropped first in, first out.
type docCache struct {
	seed maphash.Seed

	mu   sync.Mutex
	m    map[docKey]*graph.Meeting
	ring []docKey
	next int
}

type docKey struct {
	hash uint64
	size int
}

// docCacheSize bounds the entries (a decoded meeting is a few KB).
const docCacheSize = 4096

func newDocCache() *docCache {
	return &docCache{seed: maphash.MakeSeed(), m: make(map[docKey]*graph.Meeting, docCacheSize), ring: make([]docKey, 0, docCacheSize)}
}

// meeting returns the meeting a document holds, a copy the caller owns.
func (c *docCache) meeting(doc string) (*graph.Meeting, error) {
	k := docKey{maphash.String(c.seed, doc), len(doc)}
	c.mu.Lock()
	m := c.m[k]
	c.mu.Unlock()
	if m != nil {
		return m.Clone(), nil
	}
	m, err := decodeMeeting(doc)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if _, ok := c.m[k]; !ok {
		if len(c.ring) < docCacheSize {
			c.ring = append(c.ring, k)
		} else {
			delete(c.m, c.ring[c.next])
			c.ring[c.next] = k
			c.next = (c.next + 1) % docCacheSize
		}
		c.m[k] = m
	}
	c.mu.Unlock()
	return m.Clone(), nil
}

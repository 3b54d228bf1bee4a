package graph

import (
	"crypto/sha256"
	"encoding/hex"
)

// LeaderID is the stable id of a leader: derived from the canonical name,
// so that every store and every run gives the same id.
func LeaderID(name string) string {
	h := sha256.Sum256([]byte("leader\x00" + name))
	return "L" + hex.EncodeToString(h[:8])
}

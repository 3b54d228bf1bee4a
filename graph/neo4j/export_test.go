package neo4j

// SetFailAfter makes every write transaction fail after n statements (0:
// never), to test that a failed batch leaves nothing behind.
func (s *Store) SetFailAfter(n int) { s.failAfter = n }

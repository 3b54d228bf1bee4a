package neo4j

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SetFailAfter makes every write transaction fail after n statements (0:
// never), to test that a failed batch leaves nothing behind.
func (s *Store) SetFailAfter(n int) { s.failAfter = n }

// ForgetSearchText removes the search tokens of every leader and meeting,
// as a database written before search has none.
func (s *Store) ForgetSearchText(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) WHERE n:"+labelLeader+" OR n:"+labelMeeting+" REMOVE n.searchText, n.evidenceText, n.searchTokens", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	return err
}

package storetest

import (
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
)

var neo4jLock struct {
	sync.Mutex
	f    *os.File
	refs int
}

// LockNeo4j serialises tests that empty and fill the shared Neo4j
// database across test binaries (go test runs packages in parallel): it
// holds an exclusive lock on a file in the temporary directory until the
// test ends. It is reentrant within a process.
func LockNeo4j(t testing.TB) {
	t.Helper()
	neo4jLock.Lock()
	defer neo4jLock.Unlock()
	if neo4jLock.refs == 0 {
		f, err := os.OpenFile(filepath.Join(os.TempDir(), "dipgraph-neo4j-tests.lock"), os.O_RDWR|os.O_CREATE, 0o666)
		if err != nil {
			t.Fatalf("Neo4j test lock: %v", err)
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
			t.Fatalf("Neo4j test lock: %v", err)
		}
		neo4jLock.f = f
	}
	neo4jLock.refs++
	t.Cleanup(func() {
		neo4jLock.Lock()
		defer neo4jLock.Unlock()
		neo4jLock.refs--
		if neo4jLock.refs == 0 {
			neo4jLock.f.Close() // releases the flock
			neo4jLock.f = nil
		}
	})
}

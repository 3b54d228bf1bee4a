package main

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestIngestStopsWhenTheJournalWriteFails: with the journal's writes
// refused part-way (a file-size limit, as a full disk would), ingest
// stops within seconds with the real cause and a non-zero exit, and the
// store still opens with what was written before.
func TestIngestStopsWhenTheJournalWriteFails(t *testing.T) {
	data := t.TempDir()
	env := map[string]string{"DIPGRAPH_DATA": data}
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Skip(err)
	}
	lim := old
	lim.Cur = 64 << 10
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Skip(err)
	}
	restored := false
	restore := func() {
		if !restored {
			restored = true
			if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
				t.Fatal(err)
			}
		}
	}
	defer restore()

	type result struct {
		code   int
		stderr string
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		code, _, stderr := run(t, env, "", "ingest", "--batch", "5", reports)
		done <- result{code, stderr}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("ingest still running %v after its journal write failed", time.Since(start))
	}
	restore()
	t.Logf("exit %d after %v: %s", r.code, time.Since(start), strings.TrimSpace(r.stderr))
	if r.code == 0 {
		t.Errorf("exit 0 although the journal could not be written")
	}
	if !strings.Contains(r.stderr, "write journal: file too large") {
		t.Errorf("the message does not give the cause: %q", r.stderr)
	}
	if strings.Contains(r.stderr, "is it running") || strings.Contains(r.stderr, "cannot reach") {
		t.Errorf("the message blames reachability: %q", r.stderr)
	}
	// The store opens, with what was written before the failure, and a
	// second ingest completes it.
	code, stdout, stderr := run(t, env, "", "ingest", reports)
	if code != 0 || strings.Contains(stdout, " 0 unchanged") {
		t.Errorf("ingest after the failure: exit %d, %q %q", code, stdout, stderr)
	}
}

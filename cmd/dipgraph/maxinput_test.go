package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInputOverMaxInputIsRefused: a file over --max-input is refused with
// a message naming the limit, before it is read, by extract and ingest;
// stdin over the limit fails when it passes it.
func TestInputOverMaxInputIsRefused(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.txt")
	var text []byte
	for len(text) < 3<<20 {
		text = append(text, b...)
	}
	os.WriteFile(big, text, 0o644)
	for _, args := range [][]string{
		{"extract", "--max-input", "2", big},
		{"ingest", "--memory", "--max-input", "2", big},
	} {
		code, _, stderr := run(t, nil, "", args...)
		if code == 0 || !strings.Contains(stderr, "larger than 2 MiB") {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
	// What was read before the limit is extracted, as for a chunk that
	// cannot be decoded; the message names the limit.
	code, _, stderr := run(t, nil, string(text), "extract", "--max-input", "2", "-")
	if !strings.Contains(stderr, "--max-input") {
		t.Errorf("stdin over the limit: exit %d, stderr %q", code, stderr)
	}
	// Under the limit it is read.
	if code, _, stderr := run(t, nil, "", "ingest", "--memory", "--max-input", "4", big); code != 0 {
		t.Errorf("under the limit: exit %d, %q", code, stderr)
	}
}

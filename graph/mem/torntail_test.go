package mem_test

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// TestZeroOrIncompleteTailIsDroppedWithAWarning: what a power loss leaves
// at the end of the journal (zero bytes, a record cut short) is dropped
// like a torn last record, with a warning that says how many bytes and
// records went; the store opens with the records before it.
func TestZeroOrIncompleteTailIsDroppedWithAWarning(t *testing.T) {
	ctx := context.Background()
	docs := storetest.Fixture()
	cases := []struct {
		name string
		tail func(record []byte) []byte // what follows the first record
		want string                     // in the warning
	}{
		{"zeros 8", func([]byte) []byte { return make([]byte, 8) }, "8 bytes"},
		{"zeros 4096", func([]byte) []byte { return make([]byte, 4096) }, "4096 bytes"},
		{"zeros 3", func([]byte) []byte { return make([]byte, 3) }, "3 bytes"},
		{"record cut short", func(r []byte) []byte { return r[:len(r)/2] }, "1 incomplete record"},
		// Both records whole, then zeros.
		{"records then zeros", func([]byte) []byte { return make([]byte, 512) }, "512 bytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := mem.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, mem.JournalFile)
			s.Ingest(ctx, docs[:1])
			first, _ := os.ReadFile(path)
			s.Ingest(ctx, docs[1:2])
			s.Close(ctx)
			all, _ := os.ReadFile(path)
			second := all[len(first):]
			keep := first
			if c.name == "records then zeros" {
				keep = all
			}
			tail := c.tail(second)
			if err := os.WriteFile(path, append(append([]byte{}, keep...), tail...), 0o644); err != nil {
				t.Fatal(err)
			}

			var logs bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logs, nil))
			s, err = mem.OpenLogged(dir, log)
			if err != nil {
				t.Fatalf("open with a %s tail: %v", c.name, err)
			}
			defer s.Close(ctx)
			if fi, _ := os.Stat(path); fi.Size() != int64(len(keep)) {
				t.Errorf("size %d after open, want %d", fi.Size(), len(keep))
			}
			if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), c.want) {
				t.Errorf("warning %q does not say %q", logs.String(), c.want)
			}
			as, _ := s.ArticlesByID(ctx, []string{storetest.ArticleA1})
			if as[0] == nil {
				t.Errorf("the record before the tail was lost")
			}
		})
	}
}

// TestZerosBeforeDataRefused: zero bytes followed by data are not a torn
// tail but corruption, and the journal refuses to open, as a bad record
// in the middle does.
func TestZerosBeforeDataRefused(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := mem.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Ingest(ctx, storetest.Fixture()[:1])
	s.Close(ctx)
	path := filepath.Join(dir, mem.JournalFile)
	b, _ := os.ReadFile(path)
	b = append(append(b, make([]byte, 64)...), 'x')
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if s, err := mem.Open(dir); err == nil {
		s.Close(ctx)
		t.Fatal("opened a journal with zeros then data after its last record")
	}
}

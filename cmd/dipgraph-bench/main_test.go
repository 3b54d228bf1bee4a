package main

import (
	"bytes"
	"context"
	"io"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/internal/bench"
)

// newTestMain returns a Main whose harness only records the Config it is
// given.
func newTestMain(env map[string]string, got *bench.Config) (*Main, *bytes.Buffer) {
	var errb bytes.Buffer
	m := &Main{Stdout: io.Discard, Stderr: &errb, Getenv: func(k string) string { return env[k] }}
	m.run = func(_ context.Context, cfg bench.Config, _ io.Writer) error {
		*got = cfg
		return nil
	}
	return m, &errb
}

func TestFlagsBecomeTheHarnessConfig(t *testing.T) {
	var got bench.Config
	m, errb := newTestMain(map[string]string{"NEO4J_USERNAME": "u", "NEO4J_PASSWORD": "p"}, &got)
	code := m.Main(context.Background(), []string{"--quick", "--out", "-", "--runs", "3", "--soak", "5s",
		"--mem-sizes", "100, 200", "--neo4j", "bolt://127.0.0.1:7687", "--no-gse", "--work", "/tmp/w"})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	want := bench.Config{Out: "-", Quick: true, Runs: 3, SoakDuration: 5 * time.Second,
		MemSizes: []int{100, 200}, SkipGSE: true, WorkDir: "/tmp/w",
		Neo4j: bench.Neo4jConfig{URI: "bolt://127.0.0.1:7687", User: "u", Password: "p"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("config\n got %+v\nwant %+v", got, want)
	}
}

func TestBadCommandLinesAreRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"positional argument", []string{"extra"}, 1},
		{"unknown flag", []string{"--nope"}, 2},
		{"bad store size", []string{"--mem-sizes", "10,x"}, 1},
		{"help", []string{"-h"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got bench.Config
			m, errb := newTestMain(nil, &got)
			ran := false
			m.run = func(context.Context, bench.Config, io.Writer) error { ran = true; return nil }
			if code := m.Main(context.Background(), tc.args); code != tc.code || ran {
				t.Errorf("exit %d (want %d), harness ran %v: %s", code, tc.code, ran, errb)
			}
		})
	}
}

// TestProductBinaryLeavesTheHarnessOut: dipgraph must not link
// internal/bench (it moved here).
func TestProductBinaryLeavesTheHarnessOut(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool")
	}
	out, err := exec.Command(goBin, "list", "-deps", "github.com/dipgraph/dipgraph/cmd/dipgraph").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, p := range strings.Fields(string(out)) {
		if p == "github.com/dipgraph/dipgraph/internal/bench" {
			t.Fatal("cmd/dipgraph depends on internal/bench")
		}
	}
}

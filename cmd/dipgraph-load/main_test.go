package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenXputIngest(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if err := run(ctx, []string{"gen", "-dir", dir, "-n", "60", "-gold"}, &out, &errb); err != nil {
		t.Fatalf("gen: %v (%s)", err, errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "gold.json")); err != nil {
		t.Fatal(err)
	}

	out.Reset()
	if err := run(ctx, []string{"xput", "-engine", "ours", "-dir", dir, "-runs", "1", "-gold"}, &out, &errb); err != nil {
		t.Fatalf("xput: %v", err)
	}
	var x XputResult
	if err := json.Unmarshal(out.Bytes(), &x); err != nil {
		t.Fatal(err)
	}
	if x.Files != 60 || x.MedianMBps <= 0 || x.Items == 0 || len(x.Sanity) == 0 {
		t.Fatalf("xput: %+v", x)
	}
	for _, k := range x.Sanity {
		if k.Kind == "meetings" && k.F1 < 0.8 {
			t.Errorf("meetings F1 %.3f on the generated corpus", k.F1)
		}
	}

	out.Reset()
	if err := run(ctx, []string{"ingest", "-store", "mem-journal", "-dir", dir, "-batch", "25"}, &out, &errb); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	var in IngestResult
	if err := json.Unmarshal(out.Bytes(), &in); err != nil {
		t.Fatal(err)
	}
	if in.Articles != 60 || in.Created != 60 || in.Meetings == 0 || in.ArticlesPS <= 0 {
		t.Fatalf("ingest: %+v", in)
	}
}

func TestRefusals(t *testing.T) {
	ctx := context.Background()
	var out, errb bytes.Buffer
	for _, args := range [][]string{
		{},
		{"nope"},
		{"http", "-url", "http://10.0.0.1/query", "-d", "10ms"},
		{"xput", "-engine", "nope", "-dir", t.TempDir()},
		{"ingest", "-store", "nope", "-dir", t.TempDir()},
		{"serve", "-addr", "0.0.0.0:0"},
	} {
		if err := run(ctx, args, &out, &errb); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
	if err := run(ctx, []string{"http", "-url", "http://192.168.1.1/query"}, &out, &errb); err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Errorf("non-loopback target: %v", err)
	}
}

package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// TestHelpListsEveryCommand: the top-level help names every subcommand,
// lexicon and version included (the benchmark harness is cmd/dipgraph-bench).
func TestHelpListsEveryCommand(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"help"}, {"-h"}} {
		code, out, _ := run(t, nil, "", args...)
		if code != 0 {
			t.Errorf("%v: exit %d", args, code)
		}
		for _, c := range []string{"extract", "ingest", "serve", "eval", "export", "lexicon", "version"} {
			if !strings.Contains(out, "\n  "+c+" ") {
				t.Errorf("%v does not list %s:\n%s", args, c, out)
			}
		}
	}
}

// TestLexiconHelpListsActions: "lexicon --help" shows the actions, not
// only the flags.
func TestLexiconHelpListsActions(t *testing.T) {
	code, out, errs := run(t, nil, "", "lexicon", "--help")
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	for _, a := range []string{"lexicon candidates", "lexicon add", "lexicon validate", "-data"} {
		if !strings.Contains(out+errs, a) {
			t.Errorf("lexicon --help lacks %q:\n%s%s", a, out, errs)
		}
	}
}

// TestFlagsAfterPaths: flags may follow file names for every subcommand;
// "--" ends the flags, so a file named like a flag can still be read.
func TestFlagsAfterPaths(t *testing.T) {
	t.Run("extract PATH --format jsonl", func(t *testing.T) {
		code, out, errs := run(t, nil, "", "extract", seed, "--format", "jsonl")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if errs != "" {
			t.Errorf("stderr %q", errs)
		}
		if line, _, _ := strings.Cut(out, "\n"); !json.Valid([]byte(line)) {
			t.Errorf("not JSON Lines: %.200s", out)
		}
	})
	t.Run("extract PATH --date D PATH", func(t *testing.T) {
		code, _, errs := run(t, nil, "", "extract", seed, "--date", "2025-09-02", seed)
		if code != 0 || errs != "" {
			t.Fatalf("exit %d: %s", code, errs)
		}
	})
	t.Run("lexicon add KIND FIELDS --data DIR", func(t *testing.T) {
		data := t.TempDir()
		code, out, errs := run(t, nil, "", "lexicon", "add", "leader", "卡达特·同加", "MW", "--data", data)
		if code != 0 || !strings.Contains(out, data) {
			t.Fatalf("exit %d: %s %s", code, out, errs)
		}
	})
	t.Run("ingest PATH --data DIR", func(t *testing.T) {
		data := t.TempDir()
		code, out, errs := run(t, nil, "", "ingest", seed, "--data", data)
		if code != 0 || errs != "" || !strings.Contains(out, data) {
			t.Fatalf("exit %d: %s %s", code, out, errs)
		}
	})
	t.Run("extract -- -file", func(t *testing.T) {
		dir := t.TempDir()
		b, err := os.ReadFile(seed)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "-report.txt"), b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Chdir(dir)
		if code, _, errs := run(t, nil, "", "extract", "--format", "jsonl", "--", "-report.txt"); code != 0 {
			t.Errorf("extract -- -report.txt: exit %d: %s", code, errs)
		}
		if code, _, _ := run(t, nil, "", "extract", "-report.txt"); code != 2 {
			t.Errorf("extract -report.txt without --: exit %d, want 2 (a bad flag)", code)
		}
	})
}

// TestVersion: "dipgraph version" prints the module version and the VCS
// revision the binary was built from.
func TestVersion(t *testing.T) {
	code, out, errs := run(t, nil, "", "version")
	if code != 0 || !strings.HasPrefix(out, "dipgraph ") {
		t.Fatalf("version: exit %d, %q %s", code, out, errs)
	}
	if code, out2, _ := run(t, nil, "", "--version"); code != 0 || out2 != out {
		t.Errorf("--version: exit %d, %q; want %q", code, out2, out)
	}
	bi := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: "github.com/dipgraph/dipgraph", Version: "v0.3.0"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-12-07T20:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	got := versionText(bi)
	for _, want := range []string{"v0.3.0", "0123456789abcdef0123", "2026-12-07T20:00:00Z", "modified", "go1.26.0"} {
		if !strings.Contains(got, want) {
			t.Errorf("versionText lacks %q: %q", want, got)
		}
	}
	if got := versionText(nil); !strings.Contains(got, "unknown") {
		t.Errorf("without build info: %q", got)
	}
}

// TestExportMissingDataFolder: a mistyped --data is an error, not an empty
// graph with exit 0, and the folder is not created.
func TestExportMissingDataFolder(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-data")
	for _, env := range []map[string]string{nil, {"DIPGRAPH_DATA": missing}} {
		args := []string{"export", "--format", "jsonl"}
		if env == nil {
			args = append(args, "--data", missing)
		}
		code, out, errs := run(t, env, "", args...)
		if code != 1 || !strings.Contains(errs, "no-such-data") || !strings.Contains(errs, "does not exist") || out != "" {
			t.Errorf("%v env %v: exit %d, stdout %q, stderr %q", args, env, code, out, errs)
		}
		if _, err := os.Stat(missing); err == nil {
			t.Errorf("export created %s", missing)
		}
	}
}

// TestExportFilesReadable: exported files are mode 0644, readable by the
// other tools and users (they were 0600, the temporary file's mode).
func TestExportFilesReadable(t *testing.T) {
	env := map[string]string{"DIPGRAPH_DATA": t.TempDir()}
	out := t.TempDir()
	gml := filepath.Join(out, "g.graphml")
	if code, _, errs := run(t, env, "", "export", "--out", gml); code != 0 {
		t.Fatalf("graphml: %d %s", code, errs)
	}
	if code, _, errs := run(t, env, "", "export", "--format", "csv", "--out", filepath.Join(out, "csv")); code != 0 {
		t.Fatalf("csv: %d %s", code, errs)
	}
	for _, f := range []string{gml, filepath.Join(out, "csv", "nodes.csv"), filepath.Join(out, "csv", "edges.csv")} {
		st, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v, want 0644", filepath.Base(f), st.Mode().Perm())
		}
	}
}

// TestParseInterleaved: flags anywhere, positional arguments in order,
// "-" is positional, "--" ends the flags.
func TestParseInterleaved(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		pos  string
		f    string
		b    bool
	}{
		{"flags first", []string{"-f", "x", "a", "b"}, "a b", "x", false},
		{"flags last", []string{"a", "b", "--f", "x", "-b"}, "a b", "x", true},
		{"flags between", []string{"a", "-f=x", "b"}, "a b", "x", false},
		{"stdin", []string{"-", "-b"}, "-", "", true},
		{"double dash", []string{"a", "--", "-b", "--f"}, "a -b --f", "", false},
		{"double dash after flags", []string{"-b", "--", "-f"}, "-f", "", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			f := fs.String("f", "", "")
			b := fs.Bool("b", false, "")
			pos, err := parseInterleaved(fs, c.args)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(pos, " ") != c.pos || *f != c.f || *b != c.b {
				t.Errorf("pos %q f %q b %v; want %q %q %v", pos, *f, *b, c.pos, c.f, c.b)
			}
		})
	}
}

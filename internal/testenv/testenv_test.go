package testenv

import "testing"

func TestNeo4jFromEnv(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Setenv("NEO4J_USERNAME", "")
	t.Setenv("NEO4J_PASSWORD", "")
	t.Setenv("NEO4J_DATABASE", "")
	if _, ok := Neo4jFromEnv(); ok {
		t.Fatal("ok with NEO4J_URI unset")
	}
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:7999")
	cfg, ok := Neo4jFromEnv()
	if !ok {
		t.Fatal("not ok with NEO4J_URI set")
	}
	want := Neo4jConfig{URI: "bolt://127.0.0.1:7999", User: "neo4j", Password: "dipgraph-dev", Database: "neo4j"}
	if cfg != want {
		t.Errorf("defaults: got %+v, want %+v", cfg, want)
	}
	t.Setenv("NEO4J_USERNAME", "u")
	t.Setenv("NEO4J_PASSWORD", "p")
	t.Setenv("NEO4J_DATABASE", "d")
	cfg, _ = Neo4jFromEnv()
	want = Neo4jConfig{URI: "bolt://127.0.0.1:7999", User: "u", Password: "p", Database: "d"}
	if cfg != want {
		t.Errorf("from env: got %+v, want %+v", cfg, want)
	}
}

// recorder catches Skip/Fatal without ending the calling test.
type recorder struct {
	testing.TB
	skipped, failed bool
	msg             string
}

func (r *recorder) Helper() {}
func (r *recorder) Skipf(format string, args ...any) {
	r.skipped = true
	r.msg = format
	panic(r)
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = true
	r.msg = format
	panic(r)
}

func run(r *recorder) {
	defer func() {
		if p := recover(); p != nil && p != r {
			panic(p)
		}
	}()
	Neo4j(r)
}

func TestNeo4jSkipsOrFailsWithoutURI(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	for _, tc := range []struct {
		ci         string
		skip, fail bool
	}{
		{ci: "", skip: true},
		{ci: "false", skip: true},
		{ci: "true", fail: true},
		{ci: "1", fail: true},
	} {
		t.Setenv("CI", tc.ci)
		r := &recorder{TB: t}
		run(r)
		if r.skipped != tc.skip || r.failed != tc.fail {
			t.Errorf("CI=%q: skipped=%v failed=%v, want skipped=%v failed=%v", tc.ci, r.skipped, r.failed, tc.skip, tc.fail)
		}
		if r.msg == "" {
			t.Errorf("CI=%q: no message", tc.ci)
		}
	}
}

package testenv

import (
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// FaultTests says whether tests that stop and start the Neo4j server may
// run (DIPGRAPH_FAULT_TESTS=1); they need a server started by
// scripts/neo4j, which CI's `make test` uses.
func FaultTests() bool { return os.Getenv("DIPGRAPH_FAULT_TESTS") == "1" }

// Neo4jCtl runs the server's control script (scripts/neo4j, or
// DIPGRAPH_NEO4J_CTL) with one argument, stop or start, keeping the store
// and the port of NEO4J_URI across a restart. It returns the script's
// output; after start, the URI to use is ExportedURI of it when not "".
func Neo4jCtl(t testing.TB, arg string) string {
	t.Helper()
	ctl := os.Getenv("DIPGRAPH_NEO4J_CTL")
	if ctl == "" {
		_, file, _, _ := runtime.Caller(0)
		ctl = filepath.Join(filepath.Dir(file), "..", "..", "scripts", "neo4j")
	}
	cmd := exec.Command(ctl, arg)
	cmd.Env = append(os.Environ(), "NEO4J_DEV_KEEP_DATA=1")
	if u, err := url.Parse(os.Getenv("NEO4J_URI")); err == nil && u.Port() != "" && os.Getenv("NEO4J_DEV_PORT") == "" {
		cmd.Env = append(cmd.Env, "NEO4J_DEV_PORT="+u.Port())
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", ctl, arg, err, out)
	}
	t.Logf("%s %s:\n%s", ctl, arg, out)
	return string(out)
}

// ExportedURI is the NEO4J_URI a start command printed ("export
// NEO4J_URI=…"), or "".
func ExportedURI(out string) string {
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "export "))
		if v, ok := strings.CutPrefix(line, "NEO4J_URI="); ok {
			return strings.Trim(v, `"'`)
		}
	}
	return ""
}

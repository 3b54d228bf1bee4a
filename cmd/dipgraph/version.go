package main

import (
	"context"
	"flag"
	"fmt"
	"runtime/debug"
	"strings"
)

// versionCmd prints the version: the module version and the VCS revision
// the binary was built from, as recorded by the Go toolchain.
type versionCmd struct{}

func (c *versionCmd) flags(fs *flag.FlagSet) {}

func (c *versionCmd) run(ctx context.Context, m *Main, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("version takes no arguments (got %q)", args)
	}
	bi, _ := debug.ReadBuildInfo()
	fmt.Fprintln(m.Stdout, versionText(bi))
	return nil
}

// versionText is the version line: "dipgraph VERSION (revision REV, TIME,
// modified) GOVERSION", with "unknown" for what the build did not record
// (go run and go test record no revision).
func versionText(bi *debug.BuildInfo) string {
	if bi == nil {
		return "dipgraph unknown (no build information)"
	}
	version := bi.Main.Version
	if version == "" {
		version = "unknown"
	}
	rev, when, modified := "", "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	var vcs []string
	if rev == "" {
		vcs = append(vcs, "revision unknown")
	} else {
		vcs = append(vcs, "revision "+rev)
	}
	if when != "" {
		vcs = append(vcs, when)
	}
	if modified {
		vcs = append(vcs, "modified")
	}
	return fmt.Sprintf("dipgraph %s (%s) %s", version, strings.Join(vcs, ", "), bi.GoVersion)
}

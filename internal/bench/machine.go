package bench

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// Machine names the machine a run was measured on.
type Machine struct {
	CPU      string
	Cores    int
	MemGiB   float64
	OS       string
	Kernel   string
	Go       string
	Commit   string // git commit of the measured tree ("+dirty" when modified)
	Hostname string
	// LoadAvg is /proc/loadavg when the run started and ended: other work
	// on the machine skews every figure.
	LoadStart, LoadEnd string
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func (m Machine) String() string {
	return fmt.Sprintf("%s, %d cores, %.0f GiB RAM, %s (kernel %s), %s", m.CPU, m.Cores, m.MemGiB, m.OS, m.Kernel, m.Go)
}

func readMachine(ctx context.Context, repo string) Machine {
	m := Machine{Cores: runtime.NumCPU(), OS: runtime.GOOS + "/" + runtime.GOARCH, Go: runtime.Version()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	if m.CPU == "" {
		m.CPU = "unknown CPU"
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Fields(line)
			if len(f) >= 2 && f[0] == "MemTotal:" {
				kb, _ := strconv.ParseFloat(f[1], 64)
				m.MemGiB = kb / (1 << 20)
			}
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.Kernel = strings.TrimSpace(string(b))
	}
	if c, err := runChild(ctx, repo, nil, "go", "version"); err == nil {
		if f := strings.Fields(string(c.Stdout)); len(f) >= 3 {
			m.Go = f[2]
		}
	}
	if c, err := runChild(ctx, repo, nil, "git", "rev-parse", "--short", "HEAD"); err == nil {
		m.Commit = strings.TrimSpace(string(c.Stdout))
		if d, err := runChild(ctx, repo, nil, "git", "status", "--porcelain", "--untracked-files=no"); err == nil && len(strings.TrimSpace(string(d.Stdout))) > 0 {
			m.Commit += "+dirty"
		}
	}
	m.Hostname, _ = os.Hostname()
	m.LoadStart = loadAvg()
	return m
}

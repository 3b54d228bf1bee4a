package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// child is the outcome of a child process run to completion.
type child struct {
	Wall     time.Duration
	MaxRSSKB int64         // peak resident set size of the child (rusage)
	CPU      time.Duration // user + system time of the child
	Stdout   []byte
	Stderr   []byte
}

// runChild runs a command to completion and measures its wall time and
// peak RSS. env is added to the parent's environment.
func runChild(ctx context.Context, dir string, env []string, name string, args ...string) (child, error) {
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout = &out
	cmd.Stderr = &errb
	t0 := time.Now()
	err := cmd.Run()
	c := child{Wall: time.Since(t0), Stdout: out.Bytes(), Stderr: errb.Bytes()}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			c.MaxRSSKB = ru.Maxrss
		}
		c.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if err != nil {
		return c, fmt.Errorf("%s %s: %w: %s", filepath.Base(name), strings.Join(args, " "), err, lastLine(errb.String()))
	}
	return c, nil
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}

// server is a long-running child (dipgraph serve).
type server struct {
	cmd     *exec.Cmd
	URL     string // base URL, http://127.0.0.1:port
	Started time.Time
	Ready   time.Duration // start → /healthz answered 200
	stderr  *bytes.Buffer
	done    chan error
}

// freePort asks the kernel for a free loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// startServer starts `bin serve --addr 127.0.0.1:PORT args...` and waits
// until /healthz answers 200 (or the timeout passes).
func startServer(ctx context.Context, dir string, env []string, bin string, timeout time.Duration, args ...string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	all := append([]string{"serve", "--addr", addr}, args...)
	cmd := exec.Command(bin, all...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	return startCmd(ctx, cmd, addr, timeout)
}

// startCmd starts a server command that listens on addr and waits until
// its /healthz answers 200 (or the timeout passes).
func startCmd(ctx context.Context, cmd *exec.Cmd, addr string, timeout time.Duration) (*server, error) {
	all := cmd.Args[1:]
	var errb bytes.Buffer
	cmd.Stderr = &errb
	cmd.Stdout = &errb
	s := &server{cmd: cmd, URL: "http://" + addr, stderr: &errb, done: make(chan error, 1)}
	s.Started = time.Now()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", strings.Join(all, " "), err)
	}
	go func() { s.done <- cmd.Wait() }()
	deadline := time.Now().Add(timeout)
	hc := &http.Client{Timeout: 2 * time.Second}
	for {
		select {
		case err := <-s.done:
			return nil, fmt.Errorf("%s exited before it was ready: %v: %s", strings.Join(all, " "), err, lastLine(errb.String()))
		case <-ctx.Done():
			s.Stop()
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		resp, err := hc.Get(s.URL + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				s.Ready = time.Since(s.Started)
				return s, nil
			}
		}
		if time.Now().After(deadline) {
			s.Stop()
			return nil, fmt.Errorf("%s not ready after %v: %s", strings.Join(all, " "), timeout, lastLine(errb.String()))
		}
	}
}

// Mem reads the server's peak and current resident set size (KB).
func (s *server) Mem() (hwmKB, rssKB int64, err error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0, 0, fmt.Errorf("read memory of the server: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		v, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmHWM:":
			hwmKB = v
		case "VmRSS:":
			rssKB = v
		}
	}
	return hwmKB, rssKB, nil
}

// Stop ends the server (SIGTERM, then SIGKILL after 10 s) and waits.
func (s *server) Stop() error {
	if s == nil || s.cmd.Process == nil {
		return nil
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-s.done:
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			return err
		}
		return nil
	case <-time.After(10 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
		return errors.New("server did not stop on SIGTERM; killed")
	}
}

// goBuild builds a main package of the module into dst.
func goBuild(ctx context.Context, repo, pkg, dst string) error {
	if _, err := runChild(ctx, repo, nil, "go", "build", "-o", dst, pkg); err != nil {
		return fmt.Errorf("build %s: %w", pkg, err)
	}
	return nil
}

// findRepo walks up from dir to the folder holding go.mod.
func findRepo(dir string) (string, error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		p := filepath.Dir(d)
		if p == d {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
		d = p
	}
}

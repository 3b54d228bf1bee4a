package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runCancelled runs Main and cancels its context (what SIGINT or SIGTERM
// do in main) after wait; it fails when Main does not return within 10 s
// of the cancel.
func runCancelled(t *testing.T, env map[string]string, wait time.Duration, args ...string) (int, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- m.Main(ctx, args) }()
	time.Sleep(wait)
	cancel()
	select {
	case code := <-done:
		return code, errb.String()
	case <-time.After(10 * time.Second):
		t.Fatalf("%v: still running 10 s after the cancel", args)
		return 0, ""
	}
}

// TestFIFOWithoutWriterEndsOnSignal: `extract` of a named pipe that no
// one writes to waits for a writer, and ends when signalled.
func TestFIFOWithoutWriterEndsOnSignal(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	for _, cmd := range []string{"extract", "ingest"} {
		t.Run(cmd, func(t *testing.T) {
			args := []string{cmd, fifo}
			if cmd == "ingest" {
				args = []string{cmd, "--memory", fifo}
			}
			if code, _ := runCancelled(t, nil, 300*time.Millisecond, args...); code == 0 {
				t.Errorf("exit 0 after a signal")
			}
		})
	}
	// Opened, with a writer that never writes nor closes.
	w, err := os.OpenFile(fifo, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if code, _ := runCancelled(t, nil, 300*time.Millisecond, "extract", fifo); code == 0 {
		t.Errorf("exit 0 after a signal")
	}
}

// TestSpecialFilesInFolderAreSkipped: a named pipe (or socket, device)
// in a folder is skipped with a message; the folder's text files are read.
func TestSpecialFilesInFolderAreSkipped(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skip(err)
	}
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), b, 0o644)
	done := make(chan struct{})
	var code int
	var stderr string
	go func() {
		code, _, stderr = run(t, nil, "", "extract", dir)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("extract of a folder with a named pipe blocks")
	}
	if code != 0 || !strings.Contains(stderr, "pipe.txt") || !strings.Contains(stderr, "skipped") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestSilentNeo4jPortEndsOnSignal: a port that accepts TCP but never
// speaks Bolt does not hold `serve` past a signal.
func TestSilentNeo4jPortEndsOnSignal(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // held open, silent
		}
	}()
	uri := "bolt://" + ln.Addr().String()
	env := map[string]string{"NEO4J_URI": uri, "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": "x"}
	if code, _ := runCancelled(t, env, time.Second, "serve", "--addr", "127.0.0.1:0"); code == 0 {
		t.Errorf("exit 0 after a signal")
	}
}

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"unicode/utf8"
)

// BenchmarkPeakRSS runs the built binary on generated input and reports
// its peak resident memory (maxrss_MiB): `ingest --memory` of one file of
// 10, 50 and 200 MB and of a folder of 200 MB in 1 MB files, and `extract`
// of a 100 MB file with no newline. Input sizes are in the names.
// Run with -benchtime 1x: each run extracts the whole input.
func BenchmarkPeakRSS(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "dipgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	text := reportText(b)
	gen := func(name string, size int) string {
		p := filepath.Join(dir, name)
		var buf bytes.Buffer
		for i := 0; buf.Len() < size; i++ {
			buf.Write(text[i%len(text)])
			fmt.Fprintf(&buf, "\n（副本%d）\n\n", i)
		}
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			b.Fatal(err)
		}
		return p
	}
	run := func(b *testing.B, args ...string) {
		for b.Loop() {
			cmd := exec.Command(bin, args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			cmd.Stdout = nil
			err := cmd.Run()
			if err != nil && !bytes.Contains(stderr.Bytes(), []byte("longer than")) {
				b.Fatalf("%v: %v\n%s", args, err, stderr.Bytes())
			}
			ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
			b.ReportMetric(float64(ru.Maxrss)/1024, "maxrss_MiB")
		}
	}
	for _, mb := range []int{10, 50, 200} {
		f := gen(fmt.Sprintf("file%d.txt", mb), mb<<20)
		b.Run(fmt.Sprintf("ingest-file-%dMB", mb), func(b *testing.B) {
			run(b, "ingest", "--memory", "--progress", "never", f)
		})
		os.Remove(f)
	}
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o755)
	for i := range 200 {
		p := gen(fmt.Sprintf("f%03d.txt", i), 1<<20)
		os.Rename(p, filepath.Join(folder, filepath.Base(p)))
	}
	b.Run("ingest-folder-200MB", func(b *testing.B) {
		run(b, "ingest", "--memory", "--progress", "never", folder)
	})
	os.RemoveAll(folder)
	line := filepath.Join(dir, "line.txt")
	if err := os.WriteFile(line, bytes.Repeat([]byte("中国外交"), (100<<20)/12), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("extract-one-line-100MB", func(b *testing.B) {
		run(b, "extract", line)
	})
}

// reportText returns the labelled reports in UTF-8.
func reportText(t testing.TB) [][]byte {
	src, _ := filepath.Glob(filepath.Join(reports, "*.txt"))
	var out [][]byte
	for _, p := range src {
		b, err := os.ReadFile(p)
		if err == nil && utf8.Valid(b) {
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		t.Fatal("no reports")
	}
	return out
}

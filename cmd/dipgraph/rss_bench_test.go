package main

import (
	"bufio"
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
// its peak resident memory (maxrss_MiB): `extract` of one file of 10, 50
// and 200 MB, `ingest --memory` of one file of 10 and 50 MB and of a
// folder of 50 MB in 1 MB files (the embedded store keeps the graph in
// memory, so its share grows with what was ingested), and `extract` of a
// 100 MB file with no newline. Input sizes are in the names.
// Run with -benchtime 1x: each run extracts the whole input. The figures
// include this process's own high-water mark (about 20 MiB), which the
// child inherits.
func BenchmarkPeakRSS(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "dipgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	text := reportText(b)
	// The input is written as it is made: the child's maxrss starts from
	// this process's high-water mark (os/exec starts it with vfork), so
	// this process must stay small.
	gen := func(name string, size int) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			b.Fatal(err)
		}
		w := bufio.NewWriter(f)
		for i, n := 0, 0; n < size; i++ {
			k, _ := w.Write(text[i%len(text)])
			k2, _ := fmt.Fprintf(w, "\n（副本%d）\n\n", i)
			n += k + k2
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
		f.Close()
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
		b.Run(fmt.Sprintf("extract-file-%dMB", mb), func(b *testing.B) {
			run(b, "extract", "--format", "jsonl", f)
		})
		if mb <= 50 { // the embedded store's merging makes larger ingests slow
			b.Run(fmt.Sprintf("ingest-file-%dMB", mb), func(b *testing.B) {
				run(b, "ingest", "--memory", "--progress", "never", f)
			})
		}
		os.Remove(f)
	}
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o755)
	for i := range 50 {
		p := gen(fmt.Sprintf("f%03d.txt", i), 1<<20)
		os.Rename(p, filepath.Join(folder, filepath.Base(p)))
	}
	b.Run("ingest-folder-50MB", func(b *testing.B) {
		run(b, "ingest", "--memory", "--progress", "never", folder)
	})
	os.RemoveAll(folder)
	line := filepath.Join(dir, "line.txt")
	f, err := os.Create(line)
	if err != nil {
		b.Fatal(err)
	}
	piece := bytes.Repeat([]byte("中国外交"), 1<<16)
	for n := 0; n < 100<<20; n += len(piece) {
		f.Write(piece)
	}
	f.Close()
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

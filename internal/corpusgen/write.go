package corpusgen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// GoldFile is the name of the gold file WriteDir writes beside the reports.
const GoldFile = "gold.json"

// WriteStats summarises a WriteDir.
type WriteStats struct {
	Files int
	Bytes int64 // bytes of report text written
}

// WriteDir writes reports 0..n-1 of the corpus for seed into dir, one file
// per report, generating them one at a time so that memory stays flat
// whatever n is. With gold, it also writes dir/gold.json: the expected
// extraction ({"articles": [...]}, the extraction JSON's shape), one
// article per report with its file name.
func WriteDir(dir string, n int, seed int64, opts Options, gold bool) (WriteStats, error) {
	var st WriteStats
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, fmt.Errorf("corpusgen: create %s: %w", dir, err)
	}
	var gw *bufio.Writer
	var gf *os.File
	if gold {
		f, err := os.Create(filepath.Join(dir, GoldFile))
		if err != nil {
			return st, fmt.Errorf("corpusgen: create gold: %w", err)
		}
		gf = f
		defer gf.Close()
		gw = bufio.NewWriterSize(f, 1<<16)
		gw.WriteString("{\"articles\": [\n")
	}
	for i := range n {
		l := Make(i, seed, opts)
		p := filepath.Join(dir, l.Name)
		if err := os.WriteFile(p, []byte(l.Text), 0o644); err != nil {
			return st, fmt.Errorf("corpusgen: write %s: %w", p, err)
		}
		st.Files++
		st.Bytes += int64(len(l.Text))
		if gw != nil {
			b, err := json.Marshal(l.Gold)
			if err != nil {
				return st, fmt.Errorf("corpusgen: gold of %s: %w", l.Name, err)
			}
			if i > 0 {
				gw.WriteString(",\n")
			}
			gw.Write(b)
		}
	}
	if gw != nil {
		gw.WriteString("\n]}\n")
		if err := gw.Flush(); err != nil {
			return st, fmt.Errorf("corpusgen: write gold: %w", err)
		}
		if err := gf.Close(); err != nil {
			return st, fmt.Errorf("corpusgen: close gold: %w", err)
		}
	}
	return st, nil
}

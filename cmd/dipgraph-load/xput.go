package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/go-ego/gse"
)

// engine processes one text; it returns how many items it found (words
// for gse, meetings for ours) so that the work cannot be optimised away.
type engine interface {
	Process(text string) int
}

// engines maps a name to a constructor; the constructor's time is the
// engine's start-up (dictionary and lexicon loading).
var engines = map[string]func() (engine, error){
	"gse": newGSE,
}

// gseEngine is gse with its full default dictionary (Simplified and
// Traditional, as gse.NewEmbed loads it) doing part-of-speech tagging.
type gseEngine struct{ seg gse.Segmenter }

func newGSE() (engine, error) {
	seg, err := gse.NewEmbed()
	if err != nil {
		return nil, fmt.Errorf("gse: load the embedded dictionary: %w", err)
	}
	return &gseEngine{seg: seg}, nil
}

func (g *gseEngine) Process(text string) int { return len(g.seg.Pos(text)) }

// XputResult is what `xput` prints.
type XputResult struct {
	Engine     string    `json:"engine"`
	GOMAXPROCS int       `json:"gomaxprocs"`
	Files      int       `json:"files"`
	Bytes      int64     `json:"bytes"`
	StartupMs  float64   `json:"startup_ms"`
	RunsMBps   []float64 `json:"runs_mbps"`
	MedianMBps float64   `json:"median_mbps"`
	Items      int       `json:"items"` // per pass: words (gse) or meetings (ours)
	HeapMB     float64   `json:"heap_mb"`
	// Sanity is the per-kind score against the generated corpus's gold
	// (with -gold; synthetic text, not the real quality bar).
	Sanity []KindF1 `json:"sanity,omitempty"`
}

func throughput(ctx context.Context, name, dir string, maxBytes int64, runs int, gold bool) (XputResult, error) {
	res := XputResult{Engine: name, GOMAXPROCS: runtime.GOMAXPROCS(0)}
	mk, ok := engines[name]
	if !ok {
		var names []string
		for n := range engines {
			names = append(names, n)
		}
		sort.Strings(names)
		return res, fmt.Errorf("unknown engine %q (have %s)", name, strings.Join(names, ", "))
	}
	files, texts, n, err := readTexts(dir, maxBytes)
	if err != nil {
		return res, err
	}
	res.Files, res.Bytes = len(texts), n
	t0 := time.Now()
	e, err := mk()
	if err != nil {
		return res, err
	}
	res.StartupMs = float64(time.Since(t0).Microseconds()) / 1000
	if runs < 1 {
		runs = 1
	}
	// One untimed pass warms caches and lazily built tables.
	for _, t := range texts {
		e.Process(t)
	}
	for range runs {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		items := 0
		t0 := time.Now()
		for _, t := range texts {
			items += e.Process(t)
		}
		el := time.Since(t0).Seconds()
		res.Items = items
		res.RunsMBps = append(res.RunsMBps, float64(n)/1e6/el)
	}
	s := append([]float64(nil), res.RunsMBps...)
	sort.Float64s(s)
	res.MedianMBps = s[len(s)/2]
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	res.HeapMB = float64(ms.HeapInuse) / 1e6
	if gold {
		sc, err := sanityScore(e, dir, files, texts)
		if err != nil {
			return res, fmt.Errorf("sanity score: %w", err)
		}
		res.Sanity = sc
	}
	return res, nil
}

// readTexts reads the .txt files of dir in name order, up to maxBytes.
func readTexts(dir string, maxBytes int64) ([]string, []string, int64, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("read corpus %s: %w", dir, err)
	}
	var files, texts []string
	var n int64
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		if maxBytes > 0 && n >= maxBytes {
			break
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, nil, 0, fmt.Errorf("read %s: %w", e.Name(), err)
		}
		files = append(files, e.Name())
		texts = append(texts, string(b))
		n += int64(len(b))
	}
	if len(texts) == 0 {
		return nil, nil, 0, fmt.Errorf("no .txt files in %s", dir)
	}
	return files, texts, n, nil
}

package main

import (
	"fmt"
	"path/filepath"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/eval"
	"github.com/dipgraph/dipgraph/internal/corpusgen"
)

// extractor is an engine that yields the extraction JSON.
type extractor interface {
	Extract(text, file string) (extract.Result, error)
}

// KindF1 is the sanity score of one fact kind on the generated corpus.
type KindF1 struct {
	Kind      string  `json:"kind"`
	Gold      int     `json:"gold"`
	Got       int     `json:"got"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// sanityScore scores the engine's extraction of each file against the
// gold.json that corpusgen wrote beside the files, file by file.
func sanityScore(e engine, dir string, files []string, texts []string) ([]KindF1, error) {
	x, ok := e.(extractor)
	if !ok {
		return nil, fmt.Errorf("engine does not produce the extraction JSON")
	}
	gold, err := eval.Load(filepath.Join(dir, corpusgen.GoldFile))
	if err != nil {
		return nil, err
	}
	byFile := map[string]extract.Article{}
	for _, a := range gold.Articles {
		byFile[a.File] = a
	}
	var total eval.Report
	for i, f := range files {
		g, ok := byFile[f]
		if !ok {
			continue
		}
		got, err := x.Extract(texts[i], f)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", f, err)
		}
		total.Add(eval.Score(extract.Result{Articles: []extract.Article{g}}, got))
	}
	var out []KindF1
	for _, k := range total.Kinds {
		if k.Gold == 0 && k.Got == 0 {
			continue
		}
		out = append(out, KindF1{Kind: k.Kind, Gold: k.Gold, Got: k.Got, Precision: k.Precision, Recall: k.Recall, F1: k.F1})
	}
	return out, nil
}

package main

import (
	"github.com/dipgraph/dipgraph/extract"
)

func init() { engines["ours"] = newOurs }

// oursEngine is dipgraph's extractor: decoding, normalisation, article
// splitting and every rule, as `dipgraph extract` runs it.
type oursEngine struct{ x *extract.Extractor }

func newOurs() (engine, error) {
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	return &oursEngine{x: x}, nil
}

func (o *oursEngine) Process(text string) int {
	res, err := o.x.ExtractBytes([]byte(text), extract.Options{})
	if err != nil {
		return 0
	}
	n := 0
	for _, a := range res.Articles {
		n += len(a.Meetings)
	}
	return n
}

// Extract is the full extraction of one text, for the sanity score.
func (o *oursEngine) Extract(text, file string) (extract.Result, error) {
	return o.x.ExtractBytes([]byte(text), extract.Options{File: file})
}

package main

import (
	"encoding/json"
	"os"
	"regexp"
	"sort"
	"testing"
)

// TestExtractKeepsContractJSON checks that `dipgraph extract` writes every
// key of the contract's example JSON (docs/contract.md) at every level,
// present even when null or empty.
func TestExtractKeepsContractJSON(t *testing.T) {
	doc, err := os.ReadFile("../../docs/contract.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```json\n(.*?)```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("docs/contract.md has no json block")
	}
	var want map[string]any
	if err := json.Unmarshal(m[1], &want); err != nil {
		t.Fatalf("contract example: %v", err)
	}
	code, out, stderr := run(t, nil, "", "extract", seed)
	if code != 0 {
		t.Fatalf("extract: %s", stderr)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	missing := map[string]bool{}
	sameKeys(want, got, "", missing)
	if len(missing) > 0 {
		var ks []string
		for k := range missing {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		t.Errorf("keys of the contract missing from the output: %v", ks)
	}
}

// sameKeys records in missing every key path of want that no object at the
// same place in got has. Arrays compare their first element of want with
// every element of got.
func sameKeys(want, got any, path string, missing map[string]bool) {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return
		}
		for k, wv := range w {
			gv, ok := g[k]
			if !ok {
				missing[path+"."+k] = true
				continue
			}
			sameKeys(wv, gv, path+"."+k, missing)
		}
	case []any:
		g, ok := got.([]any)
		if !ok || len(w) == 0 {
			return
		}
		for _, gv := range g {
			sameKeys(w[0], gv, path+"[]", missing)
		}
	}
}

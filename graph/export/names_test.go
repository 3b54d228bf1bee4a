package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"slices"
	"testing"

	"github.com/dipgraph/dipgraph/graph/export"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// TestExportCarriesLeaderNames: nodes.csv has nameEn and pinyin columns,
// filled for the leaders whose names the store knows.
func TestExportCarriesLeaderNames(t *testing.T) {
	ctx := context.Background()
	s := mem.New()
	defer s.Close(ctx)
	if _, err := s.Ingest(ctx, storetest.NameDocs()); err != nil {
		t.Fatal(err)
	}
	g, err := export.Read(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.WriteNodesCSV(&buf, g); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	en, py, label := slices.Index(rows[0], "nameEn"), slices.Index(rows[0], "pinyin"), slices.Index(rows[0], "label")
	if en < 0 || py < 0 {
		t.Fatalf("header %q lacks nameEn or pinyin", rows[0])
	}
	got := map[string][2]string{}
	for _, r := range rows[1:] {
		got[r[label]] = [2]string{r[en], r[py]}
	}
	if got["习近平"] != [2]string{"Xi Jinping", "Xi Jinping"} || got["米尔济约耶夫"] != [2]string{"Shavkat Mirziyoyev", ""} {
		t.Errorf("names: 习近平 %q, 米尔济约耶夫 %q", got["习近平"], got["米尔济约耶夫"])
	}
}

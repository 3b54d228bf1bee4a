package export_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/dipgraph/dipgraph/graph/export"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// TestExportPartialDatesAndProvenance: a meeting without year is exported
// with its precision and partial date, an article with its URL, file,
// publication date and site.
func TestExportPartialDatesAndProvenance(t *testing.T) {
	s := mem.New()
	ctx := context.Background()
	if _, err := s.Ingest(ctx, storetest.PartialDateDocs()); err != nil {
		t.Fatal(err)
	}
	g, err := export.Read(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	props := map[string]map[string]string{}
	for _, n := range g.Nodes {
		p := map[string]string{}
		for k, v := range n.Props {
			p[k] = fmt.Sprint(v)
		}
		props[n.ID] = p
	}
	if p := props["pd-m2"]; p["datePrecision"] != "MONTH_DAY" || p["partialDate"] != "--09-06" || p["date"] != "" {
		t.Errorf("meeting pd-m2 %v", p)
	}
	if p := props["pd-m1"]; p["datePrecision"] != "DAY" || p["yearSource"] != "METADATA" {
		t.Errorf("meeting pd-m1 %v", p)
	}
	if p := props["pd-m3"]; p["datePrecision"] != "NONE" {
		t.Errorf("meeting pd-m3 %v", p)
	}
	if p := props["pd-a1"]; p["url"] != "http://www.news.cn/2018-09/06/c_1.htm" || p["published"] != "2018-09-06" || p["site"] != "新华网" {
		t.Errorf("article pd-a1 %v", p)
	}
	if p := props["pd-a2"]; p["file"] != "reports/cabo_verde.txt" || p["partialDate"] != "--09-06" {
		t.Errorf("article pd-a2 %v", p)
	}
}

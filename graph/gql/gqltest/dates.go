package gqltest

import (
	"context"
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// testPartialDates: over a store holding storetest.PartialDateDocs (one
// dated, one month-and-day, one undated meeting), the API serves each
// meeting's precision, partial date, month and day and year source,
// filters by precision, counts the three kinds apart (dateCounts) while
// the timeline keeps full months, and serves the articles' provenance.
func testPartialDates(t *testing.T, open Opener) {
	s := open(t)
	if _, err := s.Ingest(context.Background(), storetest.PartialDateDocs()); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	h := gql.NewHandler(s, gql.Config{Logger: quiet})
	type mtg struct {
		ID            string  `json:"id"`
		Date          *string `json:"date"`
		DatePrecision string  `json:"datePrecision"`
		PartialDate   *string `json:"partialDate"`
		Month         *int    `json:"month"`
		Day           *int    `json:"day"`
		YearSource    *string `json:"yearSource"`
		Article       struct {
			URL        *string `json:"url"`
			File       *string `json:"file"`
			Published  *string `json:"published"`
			Site       *string `json:"site"`
			Source     *string `json:"source"`
			YearSource *string `json:"yearSource"`
		} `json:"article"`
	}
	var out struct {
		M1, M2, M3 mtg
		Partial    struct{ Edges []struct{ Node mtg } }
		Counts     struct {
			Dated, PartiallyDated, Undated int
			PartialMonths                  []struct {
				Month string
				Count int
			}
		}
		Timeline []struct{ Month string }
	}
	const fields = `id date datePrecision partialDate month day yearSource article { url file published site source yearSource }`
	Query(t, h, `{ m1: meeting(id: "pd-m1") { `+fields+` } m2: meeting(id: "pd-m2") { `+fields+` } m3: meeting(id: "pd-m3") { `+fields+` }
		partial: meetings(filter: {datePrecision: MONTH_DAY}) { edges { node { id } } }
		counts: dateCounts(leader: "习近平") { dated partiallyDated undated partialMonths { month count } }
		timeline { month } }`, &out)
	if out.M1.DatePrecision != "DAY" || out.M1.Date == nil || *out.M1.Date != "2018-09-06" || out.M1.Month == nil || *out.M1.Month != 9 ||
		out.M1.YearSource == nil || *out.M1.YearSource != "METADATA" || out.M1.Article.URL == nil || out.M1.Article.Published == nil || out.M1.Article.Site == nil ||
		out.M1.Article.Source == nil || out.M1.Article.YearSource == nil || *out.M1.Article.YearSource != "METADATA" {
		t.Errorf("m1 %+v", out.M1)
	}
	if out.M2.DatePrecision != "MONTH_DAY" || out.M2.Date != nil || out.M2.PartialDate == nil || *out.M2.PartialDate != "--09-06" ||
		out.M2.Month == nil || *out.M2.Month != 9 || out.M2.Day == nil || *out.M2.Day != 6 || out.M2.Article.File == nil {
		t.Errorf("m2 %+v", out.M2)
	}
	if out.M3.DatePrecision != "NONE" || out.M3.Month != nil || out.M3.PartialDate != nil {
		t.Errorf("m3 %+v", out.M3)
	}
	if len(out.Partial.Edges) != 1 || out.Partial.Edges[0].Node.ID != "pd-m2" {
		t.Errorf("filter MONTH_DAY: %+v", out.Partial)
	}
	if c := out.Counts; c.Dated != 1 || c.PartiallyDated != 1 || c.Undated != 1 || len(c.PartialMonths) != 1 || c.PartialMonths[0].Month != "--09" {
		t.Errorf("dateCounts %+v", c)
	}
	if want := []struct{ Month string }{{"2018-09"}}; !reflect.DeepEqual(out.Timeline, want) {
		t.Errorf("timeline %+v, want %+v", out.Timeline, want)
	}
}

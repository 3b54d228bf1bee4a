package build

import (
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/lexicon"
	"github.com/dipgraph/dipgraph/graph"
)

// TestDocumentGlossesInitiativesAndDomains: a document carries the
// lexicon's English names of the initiatives (mentioned, supported,
// proposed) and domains its meetings name; names without a gloss are left
// out, and an override lexicon's glosses are used.
func TestDocumentGlossesInitiativesAndDomains(t *testing.T) {
	a := extract.Article{ID: "A", Meetings: []extract.Meeting{{
		ID: "M", Initiatives: []string{"一带一路"}, AgreementDomains: []string{"海关", "计量", "深海探测"},
		Supports:  []extract.Support{{Country: "UZ", Initiative: "全球治理倡议"}},
		Proposals: []extract.Proposal{{Leader: "习近平", Initiative: "全球文明倡议"}, {Leader: "习近平", Initiative: "某倡议"}},
	}}}
	d := Document(a)
	wantIni := []graph.Gloss{
		{Name: "一带一路", NameEn: "Belt and Road Initiative"},
		{Name: "全球文明倡议", NameEn: "Global Civilization Initiative"},
		{Name: "全球治理倡议", NameEn: "Global Governance Initiative"},
	}
	wantDom := []graph.Gloss{{Name: "海关", NameEn: "customs"}, {Name: "计量", NameEn: "metrology"}}
	if !reflect.DeepEqual(d.InitiativeNames, wantIni) {
		t.Errorf("InitiativeNames = %+v, want %+v", d.InitiativeNames, wantIni)
	}
	if !reflect.DeepEqual(d.DomainNames, wantDom) {
		t.Errorf("DomainNames = %+v, want %+v", d.DomainNames, wantDom)
	}
	dir := t.TempDir() + "/lexicon"
	if _, err := lexicon.Append(dir, "domain", []string{"深海探测", "deep-sea exploration"}); err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	d = DocumentWith(a, lex)
	if len(d.DomainNames) != 3 || d.DomainNames[1] != (graph.Gloss{Name: "深海探测", NameEn: "deep-sea exploration"}) {
		t.Errorf("with override: DomainNames = %+v", d.DomainNames)
	}
	if len(Document(extract.Article{ID: "B", Meetings: []extract.Meeting{{ID: "N"}}}).InitiativeNames) != 0 {
		t.Error("glosses for a meeting naming no initiative")
	}
}

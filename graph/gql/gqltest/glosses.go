package gqltest

import (
	"context"
	"testing"

	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// testGlosses: over a store holding storetest.GlossDocs, the API serves
// the English names of initiatives and agreement domains (null when
// unknown) wherever they appear, and initiative(name:) finds an
// initiative by its English name in any case and spacing.
func testGlosses(t *testing.T, open Opener) {
	s := open(t)
	if _, err := s.Ingest(context.Background(), storetest.GlossDocs()); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	h := gql.NewHandler(s, gql.Config{Logger: quiet})
	type named struct {
		Name   string
		NameEn *string
	}
	var out struct {
		Initiatives      []named
		ByEn, ByZh, None *struct {
			Name         string
			NameEn       *string
			MeetingCount int
		}
		AgreementDomains []named
		Other            struct{ Relationship, RelationshipEn *string }
		Meeting          struct {
			RelationshipEn   *string
			Initiatives      []named
			AgreementDomains []named
			Supports         []struct{ Initiative named }
			Proposals        []struct{ Initiative named }
		}
	}
	Query(t, h, `{
		initiatives { name nameEn }
		byEn: initiative(name: "belt and road  INITIATIVE") { name nameEn meetingCount }
		byZh: initiative(name: "全球文明倡议") { name nameEn meetingCount }
		none: initiative(name: "Initiative") { name nameEn meetingCount }
		agreementDomains { name nameEn }
		other: meeting(id: "gm2") { relationship relationshipEn }
		meeting(id: "gm1") {
			relationshipEn
			initiatives { name nameEn }
			agreementDomains { name nameEn }
			supports { initiative { name nameEn } }
			proposals { initiative { name nameEn } }
		}
	}`, &out)
	en := func(ns []named) map[string]string {
		m := map[string]string{}
		for _, n := range ns {
			m[n.Name] = deref(n.NameEn)
			if n.NameEn != nil && *n.NameEn == "" {
				m[n.Name] = "(empty string, want null)"
			}
		}
		return m
	}
	check := func(what string, got map[string]string, want map[string]string) {
		t.Helper()
		for k, v := range want {
			if g, ok := got[k]; !ok || g != v {
				t.Errorf("%s %s: nameEn %q (present %v), want %q", what, k, g, ok, v)
			}
		}
	}
	check("initiatives", en(out.Initiatives), map[string]string{"一带一路": "Belt and Road Initiative", "全球发展倡议": "Global Development Initiative", "全球文明倡议": ""})
	check("agreementDomains", en(out.AgreementDomains), map[string]string{"海关": "customs' \"}) MATCH (n) DETACH DELETE n //", "计量": "metrology"})
	check("meeting initiatives", en(out.Meeting.Initiatives), map[string]string{"一带一路": "Belt and Road Initiative"})
	check("meeting domains", en(out.Meeting.AgreementDomains), map[string]string{"计量": "metrology"})
	if len(out.Meeting.Supports) != 1 || deref(out.Meeting.Supports[0].Initiative.NameEn) != "Global Development Initiative" {
		t.Errorf("supports = %+v", out.Meeting.Supports)
	}
	if len(out.Meeting.Proposals) != 1 || out.Meeting.Proposals[0].Initiative.NameEn != nil {
		t.Errorf("proposals (no English name: null) = %+v", out.Meeting.Proposals)
	}
	if deref(out.Meeting.RelationshipEn) != "comprehensive strategic partnership for a new era" {
		t.Errorf("relationshipEn of gm1 = %v", deref(out.Meeting.RelationshipEn))
	}
	if out.Other.Relationship == nil || out.Other.RelationshipEn != nil {
		t.Errorf("gm2 (unknown qualifier): relationship %v, relationshipEn %v, want a designation and null", out.Other.Relationship, out.Other.RelationshipEn)
	}
	if out.ByEn == nil || out.ByEn.Name != "一带一路" || out.ByEn.MeetingCount != 2 {
		t.Errorf("initiative(belt and road initiative) = %+v", out.ByEn)
	}
	if out.ByZh == nil || out.ByZh.Name != "全球文明倡议" || out.ByZh.NameEn != nil {
		t.Errorf("initiative(全球文明倡议) = %+v", out.ByZh)
	}
	if out.None != nil {
		t.Errorf("initiative(Initiative): part of an English name matched %+v", out.None)
	}
}

// Package build turns an extraction (package extract) into graph
// documents (package graph): the one place where the extraction's JSON
// shapes meet the domain model. It resolves nothing by itself; names and
// countries arrive canonical from the extractor.
package build

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/lexicon"
	"github.com/dipgraph/dipgraph/graph"
)

// countryNames is the embedded lexicon: the reference data for country
// names and the English names of initiatives and domains.
var countryNames = sync.OnceValues(lexicon.Load)

// Documents converts every article of r into a graph.Document, with the
// reference data of the embedded lexicon.
func Documents(r extract.Result) []graph.Document { return DocumentsWith(r, nil) }

// DocumentsWith is Documents with the leaders' other names (English,
// aliases) and the English names of initiatives and domains from lex,
// the lexicon the extraction used (overrides included); nil means the
// embedded lexicon.
func DocumentsWith(r extract.Result, lex *lexicon.Lexicon) []graph.Document {
	docs := make([]graph.Document, 0, len(r.Articles))
	for _, a := range r.Articles {
		docs = append(docs, DocumentWith(a, lex))
	}
	return docs
}

// Document converts one extracted article, with the reference data of
// the embedded lexicon.
func Document(a extract.Article) graph.Document { return DocumentWith(a, nil) }

// DocumentWith is Document with the leaders' other names and the
// English names of initiatives and domains from lex (nil: the embedded
// lexicon).
func DocumentWith(a extract.Article, lex *lexicon.Lexicon) graph.Document {
	art := graph.Article{
		ID:           a.ID,
		Source:       a.Source,
		City:         a.City,
		Date:         a.Date,
		PartialDate:  partial(a.DatePrecision, a.Month, a.Day),
		YearSource:   a.YearSource,
		URL:          a.URL,
		File:         a.File,
		Published:    a.Published,
		Site:         a.Site,
		Reporters:    append([]string(nil), a.Reporters...),
		Title:        str(a.Title),
		Text:         a.Text,
		Continuation: a.Continuation,
	}
	doc := graph.Document{Article: art}
	for _, m := range a.Meetings {
		gm := meeting(m, a.ID)
		doc.Meetings = append(doc.Meetings, gm)
		doc.Article.MeetingIDs = append(doc.Article.MeetingIDs, gm.ID)
	}
	doc.Countries = countries(doc.Meetings)
	doc.Leaders = tablesFor(lex).leaderNames(doc.Meetings)
	doc.InitiativeNames, doc.DomainNames = glosses(doc.Meetings, lex)
	return doc
}

// countries names every country code the meetings use, sorted by code.
// A code the lexicon does not know keeps empty names.
func countries(ms []graph.Meeting) []graph.Country {
	seen := map[string]bool{}
	for _, m := range ms {
		for _, p := range m.Participants {
			if p.Country != "" {
				seen[p.Country] = true
			}
		}
		for _, s := range m.Supports {
			if s.Country != "" {
				seen[s.Country] = true
			}
		}
	}
	if len(seen) == 0 {
		return nil
	}
	lex, err := countryNames()
	out := make([]graph.Country, 0, len(seen))
	for code := range seen {
		c := graph.Country{Code: code}
		if err == nil {
			if lc, ok := lex.Countries[code]; ok {
				c.Name, c.NameEn = lc.Name, lc.NameEn
			}
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

func meeting(m extract.Meeting, articleID string) graph.Meeting {
	gm := graph.Meeting{
		ID:               m.ID,
		Kind:             graph.MeetingKind(m.Kind),
		Date:             m.Date,
		PartialDate:      partial(m.DatePrecision, m.Month, m.Day),
		YearSource:       m.YearSource,
		TimeOfDay:        graph.TimeOfDay(str(m.TimeOfDay)),
		Place:            str(m.Place),
		City:             str(m.City),
		Occasions:        clone(m.Occasions),
		AgreementDomains: clone(m.AgreementDomains),
		AgreementCount:   str(m.AgreementCount),
		CooperationAreas: clone(m.CooperationAreas),
		Initiatives:      clone(m.Initiatives),
		Projects:         clone(m.Projects),
		Relationship:     str(m.Relationship),
		ArticleIDs:       []string{articleID},
	}
	if gm.Kind == "" {
		gm.Kind = graph.KindOther
	}
	for _, p := range m.Participants {
		gm.Participants = append(gm.Participants, graph.Participant{
			Role:         graph.Role(p.Role),
			Name:         p.Name,
			Title:        str(p.Title),
			Country:      str(p.Country),
			Organisation: str(p.Organisation),
		})
	}
	for _, e := range m.Evidence {
		gm.Evidence = append(gm.Evidence, graph.Evidence{
			Field: e.Field, Value: e.Value, Text: e.Text,
			Start: e.Start, End: e.End, ArticleID: articleID,
			Rule: e.Rule, Confidence: e.Confidence,
		})
	}
	for _, s := range m.Supports {
		gm.Supports = append(gm.Supports, graph.Support{
			Country: s.Country, Initiative: s.Initiative, MeetingID: m.ID,
			Evidence: find(gm.Evidence, "supports", s.Country, s.Initiative),
		})
	}
	for _, p := range m.Proposals {
		gm.Proposals = append(gm.Proposals, graph.Proposal{
			Leader: p.Leader, Initiative: p.Initiative, MeetingID: m.ID,
			Evidence: find(gm.Evidence, "proposals", p.Leader, p.Initiative),
		})
	}
	return gm
}

// find returns the evidence of field whose value names every key (the
// extractor writes values such as "UZ 全球治理倡议"), else the first
// evidence of the field, else nil.
func find(ev []graph.Evidence, field string, keys ...string) *graph.Evidence {
	var first *graph.Evidence
	for i := range ev {
		e := &ev[i]
		if e.Field != field {
			continue
		}
		if first == nil {
			first = e
		}
		all := true
		for _, k := range keys {
			all = all && strings.Contains(e.Value, k)
		}
		if all {
			c := *e
			return &c
		}
	}
	if first == nil {
		return nil
	}
	c := *first
	return &c
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func clone(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

// partial is the ISO 8601 partial form "--MM-DD" of a date without year.
func partial(precision string, month, day int) string {
	if precision != extract.PrecisionMonthDay || month < 1 || month > 12 || day < 1 || day > 31 {
		return ""
	}
	return fmt.Sprintf("--%02d-%02d", month, day)
}

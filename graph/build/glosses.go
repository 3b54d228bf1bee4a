package build

import (
	"sort"

	"github.com/dipgraph/dipgraph/extract/lexicon"
	"github.com/dipgraph/dipgraph/graph"
)

// glosses gives the English names (lexicon columns name_en of
// initiatives.tsv and domains.tsv) of the initiatives and agreement
// domains the meetings name, sorted by name; a name the lexicon does not
// gloss is left out. lex nil means the embedded lexicon.
func glosses(ms []graph.Meeting, lex *lexicon.Lexicon) (initiatives, domains []graph.Gloss) {
	if lex == nil {
		var err error
		if lex, err = countryNames(); err != nil {
			return nil, nil
		}
	}
	ini, dom := map[string]string{}, map[string]string{}
	addIni := func(name string) {
		if en := initiativeEn(lex, name); en != "" {
			ini[name] = en
		}
	}
	for _, m := range ms {
		for _, in := range m.Initiatives {
			addIni(in)
		}
		for _, s := range m.Supports {
			addIni(s.Initiative)
		}
		for _, p := range m.Proposals {
			addIni(p.Initiative)
		}
		for _, d := range m.AgreementDomains {
			if en := lex.DomainEn[d]; en != "" {
				dom[d] = en
			}
		}
	}
	return sortedGlosses(ini), sortedGlosses(dom)
}

// initiativeEn is the English name of an initiative, by canonical name or
// by any written form the lexicon knows.
func initiativeEn(lex *lexicon.Lexicon, name string) string {
	if en := lex.InitiativeEn[name]; en != "" {
		return en
	}
	if c, ok := lex.Initiatives[name]; ok {
		return lex.InitiativeEn[c]
	}
	return ""
}

func sortedGlosses(by map[string]string) []graph.Gloss {
	if len(by) == 0 {
		return nil
	}
	out := make([]graph.Gloss, 0, len(by))
	for n, en := range by {
		out = append(out, graph.Gloss{Name: n, NameEn: en})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

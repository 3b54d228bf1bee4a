// Package lexicon holds dipgraph's embedded extraction data: countries (CLDR
// names generated from golang.org/x/text plus official diplomatic forms and
// short forms), international organisations, titles, leaders, initiatives and
// projects. Every data file states its source in a header comment. An
// override folder of files in the same format is merged over them by
// LoadDir; docs/lexicon.md documents the format and the routine.
package lexicon

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed countries_cldr.tsv
var countriesCLDR string

//go:embed countries_extra.tsv
var countriesExtra string

//go:embed organisations.tsv
var organisationsTSV string

//go:embed titles.tsv
var titlesTSV string

//go:embed leaders.tsv
var leadersTSV string

//go:embed initiatives.tsv
var initiativesTSV string

//go:embed projects.tsv
var projectsTSV string

//go:embed aliases.tsv
var aliasesTSV string

//go:embed domains.tsv
var domainsTSV string

// Country is an ISO 3166-1 country with its display names.
type Country struct {
	Code   string // ISO 3166-1 alpha-2
	Name   string // Simplified Chinese (CLDR, or the official form where CLDR differs)
	NameEn string // English (CLDR)
}

// Leader is a person known to serve a state or an organisation.
type Leader struct {
	Country      string // ISO code, "" for officials of organisations
	Organisation string
	NameEn       string // name in English ("Shavkat Mirziyoyev"), "" when not given
}

// Lexicon is the parsed data; it is read-only after Load.
type Lexicon struct {
	Countries    map[string]Country  // by code
	CountryForms map[string]string   // written form -> code
	Abbr         map[rune][]string   // one-character short form -> candidate codes, most common first
	AbbrMulti    map[string][]string // short form of several characters ("埃塞") -> candidate codes
	Orgs         map[string]string   // written form -> canonical organisation
	Titles       map[string]bool     // titles as written
	Leaders      map[string]Leader   // by canonical name
	Aliases      map[string]string   // variant name -> canonical leader name
	Initiatives  map[string]string   // written form -> canonical initiative
	InitiativeEn map[string]string   // canonical initiative -> official English name
	Projects     map[string]bool     // project names
	Domains      map[string]bool     // agreement and cooperation domains seen before
	DomainEn     map[string]string   // domain -> English gloss
	nonStates    map[string]bool
}

// notStates are CLDR regions that are not treated as a foreign state in
// diplomatic reports (parts of China) and never match as a country.
var notStates = map[string]bool{"HK": true, "MO": true, "TW": true}

// Load parses the embedded data files.
func Load() (*Lexicon, error) {
	l := &Lexicon{
		Countries:    map[string]Country{},
		CountryForms: map[string]string{},
		Abbr:         map[rune][]string{},
		AbbrMulti:    map[string][]string{},
		Orgs:         map[string]string{},
		Titles:       map[string]bool{},
		Leaders:      map[string]Leader{},
		Aliases:      map[string]string{},
		Initiatives:  map[string]string{},
		InitiativeEn: map[string]string{},
		Projects:     map[string]bool{},
		Domains:      map[string]bool{},
		DomainEn:     map[string]string{},
		nonStates:    notStates,
	}
	err := eachRow(countriesCLDR, 3, func(f []string) error {
		l.Countries[f[0]] = Country{Code: f[0], Name: f[1], NameEn: f[2]}
		if !notStates[f[0]] {
			l.CountryForms[f[1]] = f[0]
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("countries_cldr.tsv: %w", err)
	}
	// Official names preferred for display where CLDR differs.
	for code, name := range map[string]string{"MN": "蒙古国", "MK": "北马其顿", "PS": "巴勒斯坦"} {
		c := l.Countries[code]
		c.Name = name
		l.Countries[code] = c
	}
	for _, f := range Files {
		if probs := l.merge(f.Name, embedded[f.Name]); len(probs) > 0 {
			return nil, probs[0]
		}
	}
	return l, nil
}

// eachRow calls fn for every non-comment, non-empty row with at least min
// tab-separated fields (empty trailing fields are kept).
func eachRow(data string, min int, fn func([]string) error) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < min {
			return fmt.Errorf("line %d: want %d fields, got %d", n, min, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

// Word is one dictionary entry for the segmenter.
type Word struct {
	Text string
	Tag  string // cty, org, ttl, ldr, ini, prj
}

// Words lists every lexicon form with its tag, sorted for reproducibility.
func (l *Lexicon) Words() []Word {
	var ws []Word
	for f := range l.CountryForms {
		ws = append(ws, Word{f, "cty"})
	}
	for f := range l.Orgs {
		ws = append(ws, Word{f, "org"})
	}
	for f := range l.Titles {
		ws = append(ws, Word{f, "ttl"})
	}
	for f := range l.Leaders {
		ws = append(ws, Word{f, "ldr"})
	}
	for f := range l.Aliases {
		ws = append(ws, Word{f, "ldr"})
	}
	for f := range l.Initiatives {
		ws = append(ws, Word{f, "ini"})
	}
	for f := range l.Projects {
		ws = append(ws, Word{f, "prj"})
	}
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].Text != ws[j].Text {
			return ws[i].Text < ws[j].Text
		}
		return ws[i].Tag < ws[j].Tag
	})
	return ws
}

// CountryName returns the Chinese name of a country code, or "".
func (l *Lexicon) CountryName(code string) string { return l.Countries[code].Name }

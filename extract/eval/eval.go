// Package eval scores an extraction against a gold annotation in the same
// JSON format, per fact kind (precision, recall, F1), and lists the false
// positives and misses each with the sentence that states them.
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/dipgraph/dipgraph/extract"
)

// Kinds lists the fact kinds scored, in report order.
var Kinds = []string{
	"articles", "reporters", "headlines", "meetings", "participants", "titles", "countries",
	"timeOfDay", "place", "city", "occasions", "attendees", "agreementDomains", "agreementCount",
	"cooperationAreas", "initiatives", "supports", "proposals", "projects", "relationship",
}

// Item is one fact: its key and the sentence stating it ("" when unknown).
type Item struct {
	Key      string `json:"key"`
	Sentence string `json:"sentence,omitempty"`
}

// KindScore is the score of one fact kind.
type KindScore struct {
	Kind           string  `json:"kind"`
	Gold           int     `json:"gold"`
	Got            int     `json:"got"`
	TP             int     `json:"tp"`
	Precision      float64 `json:"precision"`
	Recall         float64 `json:"recall"`
	F1             float64 `json:"f1"`
	FalsePositives []Item  `json:"falsePositives,omitempty"`
	Misses         []Item  `json:"misses,omitempty"`
}

// Report holds the score of every kind.
type Report struct {
	Kinds []KindScore `json:"kinds"`
}

// Kind returns the score of one kind.
func (r Report) Kind(name string) (KindScore, bool) {
	for _, k := range r.Kinds {
		if k.Kind == name {
			return k, true
		}
	}
	return KindScore{}, false
}

// Add merges the counts (and lists) of o into r, kind by kind.
func (r *Report) Add(o Report) {
	for _, ok := range o.Kinds {
		found := false
		for i := range r.Kinds {
			if r.Kinds[i].Kind == ok.Kind {
				k := &r.Kinds[i]
				k.Gold += ok.Gold
				k.Got += ok.Got
				k.TP += ok.TP
				k.FalsePositives = append(k.FalsePositives, ok.FalsePositives...)
				k.Misses = append(k.Misses, ok.Misses...)
				k.Precision, k.Recall, k.F1 = prf(k.TP, k.Got, k.Gold)
				found = true
			}
		}
		if !found {
			r.Kinds = append(r.Kinds, ok)
		}
	}
}

// Load reads a gold (or extraction) JSON file.
func Load(path string) (extract.Result, error) {
	var r extract.Result
	b, err := os.ReadFile(path)
	if err != nil {
		return r, fmt.Errorf("read gold: %w", err)
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("parse gold %s: %w", path, err)
	}
	return r, nil
}

// facts maps kind -> key -> sentence.
type facts map[string]map[string]string

func (f facts) add(kind, key, sentence string) {
	if f[kind] == nil {
		f[kind] = map[string]string{}
	}
	if _, ok := f[kind][key]; !ok || f[kind][key] == "" {
		f[kind][key] = sentence
	}
}

// articleKey identifies an article across runs: its dateline and reporters,
// or, for a fragment without dateline, the first characters of its text.
func articleKey(a extract.Article) string {
	if a.Source != "" || a.Date != "" || a.City != "" || len(a.Reporters) > 0 {
		return a.Source + "|" + a.City + "|" + a.Date + "|" + strings.Join(a.Reporters, ",")
	}
	t := a.Text
	if i := strings.Index(t, "）"); i >= 0 && strings.HasPrefix(t, "（上接") {
		t = t[i+len("）"):]
	}
	var b []rune
	for _, r := range t {
		if unicode.Is(unicode.Han, r) {
			b = append(b, r)
			if len(b) == 12 {
				break
			}
		}
	}
	return "text:" + string(b)
}

func meetingKey(m extract.Meeting) string {
	host := ""
	var guests []string
	for _, p := range m.Participants {
		switch p.Role {
		case extract.RoleHost:
			host = p.Name
		case extract.RoleGuest:
			guests = append(guests, p.Name)
		}
	}
	sort.Strings(guests)
	return m.Date + "|" + host + "|" + strings.Join(guests, ",")
}

func sentenceOf(m extract.Meeting, field, value string) string {
	for _, ev := range m.Evidence {
		if ev.Field == field && (value == "" || ev.Value == value) {
			return ev.Text
		}
	}
	for _, ev := range m.Evidence {
		if ev.Field == "kind" {
			return ev.Text
		}
	}
	return ""
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// relationship compares designations without the trailing 关系.
func relationship(s string) string { return strings.TrimSuffix(s, "关系") }

func collect(r extract.Result) facts {
	f := facts{}
	for _, a := range r.Articles {
		ak := articleKey(a)
		f.add("articles", ak, "")
		for _, rep := range a.Reporters {
			f.add("reporters", ak+"|"+rep, "")
		}
		if a.Title != nil {
			f.add("headlines", ak+"|"+*a.Title, "")
		}
		for _, m := range a.Meetings {
			mk := meetingKey(m)
			f.add("meetings", string(m.Kind)+"|"+mk, sentenceOf(m, "kind", ""))
			for _, p := range m.Participants {
				s := sentenceOf(m, "participants", p.Name)
				f.add("participants", mk+"|"+p.Name+"|"+string(p.Role), s)
				if p.Title != nil {
					f.add("titles", mk+"|"+p.Name+"|"+*p.Title, s)
				}
				c := str(p.Country)
				if c == "" {
					c = "org:" + str(p.Organisation)
				}
				f.add("countries", mk+"|"+p.Name+"|"+c, s)
				if p.Role == extract.RoleAttendee {
					f.add("attendees", mk+"|"+p.Name, s)
				}
			}
			if m.TimeOfDay != nil {
				f.add("timeOfDay", mk+"|"+*m.TimeOfDay, sentenceOf(m, "timeOfDay", ""))
			}
			if m.Place != nil {
				f.add("place", mk+"|"+*m.Place, sentenceOf(m, "place", ""))
			}
			if m.City != nil {
				f.add("city", mk+"|"+*m.City, sentenceOf(m, "city", ""))
			}
			for _, o := range m.Occasions {
				f.add("occasions", mk+"|"+o, sentenceOf(m, "occasions", o))
			}
			for _, d := range m.AgreementDomains {
				f.add("agreementDomains", mk+"|"+d, sentenceOf(m, "agreementDomains", d))
			}
			if m.AgreementCount != nil {
				f.add("agreementCount", mk+"|"+*m.AgreementCount, sentenceOf(m, "agreementCount", ""))
			}
			for _, d := range m.CooperationAreas {
				f.add("cooperationAreas", mk+"|"+d, sentenceOf(m, "cooperationAreas", d))
			}
			for _, d := range m.Initiatives {
				f.add("initiatives", mk+"|"+d, sentenceOf(m, "initiatives", d))
			}
			for _, s := range m.Supports {
				f.add("supports", mk+"|"+s.Country+"|"+s.Initiative, sentenceOf(m, "supports", s.Country+":"+s.Initiative))
			}
			for _, p := range m.Proposals {
				f.add("proposals", mk+"|"+p.Leader+"|"+p.Initiative, sentenceOf(m, "proposals", p.Leader+":"+p.Initiative))
			}
			for _, d := range m.Projects {
				f.add("projects", mk+"|"+d, sentenceOf(m, "projects", d))
			}
			if m.Relationship != nil {
				f.add("relationship", mk+"|"+relationship(*m.Relationship), sentenceOf(m, "relationship", ""))
			}
		}
	}
	return f
}

func prf(tp, got, gold int) (p, r, f1 float64) {
	p, r = 1, 1
	if got > 0 {
		p = float64(tp) / float64(got)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// Score compares an extraction with the gold annotation.
func Score(gold, got extract.Result) Report {
	gf, tf := collect(gold), collect(got)
	var rep Report
	for _, kind := range Kinds {
		g, t := gf[kind], tf[kind]
		ks := KindScore{Kind: kind, Gold: len(g), Got: len(t)}
		for _, k := range sortedKeys(t) {
			if _, ok := g[k]; ok {
				ks.TP++
			} else {
				ks.FalsePositives = append(ks.FalsePositives, Item{Key: k, Sentence: t[k]})
			}
		}
		for _, k := range sortedKeys(g) {
			if _, ok := t[k]; !ok {
				ks.Misses = append(ks.Misses, Item{Key: k, Sentence: g[k]})
			}
		}
		ks.Precision, ks.Recall, ks.F1 = prf(ks.TP, ks.Got, ks.Gold)
		rep.Kinds = append(rep.Kinds, ks)
	}
	return rep
}

func sortedKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Print writes the table of scores and then every false positive and miss
// with its sentence.
func (r Report) Print(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-18s %5s %5s %5s %6s %6s %6s\n", "kind", "gold", "got", "tp", "P", "R", "F1")
	for _, k := range r.Kinds {
		fmt.Fprintf(&b, "%-18s %5d %5d %5d %6.3f %6.3f %6.3f\n", k.Kind, k.Gold, k.Got, k.TP, k.Precision, k.Recall, k.F1)
	}
	for _, k := range r.Kinds {
		for _, it := range k.FalsePositives {
			fmt.Fprintf(&b, "FP   %-16s %s\n     %s\n", k.Kind, it.Key, oneLine(it.Sentence))
		}
		for _, it := range k.Misses {
			fmt.Fprintf(&b, "MISS %-16s %s\n     %s\n", k.Kind, it.Key, oneLine(it.Sentence))
		}
	}
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("print report: %w", err)
	}
	return nil
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if s == "" {
		return "(no sentence)"
	}
	return s
}

// Merge joins the articles of several extraction runs (one per input file)
// into one result to score against a gold file covering them all.
func Merge(rs ...extract.Result) extract.Result {
	out := extract.Result{Articles: []extract.Article{}}
	for _, r := range rs {
		out.Articles = append(out.Articles, r.Articles...)
	}
	return out
}

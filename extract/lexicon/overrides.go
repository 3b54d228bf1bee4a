package lexicon

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// File describes one lexicon data file: its name (the same embedded and in
// an override folder), the kind used by "dipgraph lexicon add", and its
// columns. Files are merged in this order, so that aliases can name
// leaders added in the same folder.
type File struct {
	Name    string
	Kind    string
	Columns []string // required first, then optional
	Min     int      // required columns
}

// Files lists the data files that an override folder may hold.
var Files = []File{
	{"countries_extra.tsv", "country", []string{"code", "form", "kind"}, 3},
	{"organisations.tsv", "organisation", []string{"canonical", "form"}, 2},
	{"titles.tsv", "title", []string{"title"}, 1},
	{"leaders.tsv", "leader", []string{"name", "country", "organisation", "name_en"}, 2},
	{"aliases.tsv", "alias", []string{"variant", "canonical"}, 2},
	{"initiatives.tsv", "initiative", []string{"canonical", "form", "name_en"}, 2},
	{"projects.tsv", "project", []string{"name"}, 1},
	{"domains.tsv", "domain", []string{"domain", "name_en"}, 1},
}

var embedded = map[string]string{
	"countries_extra.tsv": countriesExtra,
	"organisations.tsv":   organisationsTSV,
	"titles.tsv":          titlesTSV,
	"leaders.tsv":         leadersTSV,
	"aliases.tsv":         aliasesTSV,
	"initiatives.tsv":     initiativesTSV,
	"projects.tsv":        projectsTSV,
	"domains.tsv":         domainsTSV,
}

// FileOfKind returns the data file of a kind ("leader" → leaders.tsv).
func FileOfKind(kind string) (File, bool) {
	for _, f := range Files {
		if f.Kind == kind {
			return f, true
		}
	}
	return File{}, false
}

// Problem is a bad line of a data file.
type Problem struct {
	File string // path as given (or the embedded file's name)
	Line int    // 1-based; 0 for the file as a whole
	Msg  string
}

func (p Problem) Error() string {
	if p.Line == 0 {
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// LoadDir loads the embedded data and merges over it the files of dir (an
// override folder such as <data>/lexicon; "" or a missing folder means
// none). A row of an override file adds an entry or replaces the entry of
// the same key (a leader's name, a form). Bad lines fail the load with
// file:line (Validate lists them all).
func LoadDir(dir string) (*Lexicon, error) {
	l, err := Load()
	if err != nil {
		return nil, err
	}
	if dir == "" {
		return l, nil
	}
	probs, err := l.mergeDir(dir)
	if err != nil {
		return nil, err
	}
	if len(probs) > 0 {
		msgs := make([]string, 0, len(probs))
		for _, p := range probs {
			msgs = append(msgs, p.Error())
		}
		return nil, fmt.Errorf("lexicon overrides: %s", strings.Join(msgs, "; "))
	}
	return l, nil
}

// Validate checks the override folder dir against the embedded data and
// lists every bad line (and every file that is not a lexicon file). An
// empty list means LoadDir(dir) succeeds.
func Validate(dir string) ([]Problem, error) {
	l, err := Load()
	if err != nil {
		return nil, err
	}
	return l.mergeDir(dir)
}

func (l *Lexicon) mergeDir(dir string) ([]Problem, error) {
	var probs []Problem
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("lexicon overrides: %w", err)
	}
	known := map[string]bool{}
	for _, f := range Files {
		known[f.Name] = true
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tsv") && !known[e.Name()] {
			probs = append(probs, Problem{File: filepath.Join(dir, e.Name()), Msg: "not a lexicon file (want one of " + strings.Join(fileNames(), ", ") + ")"})
		}
	}
	for _, f := range Files {
		path := filepath.Join(dir, f.Name)
		b, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("lexicon overrides: %w", err)
		}
		for _, p := range l.merge(f.Name, string(b)) {
			p.File = path
			probs = append(probs, p)
		}
	}
	return probs, nil
}

func fileNames() []string {
	var out []string
	for _, f := range Files {
		out = append(out, f.Name)
	}
	return out
}

// merge applies the rows of one data file; it goes on after a bad line
// and returns every problem (the good lines are applied).
func (l *Lexicon) merge(name, data string) []Problem {
	var spec File
	for _, f := range Files {
		if f.Name == name {
			spec = f
		}
	}
	var probs []Problem
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := l.applyRow(spec, f); err != nil {
			probs = append(probs, Problem{File: name, Line: n + 1, Msg: err.Error()})
		}
	}
	return probs
}

// CheckRow validates one row of a kind's file against l without applying it.
func (l *Lexicon) CheckRow(kind string, fields []string) error {
	spec, ok := FileOfKind(kind)
	if !ok {
		return fmt.Errorf("unknown kind %q (want %s)", kind, strings.Join(Kinds(), ", "))
	}
	return l.check(spec, fields)
}

// Kinds lists the kinds of entry, in file order.
func Kinds() []string {
	var out []string
	for _, f := range Files {
		out = append(out, f.Kind)
	}
	return out
}

func (l *Lexicon) check(spec File, f []string) error {
	if len(f) < spec.Min {
		return fmt.Errorf("want %d tab-separated fields (%s), got %d", spec.Min, strings.Join(spec.Columns, ", "), len(f))
	}
	if len(f) > len(spec.Columns) {
		return fmt.Errorf("want at most %d fields (%s), got %d", len(spec.Columns), strings.Join(spec.Columns, ", "), len(f))
	}
	for i := 0; i < spec.Min; i++ {
		if f[i] == "" && !(spec.Kind == "leader" && i == 1) {
			return fmt.Errorf("%s is empty", spec.Columns[i])
		}
	}
	switch spec.Kind {
	case "country":
		if _, ok := l.Countries[f[0]]; !ok {
			return fmt.Errorf("unknown country code %q", f[0])
		}
		switch f[2] {
		case "name":
		case "abbr":
			if f[1] == "" {
				return fmt.Errorf("empty abbreviation")
			}
		default:
			return fmt.Errorf("unknown kind %q (want name or abbr)", f[2])
		}
	case "leader":
		if err := nameOK(f[0]); err != nil {
			return err
		}
		org := ""
		if len(f) > 2 {
			org = f[2]
		}
		if f[1] == "" && org == "" {
			return fmt.Errorf("leader %s: give a country code or an organisation", f[0])
		}
		if f[1] != "" {
			if _, ok := l.Countries[f[1]]; !ok {
				return fmt.Errorf("leader %s: unknown country %q", f[0], f[1])
			}
		}
		if len(f) > 3 {
			if err := englishNameOK(f[3]); err != nil {
				return fmt.Errorf("leader %s: %w", f[0], err)
			}
		}
	case "alias":
		if err := nameOK(f[0]); err != nil {
			return err
		}
		if f[0] == f[1] {
			return fmt.Errorf("alias %s names itself", f[0])
		}
		if _, ok := l.Leaders[f[1]]; !ok {
			return fmt.Errorf("alias %s: %s is not a leader (add it to leaders.tsv first)", f[0], f[1])
		}
		if _, ok := l.Leaders[f[0]]; ok {
			return fmt.Errorf("alias %s is itself a leader", f[0])
		}
	case "title", "project", "domain":
		if strings.ContainsAny(f[0], " \"“”") {
			return fmt.Errorf("%s %q has spaces or quotes", spec.Kind, f[0])
		}
	}
	if i := glossColumn(spec.Kind); i > 0 && len(f) > i {
		if err := glossOK(f[i]); err != nil {
			return fmt.Errorf("%s %s: %w", spec.Kind, f[0], err)
		}
	}
	return nil
}

// glossColumn is the index of the English gloss column (name_en) of an
// initiative or a domain row, 0 for kinds without one.
func glossColumn(kind string) int {
	switch kind {
	case "initiative":
		return 2
	case "domain":
		return 1
	}
	return 0
}

// glossOK accepts the English name of an initiative or a domain: empty,
// or Latin letters with digits, spaces and the punctuation of a phrase
// ("Belt and Road Initiative", "e-commerce", "people-to-people and
// cultural exchanges"); no Han characters, tabs or quotes.
func glossOK(s string) error {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			letters++
		case unicode.IsDigit(r) && r < 0x80, strings.ContainsRune(" -.,'’()/&", r):
		default:
			return fmt.Errorf("English name %q has a character %q that is not a Latin letter, digit or punctuation", s, r)
		}
	}
	if s != "" && letters == 0 {
		return fmt.Errorf("English name %q has no letter", s)
	}
	return nil
}

// nameOK accepts a person's name: two to sixteen Han characters, with the
// dots and hyphens of transliterated names (迪亚斯－卡内尔).
func nameOK(s string) error {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("·•-－—", r) {
			return fmt.Errorf("name %q has a character %q that is not Han or ·", s, r)
		}
		n++
	}
	if n < 2 || n > 16 {
		return fmt.Errorf("name %q: want 2 to 16 characters", s)
	}
	return nil
}

// englishNameOK accepts a leader's English name: empty, or Latin letters
// (with diacritics), spaces and the punctuation of names ("Kassym-Jomart
// Tokayev", "Ferdinand Marcos Jr.", "Recep Tayyip Erdoğan").
func englishNameOK(s string) error {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			letters++
		case strings.ContainsRune(" -.'’", r):
		default:
			return fmt.Errorf("English name %q has a character %q that is not a Latin letter", s, r)
		}
	}
	if s != "" && letters == 0 {
		return fmt.Errorf("English name %q has no letter", s)
	}
	return nil
}

func (l *Lexicon) applyRow(spec File, f []string) error {
	if err := l.check(spec, f); err != nil {
		return err
	}
	switch spec.Kind {
	case "country":
		if f[2] == "name" {
			l.CountryForms[f[1]] = f[0]
		} else if r := []rune(f[1]); len(r) == 1 {
			if !slices.Contains(l.Abbr[r[0]], f[0]) {
				l.Abbr[r[0]] = append(l.Abbr[r[0]], f[0])
			}
		} else if !slices.Contains(l.AbbrMulti[f[1]], f[0]) {
			// A short form of several characters ("埃塞").
			l.AbbrMulti[f[1]] = append(l.AbbrMulti[f[1]], f[0])
		}
	case "organisation":
		l.Orgs[f[1]] = f[0]
	case "title":
		l.Titles[f[0]] = true
	case "leader":
		ld := Leader{Country: f[1]}
		if len(f) > 2 {
			ld.Organisation = f[2]
		}
		if len(f) > 3 {
			ld.NameEn = f[3]
		}
		l.Leaders[f[0]] = ld
		delete(l.Aliases, f[0])
	case "alias":
		l.Aliases[f[0]] = f[1]
	case "initiative":
		l.Initiatives[f[1]] = f[0]
		if len(f) > 2 && f[2] != "" {
			l.InitiativeEn[f[0]] = f[2]
		}
	case "project":
		l.Projects[f[0]] = true
	case "domain":
		l.Domains[f[0]] = true
		if len(f) > 1 && f[1] != "" {
			l.DomainEn[f[0]] = f[1]
		}
	}
	return nil
}

// Canonical returns the canonical leader name of a name or variant.
func (l *Lexicon) Canonical(name string) string {
	if c, ok := l.Aliases[name]; ok {
		return c
	}
	return name
}

// Append validates a row of kind against the lexicon with the overrides of
// dir and appends it to the kind's file in dir (created with a header when
// missing). It returns the file's path.
func Append(dir, kind string, fields []string) (string, error) {
	spec, ok := FileOfKind(kind)
	if !ok {
		return "", fmt.Errorf("unknown kind %q (want %s)", kind, strings.Join(Kinds(), ", "))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
		if strings.ContainsAny(fields[i], "\t\n") {
			return "", fmt.Errorf("field %q holds a tab or line break", fields[i])
		}
	}
	l, err := LoadDir(dir)
	if err != nil {
		return "", fmt.Errorf("%w (run dipgraph lexicon validate)", err)
	}
	if err := l.check(spec, fields); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create %s: %w", dir, err)
	}
	path := filepath.Join(dir, spec.Name)
	var buf strings.Builder
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		fmt.Fprintf(&buf, "# Local additions to the embedded %s (see docs/lexicon.md).\n# %s\n", spec.Name, strings.Join(spec.Columns, "\t"))
	case err != nil:
		return "", err
	default:
		if st.Size() > 0 {
			b, err := os.ReadFile(path)
			if err != nil {
				return "", err
			}
			if b[len(b)-1] != '\n' {
				buf.WriteByte('\n')
			}
		}
	}
	buf.WriteString(strings.Join(fields, "\t"))
	buf.WriteByte('\n')
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return "", err
	}
	if _, err := fh.WriteString(buf.String()); err != nil {
		fh.Close()
		return "", err
	}
	return path, fh.Close()
}

package eval

import (
	"strings"

	"github.com/dipgraph/dipgraph/extract"
)

// Lenient scoring forgives what the project's hidden judging set forgives
// (the extraction issue states it): a title that differs only by the body
// before it ("总理" for "国务院总理"), and a foreign person's full name for the
// name the gold writes (a surname: "安倍晋三" for "安倍", "戴维·卡梅伦" for
// "卡梅伦"), either way round. Strict scoring stays the default; lenient
// figures estimate the hidden set's.

// Lenient returns got with the names and titles that the gold writes in
// another accepted form rewritten to the gold's form, so that Score counts
// them. gold and got are not changed.
func Lenient(gold, got extract.Result) extract.Result {
	names := map[string]bool{}
	titles := map[string][]string{} // gold name → its titles
	for _, a := range gold.Articles {
		for _, m := range a.Meetings {
			for _, p := range m.Participants {
				names[p.Name] = true
				if p.Title != nil {
					titles[p.Name] = append(titles[p.Name], *p.Title)
				}
			}
		}
	}
	out := got
	out.Articles = make([]extract.Article, len(got.Articles))
	for i, a := range got.Articles {
		a.Meetings = append([]extract.Meeting(nil), a.Meetings...)
		for j, m := range a.Meetings {
			ps := append([]extract.Participant(nil), m.Participants...)
			for k, p := range ps {
				if !names[p.Name] {
					for n := range names {
						if sameForeignName(n, p.Name) {
							ps[k].Name = n
							break
						}
					}
				}
				if p.Title != nil {
					for _, t := range titles[ps[k].Name] {
						if t != *p.Title && sameOffice(t, *p.Title) {
							t := t
							ps[k].Title = &t
							break
						}
					}
				}
			}
			a.Meetings[j].Participants = ps
		}
		out.Articles[i] = a
	}
	return out
}

// sameForeignName reports two forms of one foreign name: one is the other's
// first or last part ("卡梅伦"/"戴维·卡梅伦"), or a surname of two runes
// before a given name ("安倍"/"安倍晋三").
func sameForeignName(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len([]rune(a)) < 2 || a == b {
		return a == b
	}
	if strings.Contains(b, "·") {
		parts := strings.Split(b, "·")
		return a == parts[0] || a == parts[len(parts)-1]
	}
	// A Japanese surname of two characters before a given name of two or
	// three ("安倍晋三", "小泉进次郎").
	nb := len([]rune(b))
	return len([]rune(a)) == 2 && nb >= 4 && nb <= 5 && strings.HasPrefix(b, a)
}

// sameOffice reports two forms of one office, one the other with the body
// before it ("总理", "国务院总理").
func sameOffice(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a != "" && strings.HasSuffix(b, a)
}

package extract

// Helpers of the phrasing tests: a meeting written briefly, and a runner of tables.
// The sentences are made up after real phrasings (synthetic) unless a
// case says where it was found.

import (
	"reflect"
	"strings"
	"testing"
)

type phrasingCase struct {
	name, in string
	want     []string
}

// brief renders a meeting as "host>guest/title/country,…@place|city".
func brief(m Meeting) string {
	var ps []string
	for _, p := range m.Participants {
		s := p.Name
		if p.Role == RoleGuest {
			s = ">" + s
		} else if p.Role == RoleAttendee {
			s = "+" + s
		}
		if p.Title != nil {
			s += "/" + *p.Title
		}
		if p.Country != nil {
			s += "/" + *p.Country
		}
		ps = append(ps, s)
	}
	out := strings.Join(ps, ",")
	if m.Place != nil {
		out += "@" + *m.Place
	}
	if m.City != nil {
		out += "|" + *m.City
	}
	return out
}

func briefs(r Result) []string {
	var out []string
	for _, a := range r.Articles {
		for _, m := range a.Meetings {
			out = append(out, brief(m))
		}
	}
	return out
}

// kbriefs is briefs with each meeting's kind before it.
func kbriefs(r Result) []string {
	var out []string
	for _, a := range r.Articles {
		for _, m := range a.Meetings {
			out = append(out, string(m.Kind)+":"+brief(m))
		}
	}
	return out
}

func runPhrasings(t *testing.T, date string, cases []phrasingCase) {
	t.Helper()
	e := newT(t)
	for _, c := range cases {
		r := e.Extract(c.in, Options{Date: date})
		if got := kbriefs(r); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got  %q\n want %q", c.name, got, c.want)
		}
	}
}

// obrief is kbriefs' form with each participant's organisation after a "#".
func obriefs(r Result) []string {
	var out []string
	for _, a := range r.Articles {
		for _, m := range a.Meetings {
			s := string(m.Kind) + ":" + brief(m)
			for _, p := range m.Participants {
				if p.Organisation != nil {
					s += "#" + *p.Organisation
				}
			}
			out = append(out, s)
		}
	}
	return out
}

// datedCase is a phrasing with its publication date and the meetings the
// rules must read in it, written by a render function (briefs, kbriefs,
// obriefs).
type datedCase struct {
	name, date, in string
	want           []string
}

// checkDated runs dated cases, each as a subtest named after its case.
func checkDated(t *testing.T, render func(Result) []string, cases []datedCase) {
	t.Helper()
	e := newT(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := render(e.Extract(c.in, Options{Date: c.date}))
			if !reflect.DeepEqual(got, c.want) && (len(got) > 0 || len(c.want) > 0) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// plainCase is a phrasing whose date is the table's.
type plainCase struct {
	name, in string
	want     []string
}

// checkPlain runs cases that share one publication date.
func checkPlain(t *testing.T, date string, render func(Result) []string, cases []plainCase) {
	t.Helper()
	dated := make([]datedCase, len(cases))
	for i, c := range cases {
		dated[i] = datedCase{c.name, date, c.in, c.want}
	}
	checkDated(t, render, dated)
}

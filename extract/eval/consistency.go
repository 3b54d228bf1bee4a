package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dipgraph/dipgraph/extract"
)

// A headline that names an event ("习近平同法国总统马克龙通电话") and the
// body under it tell the same event. Consistency extracts the headline on
// its own and looks for its meeting among the body's: where none matches,
// the rules missed or misread the body (or the headline), which finds
// misses on reports that have no gold.

// Case is one article whose headline's meeting the body does not have.
type Case struct {
	File     string   `json:"file,omitempty"`
	Headline string   `json:"headline"`
	Want     string   `json:"want"`   // the headline's meeting, as kind:host>guests
	Body     []string `json:"body"`   // the body's meetings, the same way
	Reason   string   `json:"reason"` // what differs
}

// ConsistencyReport counts the articles checked and lists disagreements.
type ConsistencyReport struct {
	Articles  int    `json:"articles"`
	Headlines int    `json:"headlines"` // articles with a headline
	Checked   int    `json:"checked"`   // headlines that name an event the rules read
	Agree     int    `json:"agree"`
	Cases     []Case `json:"cases"`
}

// Rate is the share of checked headlines whose body disagrees.
func (r ConsistencyReport) Rate() float64 {
	if r.Checked == 0 {
		return 0
	}
	return float64(r.Checked-r.Agree) / float64(r.Checked)
}

// Add pools o into r.
func (r *ConsistencyReport) Add(o ConsistencyReport) {
	r.Articles += o.Articles
	r.Headlines += o.Headlines
	r.Checked += o.Checked
	r.Agree += o.Agree
	r.Cases = append(r.Cases, o.Cases...)
}

// Consistency checks every article of res whose headline names an event:
// the headline, extracted alone with the article's date, must give a
// meeting that one of the body's meetings matches (see matchMeeting).
func Consistency(ex *extract.Extractor, res extract.Result) ConsistencyReport {
	var r ConsistencyReport
	for _, a := range res.Articles {
		r.Articles++
		if a.Title == nil || *a.Title == "" {
			continue
		}
		r.Headlines++
		head, err := ex.ExtractBytes([]byte(*a.Title+"。"), extract.Options{Date: a.Date})
		if err != nil {
			continue
		}
		var hms []extract.Meeting
		for _, ha := range head.Articles {
			hms = append(hms, ha.Meetings...)
		}
		if len(hms) == 0 {
			continue
		}
		r.Checked++
		c := Case{File: a.File, Headline: *a.Title, Want: brief(hms[0])}
		for _, m := range a.Meetings {
			c.Body = append(c.Body, brief(m))
		}
		reason := "the body has no meeting"
		agree := false
		for _, hm := range hms {
			for _, bm := range a.Meetings {
				why := matchMeeting(hm, bm)
				if why == "" {
					agree = true
					break
				}
				reason = why
			}
			if agree {
				break
			}
		}
		if agree {
			r.Agree++
			continue
		}
		c.Reason = reason
		r.Cases = append(r.Cases, c)
	}
	return r
}

// matchMeeting returns "" when body tells the headline's meeting: the
// same kind (a meeting and talks count alike: headlines write 会见 for
// talks and back), a host named alike, and every guest of the headline
// among the body's participants. Headlines shorten names ("江主席",
// "马克龙总统"), so a name matches another that begins or ends with it.
// Otherwise it says what differs.
func matchMeeting(head, body extract.Meeting) string {
	if kindClass(head.Kind) != kindClass(body.Kind) {
		return fmt.Sprintf("kind %s in the headline, %s in the body", head.Kind, body.Kind)
	}
	var names []string
	for _, p := range body.Participants {
		names = append(names, p.Name)
	}
	for _, p := range head.Participants {
		if p.Role == extract.RoleAttendee {
			continue
		}
		if !nameIn(p.Name, names) {
			return fmt.Sprintf("%s (%s in the headline) not in the body's meeting", p.Name, p.Role)
		}
	}
	return ""
}

// kindClass puts meetings and talks in one class.
func kindClass(k extract.Kind) extract.Kind {
	if k == extract.KindTalks {
		return extract.KindMeeting
	}
	return k
}

// nameIn reports whether name, or a name it shortens, is in names.
func nameIn(name string, names []string) bool {
	for _, n := range names {
		if n == name || strings.HasPrefix(n, name) || strings.HasSuffix(n, name) ||
			strings.HasPrefix(name, n) || strings.HasSuffix(name, n) {
			return true
		}
	}
	return false
}

// brief writes a meeting as KIND:host>guest,guest.
func brief(m extract.Meeting) string {
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
	return string(m.Kind) + ":" + host + ">" + strings.Join(guests, ",")
}

// Print writes the rate and every case.
func (r ConsistencyReport) Print(w io.Writer) error {
	fmt.Fprintf(w, "articles %d, with a headline %d, headline names an event %d, body agrees %d, disagreement rate %.3f\n",
		r.Articles, r.Headlines, r.Checked, r.Agree, r.Rate())
	for _, c := range r.Cases {
		fmt.Fprintf(w, "DIFF %s\n     headline: %s\n     want %s; body %s\n     %s\n",
			c.File, c.Headline, c.Want, strings.Join(c.Body, " | "), c.Reason)
	}
	_, err := fmt.Fprint(w)
	return err
}

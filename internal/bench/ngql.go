package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/internal/loadtest"
)

// NGQLStore is the store column of the rows measured on the Neo4j
// GraphQL Library (tools/neo4j-graphql) over the same Neo4j.
const NGQLStore = "Neo4j via @neo4j/graphql"

// shortQueries are the analyst queries by their short names, in the order
// the harness measures them.
var shortQueries = []string{"filtered", "country", "counterparts"}

// ngqlTool is tools/neo4j-graphql made ready to run: its folder and, per
// short query name, a file holding that query in the library's API.
type ngqlTool struct {
	Dir     string
	Queries map[string]string // short name → file
	Version string            // of @neo4j/graphql
}

// prepareNGQL checks that node and npm are on PATH, installs the tool's
// packages from its package-lock.json (`npm ci`) unless install is false
// or they are there already, and writes the tool's queries (`node
// queries.mjs`) into work.
func prepareNGQL(ctx context.Context, repo, work string, install bool) (*ngqlTool, error) {
	dir := filepath.Join(repo, "tools", "neo4j-graphql")
	if _, err := os.Stat(filepath.Join(dir, "package-lock.json")); err != nil {
		return nil, fmt.Errorf("no tools/neo4j-graphql: %w", err)
	}
	for _, c := range []string{"node", "npm"} {
		if _, err := exec.LookPath(c); err != nil {
			return nil, fmt.Errorf("%s is not installed", c)
		}
	}
	if !ngqlInstalled(dir) {
		if !install {
			return nil, errors.New("tools/neo4j-graphql has no node_modules (run npm ci there)")
		}
		if _, err := runChild(ctx, dir, nil, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"); err != nil {
			return nil, fmt.Errorf("npm ci in tools/neo4j-graphql: %w", err)
		}
	}
	c, err := runChild(ctx, dir, nil, "node", "queries.mjs")
	if err != nil {
		return nil, err
	}
	var qs map[string]string
	if err := json.Unmarshal(c.Stdout, &qs); err != nil {
		return nil, fmt.Errorf("node queries.mjs: undecodable output: %w", err)
	}
	t := &ngqlTool{Dir: dir, Queries: map[string]string{}}
	for _, short := range shortQueries {
		if strings.TrimSpace(qs[short]) == "" {
			return nil, fmt.Errorf("node queries.mjs has no query %q", short)
		}
		f := filepath.Join(work, "neo4j-graphql-"+short+".graphql")
		if err := os.WriteFile(f, []byte(qs[short]), 0o644); err != nil {
			return nil, err
		}
		t.Queries[short] = f
	}
	var pkg struct{ Version string }
	if b, err := os.ReadFile(filepath.Join(dir, "node_modules", "@neo4j", "graphql", "package.json")); err == nil && json.Unmarshal(b, &pkg) == nil {
		t.Version = pkg.Version
	}
	return t, nil
}

// ngqlInstalled says whether the tool's node_modules match its lock file
// (npm writes node_modules/.package-lock.json at install).
func ngqlInstalled(dir string) bool {
	lock, err := os.Stat(filepath.Join(dir, "package-lock.json"))
	if err != nil {
		return false
	}
	in, err := os.Stat(filepath.Join(dir, "node_modules", ".package-lock.json"))
	if err != nil {
		return false
	}
	_, err = os.Stat(filepath.Join(dir, "node_modules", "@neo4j", "graphql", "package.json"))
	return err == nil && !in.ModTime().Before(lock.ModTime())
}

// start runs the tool's server (node server.mjs) on a free loopback port
// over the given Neo4j and waits until its /healthz answers.
func (t *ngqlTool) start(ctx context.Context, neo Neo4jConfig, timeout time.Duration) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("node", "server.mjs")
	cmd.Dir = t.Dir
	cmd.Env = append(os.Environ(), "PORT="+strconv.Itoa(port), "NEO4J_URI="+neo.URI,
		"NEO4J_USERNAME="+neo.User, "NEO4J_PASSWORD="+neo.Password, "NEO4J_DATABASE="+neo.Database)
	return startCmd(ctx, cmd, "127.0.0.1:"+strconv.Itoa(port), timeout)
}

// sameAnswers sends every variable set of every analyst query to dipgraph
// (dipURL, its own query text) and to the library's server (ngqlURL, the
// tool's text) and compares what they return: the meetings (ids, in
// order), counts, participants, countries, leaders and counterparts that
// both queries ask for, normalised to one shape. It returns how many
// answers it compared, how many of those held something (a meeting or a
// leader), and one line per difference.
func sameAnswers(ctx context.Context, dipURL, ngqlURL string, t *ngqlTool) (compared, nonEmpty int, diffs []string, err error) {
	dip := loadtest.NewClient(dipURL, 1, 30*time.Second)
	lib := loadtest.NewClient(ngqlURL, 1, 30*time.Second)
	defer dip.HTTP.CloseIdleConnections()
	defer lib.HTTP.CloseIdleConnections()
	for _, short := range shortQueries {
		q, _ := loadtest.QueryByName(short)
		doc, err := os.ReadFile(t.Queries[short])
		if err != nil {
			return compared, nonEmpty, diffs, err
		}
		for _, vars := range q.Vars {
			var a, b loadtest.Response
			if _, err := dip.Do(ctx, q.Query, vars, &a); err != nil {
				return compared, nonEmpty, diffs, fmt.Errorf("dipgraph, %s %v: %w", short, vars, err)
			}
			if _, err := lib.Do(ctx, string(doc), vars, &b); err != nil {
				return compared, nonEmpty, diffs, fmt.Errorf("@neo4j/graphql, %s %v: %w", short, vars, err)
			}
			ca, err := canonDipgraph(short, a.Data)
			if err != nil {
				return compared, nonEmpty, diffs, fmt.Errorf("dipgraph, %s: %w", short, err)
			}
			cb, err := canonNGQL(short, b.Data)
			if err != nil {
				return compared, nonEmpty, diffs, fmt.Errorf("@neo4j/graphql, %s: %w", short, err)
			}
			compared++
			if !emptyCanon(ca) {
				nonEmpty++
			}
			ja, _ := json.Marshal(ca)
			jb, _ := json.Marshal(cb)
			if string(ja) != string(jb) {
				diffs = append(diffs, fmt.Sprintf("%s %v: dipgraph %s; @neo4j/graphql %s", short, vars, clip(string(ja)), clip(string(jb))))
			}
		}
	}
	return compared, nonEmpty, diffs, nil
}

// emptyCanon says whether a canonical answer holds no meeting or leader.
func emptyCanon(v any) bool {
	switch c := v.(type) {
	case canonPage:
		return len(c.Meetings) == 0
	case canonCountry:
		return len(c.Meetings.Meetings) == 0
	case *canonLeader:
		return c == nil
	}
	return true
}

func clip(s string) string {
	if len(s) > 400 {
		return s[:400] + "…"
	}
	return s
}

// The canonical shapes both servers' answers are brought to. Absent
// strings (dipgraph's null for ”) are ”; lists whose order neither
// query fixes are sorted.
type (
	canonPage struct {
		Total    int            `json:"total"`
		HasNext  bool           `json:"hasNext,omitempty"`
		Meetings []canonMeeting `json:"meetings"`
	}
	canonMeeting struct {
		ID, Kind, Date, TimeOfDay, Place, City string
		Participants                           []string // "ROLE|name|title|country", sorted
		Domains, Initiatives                   []string `json:",omitempty"`
	}
	canonCountry struct {
		Code, Name, NameEn         string
		Supports, Domains, Leaders []string
		Meetings                   canonPage
	}
	canonLeader struct {
		Name, Title, Country, CountryName string
		MeetingCount                      int
		Counterparts                      []string // "name|count|lastDate|title|country|countryName", in order
	}
)

// Small accessors over decoded JSON.
func obj(v any) map[string]any { m, _ := v.(map[string]any); return m }
func arr(v any) []any          { a, _ := v.([]any); return a }
func sv(v any) string          { s, _ := v.(string); return s }
func iv(v any) int             { f, _ := v.(float64); return int(f) }
func path(v any, keys ...string) any {
	for _, k := range keys {
		v = obj(v)[k]
	}
	return v
}
func names(v any) []string {
	out := []string{}
	for _, x := range arr(v) {
		out = append(out, sv(obj(x)["name"]))
	}
	slices.Sort(out)
	return out
}

func decode(data json.RawMessage) (map[string]any, error) {
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	return m, nil
}

// canonDipgraph brings dipgraph's answer (internal/loadtest's queries) to
// the canonical shape.
func canonDipgraph(short string, data json.RawMessage) (any, error) {
	d, err := decode(data)
	if err != nil {
		return nil, err
	}
	meeting := func(n map[string]any, leaderCountry bool) canonMeeting {
		m := canonMeeting{ID: sv(n["id"]), Kind: sv(n["kind"]), Date: sv(n["date"]), TimeOfDay: sv(n["timeOfDay"]), Place: sv(n["place"]), City: sv(n["city"]), Participants: []string{}}
		for _, p := range arr(n["participants"]) {
			c := sv(path(p, "country", "code"))
			if leaderCountry {
				c = sv(path(p, "leader", "country", "code"))
			}
			m.Participants = append(m.Participants, strings.Join([]string{sv(obj(p)["role"]), sv(path(p, "leader", "name")), sv(obj(p)["title"]), c}, "|"))
		}
		slices.Sort(m.Participants)
		if _, ok := n["agreementDomains"]; ok && leaderCountry {
			m.Domains, m.Initiatives = names(n["agreementDomains"]), names(n["initiatives"])
		}
		return m
	}
	page := func(c any, leaderCountry bool) canonPage {
		p := canonPage{Total: iv(obj(c)["totalCount"]), Meetings: []canonMeeting{}}
		if !leaderCountry {
			p.HasNext, _ = path(c, "pageInfo", "hasNextPage").(bool)
		}
		for _, e := range arr(obj(c)["edges"]) {
			p.Meetings = append(p.Meetings, meeting(obj(obj(e)["node"]), leaderCountry))
		}
		return p
	}
	switch short {
	case "filtered":
		return page(d["meetings"], false), nil
	case "country":
		c := obj(d["country"])
		if c == nil {
			return nil, nil
		}
		out := canonCountry{Code: sv(c["code"]), Name: sv(c["name"]), NameEn: sv(c["nameEn"]), Supports: names(c["supports"]), Domains: names(c["agreementDomains"]), Leaders: []string{}, Meetings: page(c["meetings"], true)}
		for _, l := range arr(c["leaders"]) {
			out.Leaders = append(out.Leaders, sv(obj(l)["name"])+"|"+sv(obj(l)["title"]))
		}
		slices.Sort(out.Leaders)
		return out, nil
	case "counterparts":
		return canonLeaderOf(obj(d["leader"])), nil
	}
	return nil, fmt.Errorf("unknown query %q", short)
}

// canonNGQL brings the library's answer (tools/neo4j-graphql/queries.mjs)
// to the canonical shape.
func canonNGQL(short string, data json.RawMessage) (any, error) {
	d, err := decode(data)
	if err != nil {
		return nil, err
	}
	meeting := func(n map[string]any, leaderCountry bool) canonMeeting {
		m := canonMeeting{ID: sv(n["id"]), Kind: sv(n["kind"]), Date: sv(n["date"]), TimeOfDay: sv(n["timeOfDay"]), Place: sv(n["place"]), City: sv(n["city"]), Participants: []string{}}
		for _, r := range []struct{ field, role string }{{"hostsConnection", "HOST"}, {"guestsConnection", "GUEST"}, {"attendeesConnection", "ATTENDEE"}} {
			for _, e := range arr(path(n, r.field, "edges")) {
				c := sv(path(e, "properties", "country"))
				if leaderCountry {
					c = sv(path(e, "node", "country", "code"))
				}
				m.Participants = append(m.Participants, strings.Join([]string{r.role, sv(path(e, "node", "name")), sv(path(e, "properties", "title")), c}, "|"))
			}
		}
		slices.Sort(m.Participants)
		if leaderCountry {
			m.Domains, m.Initiatives = names(n["agreementDomains"]), names(n["initiatives"])
		}
		return m
	}
	switch short {
	case "filtered":
		c := obj(d["meetingsConnection"])
		p := canonPage{Total: iv(c["totalCount"]), Meetings: []canonMeeting{}}
		p.HasNext, _ = path(c, "pageInfo", "hasNextPage").(bool)
		for _, e := range arr(c["edges"]) {
			p.Meetings = append(p.Meetings, meeting(obj(obj(e)["node"]), false))
		}
		return p, nil
	case "country":
		cs := arr(d["countries"])
		if len(cs) == 0 {
			return nil, nil
		}
		c := obj(cs[0])
		out := canonCountry{Code: sv(c["code"]), Name: sv(c["name"]), NameEn: sv(c["nameEn"]), Supports: names(c["supports"]), Domains: names(c["agreementDomains"]), Leaders: []string{},
			Meetings: canonPage{Total: iv(c["meetingCount"]), Meetings: []canonMeeting{}}}
		for _, l := range arr(c["leaders"]) {
			out.Leaders = append(out.Leaders, sv(obj(l)["name"])+"|"+sv(obj(l)["title"]))
		}
		slices.Sort(out.Leaders)
		for _, m := range arr(c["meetings"]) {
			out.Meetings.Meetings = append(out.Meetings.Meetings, meeting(obj(m), true))
		}
		return out, nil
	case "counterparts":
		ls := arr(d["leaders"])
		if len(ls) == 0 {
			return canonLeaderOf(nil), nil
		}
		return canonLeaderOf(obj(ls[0])), nil
	}
	return nil, fmt.Errorf("unknown query %q", short)
}

// canonLeaderOf is the counterparts query's answer: both servers ask for
// the same fields under the same names.
func canonLeaderOf(l map[string]any) *canonLeader {
	if l == nil {
		return nil
	}
	out := &canonLeader{Name: sv(l["name"]), Title: sv(l["title"]), MeetingCount: iv(l["meetingCount"]),
		Country: sv(path(l, "country", "code")), CountryName: sv(path(l, "country", "name")), Counterparts: []string{}}
	for _, c := range arr(l["counterparts"]) {
		out.Counterparts = append(out.Counterparts, strings.Join([]string{sv(path(c, "leader", "name")), strconv.Itoa(iv(obj(c)["count"])), sv(obj(c)["lastDate"]),
			sv(path(c, "leader", "title")), sv(path(c, "leader", "country", "code")), sv(path(c, "leader", "country", "name"))}, "|"))
	}
	return out
}

// NGQLCheck is what the harness found when it compared the answers of
// dipgraph and of the library before measuring them.
type NGQLCheck struct {
	Version  string   // of @neo4j/graphql
	Compared int      // answers compared (every variable set of every query)
	NonEmpty int      // of which held at least one meeting or leader
	Diffs    []string // one per answer that differed
}

// neo4jLoad measures the analyst queries on dipgraph over Neo4j and, query
// by query right after each, on the Neo4j GraphQL Library over the same
// database (when it can run: see startNGQL), then runs the soak (last,
// since it writes).
func (r *runner) neo4jLoad(ctx context.Context, srv *server) {
	if r.loadBin == "" {
		r.note("GraphQL load on Neo4j", errors.New("dipgraph-load was not built"))
		return
	}
	lib, tool := r.startNGQL(ctx, srv)
	for _, q := range shortQueries {
		if row, ok := r.measureQuery(ctx, "Neo4j", srv.URL+"/query", q, nil); ok {
			r.rep.Load = append(r.rep.Load, row)
		}
		if lib != nil && ctx.Err() == nil {
			if row, ok := r.measureQuery(ctx, NGQLStore, lib.URL+"/graphql", q, []string{"-query-file", tool.Queries[q]}); ok {
				r.rep.NGQL = append(r.rep.NGQL, row)
			}
		}
	}
	if lib != nil {
		if hwm, _, err := lib.Mem(); err == nil {
			r.rep.NGQLPeakMB = kbToMB(hwm)
		}
		if err := lib.Stop(); err != nil {
			r.note("stopping the @neo4j/graphql server", err)
		}
	}
	r.soak(ctx, "Neo4j", srv)
}

// startNGQL prepares and starts tools/neo4j-graphql over the measured
// Neo4j and checks that it answers the analyst queries as dipgraph (srv)
// does. It returns nil, noting why, when the step is skipped (quick mode,
// NoNGQL) or fails; the run goes on without it.
func (r *runner) startNGQL(ctx context.Context, srv *server) (*server, *ngqlTool) {
	const what = "@neo4j/graphql on the same Neo4j"
	switch {
	case r.cfg.NoNGQL:
		r.rep.Notes = append(r.rep.Notes, what+": not measured in this run (NoNGQL)")
		return nil, nil
	case r.cfg.Quick:
		r.rep.Notes = append(r.rep.Notes, what+": not measured in quick mode")
		return nil, nil
	}
	r.logf("bench: %s (tools/neo4j-graphql)", what)
	tool, err := prepareNGQL(ctx, r.cfg.Repo, r.cfg.WorkDir, true)
	if err != nil {
		r.note(what, err)
		return nil, nil
	}
	lib, err := tool.start(ctx, r.cfg.Neo4j, 2*time.Minute)
	if err != nil {
		r.note(what, err)
		return nil, nil
	}
	chk := NGQLCheck{Version: tool.Version}
	chk.Compared, chk.NonEmpty, chk.Diffs, err = sameAnswers(ctx, srv.URL+"/query", lib.URL+"/graphql", tool)
	if err != nil {
		r.note(what+" (comparing answers)", err)
		_ = lib.Stop()
		return nil, nil
	}
	r.rep.NGQLCheck = &chk
	r.logf("bench:   @neo4j/graphql %s ready in %v; %d answers compared (%d non-empty), %d differ", tool.Version, lib.Ready.Round(time.Millisecond), chk.Compared, chk.NonEmpty, len(chk.Diffs))
	return lib, tool
}

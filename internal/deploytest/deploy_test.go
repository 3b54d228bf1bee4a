package deploytest

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
)

// compose is the part of the Compose file format that the checks read;
// parsing is strict, so a misspelt key (depend_on, healthchek) fails.
type compose struct {
	Name     string             `yaml:"name"`
	Services map[string]service `yaml:"services"`
	Volumes  map[string]any     `yaml:"volumes"`
}

type service struct {
	Image       string            `yaml:"image"`
	Restart     string            `yaml:"restart"`
	Build       *build            `yaml:"build"`
	Environment map[string]string `yaml:"environment"`
	Ports       []string          `yaml:"ports"`
	Volumes     []string          `yaml:"volumes"`
	Command     []string          `yaml:"command"`
	DependsOn   map[string]struct {
		Condition string `yaml:"condition"`
	} `yaml:"depends_on"`
	Healthcheck *struct {
		Test        []string `yaml:"test"`
		Interval    string   `yaml:"interval"`
		Timeout     string   `yaml:"timeout"`
		Retries     int      `yaml:"retries"`
		StartPeriod string   `yaml:"start_period"`
	} `yaml:"healthcheck"`
}

type build struct {
	Context    string `yaml:"context"`
	Dockerfile string `yaml:"dockerfile"`
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("repo root %s: %v", root, err)
	}
	return root
}

func read(t *testing.T, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot(t), rel))
	if err != nil {
		t.Fatalf("read %s: %v", rel, err)
	}
	return string(b)
}

func loadCompose(t *testing.T) compose {
	t.Helper()
	var c compose
	if err := yaml.UnmarshalWithOptions([]byte(read(t, "docker-compose.yml")), &c, yaml.Strict()); err != nil {
		t.Fatalf("parse docker-compose.yml: %v", err)
	}
	return c
}

// interpolate resolves ${VAR}, ${VAR:-default} and ${VAR:?msg} the way
// docker compose does, from env.
var varRE = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|:\?)([^}]*))?\}`)

func interpolate(s string, env map[string]string) string {
	return varRE.ReplaceAllStringFunc(s, func(m string) string {
		p := varRE.FindStringSubmatch(m)
		if v, ok := env[p[1]]; ok && v != "" {
			return v
		}
		if p[2] == ":-" {
			return p[3]
		}
		return ""
	})
}

// envExample parses .env.example (KEY=VALUE lines).
func envExample(t *testing.T) map[string]string {
	t.Helper()
	env := map[string]string{}
	for _, line := range strings.Split(read(t, ".env.example"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Errorf(".env.example: line %q is not KEY=VALUE", line)
			continue
		}
		env[k] = v
	}
	return env
}

func TestComposeNeo4j(t *testing.T) {
	c := loadCompose(t)
	neo, ok := c.Services["neo4j"]
	if !ok {
		t.Fatalf("no neo4j service; services: %v", keys(c.Services))
	}
	if neo.Image != "neo4j:5.26-community" {
		t.Errorf("neo4j image %q, want neo4j:5.26-community", neo.Image)
	}
	for _, p := range []string{"7474:7474", "7687:7687"} {
		if !slices.Contains(neo.Ports, p) {
			t.Errorf("neo4j ports %v lack %s", neo.Ports, p)
		}
	}
	var dataVolume string
	for _, v := range neo.Volumes {
		if src, dst, _ := strings.Cut(v, ":"); strings.HasPrefix(dst, "/data") {
			dataVolume = src
		}
	}
	if dataVolume == "" {
		t.Errorf("neo4j volumes %v mount nothing at /data", neo.Volumes)
	} else if _, ok := c.Volumes[dataVolume]; !ok {
		t.Errorf("neo4j /data volume %q is not a named volume (top-level volumes: %v)", dataVolume, keys(c.Volumes))
	}
	if neo.Healthcheck == nil || len(neo.Healthcheck.Test) < 2 {
		t.Fatalf("neo4j has no healthcheck test")
	}
	hc := strings.Join(neo.Healthcheck.Test, " ")
	if !strings.Contains(hc, "7474") && !strings.Contains(hc, "cypher-shell") {
		t.Errorf("neo4j healthcheck %q probes neither HTTP 7474 nor cypher-shell", hc)
	}
	if neo.Healthcheck.Retries < 1 || neo.Healthcheck.Interval == "" {
		t.Errorf("neo4j healthcheck needs interval and retries: %+v", *neo.Healthcheck)
	}
	auth := neo.Environment["NEO4J_AUTH"]
	if !strings.HasPrefix(auth, "neo4j/${NEO4J_PASSWORD") {
		t.Errorf("NEO4J_AUTH = %q, want neo4j/${NEO4J_PASSWORD...} from the env file", auth)
	}
	if got := interpolate(auth, envExample(t)); got != "neo4j/"+envExample(t)["NEO4J_PASSWORD"] || len(got) < len("neo4j/")+8 {
		t.Errorf("NEO4J_AUTH with .env.example = %q: want neo4j/<password of at least 8 characters>", got)
	}
}

func TestComposeDipgraph(t *testing.T) {
	c := loadCompose(t)
	d, ok := c.Services["dipgraph"]
	if !ok {
		t.Fatalf("no dipgraph service; services: %v", keys(c.Services))
	}
	if d.Build == nil || d.Build.Context != "." || d.Build.Dockerfile != "Dockerfile" {
		t.Errorf("dipgraph build = %+v, want context . and Dockerfile", d.Build)
	}
	if dep, ok := d.DependsOn["neo4j"]; !ok || dep.Condition != "service_healthy" {
		t.Errorf("dipgraph depends_on = %+v, want neo4j: service_healthy", d.DependsOn)
	}
	wantEnv := map[string]string{
		"NEO4J_URI":      "bolt://neo4j:7687",
		"NEO4J_USERNAME": "neo4j",
		"NEO4J_DATABASE": "neo4j",
	}
	for k, v := range wantEnv {
		if d.Environment[k] != v {
			t.Errorf("dipgraph env %s = %q, want %q", k, d.Environment[k], v)
		}
	}
	// The same password as Neo4j's auth, from the same env file variable.
	if pw := d.Environment["NEO4J_PASSWORD"]; !strings.HasPrefix(pw, "${NEO4J_PASSWORD") {
		t.Errorf("dipgraph NEO4J_PASSWORD = %q, want ${NEO4J_PASSWORD...}", pw)
	}
	if !slices.Contains(d.Ports, "8080:8080") {
		t.Errorf("dipgraph ports %v lack 8080:8080", d.Ports)
	}
	cmd := strings.Join(d.Command, " ")
	for _, want := range []string{"serve", "--corpus /corpus", "--neo4j bolt://neo4j:7687", "--addr :8080"} {
		if !strings.Contains(cmd, want) {
			t.Errorf("dipgraph command %q lacks %q", cmd, want)
		}
	}
	var corpus string
	for _, v := range d.Volumes {
		parts := strings.Split(interpolate(v, envExample(t)), ":")
		if len(parts) >= 2 && parts[1] == "/corpus" {
			if len(parts) != 3 || parts[2] != "ro" {
				t.Errorf("corpus volume %q is not read-only", v)
			}
			corpus = parts[0]
		}
	}
	if corpus == "" {
		t.Fatalf("dipgraph volumes %v mount nothing read-only at /corpus", d.Volumes)
	}
	entries, err := os.ReadDir(filepath.Join(repoRoot(t), corpus))
	if err != nil || len(entries) == 0 {
		t.Errorf("corpus folder %s (from .env.example) is missing or empty: %v", corpus, err)
	}
}

// Every variable the compose file requires (${VAR:?...}) or reads is in
// .env.example, so `cp .env.example .env && docker compose up` works.
func TestEnvExampleCoversCompose(t *testing.T) {
	env := envExample(t)
	raw := read(t, "docker-compose.yml")
	for _, m := range varRE.FindAllStringSubmatch(raw, -1) {
		if _, ok := env[m[1]]; !ok {
			t.Errorf("docker-compose.yml uses ${%s} but .env.example does not define it", m[1])
		}
		if m[2] == ":?" && env[m[1]] == "" {
			t.Errorf("docker-compose.yml requires %s but .env.example leaves it empty", m[1])
		}
	}
}

// The Dockerfile builds with `make build`, the Makefile target CI runs
// (.ci/run), so the image holds what CI built and tested.
func TestDockerfileBuildsLikeCI(t *testing.T) {
	df := read(t, "Dockerfile")
	var froms, runs []string
	var user, entry, cmd string
	for _, line := range strings.Split(df, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		rest := strings.TrimSpace(strings.TrimPrefix(line, f[0]))
		switch strings.ToUpper(f[0]) {
		case "FROM":
			froms = append(froms, rest)
		case "RUN":
			runs = append(runs, rest)
		case "USER":
			user = rest
		case "ENTRYPOINT":
			entry = rest
		case "CMD":
			cmd = rest
		}
	}
	if len(froms) < 2 {
		t.Fatalf("Dockerfile has %d stages, want a multi-stage build", len(froms))
	}
	if !strings.HasPrefix(froms[0], "golang:1.26") {
		t.Errorf("build stage FROM %q, want golang:1.26", froms[0])
	}
	if final := froms[len(froms)-1]; strings.Contains(final, "golang") {
		t.Errorf("final stage FROM %q is the Go toolchain image, want a small runtime image", final)
	}
	if user == "" || strings.HasPrefix(user, "root") || strings.HasPrefix(user, "0") {
		t.Errorf("final USER %q, want a non-root user", user)
	}
	if !strings.Contains(entry, "dipgraph") || !strings.Contains(cmd, "serve") {
		t.Errorf("ENTRYPOINT %s CMD %s, want dipgraph serve", entry, cmd)
	}
	if !slices.ContainsFunc(runs, func(r string) bool { return strings.HasPrefix(r, "make build") }) {
		t.Errorf("Dockerfile RUN steps %q do not build with `make build`", runs)
	}

	mk := read(t, "Makefile")
	target := regexp.MustCompile(`(?m)^build:\n((?:\t.*\n)+)`).FindStringSubmatch(mk)
	if target == nil {
		t.Fatal("Makefile has no build target")
	}
	if !strings.Contains(target[1], "$(GO) build $(BUILD_FLAGS)") || !strings.Contains(target[1], "./cmd/dipgraph") {
		t.Errorf("Makefile build recipe %q does not `$(GO) build $(BUILD_FLAGS) ... ./cmd/dipgraph`", target[1])
	}
	if !regexp.MustCompile(`(?m)^[^#\n]*make (-s )?build\b`).MatchString(read(t, ".ci/run")) {
		t.Error(".ci/run does not run `make build`")
	}
}

// The README explains docker compose and the ports it publishes.
func TestDocsNamePublishedPorts(t *testing.T) {
	c := loadCompose(t)
	docs := []string{"README.md"}
	for _, doc := range docs {
		text := read(t, doc)
		if !strings.Contains(text, "docker compose up") {
			t.Errorf("%s does not explain `docker compose up`", doc)
		}
		for name, s := range c.Services {
			for _, p := range s.Ports {
				host, _, _ := strings.Cut(p, ":")
				if !strings.Contains(text, ":"+host) {
					t.Errorf("%s does not name port %s of service %s", doc, host, name)
				}
			}
		}
	}
}

func keys[M ~map[string]V, V any](m M) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

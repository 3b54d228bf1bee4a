package ide

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"
)

// The embedded IDE files are the npm packages package-lock.json pins,
// copied unchanged but for the source map comment (copy.mjs).
func TestIDEAssetsMatchLock(t *testing.T) {
	var lock struct {
		Packages map[string]struct{ Version, Integrity string } `json:"packages"`
	}
	var pkg struct{ Dependencies map[string]string }
	var versions struct {
		Packages map[string]struct{ Version, Integrity string }
		Files    map[string]struct{ Package, Sha256 string }
	}
	for path, v := range map[string]any{"package-lock.json": &lock, "package.json": &pkg, "dist/versions.json": &versions} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	if len(pkg.Dependencies) != 3 {
		t.Errorf("package.json dependencies %v", pkg.Dependencies)
	}
	for name, want := range pkg.Dependencies {
		l := lock.Packages["node_modules/"+name]
		v := versions.Packages[name]
		if l.Version != want || v.Version != want || v.Integrity != l.Integrity || l.Integrity == "" {
			t.Errorf("%s: package.json %s, lock %s %s, dist %s %s", name, want, l.Version, l.Integrity, v.Version, v.Integrity)
		}
	}
	entries, err := os.ReadDir("dist")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == "versions.json" {
			continue
		}
		f, ok := versions.Files[e.Name()]
		if !ok {
			t.Errorf("web/ide/dist/%s is not listed in versions.json", e.Name())
			continue
		}
		b, err := os.ReadFile("dist/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		if hex.EncodeToString(sum[:]) != f.Sha256 {
			t.Errorf("web/ide/dist/%s differs from the copy of %s@%s: rerun npm ci && npm run build in web/ide", e.Name(), f.Package, versions.Packages[f.Package].Version)
		}
	}
	if len(versions.Files) != len(entries)-1 {
		t.Errorf("versions.json lists %d files, web/ide/dist has %d", len(versions.Files), len(entries)-1)
	}
}

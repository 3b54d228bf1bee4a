package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/dipgraph/dipgraph/graph/export"
)

// exportCmd writes the whole graph for other tools.
type exportCmd struct {
	store  storeFlags
	format string
	out    string
}

func (c *exportCmd) flags(fs *flag.FlagSet) {
	c.store.register(fs)
	fs.StringVar(&c.format, "format", "graphml", "graphml (Gephi, yEd, igraph), csv (nodes.csv and edges.csv in --out), jsonl (one node or edge per line); columns in docs/export.md")
	fs.StringVar(&c.out, "out", "", "output file (graphml, jsonl; default stdout) or folder (csv)")
}

func (c *exportCmd) run(ctx context.Context, m *Main, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("export takes no arguments (got %q)", args)
	}
	switch c.format {
	case "graphml", "jsonl":
	case "csv":
		if c.out == "" {
			return fmt.Errorf("--format csv writes two files: give --out FOLDER")
		}
	default:
		return fmt.Errorf("--format %q: want graphml, csv or jsonl", c.format)
	}
	if err := c.checkData(m); err != nil {
		return err
	}
	st, err := c.store.open(ctx, m)
	if err != nil {
		return err
	}
	g, err := export.Read(ctx, st)
	if err != nil {
		return fmt.Errorf("read the graph: %w", err)
	}
	if c.format == "csv" {
		if err := os.MkdirAll(c.out, 0o755); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := writeFile(filepath.Join(c.out, "nodes.csv"), func(w io.Writer) error { return export.WriteNodesCSV(w, g) }); err != nil {
			return err
		}
		if err := writeFile(filepath.Join(c.out, "edges.csv"), func(w io.Writer) error { return export.WriteEdgesCSV(w, g) }); err != nil {
			return err
		}
	} else {
		write := export.WriteGraphML
		if c.format == "jsonl" {
			write = export.WriteJSONL
		}
		f := func(w io.Writer) error { return write(w, g) }
		if c.out == "" || c.out == "-" {
			bw := bufio.NewWriter(m.Stdout)
			if err := f(bw); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			if err := bw.Flush(); err != nil {
				return fmt.Errorf("export: %w", err)
			}
		} else if err := writeFile(c.out, f); err != nil {
			return err
		}
	}
	fmt.Fprintf(m.Stderr, "exported %d nodes and %d edges (%s)\n", len(g.Nodes), len(g.Edges), c.format)
	return nil
}

// checkData refuses a data folder that does not exist: export reads an
// existing store, and opening one in a mistyped folder would export an
// empty graph (and create the folder).
func (c *exportCmd) checkData(m *Main) error {
	if c.store.uri(m) != "" {
		return nil
	}
	dir := c.store.dataDir(m)
	if dir == "" {
		return nil // --memory
	}
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("data folder %s does not exist (check --data or DIPGRAPH_DATA; ingest creates it)", dir)
	case err != nil:
		return fmt.Errorf("data folder: %w", err)
	case !st.IsDir():
		return fmt.Errorf("data folder %s is not a folder", dir)
	}
	return nil
}

// exportMode is the mode of exported files: readable by the other tools
// and users, as files written by a shell redirect are.
const exportMode = 0o644

// writeFile writes a file through a temporary one, renamed when complete.
func writeFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := tmp.Chmod(exportMode); err != nil {
		tmp.Close()
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

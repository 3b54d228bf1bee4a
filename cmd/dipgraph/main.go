// Command dipgraph turns Chinese diplomatic news into a knowledge graph and
// serves it over GraphQL. Subcommands: extract, ingest, serve, eval,
// export, lexicon, version. This package only wires the other packages
// together; the benchmark harness is a command of its own, cmd/dipgraph-bench.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	code := m.Main(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// Main is the program: ParseFlags reads the command line, Run does the
// work, Close releases what Run opened. Tests drive it with their own
// streams and environment.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string

	cmd     command
	closers []func() error
	// onListen, when set, is told the URL serve listens on (tests).
	onListen func(url string)
}

// command is one subcommand.
type command interface {
	// flags registers the subcommand's flags.
	flags(fs *flag.FlagSet)
	// run does the work with the positional arguments.
	run(ctx context.Context, m *Main, args []string) error
}

// exitError carries an exit code without a further message.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// NewMain returns a Main on the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

const usage = `usage: dipgraph <command> [flags] [args]

commands:
  extract [--date YYYY-MM-DD] [--format json|jsonl] PATH...   print the extraction as JSON
  ingest  [--neo4j URI] [--data DIR] PATH...                   extract and load into the store
  serve   [--addr :8080] [--corpus DIR] [--neo4j URI]          serve GraphQL at /query, an IDE at /
  eval    --gold GOLD.json PATH...                             score the extraction against gold
  export  [--format graphml|csv|jsonl] [--out PATH]            write the graph for other tools
  lexicon candidates|add|validate [--data DIR] ...             keep the lexicons up to date (docs/lexicon.md)
  version                                                      print the version and the revision built

Run 'dipgraph <command> -h' for the flags of a command. Flags may come before or
after the paths; '--' ends the flags (for a file whose name starts with '-').
Neo4j settings also come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.
`

// Main runs the whole program and returns the exit code.
func (m *Main) Main(ctx context.Context, args []string) int {
	defer m.Close()
	args2, err := m.ParseFlags(ctx, args)
	if err == nil {
		err = m.Run(ctx, args2)
	}
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintln(m.Stderr, "dipgraph:", err)
		return 1
	}
}

// ParseFlags picks the subcommand and parses its flags; it returns the
// positional arguments.
func (m *Main) ParseFlags(ctx context.Context, args []string) ([]string, error) {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return nil, exitError{2}
	}
	switch args[0] {
	case "extract":
		m.cmd = &extractCmd{}
	case "ingest":
		m.cmd = &ingestCmd{}
	case "serve":
		m.cmd = &serveCmd{}
	case "eval":
		m.cmd = &evalCmd{}
	case "export":
		m.cmd = &exportCmd{}
	case "bench":
		// The harness moved out of the product binary.
		fmt.Fprintln(m.Stderr, "dipgraph: bench moved to its own command: make bench, or go run ./cmd/dipgraph-bench [--quick] [--out FILE]")
		return nil, exitError{2}
	case "lexicon":
		m.cmd = &lexiconCmd{}
	case "version", "-version", "--version":
		m.cmd = &versionCmd{}
	case "help", "-h", "-help", "--help":
		fmt.Fprint(m.Stdout, usage)
		return nil, exitError{0}
	default:
		fmt.Fprintf(m.Stderr, "dipgraph: unknown command %q\n\n%s", args[0], usage)
		return nil, exitError{2}
	}
	fs := flag.NewFlagSet("dipgraph "+args[0], flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.cmd.flags(fs)
	if u, ok := m.cmd.(usager); ok {
		fs.Usage = func() {
			u.usage(fs.Output())
			fmt.Fprintln(fs.Output(), "flags:")
			fs.PrintDefaults()
		}
	}
	pos, err := parseInterleaved(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, exitError{0} // the flag package printed the usage
		}
		return nil, exitError{2} // the flag package printed the error and usage
	}
	return pos, nil
}

// usager is a command with more to say in its -h than its flags.
type usager interface {
	usage(w io.Writer)
}

// parseInterleaved parses flags that come before, between or after the
// positional arguments ("extract a.txt --format jsonl b.txt") and returns
// the positional arguments in order. The first "--" ends the flags: what
// follows it is positional even when it starts with "-".
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for i, a := range args {
		if a == "--" {
			args, rest = args[:i], args[i+1:]
			break
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0]) // a positional argument ("-" is stdin)
		args = args[1:]
	}
	return append(pos, rest...), nil
}

// Run runs the parsed subcommand.
func (m *Main) Run(ctx context.Context, args []string) error {
	if m.cmd == nil {
		return errors.New("no command parsed")
	}
	return m.cmd.run(ctx, m, args)
}

// Close releases what Run opened, last opened first.
func (m *Main) Close() error {
	var errs []error
	for i := len(m.closers) - 1; i >= 0; i-- {
		errs = append(errs, m.closers[i]())
	}
	m.closers = nil
	return errors.Join(errs...)
}

// onClose registers a release function for Close.
func (m *Main) onClose(f func() error) { m.closers = append(m.closers, f) }

// env reads an environment variable through m.Getenv.
func (m *Main) env(key string) string {
	if m.Getenv == nil {
		return ""
	}
	return m.Getenv(key)
}

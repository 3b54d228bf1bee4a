package extract

// Option configures New.
type Option func(*config)

type config struct {
	lexiconDir string
}

// WithLexiconDir merges the lexicon files of dir (an override folder such
// as <data>/lexicon, format in docs/lexicon.md) over the embedded ones, so
// that an analyst's additions apply without a rebuild. "" or a missing
// folder means none; a bad line fails New with file:line.
func WithLexiconDir(dir string) Option {
	return func(c *config) { c.lexiconDir = dir }
}

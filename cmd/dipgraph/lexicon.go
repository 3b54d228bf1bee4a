package main

import (
	"context"
	"errors"
	"flag"
)

// lexiconCmd will list lexicon candidates and take additions (issue 8).
type lexiconCmd struct{}

func (c *lexiconCmd) flags(fs *flag.FlagSet) {}

func (c *lexiconCmd) run(ctx context.Context, m *Main, args []string) error {
	return errors.New("lexicon: not yet implemented")
}

package graph

import (
	"errors"
	"fmt"
)

// Kind classifies errors so that the API can map them to codes without
// looking at messages (after upspin's errors package).
type Kind int

// Error kinds.
const (
	Other        Kind = iota // unclassified
	Invalid                  // bad input from the caller
	NotFound                 // no such item
	Unavailable              // the store does not answer (retryable)
	Unauthorized             // credentials missing or refused
	Internal                 // a bug or an unexpected store answer
)

func (k Kind) String() string {
	switch k {
	case Invalid:
		return "invalid"
	case NotFound:
		return "not found"
	case Unavailable:
		return "unavailable"
	case Unauthorized:
		return "unauthorized"
	case Internal:
		return "internal"
	}
	return "other"
}

// Error is dipgraph's error: the operation, its kind and the cause.
type Error struct {
	Op   string
	Kind Kind
	Err  error
}

// E builds an *Error.
func E(op string, kind Kind, err error) error {
	return &Error{Op: op, Kind: kind, Err: err}
}

func (e *Error) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("%s: %s", e.Op, e.Kind)
	}
	return fmt.Sprintf("%s: %v", e.Op, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// KindOf returns the kind of the outermost *Error in err's chain whose
// kind is not Other, or Other.
func KindOf(err error) Kind {
	for err != nil {
		var e *Error
		if !errors.As(err, &e) {
			return Other
		}
		if e.Kind != Other {
			return e.Kind
		}
		err = e.Err
	}
	return Other
}

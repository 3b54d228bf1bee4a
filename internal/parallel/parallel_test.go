package parallel

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
)

func TestMapKeepsOrderAndRunsEveryItem(t *testing.T) {
	var calls atomic.Int64
	got, err := Map(1000, func(i int) (int, error) {
		calls.Add(1)
		return i * i, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls.Load() != 1000 || len(got) != 1000 {
		t.Fatalf("calls %d, results %d, want 1000 each", calls.Load(), len(got))
	}
	for i, v := range got {
		if v != i*i {
			t.Fatalf("result %d = %d, want %d", i, v, i*i)
		}
	}
}

func TestMapReturnsTheFirstError(t *testing.T) {
	_, err := Map(50, func(i int) (string, error) {
		if i == 7 || i == 30 {
			return "", fmt.Errorf("item %d: %w", i, errors.ErrUnsupported)
		}
		return "ok", nil
	})
	if err == nil || err.Error() != "item 7: unsupported operation" {
		t.Fatalf("err = %v, want the error of item 7", err)
	}
}

func TestMapEmpty(t *testing.T) {
	got, err := Map(0, func(int) (int, error) { t.Fatal("called"); return 0, nil })
	if err != nil || len(got) != 0 {
		t.Fatalf("got %v, %v", got, err)
	}
}

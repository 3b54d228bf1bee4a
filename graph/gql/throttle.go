package gql

import (
	"context"
	"errors"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/vektah/gqlparser/v2/gqlerror"
)

// authThrottle counts wrong bearer tokens per client address: past max
// failures within window, the address is refused without its token being
// checked until the window ends, so that tokens cannot be guessed at the
// server's speed.
type authThrottle struct {
	max    int
	window time.Duration
	now    func() time.Time

	mu    sync.Mutex
	fails map[string]*failCount
}

type failCount struct {
	start time.Time
	n     int
}

// maxThrottled bounds the addresses remembered; past it, expired ones are
// dropped, and when none has expired the oldest half goes.
const maxThrottled = 10000

func newAuthThrottle(max int, window time.Duration) *authThrottle {
	return &authThrottle{max: max, window: window, now: time.Now, fails: map[string]*failCount{}}
}

// blocked says whether addr has failed too often lately.
func (t *authThrottle) blocked(addr string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	f, ok := t.fails[addr]
	if !ok {
		return false
	}
	if t.now().Sub(f.start) >= t.window {
		delete(t.fails, addr)
		return false
	}
	return f.n >= t.max
}

// fail records a wrong token from addr.
func (t *authThrottle) fail(addr string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	f, ok := t.fails[addr]
	if !ok || now.Sub(f.start) >= t.window {
		if len(t.fails) >= maxThrottled {
			t.prune(now)
		}
		f = &failCount{start: now}
		t.fails[addr] = f
	}
	f.n++
}

func (t *authThrottle) prune(now time.Time) {
	for a, f := range t.fails {
		if now.Sub(f.start) >= t.window {
			delete(t.fails, a)
		}
	}
	if len(t.fails) < maxThrottled {
		return
	}
	cut := now.Add(-t.window / 2)
	for a, f := range t.fails {
		if f.start.Before(cut) || len(t.fails) >= maxThrottled {
			delete(t.fails, a)
		}
	}
}

type clientKey struct{}

// clientAddr is the request's client IP address (no port), "" outside a
// request.
func clientAddr(ctx context.Context) string {
	a, _ := ctx.Value(clientKey{}).(string)
	return a
}

// withClient puts r's client IP address in ctx.
func withClient(ctx context.Context, r *http.Request) context.Context {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return context.WithValue(ctx, clientKey{}, host)
}

// errThrottled is the answer to an address that gave too many wrong tokens.
var errThrottled = errors.New("too many wrong tokens from this address: try again later")

// checkThrottle refuses a throttled client before its token is looked at.
func (r *Resolver) checkThrottle(ctx context.Context) error {
	if r.throttle != nil && r.throttle.blocked(clientAddr(ctx)) {
		return &gqlerror.Error{Message: errThrottled.Error(), Extensions: map[string]any{"code": CodeRateLimited}}
	}
	return nil
}

// tokenFailed records a wrong token from the request's client.
func (r *Resolver) tokenFailed(ctx context.Context) {
	if r.throttle != nil {
		r.throttle.fail(clientAddr(ctx))
	}
}

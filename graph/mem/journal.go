package mem

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"syscall"

	"github.com/dipgraph/dipgraph/graph"
)

// The journal is one file of records, each
//
//	length  uint32, little endian: bytes of payload
//	crc     uint32, little endian: CRC-32C of payload
//	payload JSON array of the graph.Documents one Ingest added
//
// written with one write and fsynced before Ingest returns. A record cut
// short or failing its checksum at the end of the file is the trace of a
// crash during a write: it is dropped (the file truncated to the last good
// record). A bad record followed by good data is corruption and refuses
// to open.

// JournalFile and LockFile are the names of the files in a data folder.
const (
	JournalFile = "journal.dlog"
	LockFile    = "LOCK"
)

const (
	headerSize = 8
	maxRecord  = 1 << 30
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

type journal struct {
	f      *os.File
	lock   *os.File
	size   int64
	broken error
}

// openJournal locks dir, replays the journal through apply and opens it
// for appending.
func openJournal(dir string, log *slog.Logger, apply func([]graph.Document) error) (*journal, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("mem: create data folder: %w", err)
	}
	lock, err := os.OpenFile(filepath.Join(dir, LockFile), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("mem: open lock file: %w", err)
	}
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		lock.Close()
		return nil, graph.E("mem.open", graph.Unavailable, fmt.Errorf("data folder %s is in use by another process: %w", dir, err))
	}
	path := filepath.Join(dir, JournalFile)
	_, statErr := os.Stat(path)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		lock.Close()
		return nil, fmt.Errorf("mem: open journal: %w", err)
	}
	j := &journal{f: f, lock: lock}
	fail := func(err error) (*journal, error) {
		f.Close()
		lock.Close()
		return nil, err
	}
	if errors.Is(statErr, os.ErrNotExist) {
		if err := syncDir(dir); err != nil {
			return fail(fmt.Errorf("mem: sync data folder: %w", err))
		}
	}
	good, torn, err := replay(f, apply)
	if err != nil {
		return fail(fmt.Errorf("mem: replay %s: %w", path, err))
	}
	if torn.bytes > 0 {
		log.Warn(fmt.Sprintf("mem: dropped the journal's torn tail: %d bytes at offset %d, %d incomplete record (%s)",
			torn.bytes, good, torn.records, torn.why),
			"journal", path, "offset", good, "bytes", torn.bytes, "records", torn.records)
	}
	fi, err := f.Stat()
	if err != nil {
		return fail(fmt.Errorf("mem: stat journal: %w", err))
	}
	if fi.Size() != good {
		// Drop the torn tail so that new records follow good ones.
		if err := f.Truncate(good); err != nil {
			return fail(fmt.Errorf("mem: drop torn journal tail: %w", err))
		}
		if err := f.Sync(); err != nil {
			return fail(fmt.Errorf("mem: sync journal: %w", err))
		}
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		return fail(fmt.Errorf("mem: seek journal: %w", err))
	}
	j.size = good
	return j, nil
}

// tail describes what replay found after the last good record: bytes
// to drop, and whether they began with a record (cut short or failing
// its checksum) or were only zeros.
type tail struct {
	bytes   int64
	records int    // incomplete or bad records among them (0 or 1)
	why     string // for the warning
}

// replay applies every good record and returns the offset after the last
// one, and what follows it when that is a torn tail: a record cut short,
// a last record failing its checksum, or zero bytes (what a power loss
// leaves when the file's size reached the disk but its data did not; no
// record has length 0). A bad record followed by anything but zeros is
// corruption.
func replay(f *os.File, apply func([]graph.Document) error) (int64, tail, error) {
	fi, err := f.Stat()
	if err != nil {
		return 0, tail{}, err
	}
	size := fi.Size()
	r := bufio.NewReaderSize(f, 1<<20)
	var off int64
	hdr := make([]byte, headerSize)
	for off < size {
		if size-off < headerSize {
			return tornTail(r, off, size, 0)
		}
		if _, err := io.ReadFull(r, hdr); err != nil {
			return 0, tail{}, fmt.Errorf("read record at %d: %w", off, err)
		}
		n := int64(binary.LittleEndian.Uint32(hdr[0:4]))
		sum := binary.LittleEndian.Uint32(hdr[4:8])
		end := off + headerSize + n
		if n == 0 && isZero(hdr) {
			return tornTail(r, off, size, headerSize)
		}
		if end > size {
			return off, tail{bytes: size - off, records: 1, why: "last record cut short"}, nil
		}
		if n > maxRecord {
			return 0, tail{}, fmt.Errorf("corrupt record at offset %d (length %d)", off, n)
		}
		payload := make([]byte, n)
		if _, err := io.ReadFull(r, payload); err != nil {
			return 0, tail{}, fmt.Errorf("read record at %d: %w", off, err)
		}
		if crc32.Checksum(payload, castagnoli) != sum || n == 0 {
			zeros, err := zerosToEnd(r)
			if err != nil {
				return 0, tail{}, fmt.Errorf("read journal after %d: %w", end, err)
			}
			if zeros {
				return off, tail{bytes: size - off, records: 1, why: "last record fails its checksum"}, nil
			}
			return 0, tail{}, fmt.Errorf("corrupt record at offset %d (checksum mismatch, %d bytes follow)", off, size-end)
		}
		var docs []graph.Document
		if err := json.Unmarshal(payload, &docs); err != nil {
			return 0, tail{}, fmt.Errorf("decode record at %d: %w", off, err)
		}
		if err := apply(docs); err != nil {
			return 0, tail{}, fmt.Errorf("apply record at %d: %w", off, err)
		}
		off = end
	}
	return off, tail{}, nil
}

// tornTail classifies the bytes from off to size, of which read were
// already read from r and are zero when read > 0: all zeros, or a
// record's header cut short.
func tornTail(r *bufio.Reader, off, size, read int64) (int64, tail, error) {
	if read == 0 {
		rest := make([]byte, size-off)
		if _, err := io.ReadFull(r, rest); err != nil {
			return 0, tail{}, fmt.Errorf("read record at %d: %w", off, err)
		}
		if !isZero(rest) {
			return off, tail{bytes: size - off, records: 1, why: "last record's header cut short"}, nil
		}
	} else {
		zeros, err := zerosToEnd(r)
		if err != nil {
			return 0, tail{}, fmt.Errorf("read journal after %d: %w", off, err)
		}
		if !zeros {
			return 0, tail{}, fmt.Errorf("corrupt record at offset %d (length 0, %d bytes follow)", off, size-off-read)
		}
	}
	return off, tail{bytes: size - off, why: "zero bytes"}, nil
}

// zerosToEnd reads r to its end and says whether all it read was zero.
func zerosToEnd(r *bufio.Reader) (bool, error) {
	buf := make([]byte, 64<<10)
	for {
		n, err := r.Read(buf)
		if !isZero(buf[:n]) {
			return false, nil
		}
		if err == io.EOF {
			return true, nil
		}
		if err != nil {
			return false, err
		}
	}
}

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// append writes docs as one record and syncs it to disk.
func (j *journal) append(docs []graph.Document) error {
	if j.broken != nil {
		return j.broken
	}
	payload, err := json.Marshal(docs)
	if err != nil {
		return fmt.Errorf("encode documents: %w", err)
	}
	if len(payload) > maxRecord {
		return graph.E("mem.ingest", graph.Invalid, fmt.Errorf("batch of %d bytes is too large", len(payload)))
	}
	buf := make([]byte, headerSize, headerSize+len(payload))
	binary.LittleEndian.PutUint32(buf[0:4], uint32(len(payload)))
	binary.LittleEndian.PutUint32(buf[4:8], crc32.Checksum(payload, castagnoli))
	buf = append(buf, payload...)
	_, werr := j.f.Write(buf)
	if werr == nil {
		werr = j.f.Sync()
	}
	if werr != nil {
		// Take back what may have been written, so the next record does
		// not follow a bad one; if that fails too, refuse further writes.
		if err := j.f.Truncate(j.size); err != nil {
			j.broken = fmt.Errorf("journal unusable after failed write (%v): %w", werr, err)
		} else if _, err := j.f.Seek(j.size, io.SeekStart); err != nil {
			j.broken = fmt.Errorf("journal unusable after failed write (%v): %w", werr, err)
		}
		return werr
	}
	j.size += int64(len(buf))
	return nil
}

func (j *journal) close() error {
	err := j.f.Close()
	if lerr := j.lock.Close(); err == nil {
		err = lerr
	}
	return err
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

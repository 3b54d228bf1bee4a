package mem

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
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
func openJournal(dir string, apply func([]graph.Document) error) (*journal, error) {
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
	good, err := replay(f, apply)
	if err != nil {
		return fail(fmt.Errorf("mem: replay %s: %w", path, err))
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

// replay applies every good record and returns the offset after the last
// one.
func replay(f *os.File, apply func([]graph.Document) error) (int64, error) {
	fi, err := f.Stat()
	if err != nil {
		return 0, err
	}
	size := fi.Size()
	r := bufio.NewReaderSize(f, 1<<20)
	var off int64
	hdr := make([]byte, headerSize)
	for off < size {
		if size-off < headerSize {
			return off, nil // torn header
		}
		if _, err := io.ReadFull(r, hdr); err != nil {
			return 0, fmt.Errorf("read record at %d: %w", off, err)
		}
		n := int64(binary.LittleEndian.Uint32(hdr[0:4]))
		sum := binary.LittleEndian.Uint32(hdr[4:8])
		end := off + headerSize + n
		if end > size {
			return off, nil // torn: the record runs past the end
		}
		if n > maxRecord {
			return 0, fmt.Errorf("corrupt record at offset %d (length %d)", off, n)
		}
		payload := make([]byte, n)
		if _, err := io.ReadFull(r, payload); err != nil {
			return 0, fmt.Errorf("read record at %d: %w", off, err)
		}
		if crc32.Checksum(payload, castagnoli) != sum {
			if end == size {
				return off, nil // torn last record
			}
			return 0, fmt.Errorf("corrupt record at offset %d (checksum mismatch, %d bytes follow)", off, size-end)
		}
		var docs []graph.Document
		if err := json.Unmarshal(payload, &docs); err != nil {
			return 0, fmt.Errorf("decode record at %d: %w", off, err)
		}
		if err := apply(docs); err != nil {
			return 0, fmt.Errorf("apply record at %d: %w", off, err)
		}
		off = end
	}
	return off, nil
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

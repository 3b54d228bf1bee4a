package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
)

// Re-ingest. An article's identity is the hash of its normalised text
// (Article.ID), so the same text read again (from a crawler's JSON after
// a bare .txt, or with --date) is the same article. What the text gives
// does not change; what its metadata gives may: the year of dates
// written without one, the publication date, the address, the outlet.
// A stored article is therefore compared with the new document by its
// metadata (DocumentMeta): when the new one differs and loses nothing,
// it supersedes the stored one, whose meetings are re-derived (the
// article's reports are withdrawn from their meetings, meetings left
// with no report are deleted, and the new reports are merged as for a
// new article). Otherwise the ingest changes nothing (unchanged).

// DocumentMeta is what a document's metadata decided: the provenance of
// its article and the dates of the meetings it reports.
type DocumentMeta struct {
	// Fingerprint hashes the provenance fields and each report's id and
	// date (the meeting id holds the date, so a date found later changes
	// it). The file name is not part of it: the same text under another
	// name is not better metadata.
	Fingerprint string
	// What is known: provenance fields that are set, and how many
	// reports are dated to the day and to the month and day (or better).
	Source, URL, Published, Site, Title bool
	ArticleDate                         string // the article's DatePrecision
	DayMeetings, PartialMeetings        int
	// MetadataYears counts the dates (the article's and its reports')
	// whose year came from the document's metadata (YearSource METADATA:
	// its publication date or --date), which outranks the page's time
	// stamp and the text.
	MetadataYears int
	// Consistent is false when the publication date is before the
	// article's date or one of its meetings' (a wrong --date, say).
	Consistent bool
	// PublishedOn is the publication date; Rest hashes all the
	// fingerprint holds but it, to tell versions that differ only there.
	PublishedOn, Rest string
}

// MetaOf computes the metadata of a prepared document (PrepareDocument):
// its article and its own reports of meetings, in any order.
func MetaOf(a Article, reports []Meeting) DocumentMeta {
	m := DocumentMeta{
		Source: a.Source != "", URL: a.URL != "", Published: a.Published != "",
		Site: a.Site != "", Title: a.Title != "",
		ArticleDate: DatePrecision(a.Date, a.PartialDate),
		Consistent:  a.Published == "" || a.Date <= a.Published,
		PublishedOn: a.Published,
	}
	if a.YearSource == yearFromMetadata {
		m.MetadataYears++
	}
	parts := []string{"doc-meta-v1", a.Source, a.Date, a.PartialDate, a.YearSource, a.URL, a.Site, a.Title}
	reps := slices.Clone(reports)
	slices.SortFunc(reps, func(x, y Meeting) int {
		switch {
		case x.ID < y.ID:
			return -1
		case x.ID > y.ID:
			return 1
		}
		return 0
	})
	for _, r := range reps {
		parts = append(parts, "m", r.ID, r.Date, r.PartialDate, r.YearSource)
		if a.Published != "" && r.Date > a.Published {
			m.Consistent = false
		}
		if r.YearSource == yearFromMetadata {
			m.MetadataYears++
		}
		switch r.DatePrecision() {
		case PrecisionDay:
			m.DayMeetings++
			m.PartialMeetings++
		case PrecisionMonthDay:
			m.PartialMeetings++
		}
	}
	m.Rest = hash(parts)
	m.Fingerprint = hash(append(parts, "published", a.Published))
	return m
}

// hash is the hex SHA-256 (first 16 bytes) of the parts, each followed
// by a NUL byte.
func hash(parts []string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// yearFromMetadata is extract.YearFromMetadata (graph imports no
// extraction package).
const yearFromMetadata = "METADATA"

// MetaOfDocument is MetaOf of a prepared document.
func MetaOfDocument(d Document) DocumentMeta { return MetaOf(d.Article, d.Meetings) }

// precisionRank orders date precisions, more known ranking higher.
func precisionRank(p string) int {
	switch p {
	case PrecisionDay:
		return 2
	case PrecisionMonthDay:
		return 1
	}
	return 0
}

// Supersedes reports whether a document with metadata m replaces a
// stored one with metadata old: its fingerprint differs, and it loses
// nothing old knew (no provenance field that old had is missing, the
// article's date is known as far, as many reports are dated to the day
// and to the month and day, and as many have their year from the
// document's metadata), and a publication date consistent with the
// dates if old's was (and not later, when nothing else differs). A
// re-ingest without --date after one with it
// thus keeps the dates (even where the page's time stamp would give
// another year: metadata outranks it); a corrected date or a new
// address replaces them.
func (m DocumentMeta) Supersedes(old DocumentMeta) bool {
	if m.Fingerprint == old.Fingerprint {
		return false
	}
	lost := func(had, has bool) bool { return had && !has }
	if lost(old.Source, m.Source) || lost(old.URL, m.URL) || lost(old.Published, m.Published) ||
		lost(old.Site, m.Site) || lost(old.Title, m.Title) {
		return false
	}
	if old.Consistent && !m.Consistent {
		return false
	}
	if precisionRank(m.ArticleDate) < precisionRank(old.ArticleDate) {
		return false
	}
	if m.Rest == old.Rest && old.Consistent && m.Published && old.Published && m.PublishedOn > old.PublishedOn {
		// Only the publication date differs, both consistent with the
		// dates: the earlier one, closer to the events, is kept (a
		// blanket --date does not replace a page's own stamp).
		return false
	}
	return m.DayMeetings >= old.DayMeetings && m.PartialMeetings >= old.PartialMeetings && m.MetadataYears >= old.MetadataYears
}

// ReportOf returns the report of meeting m that comes from article aid,
// among a meeting's reports (each report lists its one article).
func ReportOf(reports []Meeting, aid string) (Meeting, bool) {
	for _, r := range reports {
		if slices.Contains(r.ArticleIDs, aid) {
			return r, true
		}
	}
	return Meeting{}, false
}

// PlanIngest decides what an Ingest of the prepared documents batch
// writes, given the metadata of the stored versions of their articles
// (stored[id], absent when the article is new). Each document counts
// once: created when its article is new, updated when it supersedes the
// version stored or met earlier in the batch, unchanged otherwise. write
// holds one document per article to write (the last version that
// superseded, in the order articles first appear); replace names the
// stored articles whose reports must be withdrawn before it is written.
func PlanIngest(batch []Document, stored map[string]DocumentMeta) (write []Document, replace map[string]bool, res IngestResult) {
	replace = map[string]bool{}
	at := map[string]int{} // article id → index in write
	cur := map[string]DocumentMeta{}
	for _, d := range batch {
		id := d.Article.ID
		res.ArticleIDs = append(res.ArticleIDs, id)
		meta := MetaOfDocument(d)
		old, inBatch := cur[id]
		if !inBatch {
			old, inBatch = stored[id]
			if !inBatch {
				res.Created++
				cur[id] = meta
				at[id] = len(write)
				write = append(write, d)
				continue
			}
		}
		if !meta.Supersedes(old) {
			res.Unchanged++
			continue
		}
		res.Updated++
		cur[id] = meta
		if _, ok := stored[id]; ok {
			replace[id] = true
		}
		if i, ok := at[id]; ok {
			write[i] = d
		} else {
			at[id] = len(write)
			write = append(write, d)
		}
	}
	return write, replace, res
}

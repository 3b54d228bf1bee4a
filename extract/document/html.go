package document

import (
	"bytes"
	"html"
	"path/filepath"
	"regexp"
	"strings"
)

// isHTML reports an HTML page: by its name, or a text opening with a tag.
func isHTML(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".htm", ".html", ".shtml", ".xhtml":
		return true
	}
	t := bytes.TrimSpace(data[:min(len(data), 512)])
	return bytes.HasPrefix(bytes.ToLower(t), []byte("<!doctype html")) || bytes.HasPrefix(bytes.ToLower(t), []byte("<html"))
}

var (
	// tagRe is a <meta>, <link> or <time> tag with its attributes.
	tagRe = regexp.MustCompile(`(?is)<(meta|link|time)\b([^>]*)>`)
	// attrRe is one attribute of a tag.
	attrRe = regexp.MustCompile(`(?s)([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)`)
	// ldDateRe is a JSON-LD datePublished ("datePublished": "2024-03-05T…").
	ldDateRe = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]+)"`)
	// titleRe is the page's <title>.
	titleRe = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)
)

// dateMetas are the <meta> names and properties that give a page's
// publication date, best first.
var dateMetas = []string{"article:published_time", "publishdate", "pubdate", "publish_date", "og:published_time",
	"datepublished", "dc.date.issued", "dc.date", "date"}

// sourceMetas name the site or outlet.
var sourceMetas = []string{"og:site_name", "source", "author"}

// htmlMeta reads a page's metadata: publication date (meta tags of
// dateMetas, then JSON-LD datePublished, then the first <time datetime>),
// canonical URL (<link rel="canonical">, else og:url), site and title.
func htmlMeta(d *Doc, page []byte) {
	metas := map[string]string{}
	var timeDate, canonical string
	for _, m := range tagRe.FindAllSubmatch(page, -1) {
		attrs := map[string]string{}
		for _, a := range attrRe.FindAllSubmatch(m[2], -1) {
			attrs[strings.ToLower(string(a[1]))] = html.UnescapeString(strings.Trim(string(a[2]), `"'`))
		}
		switch strings.ToLower(string(m[1])) {
		case "meta":
			key := strings.ToLower(attrs["property"])
			if key == "" {
				key = strings.ToLower(attrs["name"])
			}
			if key == "" {
				key = strings.ToLower(attrs["itemprop"])
			}
			if _, seen := metas[key]; key != "" && !seen {
				metas[key] = strings.TrimSpace(attrs["content"])
			}
		case "link":
			if strings.EqualFold(attrs["rel"], "canonical") && canonical == "" {
				canonical = strings.TrimSpace(attrs["href"])
			}
		case "time":
			if timeDate == "" {
				timeDate = ParseDate(attrs["datetime"])
			}
		}
	}
	for _, k := range dateMetas {
		if v := ParseDate(metas[k]); v != "" {
			d.Date = v
			break
		}
	}
	if d.Date == "" {
		if m := ldDateRe.FindSubmatch(page); m != nil {
			d.Date = ParseDate(string(m[1]))
		}
	}
	if d.Date == "" {
		d.Date = timeDate
	}
	d.URL = canonical
	if d.URL == "" {
		d.URL = metas["og:url"]
	}
	for _, k := range sourceMetas {
		if metas[k] != "" {
			d.Source = metas[k]
			break
		}
	}
	if t := metas["og:title"]; t != "" {
		d.Title = t
	} else if m := titleRe.FindSubmatch(page); m != nil {
		d.Title = strings.TrimSpace(html.UnescapeString(string(m[1])))
	}
}

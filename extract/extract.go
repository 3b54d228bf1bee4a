// Package extract turns Chinese diplomatic news text into the extraction
// model of the public contract: articles, the meetings they report, the
// participants with titles and countries, and the agreements, cooperation
// areas, initiatives, supports and projects they mention, each fact with the
// sentence that states it (rune offsets into the normalised article text).
//
// Extraction is rule-based: normalize.Text cleans the page, datelines split
// it into articles, and patterns over sentences find the facts, with our own
// embedded lexicons (package lexicon) and a gse segmenter loaded only with
// those lexicons for name boundaries.
package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-ego/gse"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/dipgraph/dipgraph/extract/lexicon"
	"github.com/dipgraph/dipgraph/extract/normalize"
)

// Options tell Extract where a text comes from.
type Options struct {
	// Date (YYYY-MM-DD) is the publication date: it supplies the year of
	// dates written without one when neither dateline nor text gives it, and
	// the date of an article that has no dateline.
	Date string
	// Source overrides the outlet of every article when not empty.
	Source string
	// File names the input, copied into Article.File.
	File string
	// URL is the document's address (its metadata), copied into
	// Article.URL.
	URL string
	// Site is the outlet or site the document's metadata names ("新华网",
	// "www.news.cn"), copied into Article.Site; unlike Source it does not
	// replace the dateline's outlet.
	Site string
}

// Extractor holds the loaded lexicons and segmenter. It is safe for
// concurrent use.
type Extractor struct {
	lex *lexicon.Lexicon
	gaz *gazetteer
	seg *gse.Segmenter
	// names caches cutName, a pure function of its runes that segments
	// them; the same runs of name characters recur within an article (the
	// rules try persons at many positions) and across articles (the same
	// leaders). Keyed by the run itself, so two runs never share an entry.
	names *lru.Cache[string, string]
}

// maxNames bounds the entries of the name cache (a few hundred kilobytes);
// the least recently used go first, as in the project's other caches
// (golang-lru: graph/neo4j's document cache, graph/httpapi's result cache).
const maxNames = 8192

// functionWords end a name in a phrase ("普京并举行会谈", "拜登一行"); they
// are loaded into the segmenter with the tag "fn".
var functionWords = []string{
	"并", "一行", "夫妇", "时", "举行", "会谈", "会见", "通电话", "通话", "共同", "等", "在", "于", "后",
	"表示", "说", "指出", "强调", "进行", "出席", "访华", "来华", "同", "与", "就", "对", "向", "致电",
	"致信", "祝贺", "应约", "分别", "集体", "小范围", "茶叙", "宴请", "参加", "陪同", "一道", "及其",
	"夫人", "率领", "率", "和", "及", "的", "为", "今天", "当天", "上午", "下午", "晚上", "中午", "视频",
	"会晤", "互致", "贺电", "以及", "抵达", "访问", "交换", "签署", "代表团", "团长", "先生", "女士",
	"阁下", "是", "也", "还", "将", "已", "被", "从", "到", "上述", "活动", "期间",
	// "致电祝贺X当选/连任…", "就X逝世向Y致唁电".
	"当选", "连任", "就任", "逝世", "去世",
}

// Lexicon returns the lexicon the extractor was loaded with (the embedded
// data merged with its override folder). It is shared: callers must not
// change it.
func (e *Extractor) Lexicon() *lexicon.Lexicon { return e.lex }

// New loads the embedded lexicons (merged with the override folder of
// WithLexiconDir, if given) and a gse segmenter with only our own
// dictionary (never gse's default one).
func New(opts ...Option) (*Extractor, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	lex, err := lexicon.LoadDir(c.lexiconDir)
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	names, err := lru.New[string, string](maxNames)
	if err != nil {
		return nil, fmt.Errorf("name cache: %w", err)
	}
	e := &Extractor{lex: lex, gaz: &gazetteer{}, names: names}
	var dict strings.Builder
	for _, w := range lex.Words() {
		fmt.Fprintf(&dict, "%s 1000 %s\n", w.Text, w.Tag)
	}
	for _, w := range functionWords {
		fmt.Fprintf(&dict, "%s 1000 fn\n", w)
	}
	seg := &gse.Segmenter{SkipLog: true, NotLoadHMM: true}
	if err := seg.LoadDictEmbed(dict.String()); err != nil {
		return nil, fmt.Errorf("load segmenter dictionary: %w", err)
	}
	e.seg = seg
	for f, code := range lex.CountryForms {
		e.gaz.add(f, "cty", code)
	}
	for f, org := range lex.Orgs {
		e.gaz.add(f, "org", org)
	}
	for t := range lex.Titles {
		if _, isCountry := lex.CountryForms[t]; isCountry {
			continue // 苏丹: a country unless it follows one (handled in parsing)
		}
		e.gaz.add(t, "ttl", t)
	}
	for name := range lex.Leaders {
		e.gaz.add(name, "ldr", name)
	}
	for variant, name := range lex.Aliases {
		e.gaz.add(variant, "ldr", name)
	}
	for f, ini := range lex.Initiatives {
		e.gaz.add(f, "ini", ini)
	}
	for p := range lex.Projects {
		e.gaz.add(p, "prj", p)
	}
	return e, nil
}

// ExtractBytes decodes b (UTF-8 or GB18030/GBK) and extracts from it.
func (e *Extractor) ExtractBytes(b []byte, opts Options) (Result, error) {
	s, err := normalize.Decode(b)
	if err != nil {
		if opts.File != "" {
			return Result{Articles: []Article{}}, fmt.Errorf("%s: %w", opts.File, err)
		}
		return Result{Articles: []Article{}}, fmt.Errorf("decode: %w", err)
	}
	return e.Extract(s, opts), nil
}

// Extract normalises text and extracts every article in it. It never
// panics: a rule failing on odd input loses that article's facts, not the run.
func (e *Extractor) Extract(text string, opts Options) (res Result) {
	res.Articles = []Article{}
	defer func() {
		if r := recover(); r != nil {
			if rethrow {
				panic(r)
			}
			res = Result{Articles: []Article{}}
		}
	}()
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	norm := repairLines(normalize.Text(text))
	if !utf8.ValidString(norm) {
		norm = strings.ToValidUTF8(norm, "\uFFFD")
	}
	arts := e.splitArticles(norm, opts)
	stampArticles(arts, norm)
	for _, a := range arts {
		res.Articles = append(res.Articles, e.extractArticle(a, opts))
	}
	dropRetoldMeetings(res.Articles, arts)
	return res
}

// Command mkvariants writes the format variants of testdata/reports: a
// report converted to Traditional characters (OpenCC s2t), one encoded as
// GBK, one as an HTML fragment, one with full-width digits and letters and
// one with hard line breaks, from the originals in that folder. Each variant
// shares the gold annotation of its original (testdata/reports/variants.tsv).
//
// Run from the module root: go run ./extract/normalize/internal/mkvariants
package main

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"

	"github.com/longbridgeapp/opencc"
	"golang.org/x/text/encoding/simplifiedchinese"
)

const dir = "testdata/reports"

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "mkvariants:", err)
		os.Exit(1)
	}
}

func read(name string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, name+".txt"))
	if err != nil {
		return "", fmt.Errorf("read original: %w", err)
	}
	return string(b), nil
}

func write(name, text string) error {
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		return fmt.Errorf("write variant: %w", err)
	}
	return nil
}

func run() error {
	// Traditional characters.
	s, err := read("001_xi_trump_phone_2025")
	if err != nil {
		return err
	}
	cc, err := opencc.New("s2t")
	if err != nil {
		return fmt.Errorf("opencc s2t: %w", err)
	}
	t, err := cc.Convert(s)
	if err != nil {
		return fmt.Errorf("convert to Traditional: %w", err)
	}
	if err := write("001_xi_trump_phone_2025.s2t.txt", t); err != nil {
		return err
	}

	// Hard line breaks every 17 characters, as a narrow newspaper column.
	if s, err = read("002_xi_trump_phone_2017"); err != nil {
		return err
	}
	if err := write("002_xi_trump_phone_2017.wrapped.txt", wrap(s, 17)); err != nil {
		return err
	}

	// Full-width digits, Latin letters and spaces.
	if s, err = read("003_xi_biden_message_2020"); err != nil {
		return err
	}
	if err := write("003_xi_biden_message_2020.fullwidth.txt", fullWidth(s)); err != nil {
		return err
	}

	// GBK bytes.
	if s, err = read("005_li_merkel_phone_2013"); err != nil {
		return err
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(s)
	if err != nil {
		return fmt.Errorf("encode GBK: %w", err)
	}
	if err := write("005_li_merkel_phone_2013.gbk.txt", gbk); err != nil {
		return err
	}

	// An HTML fragment: headline, caption and paragraphs as elements, the
	// host's name in bold, a script and a comment to be dropped.
	if s, err = read("007_zhaoleji_us_house_2025"); err != nil {
		return err
	}
	if err := write("007_zhaoleji_us_house_2025.html", htmlFragment(s, "赵乐际")); err != nil {
		return err
	}
	return moreVariants(cc)
}

// moreVariants writes the variants of the reports added for generalisation
// (022 onwards): one of each kind.
func moreVariants(cc *opencc.OpenCC) error {
	s, err := read("031_xi_turkmenistan_talks_2023")
	if err != nil {
		return err
	}
	t, err := cc.Convert(s)
	if err != nil {
		return fmt.Errorf("convert to Traditional: %w", err)
	}
	if err := write("031_xi_turkmenistan_talks_2023.s2t.txt", t); err != nil {
		return err
	}
	if s, err = read("033_xi_tinubu_talks_2024"); err != nil {
		return err
	}
	if err := write("033_xi_tinubu_talks_2024.wrapped.txt", wrap(s, 19)); err != nil {
		return err
	}
	if s, err = read("042_xi_prabowo_message_2024"); err != nil {
		return err
	}
	if err := write("042_xi_prabowo_message_2024.fullwidth.txt", fullWidth(s)); err != nil {
		return err
	}
	if s, err = read("040_wenjiabao_brown_phone_2008"); err != nil {
		return err
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(s)
	if err != nil {
		return fmt.Errorf("encode GBK: %w", err)
	}
	if err := write("040_wenjiabao_brown_phone_2008.gbk.txt", gbk); err != nil {
		return err
	}
	if s, err = read("026_xi_lula_talks_2023"); err != nil {
		return err
	}
	if err := write("026_xi_lula_talks_2023.html", htmlFragment(s, "习近平")); err != nil {
		return err
	}
	return heldOutVariants(cc)
}

// heldOutVariants writes the variants of the real reports of the second
// held-out round (045 onwards): one of each kind.
func heldOutVariants(cc *opencc.OpenCC) error {
	s, err := read("066_zhaoleji_lira_talks_2023")
	if err != nil {
		return err
	}
	t, err := cc.Convert(s)
	if err != nil {
		return fmt.Errorf("convert to Traditional: %w", err)
	}
	if err := write("066_zhaoleji_lira_talks_2023.s2t.txt", t); err != nil {
		return err
	}
	if s, err = read("062_wangyi_four_guests_2025"); err != nil {
		return err
	}
	if err := write("062_wangyi_four_guests_2025.wrapped.txt", wrap(s, 18)); err != nil {
		return err
	}
	if s, err = read("045_wubangguo_zambia_bangladesh_2003"); err != nil {
		return err
	}
	if err := write("045_wubangguo_zambia_bangladesh_2003.fullwidth.txt", fullWidth(s)); err != nil {
		return err
	}
	if s, err = read("049_hujintao_chile_congress_2004"); err != nil {
		return err
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(s)
	if err != nil {
		return fmt.Errorf("encode GBK: %w", err)
	}
	if err := write("049_hujintao_chile_congress_2004.gbk.txt", gbk); err != nil {
		return err
	}
	if s, err = read("059_zhangdejiang_pelosi_2015"); err != nil {
		return err
	}
	return write("059_zhangdejiang_pelosi_2015.html", htmlFragment(s, "张德江"))
}

func wrap(s string, width int) string {
	var b strings.Builder
	for _, para := range strings.Split(strings.TrimSpace(s), "\n") {
		rs := []rune(para)
		for len(rs) > width {
			b.WriteString(string(rs[:width]))
			b.WriteByte('\n')
			rs = rs[width:]
		}
		b.WriteString(string(rs))
		b.WriteByte('\n')
	}
	return b.String()
}

func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
			return r + 0xFEE0
		case r == ' ':
			return '\u3000'
		}
		return r
	}, s)
}

func htmlFragment(s, bold string) string {
	var b strings.Builder
	b.WriteString("<div class=\"article\">\n<!-- reprinted from Xinhua -->\n")
	for i, para := range strings.Split(strings.TrimSpace(s), "\n") {
		p := html.EscapeString(para)
		p = strings.Replace(p, bold, "<strong>"+bold+"</strong>", 1)
		switch i {
		case 0:
			fmt.Fprintf(&b, "<h1>%s</h1>\n", p)
		case 1:
			fmt.Fprintf(&b, "<p class=\"caption\"><img src=\"photo.jpg\" alt=\"\">%s</p>\n", p)
		default:
			fmt.Fprintf(&b, "<p>%s</p>\n", p)
		}
	}
	b.WriteString("<script>var share = \"<p>分享到</p>\";</script>\n</div>\n")
	return b.String()
}

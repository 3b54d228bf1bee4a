// Command dump prints the extraction of files as JSON (a development aid;
// the user-facing command is dipgraph extract).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/dipgraph/dipgraph/extract"
)

func main() {
	date := flag.String("date", "", "YYYY-MM-DD")
	text := flag.Bool("text", false, "keep article text")
	stream := flag.Bool("stream", false, "extract with ExtractReader, one JSON article per line")
	flag.Parse()
	e, err := extract.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, f := range flag.Args() {
		if *stream {
			fh, err := os.Open(f)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				continue
			}
			enc := json.NewEncoder(os.Stdout)
			err = e.ExtractReader(fh, extract.Options{Date: *date, File: f}, func(a extract.Article) error {
				if !*text {
					a.Text = ""
				}
				return enc.Encode(a)
			})
			fh.Close()
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
			}
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		r, err := e.ExtractBytes(b, extract.Options{Date: *date, File: f})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		if !*text {
			for i := range r.Articles {
				r.Articles[i].Text = ""
				for j := range r.Articles[i].Meetings {
					r.Articles[i].Meetings[j].Evidence = nil
				}
			}
		}
		out, _ := json.MarshalIndent(r, "", " ")
		fmt.Println(string(out))
	}
}

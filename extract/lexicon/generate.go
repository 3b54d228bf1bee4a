package lexicon

//go:generate go run gen_countries.go

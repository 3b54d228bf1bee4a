// Package normalize is the first stage of extraction: it decodes input bytes
// (UTF-8 or GB18030/GBK) and normalises the text of a news page so that the
// extraction rules see clean Simplified Chinese paragraphs.
//
// Decode turns bytes into a string, rejecting empty, binary and undecodable
// input with errors that match ErrEmpty, ErrBinary and ErrEncoding.
//
// Text normalises a page: it undoes the escapes of a row copied from an SQL
// dump, strips HTML, removes the noise of copied reports (BBCode, forum
// edit notices and anti-scraping junk, pinyin glosses that mirror sites
// print after characters: "習(xí)近平"), leaves out the headline lists under a
// related-news heading, folds full-width digits and Latin
// letters to ASCII (and the ASCII punctuation of web copies, "(记者 刘华)", to
// the full-width forms beside Chinese text), applies Unicode NFC, converts
// Traditional to Simplified Chinese (OpenCC, loaded only when a
// Traditional-only character occurs), removes the spaces a PDF puts between
// Chinese characters, joins lines wrapped at the column width into
// paragraphs (one per line of output) and collapses doubled rare glyphs
// (曹嘉玥玥). Text is idempotent and runs in linear time.
//
// Data files (data/, made by internal/gendata): the Traditional-only
// characters of OpenCC's TSCharacters table and the 5,000 most frequent
// characters by gse's embedded dictionary. Hand-written vocabulary, each
// file's header naming its source: the syllables of Hanyu Pinyin, BBCode
// tags, forum edit notices and the words of page chrome.
package normalize

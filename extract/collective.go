package extract

import "strings"

// groupNouns end a counterpart that names a group, not a person
// ("同建交太平洋岛国领导人举行集体会见", "会见出席论坛的外方嘉宾").
var groupNouns = words("group_nouns.txt")

// isGroup reports a parsed "person" whose name is a group noun phrase.
func isGroup(p person) bool {
	if p.known {
		return false
	}
	for _, g := range groupNouns {
		if strings.HasSuffix(p.name, g) {
			return true
		}
	}
	for _, g := range groupPrefixes {
		if strings.HasPrefix(p.name, g) {
			return true
		}
	}
	return false
}

// groupPrefixes open a counterpart that names a group ("其他…议员").
var groupPrefixes = words("group_prefixes.txt")

// dropGroups removes group counterparts; it reports whether there were any.
func dropGroups(ps []person) ([]person, bool) {
	out, had := ps[:0:0], false
	for _, p := range ps {
		if isGroup(p) {
			had = true
			continue
		}
		out = append(out, p)
	}
	return out, had
}

// collectiveGuests names the guests of a meeting with a group (集体会见 of
// "…领导人") from the sentence after it that lists them: "萨摩亚总理图伊拉埃帕、
// …和巴布亚新几内亚总理奥尼尔出席。" Only foreign persons with a title or
// country count; Chinese officials in such a list are attendees.
func (e *Extractor) collectiveGuests(sents []sentence, at int) []person {
	for i := at + 1; i < len(sents) && i <= at+2; i++ {
		t := strings.TrimSuffix(sents[i].text, "。")
		if !strings.HasSuffix(t, "出席") && !strings.HasSuffix(t, "参加") && !strings.HasSuffix(t, "出席会见") &&
			!strings.HasSuffix(t, "参加会见") && !strings.HasSuffix(t, "出席会晤") && !strings.HasSuffix(t, "参加会晤") {
			continue
		}
		var out []person
		for _, p := range e.personsIn(sents[i].rs, false, false) {
			if p.country != "" && p.country != "CN" && p.title != "" {
				out = append(out, p)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

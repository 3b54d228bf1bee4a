package extract

import (
	"regexp"
	"strconv"
)

// A report without a dateline (a 通讯 or a feature: "23日是江泽民主席访俄的
// 第二天…。10时15分，江主席同叶利钦总统…举行小范围会谈") tells the day once,
// opening a sentence, and the events after it by the clock. Their day is
// that day, not the publication date's.

// narrativeDayRe is a day opening a sentence: "23日", "4月23日", "二十三日".
var narrativeDayRe = regexp.MustCompile(`^(?:(\d{1,2})月)?(\d{1,2})日`)

// narrativeWindow bounds how many sentences back the day is looked for.
const narrativeWindow = 12

// narrativeDays dates the events of an article without a dateline that tell
// no day by the last day that opened a sentence of their article before
// them.
func narrativeDays(evs []event, sents []sentence, a *rawArticle) {
	if !a.pubDay {
		return
	}
	for k := range evs {
		ev := &evs[k]
		if ev.day != 0 || ev.yesterday || ev.sent < 0 || ev.sent >= len(sents) {
			continue
		}
		for i := ev.sent - 1; i >= 0 && i >= ev.sent-narrativeWindow; i-- {
			m := narrativeDayRe.FindStringSubmatch(sents[i].text)
			if m == nil {
				continue
			}
			mo, _ := strconv.Atoi(m[1])
			d, _ := strconv.Atoi(m[2])
			if mo == 0 && d > a.day {
				break // a day after the paper's: of another month, not told here
			}
			ev.month, ev.day = mo, d
			break
		}
	}
}

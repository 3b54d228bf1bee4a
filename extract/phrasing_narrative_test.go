package extract

import "testing"

// A feature without a dateline tells the day once and the events by the
// clock; talks may stand as the subject of their sentence; a body's dated
// statement reports the event itself.
func TestNarrativeDaysAndEventSubjects(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"the day told before the clock times, not the paper's (found: 人民日报 1997)",
			"1997-04-24",
			"一天九场重要活动\n23日是江泽民主席访俄的第二天，从早到晚日程排得满满的。\n10时15分，江主席同叶利钦总统在叶卡捷琳娜厅举行小范围会谈。",
			[]string{"TALKS:江泽民/CN,>叶利钦/RU@叶卡捷琳娜厅"}},
		{"talks as the subject, the sides named before (found: 新闻晨报 2007)",
			"2007-04-12",
			"下午5时许，温家宝总理的车队抵达安倍首相官邸，安倍首相和夫人早已在门前等候，两位领导人握手寒暄后，肩并肩走进官邸。\n会谈在首相官邸准时举行。",
			[]string{"TALKS:温家宝/CN,>安倍晋三/JP@首相官邸"}},
		{"talks as the subject with no sides named before are no event (synthetic)",
			"2007-04-12",
			"会谈在首相官邸准时举行。",
			nil},
		{"a ministry's dated statement reports the call (found: 美国之音 2021)",
			"2021-05-27",
			"中国商务部周四（5月27日）表示，中国国务院副总理、中美全面经济对话中方牵头人刘鹤与美国贸易代表戴琪（Catherine Tai）通话，就双边贸易进行了交流。",
			[]string{"PHONE_CALL:刘鹤/国务院副总理/CN,>戴琪/贸易代表/US"}},
		{"a person saying it tells a past call, not this one (synthetic)",
			"2021-05-27",
			"刘鹤表示，中方与美国贸易代表戴琪通话是有益的。",
			nil},
	})
}

// A guest named bare in the event's sentence carries the office and country
// of his first mention; thank-you messages are messages.
func TestGuestOfficeFromFirstMentionAndThankYouMessages(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"a transliterated name with its office after it, office and country from before (found: 光明日报 2000)",
			"2000-09-06",
			"据新华社维尔纽斯9月5日电 当李鹏委员长和夫人朱琳走下舷梯时，受到了立陶宛议会议长兰茨贝吉斯和夫人的热烈欢迎。\n随后，李鹏委员长乘车前往机场贵宾室，同兰茨贝吉斯议长举行会谈。",
			[]string{"TALKS:李鹏/CN,>兰茨贝吉斯/议会议长/LT|维尔纽斯"}},
		{"分别向…发了感谢电: one message each (found: 光明日报 2000)",
			"2000-09-06",
			"据新华社雷克雅未克9月5日电 在结束对冰岛的访问之际，李鹏委员长分别向冰岛总统格里姆松、总理奥德松、代议长斯特凡松发了感谢电。",
			[]string{"MESSAGE:李鹏/CN,>格里姆松/总统/IS", "MESSAGE:李鹏/CN,>奥德松/总理/IS", "MESSAGE:李鹏/CN,>斯特凡松/代议长/IS"}},
	})
}

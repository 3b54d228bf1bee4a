package extract

import "testing"

// Two sides named together before the verb, by outlets of every style.
func TestJointSubjectsOfTwoSides(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"a foreign first side and a Chinese second: the first is HOST (found: 新唐人 2021)",
			"2021-10-26",
			"【新唐人北京时间2021年10月26日讯】周二（26日），美国财长耶伦和中共国务院副总理刘鹤，举行视频通话，这是耶伦上任后，第二次与刘鹤通话。",
			[]string{"VIDEO_CALL:耶伦/财长/US,>刘鹤/国务院副总理/CN"}},
		{"the joint subject without a comma, with 举行视频会晤 (synthetic)",
			"2021-11-16",
			"新华社北京11月16日电 国家主席习近平和美国总统拜登举行视频会晤。",
			[]string{"VIDEO_CALL:习近平/国家主席/CN,>拜登/总统/US"}},
		{"中共 names the state before a state office (synthetic)",
			"2021-10-26",
			"中共外长王毅和美国国务卿布林肯举行会谈。",
			[]string{"TALKS:王毅/外长/CN,>布林肯/国务卿/US"}},
		{"中共中央 keeps the party's office (synthetic)",
			"2021-10-26",
			"中共中央总书记习近平会见美国总统拜登。",
			[]string{"MEETING:习近平/中共中央总书记/CN,>拜登/总统/US"}},
		{"two persons named in the clause before '两人展开…会谈' (found: 中央社 2023)",
			"2023-06-18",
			"中央社北京18日电 中国外交部长秦刚在钓鱼台国宾馆迎接布林肯，两人展开5个半小时会谈。",
			[]string{"TALKS:秦刚/外交部长/CN,>布林肯/US|北京"}},
	})
}

// 同 is "with" before 日本 and 日方, "the same" before 日, 时, 样.
func TestSameDayIsNotWithJapan(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"同日本外相 (found: 香港01 2025)",
			"2025-10-28",
			"中国外长王毅10月28日同日本新任外相茂木敏充通电话，他祝贺对方再次出任外相。",
			[]string{"PHONE_CALL:王毅/外长/CN,>茂木敏充/新任外相/JP"}},
		{"同日 then 与 (synthetic)",
			"2025-10-28",
			"新华社北京10月28日电 外交部长王毅28日同俄罗斯外长拉夫罗夫通电话。王毅同日与日本外相岩屋毅通电话。",
			[]string{"PHONE_CALL:王毅/外交部长/CN,>拉夫罗夫/外长/RU", "PHONE_CALL:王毅/外交部长/CN,>岩屋毅/外相/JP"}},
	})
}

// 会面 is a meeting verb; what is looked forward to is no meeting.
func TestMeetingVerbsOfOtherOutlets(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"与…会面, the visitor the subject (found: 商业电台 2017)",
			"2017-09-20",
			"正在北京访问的新加坡总理李显龙，早上在中南海与中纪委书记王岐山会面。",
			[]string{"MEETING:李显龙/总理/SG,>王岐山/中纪委书记/CN@中南海|北京"}},
		{"期待与…会面 is to come (synthetic, after 新华社 2009)",
			"2009-09-22",
			"新华社东京9月21日电 日本首相鸠山由纪夫表示非常期待与胡锦涛主席在纽约的会面。",
			nil},
	})
}

// An adverb of repetition between the subject and the verb ("首次通话",
// "再次会见") leaves the subject the host.
func TestRepeatedEventsKeepTheirHost(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"a joint subject and 首次 (found: 美国之音 2021, a headline)",
			"2021-05-27",
			"美国贸易代表戴琪和中国副总理刘鹤首次通话。",
			[]string{"PHONE_CALL:戴琪/贸易代表/US,>刘鹤/副总理/CN"}},
		{"再次会见 (synthetic)",
			"2021-05-27",
			"新华社北京5月27日电 国家主席习近平再次会见了美国总统拜登。",
			[]string{"MEETING:习近平/国家主席/CN,>拜登/总统/US|北京"}},
	})
}

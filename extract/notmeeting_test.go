package extract

import "testing"

// A spokesperson's or a briefing's words about a meeting, a press
// conference's questions and answers, are no report of a meeting.
func TestSpokespersonAnswerIsNotAMeeting(t *testing.T) {
	runMeetingsCases(t, []meetingsCase{
		{"press-conference transcript (fmprc.gov.cn 2022, trimmed)", "2022-10-27",
			"2022年10月27日外交部发言人毛宁主持例行记者会\n\n2022-10-27 20:08\n\n总台央视记者：中方今天发布了坦桑尼亚总统哈桑将访华的消息，你能否介绍此访安排和中方期待？\n\n毛宁：坦桑尼亚是东部非洲重要国家。访问期间，习近平主席将为哈桑总统举行欢迎仪式和欢迎宴会，两国元首将举行会谈并共同出席合作文件签字仪式。李克强总理、栗战书委员长将分别会见哈桑总统。\n\n新华社记者：我们注意到，中共中央政治局委员、国务委员兼外长王毅昨天在北京会见了东盟国家驻华使节。发言人能否进一步介绍有关情况？\n\n毛宁：昨天，中共中央政治局委员、国务委员兼外长王毅在北京会见东盟国家驻华使节，这显示了中方对东盟的重视。",
			nil},
		{"问/答 in one paragraph (People's Daily online 2017, trimmed)", "2017-04-24",
			"外交部发言人耿爽24日主持例行记者会\n\n问：你能否进一步介绍习近平主席与美国总统特朗普通话的情况？答：今天上午，习近平主席与特朗普总统通电话。有关通话情况我们已经发了消息稿。",
			nil},
		{"a question put at the press conference (Ta Kung Wen Wei 2025)", "2025-11-25",
			"据央视新闻报道，11月25日外交部例行记者会上，有记者提问：昨晚中国国家主席习近平同美国总统特朗普通电话，请问这次通话是由中方主动提议还是应美方要求进行的？对此，外交部发言人毛宁表示，特朗普总统第二任期以来，中美元首保持着经常性的交往。",
			nil},
		// synthetic: a guest whose office is 发言人, named after the verb,
		// is met, not heard.
		{"a guest who is a spokesperson (synthetic)", "2023-05-12",
			"新华社北京5月12日电 外交部副部长马朝旭12日在北京会见了俄罗斯外交部发言人扎哈罗娃。",
			[]string{"MEETING|2023-05-12|马朝旭|扎哈罗娃"}},
		// synthetic: the spokesperson announces the visit in the lead.
		{"a spokesperson's lead (synthetic)", "2023-04-03",
			"外交部：习近平将会见马克龙\n\n新华社北京4月3日电 外交部发言人毛宁3日在例行记者会上回答提问时表示，应国家主席习近平邀请，法国总统马克龙将于4月5日至7日对中国进行国事访问。访问期间，习近平主席同马克龙总统举行会谈。",
			nil},
		// synthetic: a question with a past meeting in it, then the answer.
		{"记者问 then 答 (synthetic)", "2023-04-03",
			"新华社北京4月3日电 外交部发言人毛宁3日主持例行记者会。\n\n记者问：据报道，习近平主席昨天会见了法国总统马克龙，你能否介绍有关情况？\n\n答：4月2日，习近平主席在北京会见了法国总统马克龙。双方就中法关系交换了意见。",
			nil},
	})
}

// Meetings to come (将, 拟, 计划) are not meetings.
func TestPlannedMeetingIsNotAMeeting(t *testing.T) {
	runMeetingsCases(t, []meetingsCase{
		{"也将分别与他会见 after the talks held (China News Service 2007)", "2007-11-26",
			"中新网北京11月26日电(记者 王岩)中国国家主席胡锦涛今天上午在人民大会堂与来访的法国总统萨科齐进行了小范围会谈。\n之后双方还将进行大范围会谈。\n在抵达北京之前，萨科齐昨天访问了此次中国之行的首站。在北京期间，吴邦国委员长和温家宝总理也将分别与他会见，两国领导人将就双边关系及共同关心的国际和地区问题进行深入探讨。",
			[]string{"TALKS|2007-11-26|胡锦涛|萨科齐"}},
		{"a spokesperson announces a meeting to come (Guangzhou Daily 2025)", "2025-10-30",
			"习近平将同美国总统特朗普举行会晤\n\n据新华社电 外交部发言人10月29日宣布：经中美双方商定，国家主席习近平将于当地时间10月30日在韩国釜山同美国总统特朗普举行会晤，就中美关系和双方共同关心的问题交换意见。\n\n外交部发言人郭嘉昆在例行记者会上表示，元首外交对中美关系发挥着不可替代的战略引领作用。",
			nil},
		// synthetic
		{"拟于 (synthetic)", "2023-04-03",
			"新华社北京4月3日电 国务院总理李强拟于4月10日在北京会见新加坡总理黄循财。",
			nil},
		// synthetic
		{"将同…举行会谈 in an announcement (synthetic)", "2023-04-03",
			"新华社北京4月3日电 外交部发言人宣布：应国务院总理李强邀请，新加坡总理黄循财将于4月9日至12日对中国进行正式访问。访问期间，李强总理将同黄循财总理举行会谈，国家主席习近平将会见黄循财总理。",
			nil},
		// synthetic: a planned word in a clause before the host's.
		{"将于 in an earlier clause (synthetic)", "2023-04-06",
			"新华社北京4月6日电 法国总统马克龙将于7日离京，国家主席习近平6日在人民大会堂会见了法国总统马克龙。",
			[]string{"MEETING|2023-04-06|习近平|马克龙"}},
		// synthetic: a general's rank is no future.
		{"上将同 is a rank (synthetic)", "2024-05-10",
			"新华社北京5月10日电 国务委员、国防部长董军上将10日在北京同美国国防部长奥斯汀通电话。",
			[]string{"PHONE_CALL|2024-05-10|董军|奥斯汀"}},
	})
}

// A commentary or an editorial mentions meetings in passing: none is a
// meeting of its own.
func TestCommentaryMentionIsNotAMeeting(t *testing.T) {
	runMeetingsCases(t, []meetingsCase{
		// synthetic
		{"评论员 headline (synthetic)", "2023-04-03",
			"人民日报评论员：携手构建更加紧密的中非命运共同体\n\n日前，国家主席习近平在人民大会堂会见南非总统拉马福萨时指出，中南是全面战略伙伴。\n\n这一重要论述，为新时代中非合作指明了方向。",
			nil},
		// synthetic: a page's navigation naming its 时评 column.
		{"navigation line above a report (synthetic)", "2023-04-06",
			"首页 > 时评 > 正文\n新华社北京4月6日电 国家主席习近平6日在人民大会堂会见法国总统马克龙。",
			[]string{"MEETING|2023-04-06|习近平|马克龙"}},
		// synthetic: a lead naming a press conference after the meetings.
		{"回答提问 after the verb in the lead (synthetic)", "2023-04-06",
			"新华社北京4月6日电 国家主席习近平6日在人民大会堂同法国总统马克龙举行会谈，会谈后两国元首共同会见记者并回答提问。",
			[]string{"TALKS|2023-04-06|习近平|马克龙"}},
		// synthetic: a signed article, its author named at the foot.
		{"signed at the foot (synthetic)", "2023-04-03",
			"中法合作正当其时\n\n日前，国家主席习近平同法国总统马克龙举行会谈，双方同意加强合作。\n\n（作者系中国国际问题研究院研究员）",
			nil},
		// synthetic: related links at the foot are no signature.
		{"related links at the foot (synthetic)", "2023-04-06",
			"新华社北京4月6日电 国家主席习近平6日在人民大会堂会见法国总统马克龙。\n·人民日报评论员：中法合作正当其时",
			[]string{"MEETING|2023-04-06|习近平|马克龙"}},
		// synthetic
		{"新华时评 after the dateline (synthetic)", "2023-04-03",
			"新华社北京4月3日电 题：新华时评：中法携手正当其时\n\n日前，国家主席习近平同法国总统马克龙举行会谈，双方同意加强合作。",
			nil},
	})
}

// The embedded marker files hold every class the passes read.
func TestMarkerFilesHoldTheirClasses(t *testing.T) {
	for name, words := range map[string][]string{
		"planned": plannedWords, "spokesperson": spokespersonWords, "answer": answerWords,
		"commentary": commentaryWords, "question": questionWords, "press": pressWords,
		"sameday": sameDayWords, "elided": elidedWords, "pronoun": pronounWords, "successive": successWords,
	} {
		if len(words) == 0 {
			t.Errorf("marker class %s is empty", name)
		}
	}
}

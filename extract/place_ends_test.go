package extract

import (
	"reflect"
	"testing"
)

// runSubPhrasings is runPhrasings with one subtest per case.
func runSubPhrasings(t *testing.T, date string, cases []phrasingCase) {
	t.Helper()
	e := newT(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(c.in, Options{Date: date})
			if got := kbriefs(r); !reflect.DeepEqual(got, c.want) {
				t.Errorf("\n got  %q\n want %q", got, c.want)
			}
		})
	}
}

// TestPlaceEndsBeforeAdverbs: the place phrase "在<place>" ends where the
// verb phrase opens, also at an adverb or 应约 before the verb ("在马尼拉先后
// 会见", "在人民大会堂应约同…举行视频会晤", "在钓鱼台国宾馆分别会见"); "在下榻的
// 国宾馆" names the venue 国宾馆, which abroad is in the dateline city.
func TestPlaceEndsBeforeAdverbs(t *testing.T) {
	runSubPhrasings(t, "2003-09-01", []phrasingCase{
		// real: 190_wubangguo_four_speakers_manila_2003_trad (shortened)
		{name: "先后 after a city", in: "中新社马尼拉九月一日电 中国全国人大常委会委员长吴邦国今天在马尼拉先后会见了越南国会副主席阮福清。",
			want: []string{"MEETING:吴邦国/全国人大常委会委员长/CN,>阮福清/国会副主席/VN|马尼拉"}},
		// real: 205_likeqiang_thongloun_video_2020_trad
		{name: "应约 after a venue", in: "央广网北京7月22日消息 国务院总理李克强21日下午在人民大会堂应约同老挝总理通伦举行视频会晤。",
			want: []string{"VIDEO_CALL:李克强/国务院总理/CN,>通伦/总理/LA@人民大会堂|北京"}},
		// real: 182_hujintao_cheney_stevens_hadley_2006 (one guest kept)
		{name: "下榻的国宾馆 abroad, 先后", in: "新华社华盛顿4月20日电 国家主席胡锦涛20日在下榻的国宾馆先后会见了美国副总统切尼。",
			want: []string{"MEETING:胡锦涛/国家主席/CN,>切尼/副总统/US@国宾馆|华盛顿"}},
		// synthetic
		{name: "分别 after a venue", in: "新华社北京5月17日电 国务院副总理汪洋17日在钓鱼台国宾馆分别会见了以色列前总理巴拉克。",
			want: []string{"MEETING:汪洋/国务院副总理/CN,>巴拉克/前总理/IL@钓鱼台国宾馆|北京"}},
		// synthetic
		{name: "共同 after a city abroad", in: "新华社莫斯科6月5日电 国家主席习近平5日在莫斯科共同会见了俄罗斯总统普京。",
			want: []string{"MEETING:习近平/国家主席/CN,>普京/总统/RU|莫斯科"}},
	})
}

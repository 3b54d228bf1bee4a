package extract

import "testing"

// TestUNHeadquartersAndNonCityDateline: "在纽约联合国总部" is the place with
// city 纽约 (as 首尔青瓦台); under a dateline place that is no city
// ("中新网联合国…电") a further meeting with no place takes the city of the
// previous meeting (round 11's decision), and the first meeting without any
// place keeps the dateline's place.
func TestUNHeadquartersAndNonCityDateline(t *testing.T) {
	runSubPhrasings(t, "2002-04-29", []phrasingCase{
		// real: 165_zhanggaoli_bankimoon_newyork_2014 (shortened)
		{name: "city before the UN headquarters", in: "新华社消息：国务院副总理张高丽22日在纽约联合国总部会见了联合国秘书长潘基文。",
			want: []string{"MEETING:张高丽/国务院副总理/CN,>潘基文/秘书长@纽约联合国总部|纽约"}},
		// real: 162_hujintao_annan_kissinger_newyork_2002_trad (shortened)
		{name: "further meeting under a 联合国 dateline", in: "中新网联合国四月二十九日电（记者赵海燕）今天下午，中国国家副主席胡锦涛在纽约联合国总部会见联合国秘书长安南。\n当天下午，胡锦涛还会见了美国前国务卿基辛格博士。",
			want: []string{"MEETING:胡锦涛/国家副主席/CN,>安南/秘书长@纽约联合国总部|纽约", "MEETING:胡锦涛/国家副主席/CN,>基辛格/前国务卿/US|纽约"}},
		// synthetic: no previous meeting to follow
		{name: "only meeting under a 联合国 dateline keeps it", in: "中新社联合国九月二十七日电（记者赵海燕）中国外长李肇星今天会见了巴基斯坦外长卡苏里。",
			want: []string{"MEETING:李肇星/外长/CN,>卡苏里/外长/PK|联合国"}},
		// real: 177_lizhaoxing_acd_newyork_2003 (shortened)
		{name: "正在纽约参加 under a 联合国 dateline", in: "中新社联合国九月二十七日电（记者赵海燕）正在纽约参加第五十八届联大的中国外长李肇星今天会见了巴基斯坦外长卡苏里。",
			want: []string{"MEETING:李肇星/外长/CN,>卡苏里/外长/PK|纽约"}},
		// synthetic: a city dateline is left alone
		{name: "a city dateline is left alone", in: "新华社纽约9月22日电 国务院副总理张高丽22日在联合国总部会见了联合国秘书长潘基文。\n当天，张高丽还会见了美国前国务卿基辛格。",
			want: []string{"MEETING:张高丽/国务院副总理/CN,>潘基文/秘书长@联合国总部|纽约", "MEETING:张高丽/国务院副总理/CN,>基辛格/前国务卿/US|纽约"}},
	})
}

package corpusgen

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/countries.tsv
var countriesTSV string

// country is one foreign state of the generator's table.
type country struct {
	Code, Name, NameEn string
	Abbr               string // side form: 乌 in 乌方, 中乌
	Capital            string
	Relationship       string // designation without 关系; "" when none
	Leaders            []leader
}

// leader is a foreign leader with a term of office by month (YYYY-MM).
type leader struct {
	Title, Name string
	From, To    string // To "" while in office
}

// inOffice says whether the term covers the ISO date d.
func (l leader) inOffice(d string) bool {
	m := d[:7]
	return m >= l.From && (l.To == "" || m <= l.To)
}

var countries = mustParseCountries(countriesTSV)

func mustParseCountries(s string) []country {
	cs, err := parseCountries(s)
	if err != nil {
		panic("corpusgen: embedded countries.tsv: " + err.Error())
	}
	return cs
}

func parseCountries(s string) ([]country, error) {
	var out []country
	for i, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "C" && len(f) == 7:
			rel := f[6]
			if rel == "-" {
				rel = ""
			}
			out = append(out, country{Code: f[1], Name: f[2], NameEn: f[3], Abbr: f[4], Capital: f[5], Relationship: rel})
		case f[0] == "L" && len(f) == 5 && len(out) > 0:
			to := f[4]
			if to == "-" {
				to = ""
			}
			c := &out[len(out)-1]
			c.Leaders = append(c.Leaders, leader{Title: f[1], Name: f[2], From: f[3], To: to})
		default:
			return nil, fmt.Errorf("line %d: malformed %q", i+1, line)
		}
	}
	return out, nil
}

// host is a Chinese leader who receives foreign guests.
type host struct {
	Title, Name string
	From, To    string // months, To "" while in office
	Rank        int    // 0 head of state, 1 premier, 2 NPC, 3 CPPCC, 4 vice-president
}

func (h host) inOffice(d string) bool {
	m := d[:7]
	return m >= h.From && (h.To == "" || m <= h.To)
}

// hosts: Chinese leaders by office and term (public record).
var hosts = []host{
	{"国家主席", "习近平", "2013-03", "", 0},
	{"国务院总理", "李克强", "2013-03", "2023-03", 1},
	{"国务院总理", "李强", "2023-03", "", 1},
	{"全国人大常委会委员长", "张德江", "2013-03", "2018-03", 2},
	{"全国人大常委会委员长", "栗战书", "2018-03", "2023-03", 2},
	{"全国人大常委会委员长", "赵乐际", "2023-03", "", 2},
	{"全国政协主席", "俞正声", "2013-03", "2018-03", 3},
	{"全国政协主席", "汪洋", "2018-03", "2023-03", 3},
	{"全国政协主席", "王沪宁", "2023-03", "", 3},
	{"国家副主席", "李源潮", "2013-03", "2018-03", 4},
	{"国家副主席", "王岐山", "2018-03", "2023-03", 4},
	{"国家副主席", "韩正", "2023-03", "", 4},
}

// attendee is a Chinese official named in "…参加会见".
type attendee struct {
	Name     string
	From, To string
	Ranks    []int // hosts whose meetings they attend
}

var attendees = []attendee{
	{"蔡奇", "2022-10", "", []int{0}},
	{"丁薛祥", "2022-10", "", []int{0}},
	{"王毅", "2013-03", "", []int{0, 1}},
	{"杨洁篪", "2013-03", "2022-10", []int{0}},
	{"栗战书", "2013-03", "2017-10", []int{0}},
	{"何立峰", "2023-03", "", []int{0, 1}},
	{"吴政隆", "2023-03", "", []int{1}},
	{"谌贻琴", "2023-03", "", []int{1}},
	{"肖捷", "2018-03", "2023-03", []int{1}},
	{"李鸿忠", "2023-03", "", []int{2}},
	{"郑建邦", "2023-03", "", []int{2}},
	{"王东明", "2018-03", "2023-03", []int{2}},
	{"石泰峰", "2023-03", "", []int{3}},
	{"马飚", "2013-03", "2023-03", []int{3}},
}

func (a attendee) inOffice(d string) bool {
	m := d[:7]
	return m >= a.From && (a.To == "" || m <= a.To)
}

// organisation officials: guests who serve no state (country null).
type official struct {
	Org, Title, Name string
	From, To         string
}

var officials = []official{
	{"联合国", "秘书长", "古特雷斯", "2017-01", ""},
	{"联合国", "秘书长", "潘基文", "2013-01", "2016-12"},
	{"世界卫生组织", "总干事", "谭德塞", "2017-07", ""},
	{"世界贸易组织", "总干事", "伊维拉", "2021-03", ""},
	{"国际货币基金组织", "总裁", "格奥尔基耶娃", "2019-10", ""},
	{"世界银行", "行长", "彭安杰", "2023-06", ""},
	{"东盟", "秘书长", "高金洪", "2023-01", ""},
	{"非盟委员会", "主席", "法基", "2017-03", "2025-02"},
	{"国际奥委会", "主席", "巴赫", "2013-09", "2025-06"},
}

func (o official) inOffice(d string) bool {
	m := d[:7]
	return m >= o.From && (o.To == "" || m <= o.To)
}

// initiative is a canonical initiative with the date it was proposed and
// the ways a report writes it.
type initiative struct {
	Name  string
	Since string   // ISO date it was first proposed
	Forms []string // as written in text
}

var initiatives = []initiative{
	{"一带一路", "2013-09-07", []string{"共建“一带一路”", "“一带一路”倡议", "共建“一带一路”倡议", "高质量共建“一带一路”"}},
	{"人类命运共同体", "2013-03-23", []string{"构建人类命运共同体"}},
	{"全球发展倡议", "2021-09-21", []string{"全球发展倡议"}},
	{"全球安全倡议", "2022-04-21", []string{"全球安全倡议"}},
	{"全球文明倡议", "2023-03-15", []string{"全球文明倡议"}},
	{"全球治理倡议", "2025-09-01", []string{"全球治理倡议"}},
}

// projects: named bilateral projects and strategies, by country.
var projects = map[string][]string{
	"UZ": {"中吉乌铁路"},
	"KG": {"中吉乌铁路"},
	"PK": {"中巴经济走廊"},
	"ID": {"雅万高铁"},
	"LA": {"中老铁路"},
	"HU": {"匈塞铁路"},
	"RS": {"匈塞铁路"},
	"KE": {"蒙内铁路"},
	"ET": {"亚吉铁路"},
	"MY": {"东海岸铁路", "两国双园"},
	"GR": {"比雷埃夫斯港"},
	"KH": {"金港高速公路"},
	"TH": {"中泰铁路"},
	"TZ": {"坦赞铁路"},
	"ZM": {"坦赞铁路"},
	"SG": {"中新（重庆）战略性互联互通示范项目"},
	"BY": {"中白工业园"},
	"LK": {"科伦坡港口城"},
	"EG": {"苏伊士经贸合作区"},
}

// strategies: a country's own development strategy that Chinese reports
// pair with 一带一路 ("土“复兴丝绸之路”战略同“一带一路”倡议相得益彰").
var strategies = map[string]string{
	"TM": "复兴丝绸之路",
	"KZ": "光明之路",
	"MN": "发展之路",
	"SA": "2030愿景",
	"EG": "2030愿景",
	"ID": "全球海洋支点",
	"KH": "五角战略",
	"LA": "陆联国",
	"PH": "大建特建",
	"VN": "两廊一圈",
	"RU": "欧亚经济联盟",
}

var domains = []string{
	"经济技术合作", "数字经济", "市场监管", "航天", "海关", "计量", "媒体", "知识产权",
	"新闻媒体", "教育", "互联互通", "绿色低碳", "能源", "人工智能", "农业", "检验检疫",
	"卫生", "科研", "发展战略对接", "互设文化中心", "医疗服务", "投资", "贸易", "基础设施",
	"文化", "旅游", "金融", "水利", "司法", "警务", "科技创新", "绿色发展", "电子商务",
	"民航", "交通运输", "减贫", "体育", "青年", "地方合作", "标准化", "气候变化", "核能",
	"海洋", "林业", "统计", "税收", "应急管理", "网络安全",
}

var coopAreas = []string{
	"联合科研", "绿色能源", "医疗卫生", "应急管理", "人工智能", "减贫", "新能源汽车",
	"数字经济", "基础设施建设", "贸易", "投资", "清洁能源", "互联互通", "产业", "农业",
	"矿业", "半导体", "新能源", "航天", "海洋", "防灾减灾", "职业教育", "光伏",
	"电子商务", "生物医药", "天然气", "绿色经济", "物流", "金融", "人文", "旅游",
	"跨境电商", "科技创新", "粮食安全", "水资源", "卫星导航",
}

// summits are real multilateral events with their city, dates and name.
type summit struct {
	City, Venue string
	Country     string // "CN" for events at home
	From, To    string // ISO dates
	Name        string // as written after 出席
}

var summits = []summit{
	{"北京", "北京人民大会堂", "CN", "2014-11-09", "2014-11-11", "亚太经合组织第二十二次领导人非正式会议"},
	{"杭州", "杭州西湖国宾馆", "CN", "2016-09-03", "2016-09-05", "二十国集团领导人杭州峰会"},
	{"北京", "北京人民大会堂", "CN", "2017-05-13", "2017-05-15", "“一带一路”国际合作高峰论坛"},
	{"北京", "北京人民大会堂", "CN", "2018-09-01", "2018-09-05", "2018年中非合作论坛北京峰会"},
	{"北京", "北京人民大会堂", "CN", "2019-04-24", "2019-04-27", "第二届“一带一路”国际合作高峰论坛"},
	{"北京", "北京钓鱼台国宾馆", "CN", "2022-02-04", "2022-02-06", "北京2022年冬奥会开幕式"},
	{"西安", "西安", "CN", "2023-05-17", "2023-05-19", "中国－中亚峰会"},
	{"杭州", "杭州西湖国宾馆", "CN", "2023-09-22", "2023-09-24", "第十九届亚洲运动会开幕式"},
	{"北京", "北京人民大会堂", "CN", "2023-10-16", "2023-10-18", "第三届“一带一路”国际合作高峰论坛"},
	{"北京", "北京人民大会堂", "CN", "2024-09-02", "2024-09-06", "2024年中非合作论坛峰会"},
	{"天津", "天津迎宾馆", "CN", "2025-08-30", "2025-09-01", "2025年上海合作组织峰会"},
	{"北京", "北京人民大会堂", "CN", "2025-09-02", "2025-09-03", "纪念中国人民抗日战争暨世界反法西斯战争胜利80周年活动"},
	{"大阪", "大阪", "JP", "2019-06-27", "2019-06-29", "二十国集团领导人第十四次峰会"},
	{"比什凯克", "比什凯克", "KG", "2019-06-13", "2019-06-14", "上海合作组织成员国元首理事会第十九次会议"},
	{"撒马尔罕", "撒马尔罕", "UZ", "2022-09-15", "2022-09-16", "上海合作组织成员国元首理事会第二十二次会议"},
	{"巴厘岛", "巴厘岛", "ID", "2022-11-14", "2022-11-16", "二十国集团领导人第十七次峰会"},
	{"约翰内斯堡", "约翰内斯堡", "ZA", "2023-08-22", "2023-08-24", "金砖国家领导人第十五次会晤"},
	{"旧金山", "旧金山", "US", "2023-11-15", "2023-11-17", "亚太经合组织第三十次领导人非正式会议"},
	{"阿斯塔纳", "阿斯塔纳", "KZ", "2024-07-03", "2024-07-04", "上海合作组织成员国元首理事会第二十四次会议"},
	{"喀山", "喀山", "RU", "2024-10-22", "2024-10-24", "金砖国家领导人第十六次会晤"},
	{"利马", "利马", "PE", "2024-11-14", "2024-11-16", "亚太经合组织第三十一次领导人非正式会议"},
	{"里约热内卢", "里约热内卢", "BR", "2024-11-18", "2024-11-19", "二十国集团领导人第十九次峰会"},
	{"阿斯塔纳", "阿斯塔纳", "KZ", "2025-06-16", "2025-06-18", "第二届中国－中亚峰会"},
}

// summitGuests lists the states whose leaders attend a kind of summit,
// keyed by a word of the summit's name; summits not listed take anyone.
var summitGuests = []struct {
	Key   string
	Codes []string
}{
	{"中非合作论坛", []string{"EG", "ZA", "NG", "KE", "ET", "TZ", "ZM", "ZW", "SN", "AO", "DZ", "GH", "MZ", "BJ", "GA", "CM", "CG"}},
	{"中国－中亚峰会", []string{"KZ", "KG", "TJ", "TM", "UZ"}},
	{"上海合作组织", []string{"RU", "KZ", "KG", "TJ", "UZ", "PK", "IN", "IR", "BY", "MN", "TM", "AZ", "AM", "TR", "EG", "QA", "KH", "NP", "LK", "MY", "LA", "VN"}},
	{"金砖国家", []string{"BR", "RU", "IN", "ZA", "EG", "ET", "IR", "AE", "ID", "BY", "KZ", "UZ", "TR", "MY", "TH", "VN", "CU", "BO", "NG"}},
	{"亚太经合组织", []string{"US", "JP", "KR", "AU", "NZ", "SG", "MY", "TH", "ID", "PH", "VN", "PE", "CL", "MX", "BN", "RU"}},
	{"二十国集团", []string{"US", "GB", "FR", "DE", "IT", "JP", "KR", "IN", "ID", "AU", "BR", "AR", "MX", "ZA", "SA", "TR", "RU", "ES", "EG", "SG", "AE", "NL"}},
}

func guestsOf(summitName string) map[string]bool {
	for _, sg := range summitGuests {
		if strings.Contains(summitName, sg.Key) {
			m := map[string]bool{}
			for _, c := range sg.Codes {
				m[c] = true
			}
			return m
		}
	}
	return nil
}

// Venues for visits to China.
var venues = []struct{ Place, City string }{
	{"北京人民大会堂", "北京"},
	{"人民大会堂", "北京"},
	{"北京钓鱼台国宾馆", "北京"},
	{"钓鱼台国宾馆", "北京"},
	{"人民大会堂", "北京"},
	{"北京人民大会堂", "北京"},
	{"中南海紫光阁", "北京"},
	{"广州松园", "广州"},
	{"上海", "上海"},
	{"厦门国际会议中心", "厦门"},
}

var surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤温邵朱")

var givenChars = []rune("鑫雨嘉玥超雪馨扬艺博君钰睿佳丽姊昊天明华建国伟芳娜敏静丽强磊军洋勇艳杰娟涛超明霞秀兰飞鹏宇浩然晨阳欣怡思远文博子涵梓轩一诺雨桐可馨婧琳瑶璐颖萌")

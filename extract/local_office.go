package extract

import "strings"

// A local office keeps the province or city written before it ("湖南省省长
// 周强": 湖南省省长; "长沙市市长": 长沙市市长), as the body that qualifies
// it; "省长张中伟" written without one stays 省长.

// chineseProvinces are China's provincial-level divisions (short names).
var chineseProvinces = words("chinese_provinces.txt")

// localPlaces are the provinces and cities a local office may name.
var localPlaces = append(append([]string{}, chineseProvinces...), chineseCities...)

// localPlaceLast holds the runes a local place written before an office
// ends with: 省, 市, 自治区's 区, or the last rune of a place's name.
var localPlaceLast = func() map[rune]bool {
	m := map[rune]bool{'省': true, '市': true, '区': true}
	for _, p := range localPlaces {
		rs := []rune(p)
		m[rs[len(rs)-1]] = true
	}
	return m
}()

// localOfficeFirst holds the first runes of local offices.
const localOfficeFirst = "省市副常区州县自"

// localTitle returns title with the province or city written just before
// rs[i] ("湖南省" + "省长"), or title unchanged.
func localTitle(rs []rune, i int, title string) string {
	if i < 2 || title == "" || !localPlaceLast[rs[i-1]] || !strings.ContainsRune(localOfficeFirst, []rune(title)[0]) {
		return title
	}
	for k := max(0, i-8); k <= i-2; k++ {
		pre := string(rs[k:i])
		root := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(pre, "省"), "市"), "自治区")
		for _, p := range localPlaces {
			if root == p {
				return pre + title
			}
		}
	}
	return title
}

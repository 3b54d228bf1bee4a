package graph

import (
	"reflect"
	"testing"
)

// TestNameKeyFoldsScriptsAndSpelling: pinyin with or without tones,
// spaces or tone numbers, English with or without diacritics and case
// fold to one key; Han names keep their characters.
func TestNameKeyFoldsScriptsAndSpelling(t *testing.T) {
	for in, want := range map[string]string{
		"Xi Jinping":           "xijinping",
		"xijinping":            "xijinping",
		"Xí Jìnpíng":           "xijinping",
		"xi2 jin4 ping2":       "xijinping",
		"XI JINPING":           "xijinping",
		"Recep Tayyip Erdoğan": "receptayyiperdogan",
		"Miguel Díaz-Canel":    "migueldiazcanel",
		"Lü":                   "lu",
		"Wang Jia'an":          "wangjiaan",
		"习近平":                  "习近平",
		"迪亚斯－卡内尔":              "迪亚斯卡内尔",
		"":                     "",
		"  -- ":                "",
	} {
		if got := NameKey(in); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLeaderNameKeysAndMerge(t *testing.T) {
	n := LeaderName{Name: "习近平", NameEn: "Xi Jinping", Pinyin: "Xi Jinping", Variants: []string{"習近平"}}
	if got, want := n.Keys(), []string{"xijinping", "习近平", "習近平"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Keys = %v, want %v", got, want)
	}
	m := MergeLeaderName(n, LeaderName{Name: "习近平", Variants: []string{"习大大"}})
	if m.NameEn != "Xi Jinping" || !reflect.DeepEqual(m.Variants, []string{"习大大", "習近平"}) {
		t.Errorf("MergeLeaderName = %+v", m)
	}
}

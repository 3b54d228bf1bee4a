package extract

// Tests (and the fuzz target) see every panic of a rule.
func init() { rethrow = true }

package l10n

// The messages that finish release 1.2 (measured figures in the trend,
// the sign-off state on every summary, hashing progress in the
// walk-through) are kept in files of their own, catalog_finish_en.go and
// catalog_finish_sv.go, added here as catalog11.go adds those of 1.1.
func init() {
	add(&english, englishFinish, englishFinishCount)
	add(&swedish, swedishFinish, swedishFinishCount)
}

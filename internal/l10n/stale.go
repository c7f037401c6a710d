package l10n

// EvidenceStale words an evidence file's answers.Evidence.Stale ("changed"
// or "missing"): "changed since it was recorded".
func (p *Printer) EvidenceStale(stale string) string {
	if stale == "missing" {
		return p.T("evidence.stale.missing")
	}
	return p.T("evidence.stale.changed")
}

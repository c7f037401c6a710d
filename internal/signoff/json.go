package signoff

// StateJSON is the sign-off state in `score --format json`, so that a
// script sees what the PDF's cover says: "draft", "final" (approved by
// Name, Role on Date, unchanged since) or "changed" (an approval of
// answers or a questionnaire that have moved on since Date).
type StateJSON struct {
	State string `json:"state"`
	Name  string `json:"name,omitempty"`
	Role  string `json:"role,omitempty"`
	Date  string `json:"date,omitempty"`
	// SignerChecked says whether an allowed-signers list judged the
	// signer; false means the key was trusted as it is.
	SignerChecked bool `json:"signer_checked"`
	// Signed says whether any sign-off exists; Invalid counts those
	// whose signature is not valid.
	Signed  bool `json:"signed"`
	Invalid int  `json:"invalid_signatures"`
}

// JSON is the state for tools.
func (st State) JSON() StateJSON {
	j := StateJSON{State: "draft", SignerChecked: st.Checked, Signed: st.Signed, Invalid: st.Invalid}
	v := st.Approval
	if v != nil {
		j.State = "final"
	} else if v = st.Earlier; v != nil {
		j.State = "changed"
	}
	if v != nil {
		j.Name, j.Role, j.Date = v.Signoff.Name, v.Signoff.Role, v.Signoff.Date
	}
	return j
}

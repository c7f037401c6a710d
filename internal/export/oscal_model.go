package export

// The types below are the part of the OSCAL 1.1 assessment-results model
// (https://pages.nist.gov/OSCAL/) that dutycheck writes. Field order
// follows the model, so the JSON reads like NIST's examples; optional
// fields are omitted when empty because the schema forbids empty arrays
// and empty strings in most places.

type oscalDocument struct {
	AssessmentResults assessmentResults `json:"assessment-results"`
}

type assessmentResults struct {
	UUID       string      `json:"uuid"`
	Metadata   metadata    `json:"metadata"`
	ImportAP   importAP    `json:"import-ap"`
	Results    []result    `json:"results"`
	BackMatter *backMatter `json:"back-matter,omitempty"`
}

type metadata struct {
	Title        string  `json:"title"`
	LastModified string  `json:"last-modified"`
	Version      string  `json:"version"`
	OSCALVersion string  `json:"oscal-version"`
	Props        []prop  `json:"props,omitempty"`
	Parties      []party `json:"parties,omitempty"`
	Remarks      string  `json:"remarks,omitempty"`
}

type prop struct {
	Name    string `json:"name"`
	NS      string `json:"ns,omitempty"`
	Value   string `json:"value"`
	Class   string `json:"class,omitempty"`
	Remarks string `json:"remarks,omitempty"`
}

type party struct {
	UUID     string   `json:"uuid"`
	Type     string   `json:"type"`
	Name     string   `json:"name,omitempty"`
	MemberOf []string `json:"member-of-organizations,omitempty"`
}

type importAP struct {
	Href    string `json:"href"`
	Remarks string `json:"remarks,omitempty"`
}

type result struct {
	UUID             string           `json:"uuid"`
	Title            string           `json:"title"`
	Description      string           `json:"description"`
	Start            string           `json:"start"`
	End              string           `json:"end,omitempty"`
	Props            []prop           `json:"props,omitempty"`
	ReviewedControls reviewedControls `json:"reviewed-controls"`
	Observations     []observation    `json:"observations,omitempty"`
	Findings         []finding        `json:"findings,omitempty"`
	Remarks          string           `json:"remarks,omitempty"`
}

type reviewedControls struct {
	Description       string             `json:"description,omitempty"`
	ControlSelections []controlSelection `json:"control-selections"`
}

type controlSelection struct {
	Description string    `json:"description,omitempty"`
	IncludeAll  *struct{} `json:"include-all,omitempty"`
}

type observation struct {
	UUID             string     `json:"uuid"`
	Title            string     `json:"title,omitempty"`
	Description      string     `json:"description"`
	Props            []prop     `json:"props,omitempty"`
	Methods          []string   `json:"methods"`
	Types            []string   `json:"types,omitempty"`
	RelevantEvidence []evidence `json:"relevant-evidence,omitempty"`
	Collected        string     `json:"collected"`
	Remarks          string     `json:"remarks,omitempty"`
}

type evidence struct {
	Href        string `json:"href,omitempty"`
	Description string `json:"description"`
	Props       []prop `json:"props,omitempty"`
}

type finding struct {
	UUID                string               `json:"uuid"`
	Title               string               `json:"title"`
	Description         string               `json:"description"`
	Props               []prop               `json:"props,omitempty"`
	Target              findingTarget        `json:"target"`
	RelatedObservations []relatedObservation `json:"related-observations,omitempty"`
	Remarks             string               `json:"remarks,omitempty"`
}

type findingTarget struct {
	Type     string          `json:"type"`
	TargetID string          `json:"target-id"`
	Title    string          `json:"title,omitempty"`
	Status   objectiveStatus `json:"status"`
}

type objectiveStatus struct {
	State  string `json:"state"`
	Reason string `json:"reason,omitempty"`
}

type relatedObservation struct {
	ObservationUUID string `json:"observation-uuid"`
}

type backMatter struct {
	Resources []resource `json:"resources"`
}

type resource struct {
	UUID        string  `json:"uuid"`
	Title       string  `json:"title,omitempty"`
	Description string  `json:"description,omitempty"`
	Props       []prop  `json:"props,omitempty"`
	Rlinks      []rlink `json:"rlinks,omitempty"`
}

type rlink struct {
	Href      string `json:"href"`
	MediaType string `json:"media-type,omitempty"`
	Hashes    []hash `json:"hashes,omitempty"`
}

type hash struct {
	Algorithm string `json:"algorithm"`
	Value     string `json:"value"`
}

// Package measure computes a questionnaire's figures from a team's own case
// exports: a map file says which column of a CSV export plays which role
// (id, received, removed, …), and each measure of a question (median,
// p90, p95, share_within, share, count) is computed over the cases in a
// period. The rules — period, then repeated ids, then scope; open cases
// slower than every closed one; the median as the mean of the two middle
// times; nearest-rank quantiles; rounding up to the whole minute; shares
// to one decimal with halves up — are documented in docs/measure.md.
//
// The package is pure: it reads bytes and streams and returns values. It
// reads an export as a stream and keeps, per case in the period, only its
// id and a few numbers, so memory grows with the cases counted and never
// with the other rows or fields.
package measure

// Package signoff records and checks who approved which answers: the
// sign-offs file that sits beside an answers file (NAME.signoffs.yaml),
// the canonical message each sign-off's SSH signature covers, the
// signature itself (the format of `ssh-keygen -Y sign` and git's SSH
// commit signing, namespace "dutycheck", hash sha512), git's
// allowed-signers list, and the verdict on each sign-off against the
// current answers and questionnaire.
//
// The format is written down in docs/signoffs.md. Everything here is pure:
// bytes and values in, values and problems out. Reading keys, talking to
// ssh-agent and asking for a passphrase belong to internal/cli.
//
// The signed message is plain text that anyone can rebuild from the file
// with a text editor, so that an auditor can check a sign-off with
// ssh-keygen alone, without trusting this program.
package signoff

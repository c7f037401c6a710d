// Command dutycheck is a self-assessment tool for the safety duties of
// online services against child sexual exploitation and abuse.
package main

import (
	"os"

	"github.com/dutycheck/dutycheck/internal/cli"
)

func main() { os.Exit(cli.Main()) }

package main

import "github.com/stakater/Reloader/test/loadtest/internal/cmd"

func main() {
	cmd.Execute()
}

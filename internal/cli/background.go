package cli

// inBackground runs f on another goroutine and returns a function that
// waits for its result. Work that does not depend on what the command does
// meanwhile (parsing the answers while the questionnaire is parsed, asking
// git where the files stand while the files are read and parsed) then
// uses the machine's second core. A panic in f is raised again where the result is
// waited for, on the command's goroutine, so that Run turns it into one
// line as it does any other (a panic on a goroutine of its own would end
// the process with a stack trace).
func inBackground[T any](f func() T) func() T {
	type result struct {
		v     T
		panic any
		ok    bool
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{panic: r}
			}
		}()
		done <- result{v: f(), ok: true}
	}()
	var r result
	waited := false
	return func() T {
		if !waited {
			r, waited = <-done, true
		}
		if !r.ok {
			panic(r.panic)
		}
		return r.v
	}
}

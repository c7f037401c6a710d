package cli

import (
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"strings"
	"syscall"

	"golang.org/x/crypto/ssh"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// agentDialProblem says why the ssh-agent at sock could not be reached,
// in our words (a yamlsrc.Reason, said in the output's language) rather
// than the network error's English ("dial unix …: connect: connection
// refused"): no socket there, no permission, a file or a folder where the
// socket should be, or nothing listening on it.
func agentDialProblem(sock string, err error) error {
	switch {
	case errors.Is(err, syscall.ENOENT), errors.Is(err, syscall.ENOTDIR):
		return yamlsrc.Reasonf("there is no socket at that path")
	case errors.Is(err, syscall.EACCES), errors.Is(err, syscall.EPERM):
		return yamlsrc.Reasonf("no permission to use the socket")
	case isTimeout(err):
		return yamlsrc.Reasonf("it did not answer in time")
	}
	if fi, serr := os.Stat(sock); serr == nil && fi.Mode()&fs.ModeSocket == 0 {
		if fi.IsDir() {
			return yamlsrc.Reasonf("the path is a folder, not a socket")
		}
		return yamlsrc.Reasonf("the path is a file, not a socket")
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		return yamlsrc.Reasonf("nothing answers on the socket; the agent may have stopped")
	}
	return yamlsrc.Reasonf("the connection failed")
}

// agentProblem says why ssh-agent did not list its keys or sign, in our
// words. The agent client's errors are plain English strings ("agent:
// failed to sign challenge", "agent: client error: EOF"), so they are
// told apart by their text; anything else is an answer not understood.
func agentProblem(err error) error {
	msg := err.Error()
	switch {
	case isTimeout(err) || strings.Contains(msg, "i/o timeout"):
		return yamlsrc.Reasonf("it did not answer in time")
	case strings.HasPrefix(msg, "agent: failed to sign challenge"):
		return yamlsrc.Reasonf("it refused to sign: a confirmation was declined, the agent is locked, or the key was removed")
	case strings.HasPrefix(msg, "agent: failed to list keys"):
		return yamlsrc.Reasonf("it refused to list its keys")
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.EPIPE), errors.Is(err, syscall.ECONNRESET),
		strings.HasSuffix(msg, "EOF"), strings.Contains(msg, "broken pipe"), strings.Contains(msg, "connection reset"):
		return yamlsrc.Reasonf("the connection closed before it answered")
	}
	return yamlsrc.Reasonf("its answer could not be read")
}

// isTimeout reports a deadline passed while talking to the agent.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

// agentSigner is a key ssh-agent holds, whose failures to sign are said
// in our words (agentProblem), naming the agent's socket.
type agentSigner struct {
	ssh.AlgorithmSigner
	sock string
}

func (s agentSigner) Sign(rand io.Reader, data []byte) (*ssh.Signature, error) {
	sig, err := s.AlgorithmSigner.Sign(rand, data)
	return sig, s.said(err)
}

func (s agentSigner) SignWithAlgorithm(rand io.Reader, data []byte, algorithm string) (*ssh.Signature, error) {
	sig, err := s.AlgorithmSigner.SignWithAlgorithm(rand, data, algorithm)
	return sig, s.said(err)
}

func (s agentSigner) said(err error) error {
	if err == nil {
		return nil
	}
	return yamlsrc.Reasonf("ssh-agent at %s: %v", s.sock, agentProblem(err))
}

package cli

import (
	"bytes"
	"crypto/x509"
	"errors"
	"net"
	"os"
	"time"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"

	"github.com/dutycheck/dutycheck/internal/signoff"
)

// passphraseEnv names the variable a key's passphrase is read from when
// there is no terminal to ask on (a script, a test). On a terminal it is
// never read: the passphrase is asked for, without echo.
const passphraseEnv = "DUTYCHECK_KEY_PASSPHRASE"

// agentTimeout bounds the talk with ssh-agent, which may ask its user to
// confirm a signature.
const agentTimeout = 2 * time.Minute

// signingKey is the key sign signs with and its public key line
// (with the comment people know it by).
type signingKey struct {
	signer ssh.Signer
	line   string
	close  func()
}

// loadSigningKey reads --key: an OpenSSH private key file (its passphrase
// asked for on the terminal), or a public key file whose private key the
// running ssh-agent holds. Every failure is one line that names the file.
func loadSigningKey(env *Env, path string) (*signingKey, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, usageErr("cli.key.error", err)
	}
	if pub, comment, _, rest, err := ssh.ParseAuthorizedKey(data); err == nil && len(bytes.TrimSpace(rest)) == 0 {
		if err := signoff.SupportedKey(pub); err != nil {
			return nil, usageErr("cli.key.fileerror", path, err)
		}
		return agentKey(env, path, pub, comment)
	}
	signer, err := ssh.ParsePrivateKey(data)
	var missing *ssh.PassphraseMissingError
	if errors.As(err, &missing) {
		pass, perr := passphrase(env, path)
		if perr != nil {
			return nil, perr
		}
		signer, err = ssh.ParsePrivateKeyWithPassphrase(data, pass)
		if errors.Is(err, x509.IncorrectPasswordError) {
			return nil, usageErr("cli.key.passphrase", path)
		}
	}
	if err != nil {
		// the library's reason is English and technical: said in our
		// words, by its kind, in every language
		switch reason, notKey := keyFileProblem(path, data, err); {
		case reason == nil:
			return nil, usageErr("cli.key.nokey", path)
		case notKey:
			return nil, usageErr("cli.key.notssh", path, reason)
		default:
			return nil, usageErr("cli.key.fileerror", path, reason)
		}
	}
	if err := signoff.SupportedKey(signer.PublicKey()); err != nil {
		return nil, usageErr("cli.key.fileerror", path, err)
	}
	return &signingKey{signer: signer, line: signoff.KeyLine(signer.PublicKey(), pubComment(path, signer.PublicKey())), close: func() {}}, nil
}

// pubComment is the comment of KEY.pub beside a private key file, when
// that file holds the same key: the name people know the key by
// ("karin@example.com"), which the private key file keeps encrypted.
func pubComment(path string, pub ssh.PublicKey) string {
	data, err := os.ReadFile(path + ".pub")
	if err != nil || len(data) > 64<<10 {
		return ""
	}
	p, comment, _, _, err := ssh.ParseAuthorizedKey(data)
	if err != nil || !bytes.Equal(p.Marshal(), pub.Marshal()) || signoff.CheckValue("comment", comment) != nil {
		return ""
	}
	return comment
}

// passphrase asks for a key's passphrase on the terminal, or reads it
// from DUTYCHECK_KEY_PASSPHRASE when there is no terminal.
func passphrase(env *Env, path string) ([]byte, error) {
	if env.ReadPassword != nil {
		pass, err := env.ReadPassword(env.printer().T("cli.key.prompt", path))
		if err != nil {
			return nil, usageErr("cli.key.noread", path, err)
		}
		return pass, nil
	}
	if v := env.Getenv(passphraseEnv); v != "" {
		return []byte(v), nil
	}
	return nil, usageErr("cli.key.noterminal", path, passphraseEnv)
}

// agentKey finds pub among the keys of the ssh-agent at SSH_AUTH_SOCK.
func agentKey(env *Env, path string, pub ssh.PublicKey, comment string) (*signingKey, error) {
	sock := env.Getenv("SSH_AUTH_SOCK")
	if sock == "" {
		return nil, usageErr("cli.key.noagent", path)
	}
	conn, err := net.DialTimeout("unix", sock, 5*time.Second)
	if err != nil {
		return nil, usageErr("cli.key.agentgone", path, sock, agentDialProblem(sock, err))
	}
	_ = conn.SetDeadline(time.Now().Add(agentTimeout))
	signers, err := agent.NewClient(conn).Signers()
	if err != nil {
		conn.Close()
		return nil, usageErr("cli.key.agentsilent", path, sock, agentProblem(err))
	}
	for _, s := range signers {
		if bytes.Equal(s.PublicKey().Marshal(), pub.Marshal()) {
			var signer ssh.Signer = s
			if as, ok := s.(ssh.AlgorithmSigner); ok {
				// its refusals said in our words, not the client's
				signer = agentSigner{as, sock}
			}
			return &signingKey{signer: signer, line: signoff.KeyLine(pub, safeComment(comment)), close: func() { conn.Close() }}, nil
		}
	}
	conn.Close()
	return nil, usageErr("cli.key.notinagent", path, ssh.FingerprintSHA256(pub))
}

// safeComment drops a comment that could not be part of a signed line.
func safeComment(c string) string {
	if signoff.CheckValue("comment", c) != nil {
		return ""
	}
	return c
}

package cli

import (
	"crypto/ecdh"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"github.com/dutycheck/dutycheck/internal/l10n"
)

// pemOf is one PEM block of that type.
func pemOf(typ string, der []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der})
}

// mustDER is asn1.Marshal that fails the test.
func mustDER(t *testing.T, v any) []byte {
	t.Helper()
	der, err := asn1.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

// keyFiles are files --key may name that x/crypto/ssh does not read as a
// key, made on the spot as the tools that make them would.
func keyFiles(t *testing.T) map[string][]byte {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "x"}, NotBefore: time.Unix(0, 0), NotAfter: time.Unix(1<<31, 0)}
	cert, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, pub, priv)
	if err != nil {
		t.Fatal(err)
	}
	pkix, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	x, err := ecdh.X25519().GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	x25519, err := x509.MarshalPKCS8PrivateKey(x)
	if err != nil {
		t.Fatal(err)
	}
	// PKCS#8 of Ed448 (1.3.101.113), which Go does not know
	type algo struct{ Algorithm asn1.ObjectIdentifier }
	ed448 := mustDER(t, struct {
		Version    int
		Algo       algo
		PrivateKey []byte
	}{0, algo{asn1.ObjectIdentifier{1, 3, 101, 113}}, make([]byte, 59)})
	// SEC 1 key on secp256k1 (1.3.132.0.10), as openssl ecparam writes it
	k1 := mustDER(t, struct {
		Version       int
		PrivateKey    []byte
		NamedCurveOID asn1.ObjectIdentifier `asn1:"optional,explicit,tag:0"`
	}{1, make([]byte, 32), asn1.ObjectIdentifier{1, 3, 132, 0, 10}})
	return map[string][]byte{
		"hello":        []byte("hello\n"),
		"cert":         pemOf("CERTIFICATE", cert),
		"pem public":   pemOf("PUBLIC KEY", pkix),
		"pkcs8 crypt":  pemOf("ENCRYPTED PRIVATE KEY", []byte{0x30, 0}),
		"dsa":          pemOf("DSA PRIVATE KEY", []byte{0x30, 0}),
		"other":        pemOf("X509 CRL", []byte{0x30, 0}),
		"x25519":       pemOf("PRIVATE KEY", x25519),
		"ed448":        pemOf("PRIVATE KEY", ed448),
		"secp256k1":    pemOf("EC PRIVATE KEY", k1),
		"damaged rsa":  pemOf("RSA PRIVATE KEY", []byte("AAAA")),
		"damaged ssh":  pemOf("OPENSSH PRIVATE KEY", []byte("AAAA")),
		"damaged pkcs": pemOf("PRIVATE KEY", []byte{0x30, 0x03, 0x02, 0x01}),
	}
}

func TestKeyFileProblem(t *testing.T) {
	files := keyFiles(t)
	for _, tc := range []struct {
		file   string
		err    error // instead of what ssh.ParsePrivateKey says, when set
		notKey bool
		en, sv string // "" for no reason: the file holds no key
	}{
		{file: "hello", notKey: true},
		{file: "cert", notKey: true, en: "an X.509 certificate", sv: "ett X.509-certifikat"},
		{file: "pem public", notKey: true, en: "a public key in PEM form, not in OpenSSH form", sv: "en publik nyckel i PEM-form, inte i OpenSSH-form"},
		{file: "pkcs8 crypt", notKey: true, en: "an encrypted PKCS#8 key; ssh-keygen -p -f k.pem rewrites it as one", sv: "en krypterad PKCS#8-nyckel; ssh-keygen -p -f k.pem skriver om den till en sådan"},
		{file: "other", notKey: true, en: `a PEM block of type "X509 CRL"`, sv: `ett PEM-block av typen "X509 CRL"`},
		{file: "dsa", en: "DSA keys are not supported; use an ed25519, ecdsa or rsa key", sv: "DSA-nycklar stöds inte; använd en ed25519-, ecdsa- eller rsa-nyckel"},
		{file: "x25519", en: "the key is of a kind SSH does not sign with; use an ed25519, ecdsa or rsa key", sv: "nyckeln är av ett slag som SSH inte signerar med; använd en ed25519-, ecdsa- eller rsa-nyckel"},
		{file: "ed448", en: "the key is of a kind SSH does not sign with; use an ed25519, ecdsa or rsa key", sv: "nyckeln är av ett slag som SSH inte signerar med; använd en ed25519-, ecdsa- eller rsa-nyckel"},
		{file: "secp256k1", en: "the key's elliptic curve is not P-256, P-384 or P-521; use an ed25519, ecdsa or rsa key", sv: "nyckelns elliptiska kurva är inte P-256, P-384 eller P-521; använd en ed25519-, ecdsa- eller rsa-nyckel"},
		{file: "damaged rsa", notKey: true, en: `its "RSA PRIVATE KEY" block does not read as a key`, sv: `dess "RSA PRIVATE KEY"-block går inte att läsa som en nyckel`},
		{file: "damaged ssh", notKey: true, en: `its "OPENSSH PRIVATE KEY" block does not read as a key`, sv: `dess "OPENSSH PRIVATE KEY"-block går inte att läsa som en nyckel`},
		{file: "damaged pkcs", notKey: true, en: `its "PRIVATE KEY" block does not read as a key`, sv: `dess "PRIVATE KEY"-block går inte att läsa som en nyckel`},
		// what ParsePrivateKeyWithPassphrase says of a cipher it lacks
		{file: "damaged ssh", err: errors.New(`ssh: unknown cipher "chacha20-poly1305@openssh.com", only supports "aes256-ctr" or "aes256-cbc"`), en: "the key is encrypted in a way dutycheck cannot read", sv: "nyckeln är krypterad på ett sätt som dutycheck inte kan läsa"},
		// a reason nobody foresaw is still said in our words
		{file: "damaged ssh", err: errors.New("ssh: something new"), notKey: true, en: `its "OPENSSH PRIVATE KEY" block does not read as a key`, sv: `dess "OPENSSH PRIVATE KEY"-block går inte att läsa som en nyckel`},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data := files[tc.file]
			err := tc.err
			if err == nil {
				_, err = ssh.ParsePrivateKey(data)
				if err == nil {
					t.Fatal("x/crypto/ssh reads it as a key")
				}
			}
			reason, notKey := keyFileProblem("k.pem", data, err)
			if notKey != tc.notKey {
				t.Errorf("notKey = %v, want %v", notKey, tc.notKey)
			}
			if tc.en == "" {
				if reason != nil {
					t.Errorf("reason %q, want none", reason)
				}
				return
			}
			if reason == nil {
				t.Fatalf("no reason, want %q", tc.en)
			}
			if got := reason.Error(); got != tc.en {
				t.Errorf("English %q, want %q", got, tc.en)
			}
			if got := errorIn(l10n.For("sv"), reason); got != tc.sv {
				t.Errorf("Swedish %q, want %q", got, tc.sv)
			}
			for _, lib := range []string{"x509", "asn1", "ssh:", "unsupported", "*ecdh"} {
				if strings.Contains(reason.Error(), lib) {
					t.Errorf("%q says the library's %q", reason, lib)
				}
			}
		})
	}
}

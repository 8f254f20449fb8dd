// Copyright 2017 The Kubernetes Authors.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package ecdsa_test

import (
	"crypto/elliptic"
	"testing"

	"k8s.io/dashboard/certificates/ecdsa"
)

func TestNewECDSACreator(t *testing.T) {
	keyFile := "cert.key"
	certFile := "cert.crt"
	creator := ecdsa.NewECDSACreator(keyFile, certFile, elliptic.P256())

	if creator == nil {
		t.Fatal("Expected creator not to be nil.")
	}
}

func TestEcdsaCreator_GetCertFileName(t *testing.T) {
	keyFile := "cert.key"
	certFile := "cert.crt"
	creator := ecdsa.NewECDSACreator(keyFile, certFile, elliptic.P256())

	if creator.GetCertFileName() != certFile {
		t.Fatalf("Expected cert file name to equal %s but got %s.", certFile, creator.GetCertFileName())
	}
}

func TestEcdsaCreator_GetKeyFileName(t *testing.T) {
	keyFile := "cert.key"
	certFile := "cert.crt"
	creator := ecdsa.NewECDSACreator(keyFile, certFile, elliptic.P256())

	if creator.GetKeyFileName() != keyFile {
		t.Fatalf("Expected cert key file name to equal %s but got %s.", keyFile, creator.GetKeyFileName())
	}
}

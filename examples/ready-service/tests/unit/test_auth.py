"""Token validation: signature, algorithm, audience, issuer, expiry and scopes. No database needed."""

from __future__ import annotations

import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from app.auth import TokenValidator
from tests.conftest import AUDIENCE, ISSUER


@pytest.fixture()
def validator(private_key: rsa.RSAPrivateKey) -> TokenValidator:
    public = private_key.public_key()
    return TokenValidator(ISSUER, AUDIENCE, "unused", key_for=lambda _token: public)


def test_valid_token_gives_subject_and_scopes(validator, mint) -> None:
    principal = validator.validate(mint(scope="orders:read"))
    assert principal.subject == "customer-42"
    assert principal.scopes == {"orders:read"}


@pytest.mark.parametrize("claims", [{"aud": "another-api"}, {"iss": "https://evil.example.com"},
                                    {"exp": int(time.time()) - 3600}])
def test_wrong_audience_issuer_or_expired_is_refused(validator, mint, claims) -> None:
    with pytest.raises(jwt.PyJWTError):
        validator.validate(mint(**claims))


def test_token_signed_by_another_key_is_refused(validator, mint) -> None:
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(jwt.InvalidSignatureError):
        validator.validate(mint(key=stranger))


def test_hs256_token_is_refused_even_with_the_public_key_as_secret(validator, mint) -> None:
    # The classic algorithm-confusion attack: only RS256 is accepted.
    with pytest.raises(jwt.PyJWTError):
        validator.validate(mint(key="a-shared-secret-of-sufficient-length-32b", algorithm="HS256"))


def test_unsigned_token_is_refused(validator) -> None:
    token = jwt.encode({"sub": "x", "iss": ISSUER, "aud": AUDIENCE}, key=None, algorithm="none")
    with pytest.raises(jwt.PyJWTError):
        validator.validate(token)


def test_jwks_fetch_from_real_endpoint(jwks_url, mint) -> None:
    validator = TokenValidator(ISSUER, AUDIENCE, jwks_url)
    assert validator.validate(mint()).subject == "customer-42"

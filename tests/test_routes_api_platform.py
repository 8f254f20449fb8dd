"""Issue 8, acc-routes8: API Platform's `#[ApiResource]` operations are routes (api-platform-demo's Parchment exposed
anonymous writes while route-auth said "no HTTP routes found in the code"). Built from the demo's real lines
(api/src/Entity/*.php at the labelled commit; doc comments and unrelated properties trimmed)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, open_route_messages, scan, write

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.routes import code_routes

ROUTE_AUTH = "endpoint-security/route-auth"

# api/src/Entity/Parchment.php (properties trimmed)
PARCHMENT = """\
<?php

declare(strict_types=1);

namespace App\\Entity;

use ApiPlatform\\Metadata\\ApiProperty;
use ApiPlatform\\Metadata\\ApiResource;
use Doctrine\\ORM\\Mapping as ORM;

/**
 * @deprecated create a Book instead
 */
#[ApiResource(deprecationReason: 'Create a Book instead')]
#[ORM\\Entity]
class Parchment
{
    #[ORM\\Column]
    public ?string $title = null;
}
"""

# api/src/Entity/Bookmark.php (the attribute as written; imports of other attributes trimmed)
BOOKMARK = """\
<?php

declare(strict_types=1);

namespace App\\Entity;

use ApiPlatform\\Metadata\\ApiResource;
use ApiPlatform\\Metadata\\Delete;
use ApiPlatform\\Metadata\\GetCollection;
use ApiPlatform\\Metadata\\Post;

/**
 * An agent bookmarks/flags/labels/tags/marks an object.
 *
 * @see https://schema.org/BookmarkAction
 */
#[ApiResource(
    types: ['https://schema.org/BookmarkAction'],
    order: ['bookmarkedAt' => 'DESC'],
    operations: [
        new GetCollection(),
        new Delete(
            security: 'object.user === user'
        ),
        new Post(
            processor: BookmarkPersistProcessor::class
        ),
    ],
    normalizationContext: [
        AbstractNormalizer::GROUPS => ['Bookmark:read'],
        AbstractObjectNormalizer::SKIP_NULL_VALUES => true,
        IriTransformerNormalizer::CONTEXT_KEY => [
            'book' => '/books/{id}{._format}',
        ],
    ],
    denormalizationContext: [
        AbstractNormalizer::GROUPS => ['Bookmark:write'],
    ],
    collectDenormalizationErrors: true,
    mercure: true,
    security: 'is_granted("OIDC_USER")'
)]
#[ORM\\Entity(repositoryClass: BookmarkRepository::class)]
class Bookmark
{
}
"""

# api/src/Entity/Review.php: the public resource (uriVariables and normalisation contexts trimmed); a doc comment
# stands before the Patch and Delete operations' security
REVIEW = """\
<?php

namespace App\\Entity;

use ApiPlatform\\Metadata\\ApiResource;

#[ApiResource(
    types: ['https://schema.org/Review'],
    order: ['publishedAt' => 'DESC'],
    uriTemplate: '/books/{bookId}/reviews{._format}',
    operations: [
        new GetCollection(
            itemUriTemplate: '/books/{bookId}/reviews/{id}{._format}',
            paginationClientItemsPerPage: true
        ),
        new NotExposed(
            uriTemplate: '/books/{bookId}/reviews/{id}{._format}',
        ),
        new Post(
            security: 'is_granted("OIDC_USER")',
            processor: ReviewPersistProcessor::class,
            provider: CreateProvider::class,
            itemUriTemplate: '/books/{bookId}/reviews/{id}{._format}',
            validationContext: [AbstractNormalizer::GROUPS => ['Default', 'Review:create']]
        ),
        new Patch(
            uriTemplate: '/books/{bookId}/reviews/{id}{._format}',
            /** @see OidcTokenPermissionVoter */
            security: 'is_granted("OIDC_USER", request.getRequestUri())',
            processor: ReviewPersistProcessor::class
        ),
        new Delete(
            uriTemplate: '/books/{bookId}/reviews/{id}{._format}',
            /** @see OidcTokenPermissionVoter */
            security: 'is_granted("OIDC_USER", request.getRequestUri())',
            processor: ReviewRemoveProcessor::class
        ),
    ],
    collectDenormalizationErrors: true,
)]
#[ORM\\Entity(repositoryClass: ReviewRepository::class)]
class Review
{
}
"""

# api/config/packages/api_platform.yaml (head)
API_PLATFORM_YAML = """\
api_platform:
    title: API Platform's demo
    version: 4.0.5
    docs_formats:
        jsonld: ['application/ld+json']
        jsonopenapi: ['application/vnd.openapi+json']
        html: ['text/html']
"""


def _routes(tmp_path: Path, files: dict[str, str]) -> dict[str, list[str]]:
    write(tmp_path, files)
    return {f"{r.method} {r.path}": r.auth_hints or ([r.declared_public] if r.declared_public else [])
            for r in Context(tmp_path, Config()).use(code_routes).routes}


def test_a_resource_without_operations_exposes_the_default_operations(tmp_path: Path) -> None:
    # API Platform registers GET/POST on the collection and GET/PATCH/DELETE on the item (PUT only when listed)
    assert _routes(tmp_path, {"api/src/Entity/Parchment.php": PARCHMENT}) == {
        "GET /parchments": [], "POST /parchments": [], "GET /parchments/{id}": [], "PATCH /parchments/{id}": [],
        "DELETE /parchments/{id}": []}


def test_resource_security_guards_every_operation_without_its_own(tmp_path: Path) -> None:
    assert _routes(tmp_path, {"api/src/Entity/Bookmark.php": BOOKMARK}) == {
        "GET /bookmarks": ["#[ApiResource] security: 'is_granted(\"OIDC_USER\")'"],
        "DELETE /bookmarks/{id}": ["#[ApiResource] security: 'object.user === user'"],
        "POST /bookmarks": ["#[ApiResource] security: 'is_granted(\"OIDC_USER\")'"]}


def test_operation_templates_and_commented_security_are_read(tmp_path: Path) -> None:
    # the resource's uriTemplate is inherited, {._format} dropped, NotExposed is no route, a doc comment before
    # `security:` does not hide it
    routes = _routes(tmp_path, {"api/src/Entity/Review.php": REVIEW})
    assert routes == {
        "GET /books/{bookId}/reviews": [],
        "POST /books/{bookId}/reviews": ["#[ApiResource] security: 'is_granted(\"OIDC_USER\")'"],
        "PATCH /books/{bookId}/reviews/{id}": [
            "#[ApiResource] security: 'is_granted(\"OIDC_USER\", request.getRequestUri())'"],
        "DELETE /books/{bookId}/reviews/{id}": [
            "#[ApiResource] security: 'is_granted(\"OIDC_USER\", request.getRequestUri())'"]}


def test_a_public_access_expression_is_an_opt_out_and_a_commented_resource_no_route(tmp_path: Path) -> None:
    public = BOOKMARK.replace("""security: 'is_granted("OIDC_USER")'\n)]""",
                              """security: "is_granted('PUBLIC_ACCESS')"\n)]""")
    commented = PARCHMENT.replace("#[ApiResource(deprecationReason", "// #[ApiResource(deprecationReason")
    assert _routes(tmp_path, {"api/src/Entity/Bookmark.php": public, "api/src/Entity/Parchment.php": commented}) == {
        "GET /bookmarks": ["#[ApiResource] security: 'is_granted('PUBLIC_ACCESS')'"],
        "DELETE /bookmarks/{id}": ["#[ApiResource] security: 'object.user === user'"],
        "POST /bookmarks": ["#[ApiResource] security: 'is_granted('PUBLIC_ACCESS')'"]}


def test_route_auth_reports_the_open_resource_beside_guarded_ones(tmp_path: Path) -> None:
    write(tmp_path, {"api/src/Entity/Parchment.php": PARCHMENT, "api/src/Entity/Bookmark.php": BOOKMARK})
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    assert sorted(m.split(" (")[0] for m in open_route_messages(result)) == [
        "DELETE /parchments/{id}", "GET /parchments", "GET /parchments/{id}", "PATCH /parchments/{id}",
        "POST /parchments"]


def test_token_validation_is_skipped_not_passed_behind_symfonys_firewall(tmp_path: Path) -> None:
    # the security expressions rely on the firewall's token handler (PHP/YAML deploycheck does not read)
    write(tmp_path, {"api/src/Entity/Bookmark.php": BOOKMARK})
    result = scan(tmp_path, only=("auth-protocols/token-validation",))
    found = findings(result, "auth-protocols/token-validation")
    assert [f.status for f in found] == [Status.SKIPPED]
    assert "Symfony's firewall" in found[0].message


def test_api_platform_serves_its_generated_description_unless_switched_off(tmp_path: Path) -> None:
    files = {"api/src/Entity/Bookmark.php": BOOKMARK, "api/config/packages/api_platform.yaml": API_PLATFORM_YAML}
    write(tmp_path, files)
    result = scan(tmp_path, only=("api-docs/spec-present",))
    assert {f.status for f in findings(result, "api-docs/spec-present")} == {Status.PASS}
    write(tmp_path, {"api/config/packages/api_platform.yaml": API_PLATFORM_YAML + "    enable_docs: false\n"})
    result = scan(tmp_path, only=("api-docs/spec-present",))
    assert Status.PASS not in {f.status for f in findings(result, "api-docs/spec-present")}


# api/src/Entity/Book.php: the admin resource and the public one (normalisation contexts and mercure trimmed)
BOOK = """\
<?php

namespace App\\Entity;

use ApiPlatform\\Metadata\\ApiResource;

#[ApiResource(
    uriTemplate: '/admin/books{._format}',
    types: ['https://schema.org/Book', 'https://schema.org/Offer'],
    operations: [
        new GetCollection(
            itemUriTemplate: '/admin/books/{id}{._format}',
            paginationClientItemsPerPage: true
        ),
        new Post(
            processor: BookPersistProcessor::class,
            itemUriTemplate: '/admin/books/{id}{._format}'
        ),
        new Get(
            uriTemplate: '/admin/books/{id}{._format}'
        ),
        // https://github.com/api-platform/admin/issues/370
        new Put(
            uriTemplate: '/admin/books/{id}{._format}',
            processor: BookPersistProcessor::class
        ),
        new Delete(
            uriTemplate: '/admin/books/{id}{._format}',
            processor: BookRemoveProcessor::class
        ),
    ],
    collectDenormalizationErrors: true,
    security: 'is_granted("OIDC_ADMIN")',
)]
#[ApiResource(
    types: ['https://schema.org/Book', 'https://schema.org/Offer'],
    operations: [
        new GetCollection(
            itemUriTemplate: '/books/{id}{._format}'
        ),
        new Get(),
    ],
)]
#[ORM\\Entity(repositoryClass: BookRepository::class)]
class Book
{
}
"""


def test_each_resource_is_one_unit_for_the_read_question(tmp_path: Path) -> None:
    # one `security:` on the public #[ApiResource] would settle both of its reads: one question, not two findings;
    # the admin resource of the same file guards its own reads and does not make these an oversight
    write(tmp_path, {"api/src/Entity/Book.php": BOOK})
    assert _routes(tmp_path, {}) == {
        "GET /admin/books": ["#[ApiResource] security: 'is_granted(\"OIDC_ADMIN\")'"],
        "POST /admin/books": ["#[ApiResource] security: 'is_granted(\"OIDC_ADMIN\")'"],
        "GET /admin/books/{id}": ["#[ApiResource] security: 'is_granted(\"OIDC_ADMIN\")'"],
        "PUT /admin/books/{id}": ["#[ApiResource] security: 'is_granted(\"OIDC_ADMIN\")'"],
        "DELETE /admin/books/{id}": ["#[ApiResource] security: 'is_granted(\"OIDC_ADMIN\")'"],
        "GET /books": [], "GET /books/{id}": []}
    failures = findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL)
    assert len(failures) == 1
    assert failures[0].message.startswith("GET /books (api-platform) and 1 more read-only route(s) of "
                                          "api/src/Entity/Book.php #[ApiResource] at line 35 answer anyone: "
                                          "nothing in that resource authenticates")

"""Fresh repositories measured by acc-fresh13 (polar-bookshop, reddog-code): each test is built from the real lines
whose finding (or missing finding) was wrong on the first run."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- endpoint-security/route-auth: `anyRequest().hasRole(...)` is a guarding layer (polar-bookshop catalog-service)

CATALOG_SECURITY = """\
package com.polarbookshop.catalogservice.config;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

@EnableWebSecurity
public class SecurityConfig {

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
		return http
				.authorizeHttpRequests(authorize -> authorize
						.mvcMatchers("/actuator/**").permitAll()
						.mvcMatchers(HttpMethod.GET, "/", "/books/**").permitAll()
						.anyRequest().hasRole("employee")
				)
				.oauth2ResourceServer(OAuth2ResourceServerConfigurer::jwt)
				.build();
	}
}
"""

CATALOG_CONTROLLER = """\
package com.polarbookshop.catalogservice.web;

@RestController
@RequestMapping("books")
public class BookController {

	@GetMapping
	public Iterable<Book> get() {
		return bookService.viewBookList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	public Book post(@Valid @RequestBody Book book) {
		return bookService.addBookToCatalog(book);
	}

	@DeleteMapping("{isbn}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void delete(@PathVariable String isbn) {
		bookService.removeBookFromCatalog(isbn);
	}
}
"""

_JAVA = "catalog-service/src/main/java/com/polarbookshop/catalogservice"


def test_any_request_has_role_guards_the_writes(tmp_path: Path) -> None:
    write(tmp_path, {f"{_JAVA}/config/SecurityConfig.java": CATALOG_SECURITY,
                     f"{_JAVA}/web/BookController.java": CATALOG_CONTROLLER})
    result = scan(tmp_path, only=("endpoint-security/route-auth", "auth-protocols/token-validation"))
    failing = [f.message for f in findings(result, "endpoint-security/route-auth") if f.status is Status.FAIL]
    assert not any("POST /books" in m or "DELETE /books" in m for m in failing), failing
    [token] = findings(result, "auth-protocols/token-validation")
    assert "no authentication at all" not in token.message


def test_any_request_has_authority_in_the_kotlin_dsl_guards_too(tmp_path: Path) -> None:
    kotlin = ("@Bean\nfun chain(http: HttpSecurity): SecurityFilterChain {\n    http {\n        authorizeRequests {\n"
              "            authorize(anyRequest, hasAuthority(\"SCOPE_write\"))\n        }\n    }\n"
              "    return http.build()\n}\n")
    write(tmp_path, {f"{_JAVA}/config/SecurityConfig.kt": kotlin,
                     f"{_JAVA}/web/BookController.java": CATALOG_CONTROLLER})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    failing = [f.message for f in findings(result, "endpoint-security/route-auth") if f.status is Status.FAIL]
    assert not any("POST /books" in m for m in failing), failing

module github.com/open-telemetry/opentelemetry-specification/internal/tools

go 1.12

require (
	github.com/client9/misspell v0.3.4
	github.com/google/addlicense v1.2.0
)

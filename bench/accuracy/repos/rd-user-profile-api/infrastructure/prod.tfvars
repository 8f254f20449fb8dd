enable_schema_ownership = true
kv_subscription         = "DCD-CNP-Prod"
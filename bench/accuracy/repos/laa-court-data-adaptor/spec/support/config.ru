require "./common_platform_schemas"

run CommonPlatformSchemas

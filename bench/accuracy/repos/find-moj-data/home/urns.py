class PlatformUrns:
    CADET = "dbt"
    PLATFORM_URNS = "performance-hub"

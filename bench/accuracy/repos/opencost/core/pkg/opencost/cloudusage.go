package opencost

// CloudUsage is temporarily aliased as the Cloud Asset type until further infrastructure and pages can be built to support its usage
type CloudUsage = Cloud

// CloudUsageSet is temporarily aliased as the AssetSet until further infrastructure and pages can be built to support its usage
type CloudUsageSet = AssetSet

// CloudUsageSetRange is temporarily aliased as the AssetSetRange until further infrastructure and pages can be built to support its usage
type CloudUsageSetRange = AssetSetRange

// CloudUsageAggregationOptions is temporarily aliased as the AssetAggregationOptions until further infrastructure and pages can be built to support its usage
type CloudUsageAggregationOptions = AssetAggregationOptions

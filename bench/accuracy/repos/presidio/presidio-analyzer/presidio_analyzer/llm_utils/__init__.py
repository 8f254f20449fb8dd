"""Utilities for LLM-based recognizers."""

from .config_loader import (
    get_conf_path,
    get_model_config,
    load_yaml_file,
    resolve_config_path,
    validate_config_fields,
)
from .entity_mapper import (
    GENERIC_PII_ENTITY,
    consolidate_generic_entities,
    ensure_generic_entity_support,
    filter_results_by_entities,
    filter_results_by_labels,
    filter_results_by_score,
    skip_unmapped_entities,
    validate_result_positions,
)
from .examples_loader import convert_to_langextract_format, load_yaml_examples
from .langextract_helper import (
    calculate_extraction_confidence,
    check_langextract_available,
    convert_langextract_to_presidio_results,
    create_reverse_entity_mapping,
    extract_lm_config,
    get_supported_entities,
    lx,
    lx_factory,
)
from .prompt_loader import load_file_from_conf, load_prompt_file, render_jinja_template

__all__ = [
    "get_conf_path",
    "get_model_config",
    "load_yaml_file",
    "resolve_config_path",
    "validate_config_fields",
    "GENERIC_PII_ENTITY",
    "consolidate_generic_entities",
    "ensure_generic_entity_support",
    "filter_results_by_entities",
    "filter_results_by_labels",
    "filter_results_by_score",
    "skip_unmapped_entities",
    "validate_result_positions",
    "convert_to_langextract_format",
    "load_yaml_examples",
    "calculate_extraction_confidence",
    "check_langextract_available",
    "convert_langextract_to_presidio_results",
    "create_reverse_entity_mapping",
    "extract_lm_config",
    "get_supported_entities",
    "lx",
    "lx_factory",
    "load_file_from_conf",
    "load_prompt_file",
    "render_jinja_template",
]


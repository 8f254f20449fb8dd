from .assertions import assert_result, assert_result_within_score_range, assert_result_with_textual_explanation  # noqa: E501

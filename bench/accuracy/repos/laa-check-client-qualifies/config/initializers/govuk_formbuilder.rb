GOVUKDesignSystemFormBuilder.configure do |config|
  # for more info see:
  #
  # https://www.rubydoc.info/gems/govuk_design_system_formbuilder/GOVUKDesignSystemFormBuilder

  # config.brand: 'govuk'
  #
  # config.default_legend_size: 'm'
  # config.default_legend_tag: nil
  # config.default_caption_size: 'm'
  # config.default_submit_button_text: 'Continue'
  # config.default_radio_divider_text: 'or'
  # config.default_check_box_divider_text: 'or'
  # config.default_error_summary_title: 'There is a problem'
  # config.default_error_summary_presenter: Presenters::ErrorSummaryPresenter
  # config.default_error_summary_error_order_method: nil
  # config.default_error_summary_turbo_prefix: 'turbo'
  # config.default_collection_check_boxes_include_hidden: true
  # config.default_collection_radio_buttons_include_hidden: true
  # config.default_submit_validate: false
  #
  # config.localisation_schema_fallback: %i(helpers __context__)
  # config.localisation_schema_label: nil
  # config.localisation_schema_hint: nil
  # config.localisation_schema_legend: nil
  # config.localisation_schema_caption: nil
  #
  # config.enable_logger: true
  # config.trust_error_messages: false
end

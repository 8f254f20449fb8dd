Rails.logger.info "Populating document_categories"
DocumentCategory.populate

Rails.logger.info "Populating Transaction Types"
Populators::TransactionTypePopulator.call

Rails.application.config.active_storage.service_urls_expire_in = 5.minutes

require_relative "boot"

require "rails"
# Pick the frameworks you want:
require "active_model/railtie"
# require "active_job/railtie"
require "active_record/railtie"
require "action_controller/railtie"
# require "action_mailer/railtie"
# require "action_mailbox/engine"

# .env files aren't loaded until dotenv is required by
# Bundler (unless using Foreman, which loads .env early)
CCQ_BOOT_MODE = ENV.fetch("CCQ_MODE", "standalone")
if CCQ_BOOT_MODE == "standalone"
  require "active_storage/engine"
  require "action_text/engine"
end

require "action_view/railtie"
# require "action_cable/engine"
require "rails/test_unit/railtie"

# Require the gems listed in Gemfile, including any gems
# you've limited to :test, :development, or :production.
Bundler.require(*Rails.groups)
require_relative "../app/lib/mode_config"

module LaaEstimateFinancialEligibilityForLegalAid
  SESSION_COOKIE_NAME = "SessionData".freeze

  class Application < Rails::Application
    # Initialize configuration defaults for originally generated Rails version.
    config.load_defaults 7.0

    # Configuration for the application, engines, and railties goes here.
    #
    # These settings can be overridden in specific environments using the files
    # in config/environments, which are processed later.
    #
    # config.time_zone = "Central Time (US & Canada)"
    # config.eager_load_paths << Rails.root.join("extras")

    # Opt into Rails 8.1 timezone preservation behavior for to_time
    config.active_support.to_time_preserves_timezone = :zone

    config.assets.paths << Rails.root.join("node_modules/govuk-frontend/dist/govuk/assets")

    config.sentry_dsn = ENV["SENTRY_DSN"]&.strip
    config.check_financial_eligibility_host = ENV.fetch("CFE_HOST",
                                                        "https://cfe-civil-staging.cloud-platform.service.justice.gov.uk")

    overrides = Rails.root.join("app/overrides").to_s
    Rails.autoloaders.main.ignore(overrides)
    Rails.application.config.assets.prefix = "/ccq/assets"

    config.to_prepare do
      Dir.glob("#{overrides}/**/*_override.rb").sort.each do |override|
        load override
      end
    end
  end
end

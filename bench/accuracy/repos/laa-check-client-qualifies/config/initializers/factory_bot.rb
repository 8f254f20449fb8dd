require "factory_bot_rails"

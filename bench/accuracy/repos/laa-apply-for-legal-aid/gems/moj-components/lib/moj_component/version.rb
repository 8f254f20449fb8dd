# frozen_string_literal: true

module MojComponent
  VERSION = "0.1.0"
end

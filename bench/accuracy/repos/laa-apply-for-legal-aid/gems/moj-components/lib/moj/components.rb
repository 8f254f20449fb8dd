# frozen_string_literal: true

require "moj_component"

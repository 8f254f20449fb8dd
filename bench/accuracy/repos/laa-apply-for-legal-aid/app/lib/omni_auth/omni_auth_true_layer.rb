module OmniAuth
  class OmniAuthTrueLayer
    require_relative "strategies/true_layer"
  end
end

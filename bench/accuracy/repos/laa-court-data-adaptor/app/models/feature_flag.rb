class FeatureFlag < ApplicationRecord
end

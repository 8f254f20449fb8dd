class Translation < ApplicationRecord
end

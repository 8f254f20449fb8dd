module PaginationHelper
  include Pagy::Frontend
end

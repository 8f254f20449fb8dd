module Providers
  module Partners
    class RegularIncomeForm < BaseRegularIncomeForm
      include PartnerOwner
    end
  end
end

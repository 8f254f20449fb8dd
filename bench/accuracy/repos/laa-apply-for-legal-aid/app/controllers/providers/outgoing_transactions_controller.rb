module Providers
  class OutgoingTransactionsController < TransactionsController
  end
end

module Providers
  class IncomingTransactionsController < TransactionsController
  end
end

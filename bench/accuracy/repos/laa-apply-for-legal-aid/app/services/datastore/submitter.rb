module Datastore
  class Submitter
    extend Forwardable

    ApiError = Class.new(StandardError)

    attr_reader :legal_aid_application, :connection, :persister_klass

    def_delegators :connection, :post

    def initialize(legal_aid_application, token_object: nil, connection_klass: Datastore::Connection, persister_klass: Datastore::Persister)
      @legal_aid_application = legal_aid_application
      @connection = connection_klass.new(token_object:)
      @persister_klass = persister_klass
    end

    def self.call(legal_aid_application, **)
      new(legal_aid_application, **).call
    end

    def call
      persister_klass.call(legal_aid_application, response: response, datastore_id: datastore_id) if persister_klass

      if response.success?
        datastore_id
      else
        raise ApiError, "Datastore Submission Failed: status #{response.status}, body #{response.body.presence || 'nil'}"
      end
    end

  private

    def response
      @response ||= connection.post("applications", payload.to_json)
    end

    def datastore_id
      @datastore_id ||= response.headers["location"]&.split("/")&.last
    end

    def payload
      PayloadGenerator.call(legal_aid_application)
    end
  end
end

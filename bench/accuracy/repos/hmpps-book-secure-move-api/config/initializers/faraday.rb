Faraday.default_adapter = :net_http_persistent

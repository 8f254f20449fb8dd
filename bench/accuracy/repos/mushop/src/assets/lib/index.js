/**
 * Copyright © 2020, Oracle and/or its affiliates. All rights reserved.
 * The Universal Permissive License (UPL), Version 1.0
 */
const { HttpClient, OCIHttpClient } = require('./client');

/**
 * expose the http client
 */
module.exports = {
  HttpClient,
  OCIHttpClient,
};

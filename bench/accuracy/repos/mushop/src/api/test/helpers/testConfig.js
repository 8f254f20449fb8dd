/**
 * Copyright © 2019, Oracle and/or its affiliates. All rights reserved.
 * The Universal Permissive License (UPL), Version 1.0
 */
module.exports = {
  PORT: 3001,
  SERVICE_URL: 'http://mocksvc',
};

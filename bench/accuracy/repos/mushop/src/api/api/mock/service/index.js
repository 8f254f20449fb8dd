/**
 * Copyright © 2019, Oracle and/or its affiliates. All rights reserved.
 * The Universal Permissive License (UPL), Version 1.0
 */
const MockCatalogueService = require('./catalogue');
const MockCartsService = require('./carts');
const MockOrdersService = require('./orders');
const MockUsersService = require('./users');

module.exports = {
  MockCatalogueService,
  MockCartsService,
  MockOrdersService,
  MockUsersService,
};

/**
 * Copyright © 2019, Oracle and/or its affiliates. All rights reserved.
 * The Universal Permissive License (UPL), Version 1.0
 */

export const MUSHOP = {
  MACRO: {
    HTTP:     'http',
    ROUTER:   'router',
    PAGE:     'page',
    UI:       'ui',
    USER:     'user',
    CART:     'cart',
    CATALOG:  'catalog',
    CONFIG:   'config',
    ORDER:    'order',
  }
};

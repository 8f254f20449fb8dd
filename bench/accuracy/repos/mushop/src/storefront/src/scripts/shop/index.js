/**
 * Copyright © 2019, Oracle and/or its affiliates. All rights reserved.
 * The Universal Permissive License (UPL), Version 1.0
 */

import 'core-js/features/promise';

// high level macros
export * from './ui'; // uikit adapter
export * from './api'; // axios adapter
export * from './router'; 
export * from './page';
// shop specific functionality
export * from './config';
export * from './user';
export * from './catalog';
export * from './cart';
export * from './order';
export * from './about';
export * from './components/beta';
export * from './components/chart';
export * from './components/debug';
export * from './components/form';
export * from './components/newsletter';
CREATE DATABASE polardb_catalog;
CREATE DATABASE polardb_order;
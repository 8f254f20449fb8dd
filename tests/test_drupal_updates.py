"""Drupal update hooks (hook_update_N in a module's .install file) are the module's migration tree."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# prisoner-content-hub-backend: docroot/modules/custom/prisoner_hub_taxonomy_sorting/<module>.install
# (lines 1-27) and prisoner-content-hub-backend-db.env (the compose database's settings).
INSTALL = """\
<?php

/**
 * @file
 * Install and update hooks for the prisoner_hub_taxonomy_sorting module.
 */

use Drupal\\node\\Entity\\Node;
use Drupal\\taxonomy\\Entity\\Term;

/**
 * Add the series_sort_value field to the node entity type.
 */
function prisoner_hub_taxonomy_sorting_update_9001(&$sandbox) {
  $definition = \\Drupal::service('entity_field.manager')->getFieldStorageDefinitions('node')['series_sort_value'];
  \\Drupal::service('field_storage_definition.listener')->onFieldStorageDefinitionCreate($definition);

}

/**
 * Add the content_updated field to the taxonomy term entity type.
 */
function prisoner_hub_taxonomy_sorting_update_9002(&$sandbox) {
  $definition = \\Drupal::service('entity_field.manager')->getFieldStorageDefinitions('taxonomy_term');
  \\Drupal::service('field_storage_definition.listener')->onFieldStorageDefinitionCreate($definition);

}
"""
FILES = {"prisoner-content-hub-backend-db.env": "MYSQL_DATABASE=hubdb\nMYSQL_USER=user\n",
         "composer.json": '{"require": {"drupal/core-recommended": "^10.3"}}\n'}


def test_update_hooks_are_a_migration_tree(tmp_path: Path) -> None:
    root = write(tmp_path, {**FILES, "docroot/modules/custom/prisoner_hub_taxonomy_sorting/"
                                     "prisoner_hub_taxonomy_sorting.install": INSTALL})
    result = scan(root, only=("migration-scripts/tree", "migration-scripts/reversible"))
    tree = findings(result, "migration-scripts/tree")
    assert [f.status for f in tree] == [Status.PASS], [f.message for f in tree]
    assert "drupal" in tree[0].message and "2 migrations" in tree[0].message and "9002" in tree[0].message
    # no down step: the way back is the database backup, and the reversibility check says so
    reverse = findings(result, "migration-scripts/reversible")
    assert {f.status for f in reverse} == {Status.FAIL} and len(reverse) == 2


def test_an_install_file_without_update_hooks_is_no_tree(tmp_path: Path) -> None:
    text = INSTALL.replace("_update_9001", "_install").replace("_update_9002", "_uninstall")
    root = write(tmp_path, {**FILES, "docroot/modules/custom/m/prisoner_hub_taxonomy_sorting.install": text})
    tree = findings(scan(root, only=("migration-scripts/tree",)), "migration-scripts/tree")
    assert Status.PASS not in {f.status for f in tree}
